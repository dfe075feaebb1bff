"""A big number on the dashboard that is a button (Kennzahl): a click, Space or Enter opens its cases in the queue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.plain_text import plain_label


class FigureButton(QPushButton):
    def __init__(self, object_name: str, caption: str, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # one row of equal tiles
        self.setMinimumWidth(160)
        self.setStyleSheet(
            f"#{object_name} {{ background: palette(base); border: 1px solid #c9ced6; border-radius: 6px; "
            "padding: 6px 12px; text-align: left; }"
            f"#{object_name}:hover {{ background: #f1f5fb; border-color: #8fa8c8; }}"
            f"#{object_name}:focus {{ border: 2px solid palette(highlight); }}"
            f"#{object_name}:disabled {{ background: palette(window); }}"
        )
        self.number = plain_label("–", object_name=f"{object_name}Number")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setStyleSheet(f"color: {colour.name()};")
        self.caption = plain_label(caption, object_name=f"{object_name}Caption")
        self.caption.setWordWrap(True)  # on a narrow screen in two lines; every tile is as high as two lines
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        for label in (self.number, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setFixedHeight(self.number.sizeHint().height() + 2 * self.caption.fontMetrics().lineSpacing() + 22)
        self.setAccessibleName(caption)

    def set_value(self, value: int | None, tooltip: str = "") -> None:
        self.number.setText("–" if value is None else f"{value:,}".replace(",", "."))
        self.setAccessibleName(f"{self.number.text()} {self.caption.text()}")
        self.setToolTip(tooltip)

    def value_text(self) -> str:
        return self.number.text()
