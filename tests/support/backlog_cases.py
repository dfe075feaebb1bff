"""A generated town-hall backlog for the report's tests: a few hundred cases received over 14 weeks, decided,
open, waiting for the citizen, held by several clerks, some received right at a day's or an age bucket's edge in
German time; and the report's figures counted again in plain Python over the same rows (no SQL of the report)."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update

from models.absences import Absence
from models.base import utcnow
from models.case_status import DEADLINE_RUNS, OPEN_STATES, CaseStatus
from models.cases import Case, Channel
from models.catalogue import PublicService
from models.db import Database
from models.german_format import BERLIN, local_date
from models.people import Person
from models.roles import Role
from models.users import User
from models.working_days import add_working_days, is_working_day, working_days_between

#: Services of the generated cases: four of the Bürgerbüro (clerks), two of the Standesamt (registry officers).
CLERK_SERVICES = ("bulky_waste_pickup", "dog_registration", "residence_registration", "waste_bin_change")
REGISTRY_SERVICES = ("birth_certificate", "death_certificate")
BUCKETS = ((0, 2), (3, 5), (6, 10), (11, 20), (21, None))
WEEKS = 12

#: Local times of day a case arrives at: also just after midnight and just before (the German date counts).
_TIMES = (dt.time(0, 0), dt.time(0, 20), dt.time(8, 15), dt.time(12, 0), dt.time(16, 45), dt.time(23, 40))


@dataclass(frozen=True)
class GeneratedCase:
    id: int
    service_key: str
    handling_role: Role
    department: str
    service_name: str
    status: CaseStatus
    received_at: dt.datetime
    decided_at: dt.datetime | None
    due_date: dt.date
    assignee: str | None


def _moment(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=BERLIN).astimezone(dt.UTC)


def generate(db: Database, today: dt.date, holders: dict[Role, Sequence[str]], count: int = 360) -> list[GeneratedCase]:
    """``count`` cases received on the 98 days up to ``today``, inserted directly (the figures depend only on these
    columns); ``holders`` are the user names by the role whose services they hold (None: nobody)."""
    rng = random.Random(today.toordinal())
    with db.write() as session:
        services = {
            s.key: s
            for s in session.scalars(
                select(PublicService).where(PublicService.key.in_(CLERK_SERVICES + REGISTRY_SERVICES))
            )
        }
        assert len(services) == len(CLERK_SERVICES + REGISTRY_SERVICES)
        users: dict[str, int] = {name: uid for name, uid in session.execute(select(User.username, User.id))}
        (person_id,) = session.execute(
            insert(Person).returning(Person.id), [{"given_names": "Ilka", "family_name": "Rückstand", "country": "DE"}]
        ).scalars()
        edge_days = _bucket_edges(today)
        rows: list[dict[str, Any]] = []
        for n in range(count):
            key = rng.choice(CLERK_SERVICES + REGISTRY_SERVICES)
            service = services[key]
            if n < len(edge_days) * 2:  # the first cases at the edges of the age buckets, both sides of midnight
                received_day = edge_days[n // 2]
                received = _moment(received_day, dt.time(0, 0)) - (
                    dt.timedelta(microseconds=1) if n % 2 else dt.timedelta()
                )
            else:
                received_day = today - dt.timedelta(days=rng.randrange(98))
                received = _moment(received_day, rng.choice(_TIMES)) + dt.timedelta(seconds=rng.randrange(60))
            due = add_working_days(local_date(received), rng.randrange(2, 25))
            status, decided = _fate(rng, received, today)
            holder_names = holders.get(service.handling_role, ())
            assignee = rng.choice([*holder_names, None]) if holder_names else None
            rows.append(
                {
                    "reference": f"R-{today:%y%m%d}-{n:05d}",
                    "service_id": service.id,
                    "applicant_id": person_id,
                    "form_data": {},
                    "channel": Channel.ONLINE,
                    "status": status,
                    "assignee_id": users[assignee] if assignee else None,
                    "received_at": received,
                    "due_date": due,
                    "waiting_since": today if status == CaseStatus.WAITING_FOR_CITIZEN else None,
                    "decided_at": decided,
                    "updated_at": utcnow(),
                    "fee_cents": 0,
                    "version": 1,
                }
            )
        ids = session.execute(insert(Case).returning(Case.id, sort_by_parameter_order=True), rows).scalars().all()
    return [
        GeneratedCase(
            id=case_id,
            service_key=services_by_id[row["service_id"]].key,
            handling_role=services_by_id[row["service_id"]].handling_role,
            department=services_by_id[row["service_id"]].department,
            service_name=services_by_id[row["service_id"]].name,
            status=row["status"],
            received_at=row["received_at"],
            decided_at=row["decided_at"],
            due_date=row["due_date"],
            assignee=next((name for name, uid in users.items() if uid == row["assignee_id"]), None),
        )
        for services_by_id in [{s.id: s for s in services.values()}]
        for case_id, row in zip(ids, rows, strict=True)
    ]


def _bucket_edges(today: dt.date) -> list[dt.date]:
    """The received days at which a case changes age bucket: the first day of each bucket (counted back)."""
    edges = []
    for low, high in BUCKETS:
        for days in (low, high, (high or 0) + 1):
            if days is None:
                continue
            candidates = [d for d in (today - dt.timedelta(days=k) for k in range(60)) if _age(d, today) == days]
            if candidates:
                edges.append(min(candidates))
                edges.append(max(candidates))
    return sorted(set(edges))


def _fate(rng: random.Random, received: dt.datetime, today: dt.date) -> tuple[CaseStatus, dt.datetime | None]:
    """Open (received, in progress, waiting) or decided some days after receipt, never after today."""
    end_of_today = _moment(today + dt.timedelta(days=1), dt.time()) - dt.timedelta(seconds=1)
    if rng.random() < 0.35:
        return rng.choice((CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_CITIZEN)), None
    decided = received + dt.timedelta(hours=rng.randrange(1, 24 * 40))
    if decided > end_of_today:
        return CaseStatus.IN_PROGRESS, None
    return rng.choice((CaseStatus.APPROVED, CaseStatus.REJECTED, CaseStatus.CLOSED, CaseStatus.WITHDRAWN)), decided


def add_absence(db: Database, username: str, starts_on: dt.date, ends_on: dt.date) -> None:
    with db.write() as session:
        user_id = session.scalar(select(User.id).where(User.username == username))
        assert user_id is not None
        session.add(Absence(user_id=user_id, starts_on=starts_on, ends_on=ends_on, recorded_by="test"))


def deactivate(db: Database, username: str) -> None:
    with db.write() as session:
        session.execute(update(User).where(User.username == username).values(active=False))


# -- the figures, counted again in Python ---------------------------------------------------------------------------


def _age(received_day: dt.date, today: dt.date) -> int:
    return working_days_between(received_day, today)


def bucket_of(case: GeneratedCase, today: dt.date) -> int:
    age = _age(local_date(case.received_at), today)
    return next(n for n, (low, high) in enumerate(BUCKETS) if low <= age and (high is None or age <= high))


def is_open(case: GeneratedCase) -> bool:
    return case.status in OPEN_STATES


def deadline_kinds(case: GeneratedCase, today: dt.date) -> set[str]:
    kinds = set()
    if case.status in DEADLINE_RUNS and case.due_date < today:
        kinds.add("overdue")
    if case.status in DEADLINE_RUNS and today <= case.due_date <= add_working_days(today, 2):
        kinds.add("due_soon")
    if case.status == CaseStatus.WAITING_FOR_CITIZEN:
        kinds.add("paused")
    return kinds


def mondays(today: dt.date) -> list[dt.date]:
    monday = today - dt.timedelta(days=today.weekday())
    return [monday - dt.timedelta(weeks=WEEKS - 1 - n) for n in range(WEEKS)]


def expected_report(cases: Iterable[GeneratedCase], today: dt.date) -> dict[str, Any]:
    """Every figure of the report as a plain dict (ages and kpis keyed by service key, clerks by user name)."""
    cases = list(cases)
    open_cases = [c for c in cases if is_open(c)]
    ages: dict[str, list[int]] = defaultdict(lambda: [0] * len(BUCKETS))
    for case in open_cases:
        ages[case.service_key][bucket_of(case, today)] += 1
    deadlines = Counter(kind for case in open_cases for kind in deadline_kinds(case, today))
    weeks = []
    for monday in mondays(today):
        end = monday + dt.timedelta(weeks=1)
        weeks.append(
            (
                monday,
                sum(1 for c in cases if monday <= local_date(c.received_at) < end),
                sum(1 for c in cases if c.decided_at is not None and monday <= local_date(c.decided_at) < end),
                sum(
                    1
                    for c in cases
                    if local_date(c.received_at) < end and (c.decided_at is None or local_date(c.decided_at) >= end)
                ),
            )
        )
    recent = weeks[-5:-1]
    decided_recently = sum(week[2] for week in recent)
    working_days = sum(1 for k in range(28) if is_working_day(recent[0][0] + dt.timedelta(days=k)))
    first, last = mondays(today)[0], mondays(today)[-1] + dt.timedelta(weeks=1)
    kpis: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        if case.decided_at is not None and first <= local_date(case.decided_at) < last:
            kpis[case.service_key][0] += 1
            kpis[case.service_key][1] += local_date(case.decided_at) <= case.due_date
    this_monday = mondays(today)[-1]
    clerks: dict[str, dict[str, Any]] = {}
    for case in cases:
        if case.assignee is None:
            continue
        row = clerks.setdefault(case.assignee, {"held": 0, "done_this_week": 0, "oldest_held_since": None})
        if is_open(case):
            row["held"] += 1
            day = local_date(case.received_at)
            row["oldest_held_since"] = min(day, row["oldest_held_since"] or day)
        elif case.decided_at is not None and this_monday <= local_date(case.decided_at) < this_monday + dt.timedelta(7):
            row["done_this_week"] += 1
    return {
        "open_cases": len(open_cases),
        "ages": {key: tuple(counts) for key, counts in ages.items()},
        "deadlines": (deadlines["overdue"], deadlines["due_soon"], deadlines["paused"]),
        "weeks": weeks,
        "trend": weeks[-1][3] - weeks[0][3],
        "forecast": len(open_cases) / (decided_recently / working_days) if decided_recently else None,
        "kpis": {key: tuple(figures) for key, figures in kpis.items()},
        "clerks": clerks,
    }
