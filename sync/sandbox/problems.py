"""RFC 7807 problems of the Submission API, raised anywhere in the sandbox and rendered as ``problem+json``."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from sync.sandbox.protocol import SUBMISSION_API_PROBLEMS


class ApiProblem(Exception):
    """An error answer: HTTP status plus a problem type slug below the Submission API's problem namespace."""

    def __init__(self, status: int, slug: str, detail: str = "", *, title: str | None = None, **extra: Any) -> None:
        super().__init__(f"{status} {slug}: {detail}" if detail else f"{status} {slug}")
        self.status = status
        self.slug = slug
        self.title = title or HTTPStatus(status).phrase
        self.detail = detail
        self.extra = extra

    @property
    def type(self) -> str:
        return SUBMISSION_API_PROBLEMS + self.slug

    def body(self, instance: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"type": self.type, "title": self.title, "status": self.status}
        if self.detail:
            body["detail"] = self.detail
        if instance:
            body["instance"] = instance
        body.update(self.extra)
        return body


def not_found(slug: str, detail: str) -> ApiProblem:
    return ApiProblem(404, slug, detail)


def forbidden(detail: str) -> ApiProblem:
    return ApiProblem(403, "forbidden", detail)


def bad_request(detail: str) -> ApiProblem:
    return ApiProblem(400, "invalid-request", detail)


def unauthorized(detail: str, **extra: Any) -> ApiProblem:
    return ApiProblem(401, "unauthorized", detail, **extra)
