"""The Catalog view: browse study paths, courses and certifications with their sources.

A line on top says where the catalog comes from (built in, or the file or URL
of an installed update), its version and the day its facts were last checked —
with a warning and the way to update when that is more than 120 days ago. A
tree on the left (Paths / Courses / Certifications, filterable as you type)
and the selected entry's details on the right: a course's rating, modules and
hours (estimates marked with *), link; a certification's status on the day
(beta with its conditions, available, retired — per language — with the
successor), its dated timeline, domains and weights, disputed figures (marked
!), recommended experience, price, the as-of date and sources; a path's persona,
reasoning, steps (with the clouds they are for) and the exam per cloud today.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.catalog.describe import (
    confidence_message,
    event_message,
    source_message,
    stale_message,
    status_message,
)
from planner.core.catalog import (
    Catalog,
    Certification,
    Course,
    ExamStatus,
    Provenance,
    StepKind,
    StudyPath,
    language_name,
)
from planner.messages import QT_TRANSLATE_NOOP, plural, translate
from planner.ui.formatting import date_text, format_hours
from planner.ui.models.base import Index, TwoLevelModel
from planner.ui.views.parts import cell_tooltips

Entry = StudyPath | Course | Certification

CATEGORIES = (
    QT_TRANSLATE_NOOP("CatalogModel", "Study paths"),
    QT_TRANSLATE_NOOP("CatalogModel", "Courses"),
    QT_TRANSLATE_NOOP("CatalogModel", "Certifications"),
)
ESTIMATE_MARK = "*"
DISPUTED_MARK = "!"
SHORT_CLOUD = {"gcp": "GCP", "aws": "AWS", "azure": "Azure", "databricks": "Databricks"}


def hours_text(hours: float, estimate: bool) -> str:
    return f"{format_hours(round(hours, 2))} h{ESTIMATE_MARK if estimate else ''}"


def cert_status(
    cert: Certification, catalog: Catalog, today: date | None = None, say_language: bool = True
) -> str:
    """The status on ``today`` for an English exam, e.g. "Beta until 2027-01-14"."""
    day = today or date.today()
    message = status_message(cert, day, say_language=say_language)
    text = str(message)
    inner = message.args.get("status", message)
    successor = catalog.certifications.get(cert.successor_id or "")
    if inner.id.startswith("catalog.retired") and successor is not None:
        text += f" → {successor.exam_code}"
    return text[:1].upper() + text[1:]


class CatalogModel(TwoLevelModel):
    """Two levels: the three categories, then their entries. Columns: name, summary."""

    EntryIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self, catalog: Catalog, parent: QObject | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Name"), self.tr("Summary"))
        self.catalog = catalog
        self.today = today or date.today()
        courses: list[Course] = sorted(
            catalog.courses.values(), key=lambda c: (-(c.rating or 0), c.title)
        )
        certs: list[Certification] = sorted(
            catalog.certifications.values(), key=lambda c: (c.vendor, c.is_retired)
        )
        self._entries: tuple[tuple[Entry, ...], ...] = (
            tuple(catalog.paths.values()),
            tuple(courses),
            tuple(certs),
        )

    # --- structure -------------------------------------------------------
    def top_count(self) -> int:
        return len(CATEGORIES)

    def child_count(self, top: int) -> int:
        return len(self._entries[top])

    def entry(self, index: Index) -> Entry | None:
        category = self.parent_row(index) if index.isValid() else None
        return None if category is None else self._entries[category][index.row()]

    # --- data ------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index)
        if entry is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.tr(CATEGORIES[index.row()])
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 1:
                count = len(self._entries[index.row()])
                return self.tr("%n entry(ies)", "", count)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._name(entry) if index.column() == 0 else self._summary(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            if isinstance(entry, StudyPath):
                return f"{entry.title} — {entry.persona}"
            return f"{self._name(entry)} — {self._summary(entry)}"
        if role == self.EntryIdRole:
            return entry.id
        return None

    def _name(self, entry: Entry) -> str:
        if isinstance(entry, Certification):
            return f"{entry.name} ({entry.exam_code})"
        return entry.title

    def _summary(self, entry: Entry) -> str:
        if isinstance(entry, StudyPath):
            clouds = ", ".join(SHORT_CLOUD.get(cloud.value, cloud.value) for cloud in entry.exams)
            return self.tr("%n step(s) · {0}", "", len(entry.steps)).format(clouds)
        if isinstance(entry, Course):
            rating = f"{entry.rating:g}/10 · " if entry.rating is not None else ""
            return f"{rating}{hours_text(entry.hours, entry.has_estimates)}"
        # The tree is narrow: the language goes without saying (the details say it).
        return cert_status(entry, self.catalog, self.today, say_language=False)


def _provenance_html(prov: Provenance) -> str:
    checked_label = translate("CatalogDetails", "Checked:")
    confidence_label = translate("CatalogDetails", "confidence")
    sources_label = translate("CatalogDetails", "Sources")
    parts = []
    if prov.as_of is not None:
        parts.append(
            f"<p><b>{checked_label}</b> {date_text(prov.as_of)} · "
            f"{confidence_label} {confidence_message(prov.confidence)}"
        )
    if prov.sources:
        links = "".join(
            f'<li><a href="{escape(s)}">{escape(s)}</a></li>'
            if s.startswith("http")
            else f"<li>{escape(s)}</li>"
            for s in prov.sources
        )
        parts.append(f"<p><b>{sources_label}</b></p><ul>{links}</ul>")
    return "".join(parts)


def _checked_line(prov: Provenance) -> str:
    """One line under the title: when the facts were checked, how sure, how many sources."""
    checked = date_text(prov.as_of) if prov.as_of else translate("CatalogDetails", "unknown")
    count = len(prov.sources)
    sources = (
        plural("CatalogDetails", "%n source(s) listed below", count)
        if count
        else translate("CatalogDetails", "no sources")
    )
    head = translate("CatalogDetails", "Checked {0} · confidence {1}")
    parts = [head.format(checked, escape(str(confidence_message(prov.confidence)))), sources]
    # In another language the catalog's own text stays English, and says so.
    marker = translate("CatalogDetails", "catalog text in English")
    if marker != "catalog text in English":
        parts.append(marker)
    return f"<p><small>{' · '.join(parts)}</small></p>"


def _plural_sources() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    """Plurals counted at run time, written out once with a number for lupdate."""
    translate("CatalogDetails", "%n source(s) listed below", None, 2)


def _link(url: str, text: str) -> str:
    return f'<p><a href="{escape(url)}">{escape(text)}</a></p>' if url else ""


def details_html(entry: Entry, catalog: Catalog, today: date | None = None) -> str:
    """The detail pane's text for an entry (HTML)."""
    if isinstance(entry, Course):
        return _course_html(entry)
    day = today or date.today()
    if isinstance(entry, Certification):
        return _cert_html(entry, catalog, day)
    return _path_html(entry, catalog, day)


def _course_html(c: Course) -> str:
    rows = "".join(
        f"<tr><td>{escape(m.title)}</td><td align='right'>"
        f"{hours_text(m.hours, m.hours_is_estimate)}</td></tr>"
        for m in c.modules
    )
    rating = f"<p><b>Rating:</b> {c.rating:g} / 10 (the career guide)</p>" if c.rating else ""
    who = ", ".join(c.instructors)
    return (
        f"<h2>{escape(c.title)}</h2>"
        + _checked_line(c.provenance)
        + f"<p>{escape(c.provider)} · {escape(c.platform)}"
        f"{' · ' + escape(who) if who else ''}</p>"
        f"{rating}"
        f"<p>{escape(c.description)}</p>"
        f"<p><b>Modules</b> ({len(c.modules)}, {hours_text(c.hours, c.has_estimates)} in all)</p>"
        f"<table cellspacing='0' cellpadding='3'>{rows}</table>"
        + (
            f"<p><small>{ESTIMATE_MARK} our estimate; the provider publishes no figure. "
            "You can change any module's hours in your plan.</small></p>"
            if c.has_estimates
            else ""
        )
        + (f"<p>{escape(c.total_hours_note)}</p>" if c.total_hours_note else "")
        + _link(c.url, translate("CatalogDetails", "Open the course page"))
        + _provenance_html(c.provenance)
    )


def _disputed(c: Certification, field_name: str, text: str) -> str:
    note = c.disputed_note(field_name)
    return f"{text}{DISPUTED_MARK}" if note else text


def _cert_html(c: Certification, catalog: Catalog, today: date) -> str:
    domains_label = translate("CatalogDetails", "Domains and weights")
    timeline_label = translate("CatalogDetails", "Timeline")
    state_text = escape(cert_status(c, catalog, today))
    choice = catalog.current_exam(c.id, today)
    status = state_text
    if choice.was_redirected:
        successor = choice.certification
        status = (
            f"<span style='font-weight:600'>{status}<br>"
            + translate("CatalogDetails", "Plan for its successor, {0} ({1}).").format(
                escape(successor.name), escape(successor.exam_code)
            )
            + "</span>"
        )
    if c.status_note:
        status += f"<br>{escape(c.status_note)}"
    timeline = "".join(
        f"<li>{escape(str(event_message(e, catalog)))}"
        + (
            f"<br><small>{'Beta conditions: ' if e.status is ExamStatus.BETA else ''}"
            f"{escape(e.note)}</small>"
            if e.note
            else ""
        )
        + "</li>"
        for e in c.timeline
    )
    mark = "~" if c.domains_are_estimates else ""
    domains = "".join(
        f"<tr><td>{escape(d.name)}</td><td align='right'>{mark}{escape(d.weight_label)}</td></tr>"
        for d in c.domains
    )
    if c.price_usd is None:
        price = translate("CatalogDetails", "not published")
    else:
        price = f"{'~' if c.price_is_estimate else ''}US${c.price_usd:g}"
    languages = ", ".join(language_name(x) for x in c.languages) or translate(
        "CatalogDetails", "not listed"
    )
    facts = [
        (translate("CatalogDetails", "Status today"), status),
        (translate("CatalogDetails", "Vendor"), escape(c.vendor)),
        (
            translate("CatalogDetails", "Exam"),
            _disputed(c, "minutes", translate("CatalogDetails", "{0} minutes").format(c.minutes))
            + " · "
            + translate("CatalogDetails", "{0} questions").format(
                escape(_disputed(c, "questions", c.questions))
            ),
        ),
        (translate("CatalogDetails", "Languages"), escape(languages)),
        (translate("CatalogDetails", "Price"), _disputed(c, "price_usd", price)),
        (
            translate("CatalogDetails", "Passing score"),
            escape(c.passing_score or translate("CatalogDetails", "not published")),
        ),
        (translate("CatalogDetails", "Recommended experience"), escape(c.recommended_experience)),
        (translate("CatalogDetails", "Validity"), escape(c.validity)),
        (
            translate("CatalogDetails", "Preparation"),
            hours_text(c.prep_hours, c.prep_hours_is_estimate),
        ),
    ]
    table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in facts)
    disputed = "".join(
        f"<li><b>{escape(d.field_name)}</b>: {escape(d.note)}</li>" for d in c.disputed
    )
    note = f"<p><small>{escape(c.domains_note)}</small></p>" if c.domains_note else ""
    domain_part = (
        f"<p><b>{domains_label}</b></p><table cellspacing='0' cellpadding='3'>{domains}</table>"
        if domains
        else ""
    )
    return (
        f"<h2>{escape(c.name)} ({escape(c.exam_code)})</h2>"
        + _checked_line(c.provenance)
        + f"<p>{escape(c.description)}</p>"
        f"<table cellspacing='0' cellpadding='3'>{table}</table>"
        + (f"<p><b>{timeline_label}</b></p><ul>{timeline}</ul>" if timeline else "")
        + (
            f"<p><b>Disputed figures</b> ({DISPUTED_MARK})</p><ul>{disputed}</ul>"
            if disputed
            else ""
        )
        + domain_part
        + note
        + _link(c.url, translate("CatalogDetails", "Open the certification page"))
        + _link(c.exam_guide_url, translate("CatalogDetails", "Open the exam guide"))
        + _provenance_html(c.provenance)
    )


def _path_html(p: StudyPath, catalog: Catalog, today: date) -> str:
    steps = []
    for step in p.steps:
        if step.kind is StepKind.COURSE and step.ref in catalog.courses:
            course = catalog.courses[step.ref]
            title = f"{course.title} ({hours_text(course.hours, course.has_estimates)})"
        elif step.kind is StepKind.PROJECT and step.ref in catalog.projects:
            project = catalog.projects[step.ref]
            title = f"{project.title} ({hours_text(project.hours, True)})"
        elif step.kind is StepKind.EXAM_PREP and step.ref in catalog.exam_preps:
            prep = catalog.exam_preps[step.ref]
            title = f"{prep.title} ({prep.weeks_min}–{prep.weeks_max} weeks)"
        else:
            title = step.ref
        extra = " <i>(optional)</i>" if step.optional else ""
        if step.clouds:
            extra += f" <i>({escape(', '.join(c.label for c in step.clouds))} only)</i>"
        steps.append(f"<li>{escape(title)}{extra}</li>")
    exams = []
    for cloud, cert_id in p.exams.items():
        if cert_id not in catalog.certifications:
            continue
        choice = catalog.current_exam(cert_id, today)
        cert = choice.certification
        text = f"{cert.name} ({cert.exam_code}) — {cert_status(cert, catalog, today)}"
        if choice.was_redirected:
            text += f" (the guide's {choice.requested.exam_code} is retired)"
        exams.append(f"<li>{escape(cloud.label)}: {escape(text)}</li>")
    return (
        f"<h2>{escape(p.title)}</h2>"
        f"<p><i>{escape(p.persona)}</i></p>"
        f"<p>{escape(p.reasoning)}</p>"
        f"<p><b>Steps</b></p><ol>{''.join(steps)}</ol>"
        f"<p><b>Exam by your target employers' cloud</b> (for an English exam on "
        f"{today.isoformat()})</p><ul>{''.join(exams)}</ul>" + _provenance_html(p.provenance)
    )


class CatalogView(QWidget):
    """Browse the catalog: a filterable tree and the selected entry's details."""

    def __init__(
        self, catalog: Catalog, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("catalog-view")
        self.catalog = catalog
        self.today = today or date.today()
        self.model = CatalogModel(catalog, self, self.today)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("catalog-filter")
        self.filter.setPlaceholderText(self.tr("Filter by name, provider or status…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the catalog"))
        self.filter.setToolTip(self.tr("Show only entries whose name or summary contains this"))
        self.filter.textChanged.connect(self._filter_changed)

        self.tree = cell_tooltips(QTreeView(self))
        self.tree.setObjectName("catalog-tree")
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Catalog entries"))
        self.tree.setToolTip(self.tr("Paths, courses and certifications; select one for details"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(1, 160)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)  # whole in the tooltip
        self.tree.viewport().installEventFilter(self)  # names get their room on every resize
        self._needs: tuple[int, int] | None = None
        self.tree.expandAll()
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)

        self.details = QTextBrowser(self)
        self.details.setObjectName("catalog-details")
        self.details.setOpenExternalLinks(True)
        self.details.setAccessibleName(self.tr("Details of the selected entry"))
        self.details.setToolTip(self.tr("Facts, sources and as-of dates of the selected entry"))

        self.origin = QLabel(self)
        self.origin.setObjectName("catalog-origin")
        self.origin.setWordWrap(True)
        self.origin.setAccessibleName(
            self.tr("Where the catalog comes from and when it was checked")
        )
        self.stale = QLabel(self)
        self.stale.setObjectName("catalog-stale-warning")
        self.stale.setWordWrap(True)
        self.stale.setTextFormat(Qt.TextFormat.PlainText)
        self.stale.setAccessibleName(self.tr("Catalog age warning"))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.tree)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 440])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin)
        layout.addWidget(self.stale)
        layout.addWidget(splitter, 1)
        self._show_origin()
        self._show_intro()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Names first: the summary column gets what names leave, but at least 30 %.

        A name that still does not fit ends with "…", and its tooltip has it whole.
        """
        if self._needs is None:
            self._needs = (self.tree.sizeHintForColumn(0), self.tree.sizeHintForColumn(1))
        name, summary = self._needs
        room = self.tree.viewport().width()
        width = max(int(room * 0.3), min(room - name, summary))
        self.tree.header().resizeSection(1, max(width, 40))

    def _rows_changed(self) -> None:
        self._needs = None
        self.fit_columns()

    def set_catalog(self, catalog: Catalog) -> None:
        """Show another catalog (after an update or a rollback)."""
        self.catalog = catalog
        self.model = CatalogModel(catalog, self, self.today)
        self.proxy.setSourceModel(self.model)
        self.tree.expandAll()
        self._rows_changed()
        self._show_origin()
        self._show_intro()

    def _show_origin(self) -> None:
        c = self.catalog
        checked = date_text(c.as_of) if c.as_of else self.tr("unknown")
        version = self.tr(" · version {0}").format(c.version) if c.version else ""
        self.origin.setText(
            self.tr("Catalog: {0}{1} · facts checked {2}").format(
                escape(str(source_message(c))), escape(version), checked
            )
        )
        stale = stale_message(c, self.today)
        warning = str(stale) if stale is not None else ""
        self.stale.setText(warning)
        self.stale.setVisible(bool(warning))
        if warning:
            self.stale.setStyleSheet("font-weight: 600")

    def _show_intro(self) -> None:
        self.details.setHtml(
            self.tr(
                "<h2>The catalog</h2><p>Study paths for each starting point, the courses "
                "they use and the certifications they lead to, with sources and the date "
                "each fact was checked.</p><p>Select an entry to see its details. Hours "
                "marked {0} are our estimates; figures marked {1} are disputed.</p>"
                "<p>File › Update Catalog… installs newer facts from a file or a web "
                "address; File › Roll Back Catalog goes back.</p>"
            ).format(ESTIMATE_MARK, DISPUTED_MARK)
        )

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()
        self._rows_changed()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        entry = self.model.entry(self.proxy.mapToSource(indexes[0])) if indexes else None
        if entry is None:
            self._show_intro()
        else:
            self.details.setHtml(details_html(entry, self.catalog, self.today))

    def select(self, entry_id: str) -> bool:
        """Select the entry with this id (the first match); False if there is none."""
        for category in range(self.model.rowCount()):
            parent = self.model.index(category, 0)
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if index.data(CatalogModel.EntryIdRole) == entry_id:
                    proxy_index = self.proxy.mapFromSource(index)
                    if not proxy_index.isValid():
                        return False
                    self.tree.setCurrentIndex(proxy_index)
                    self.tree.scrollTo(proxy_index)
                    return True
        return False

    def visible_names(self) -> Sequence[str]:
        """Names of the entries the filter lets through (for tests and automation)."""
        names = []
        for category in range(self.proxy.rowCount()):
            parent = self.proxy.index(category, 0)
            names += [
                str(self.proxy.index(row, 0, parent).data())
                for row in range(self.proxy.rowCount(parent))
            ]
        return names
