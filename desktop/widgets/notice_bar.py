"""A notice across the top of the main window (Hinweisleiste): shown without blocking and without taking the focus.

Background work that fails (a sync pass every few minutes) must not pop up a dialog in the middle of a clerk's
typing; it shows here instead, until the user closes it or the problem goes away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.plain_text import plain_label
from desktop.core.user_message import UserMessage


class NoticeBar(QFrame):
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#noticeBar { background: #fff4ce; border: 1px solid #e0c96b; border-radius: 4px; }"
            "#noticeBar QLabel { color: #3b2f00; }"
        )
        self._action_callback: Callable[[], object] | None = None

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) * 3 // 2
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = plain_label(object_name="noticeTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = plain_label(object_name="noticeText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = plain_label(object_name="noticeDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()

        self.details_button = QPushButton()  # its text (and Alt+D) only while there are details: see show_notice
        self.details_button.setObjectName("noticeDetailsButton")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.details.setVisible)
        self.action_button = QPushButton()
        self.action_button.setObjectName("noticeActionButton")
        self.action_button.clicked.connect(self._act)
        self.close_button = QToolButton()
        self.close_button.setObjectName("noticeCloseButton")
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close the notice"))
        self.close_button.setAccessibleName(self.close_button.toolTip())
        self.close_button.clicked.connect(self.dismiss)

        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        texts.addWidget(self.details)
        buttons = QHBoxLayout()
        buttons.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.close_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.addWidget(icon)
        layout.addLayout(texts, 1)
        layout.addLayout(buttons)
        self.hide()

    def show_notice(self, message: UserMessage, *, action: tuple[str, Callable[[], object]] | None = None) -> None:
        self.title.setText(message.title)
        self.text.setText(message.text)
        self.details.setText(message.details or "")
        # Only a notice with details takes Alt+D: a window may show two notices (its own and the case's).
        self.details_button.setText(self.tr("&Details") if message.details else "")
        self.details_button.setVisible(bool(message.details))
        self.details_button.setChecked(False)
        self._action_callback = action[1] if action else None
        self.action_button.setText(action[0] if action else "")
        self.action_button.setVisible(action is not None)
        self.show()

    def dismiss(self) -> None:
        if self.isVisible():
            self.hide()
            self.dismissed.emit()

    def _act(self) -> None:
        if self._action_callback is not None:
            self._action_callback()
