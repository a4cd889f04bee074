"""Merging two contacts: both side by side, a choice per field, the records that will move, then
Merge (on a worker) or Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.contact_merge import (
    BOTH,
    JOINED,
    KEPT,
    OTHER,
    MergePreview,
    MergeResult,
    MergeSide,
    merge_contacts,
    merge_preview,
)
from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.session import Session
from desktop_app.vocabulary import (
    CHANNEL_LABELS,
    CONTACT_FIELD_LABELS,
    CONTACT_KIND_LABELS,
    CONTACT_LINK_LABELS,
    label,
)
from ui.forms import enter_presses
from ui.i18n import vocabulary
from ui.tasks import TaskRunner
from ui.writes import is_writing, own_runner, submit_write

SHOWN = 60  # characters of a value on its button; the whole value is its tooltip


class MergeContactsDialog(QDialog):
    def __init__(
        self,
        session: Session,
        keep_id: int,
        other_id: int,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactMergeDialog")
        self.setWindowTitle(self.tr("Merge contacts"))
        self.session = session
        self.keep_id, self.other_id = keep_id, other_id
        self.runner = own_runner(self, runner)
        self.preview: MergePreview | None = None
        self.result_value: MergeResult | None = None
        self.groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Reading both contacts…"))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.fields = QWidget()
        self.fields.setObjectName("mergeFields")
        layout.addWidget(self.fields)
        self.counts = QLabel()
        self.counts.setObjectName("mergeLinkCounts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.message = QLabel()
        self.message.setProperty("role", "fieldError")
        self.message.setObjectName("mergeError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.swap = QPushButton(self.tr("&Keep the other one"))
        self.swap.setObjectName("mergeSwapButton")
        self.swap.setEnabled(False)
        self.swap.clicked.connect(self._swap)
        row.addWidget(self.swap)
        row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Merge"))
        self.ok.setObjectName("mergeContactsButton")
        self.ok.setEnabled(False)  # until both are read
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.setMinimumWidth(720)
        enter_presses(self, self.ok)
        self._load()

    def _load(self) -> None:
        session, keep, other = self.session, self.keep_id, self.other_id
        self.ok.setEnabled(False)
        self.swap.setEnabled(False)
        self.runner.submit(
            "read two contacts to merge",
            lambda progress: merge_preview(session, keep, other),
            on_result=self._show,
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self.intro.setText(str(exc) if isinstance(exc, ServiceError) else repr(exc))

    def _swap(self) -> None:
        self.keep_id, self.other_id = self.other_id, self.keep_id
        self._load()

    def _show(self, preview: MergePreview) -> None:
        self.preview = preview
        kept, other = preview.kept, preview.other
        self.intro.setText(
            self.tr(
                "“{0}” (id {1}) is kept. Every record of “{2}” (id {3}) moves to it, and {3} "
                "points at {1} from then on. Choose the value to keep for each field."
            ).format(kept.values["name"], kept.id, other.values["name"], other.id)
        )
        self._fill_fields(preview)
        self._fill_counts(kept, other)
        self.ok.setEnabled(True)
        self.swap.setEnabled(True)

    def _fill_fields(self, preview: MergePreview) -> None:
        old = self.fields.layout()
        if old is not None:  # a swap: the old grid goes with a throwaway widget
            QWidget().setLayout(old)
        grid = QGridLayout(self.fields)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for column, (text, side) in enumerate(
            ((self.tr("Keep"), preview.kept), (self.tr("Merge away"), preview.other)), start=1
        ):
            head = QLabel(f"<b>{text}</b> — {self.tr('id {0}').format(side.id)}")
            grid.addWidget(head, 0, column)
        self.groups = {}
        for row, (choice, pick) in enumerate(preview.choices().items(), start=1):
            grid.addWidget(QLabel(vocabulary(label(CONTACT_FIELD_LABELS, choice))), row, 0)
            group = QButtonGroup(self.fields)
            sides = [(KEPT, preview.kept), (OTHER, preview.other)]
            for column, (key, side) in enumerate(sides, start=1):
                button = self._choice_button(choice, key, self.shown(side, choice))
                group.addButton(button)
                button.setChecked(key == pick)
                grid.addWidget(button, row, column)
            if choice in JOINED:
                both = self._choice_button(choice, BOTH, self.tr("Both"))
                group.addButton(both)
                grid.addWidget(both, row, 3)
            self.groups[choice] = group

    def _choice_button(self, choice: str, key: str, text: str) -> QRadioButton:
        shown = text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
        button = QRadioButton(shown.replace("&", "&&") or "—")
        button.setObjectName(f"mergeChoice_{choice}_{key}")
        button.setToolTip(text)
        button.setProperty("choice", key)
        field = vocabulary(label(CONTACT_FIELD_LABELS, choice))
        button.setAccessibleName(f"{field}: {text or '—'}")
        return button

    def shown(self, side: MergeSide, choice: str) -> str:
        """A field's value as the user reads it."""
        values = side.values
        if choice == "kind":
            return vocabulary(label(CONTACT_KIND_LABELS, values["kind"]))
        if choice == "preferred_channel":
            channel = values["preferred_channel"]
            return vocabulary(label(CHANNEL_LABELS, channel)) if channel else ""
        if choice == "consent":
            words = side.shown(choice).split(", ", 1)
            yes = self.tr("Yes") if values["consent"] else self.tr("No")
            return ", ".join([yes, *words[1:]])
        return side.shown(choice)

    def _fill_counts(self, kept: MergeSide, other: MergeSide) -> None:
        moving = sum(other.links.values())
        if not moving:
            self.counts.setText(self.tr("No record points at id {0}.").format(other.id))
            return
        parts = [
            f"{vocabulary(label(CONTACT_LINK_LABELS, t))}: {n:,}" for t, n in other.links.items()
        ]
        self.counts.setText(
            self.tr("Moves to id {0}: {1}.").format(kept.id, "; ".join(parts))
            + " "
            + self.tr("A link both have (the same event, the same interaction) is kept once.")
        )

    def choices(self) -> dict[str, str]:
        chosen = {}
        for choice, group in self.groups.items():
            button = group.checkedButton()
            chosen[choice] = str(button.property("choice")) if button is not None else KEPT
        return chosen

    def submit(self) -> None:
        if self.preview is None:
            return
        self.message.setVisible(False)
        session, keep, other, chosen = self.session, self.keep_id, self.other_id, self.choices()
        submit_write(
            self.runner,
            "merge contacts",
            lambda: merge_contacts(session, keep, other, chosen),
            self,
            self._done,
            on_refused=self._refused,
        )

    def _done(self, result: MergeResult) -> None:
        self.result_value = result
        self.accept()

    def _refused(self, exc: ServiceError) -> None:
        self.message.setText(exc.message if isinstance(exc, ValidationError) else str(exc))
        self.message.setVisible(True)

    def reject(self) -> None:
        if not is_writing(self):
            super().reject()

    @classmethod
    def ask(
        cls, session: Session, keep_id: int, other_id: int, parent: QWidget | None = None
    ) -> MergeResult | None:
        """The merge done, or None when cancelled."""
        dialog = cls(session, keep_id, other_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.result_value if accepted else None
