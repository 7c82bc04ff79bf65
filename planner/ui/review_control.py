"""The spaced-review control of the new-plan wizard and Edit Plan: on or off, and the share
of the weekly hours (1–25 %) that goes to short reviews of finished modules serving the
exam's domains (:mod:`planner.core.review`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSpinBox, QWidget

from planner.core.review import MAX_SHARE
from planner.ui.dialogs.common import describe

DEFAULT_PERCENT = 10


class ReviewControl(QWidget):
    """[x] Spaced review  [10 %] of the weekly hours."""

    changed = Signal()

    def __init__(self, parent: QWidget, name: str, share: float = 0.0) -> None:
        super().__init__(parent)
        self.enabled = describe(
            QCheckBox(self.tr("Spaced re&view of finished modules"), self),
            f"{name}-on",
            self.tr(
                "Short reviews of finished modules that serve the exam's domains, about 2, "
                "7, 21 and 60 days later, labelled with the domain; they count as study time"
            ),
            self.tr("Spaced review"),
        )
        self.percent = describe(
            QSpinBox(self),
            f"{name}-share",
            self.tr("Share of the weekly hours that goes to review, at most 25 %"),
            self.tr("Share of the weekly hours for review"),
        )
        self.percent.setRange(1, round(MAX_SHARE * 100))
        self.percent.setSuffix(self.tr(" % of the weekly hours"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.percent)
        row.addStretch(1)
        self.set_share(share)
        self.enabled.toggled.connect(self._toggled)
        self.percent.valueChanged.connect(lambda _=0: self.changed.emit())

    def set_share(self, share: float) -> None:
        blocked = self.blockSignals(True)
        self.enabled.setChecked(share > 0)
        self.percent.setValue(round(share * 100) if share > 0 else DEFAULT_PERCENT)
        self.percent.setEnabled(share > 0)
        self.blockSignals(blocked)

    def share(self) -> float:
        """The share of the weekly hours (0: off)."""
        return self.percent.value() / 100 if self.enabled.isChecked() else 0.0

    def _toggled(self, on: bool) -> None:
        self.percent.setEnabled(on)
        self.changed.emit()
