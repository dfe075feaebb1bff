"""A reportlab canvas that knows the page count when it finishes each page, for "Seite x von y".

Pages are kept until :meth:`save`; then ``finish_page(canvas, number, total)`` draws on each one before it is
written. This avoids a second layout pass.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

PageFinisher = Callable[[Any, int, int], None]


class NumberedCanvas(Canvas):
    def __init__(self, *args: Any, finish_page: PageFinisher, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._finish_page = finish_page
        self._pending_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name, hence camelCase
        self._pending_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pending_pages)
        for number, state in enumerate(self._pending_pages, start=1):
            self.__dict__.update(state)
            self._finish_page(self, number, total)
            super().showPage()
        super().save()
