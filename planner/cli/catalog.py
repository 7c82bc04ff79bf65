"""``study-planner catalog``: the paths, courses and exams the planner knows about.

``catalog update SOURCE`` installs a catalog bundle (a .zip with the layout of
``resources/catalog/``) from a file or an https:// URL, after checking all of it;
``catalog rollback`` goes back to the catalog in use before. See
:mod:`planner.catalog.bundle`. Nothing here touches the network unless asked to update.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from datetime import date
from typing import Any

from planner.catalog.describe import (
    confidence_message,
    event_message,
    source_message,
    stale_text,
    status_message,
    status_text,
    timeline_text,
)
from planner.cli.catalog_opts import add_catalog_option, load_for_cli
from planner.cli.common import CliError, add_data_dir_option, data_dir, english, print_json
from planner.core.catalog import Catalog, Certification, StepKind, StudyPath
from planner.core.catalog_changes import EntryChange
from planner.messages import translate


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "catalog",
        help=translate("cli-help", "show the study paths, courses and certifications"),
        description=translate(
            "cli-help",
            "Show the built-in catalog plus your own catalog files "
            "(<data dir>/catalogs/*.toml|*.json and any --catalog FILE).",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli-help", "print everything as JSON")
    )
    add_catalog_option(parser)
    add_data_dir_option(parser)
    parser.set_defaults(func=run_catalog)
    actions = parser.add_subparsers(
        dest="catalog_action", metavar="ACTION", parser_class=type(parser)
    )
    update = actions.add_parser(
        "update",
        help=translate("cli-help", "install a catalog update from a .zip file or an https:// URL"),
        description=translate(
            "cli-help",
            "Check a catalog bundle (a .zip with the layout of resources/catalog/) "
            "completely and install it in the data folder; the catalog in use until now is "
            "kept for 'catalog rollback'. Plain http:// works only for this computer.",
        ),
    )
    update.add_argument(
        "source", metavar="SOURCE", help=translate("cli-help", "a .zip file or an https:// URL")
    )
    add_data_dir_option(update)
    update.set_defaults(func=run_update)
    rollback = actions.add_parser(
        "rollback",
        help=translate("cli-help", "go back to the catalog in use before the last update"),
    )
    add_data_dir_option(rollback)
    rollback.set_defaults(func=run_rollback)


def run_catalog(args: argparse.Namespace) -> int:
    catalog = load_for_cli(args)
    from planner.services.clock import default_clock

    today = default_clock().now().astimezone().date()  # this computer's day
    if args.json:
        from planner.catalog.export import catalog_to_json

        print_json(catalog_to_json(catalog, today))
    else:
        print(render_overview(catalog, today))
    return 0


def run_update(args: argparse.Namespace) -> int:
    from planner.catalog.bundle import CatalogUpdateError, update_catalog

    try:
        result = update_catalog(args.source, data_dir(args))
    except CatalogUpdateError as exc:
        raise CliError(translate("cli", "catalog not updated: {0}").format(exc)) from exc
    for warning in result.warnings:
        print(translate("cli", "study-planner: warning: {0}").format(warning), file=sys.stderr)
    catalog = result.catalog
    checked = _checked(catalog)
    if catalog.version:
        line = translate("cli", "Catalog updated from {0} (version {1}, facts checked {2}).")
        print(line.format(catalog.source, catalog.version, checked))
    else:
        line = translate("cli", "Catalog updated from {0} (facts checked {1}).")
        print(line.format(catalog.source, checked))
    for line in _change_lines(result.changes):
        print(f"  {line}")
    print(
        translate(
            "cli",
            "The previous catalog is kept: 'study-planner catalog rollback' goes back to it.",
        )
    )
    return 0


def run_rollback(args: argparse.Namespace) -> int:
    from planner.catalog.bundle import CatalogUpdateError, rollback_catalog

    try:
        result = rollback_catalog(data_dir(args))
    except CatalogUpdateError as exc:
        raise CliError(translate("cli", "catalog not rolled back: {0}").format(exc)) from exc
    catalog = result.catalog
    line = translate("cli", "Catalog rolled back to the {0} catalog (facts checked {1}).")
    print(line.format(_said(source_message(catalog)), _checked(catalog)))
    for line in _change_lines(result.changes):
        print(f"  {line}")
    return 0


def _said(message: object) -> str:
    """A message from the catalog layer in the command line's language (English as it was)."""
    from planner.messages import english_of

    return english_of(message) if english() else str(message)  # type: ignore[arg-type]


def _checked(catalog: Catalog) -> str:
    return catalog.as_of.isoformat() if catalog.as_of else translate("cli", "unknown")


def _change_lines(changes: tuple[EntryChange, ...] | list[EntryChange]) -> list[str]:
    """What an update changed, one line per kind of entry ("Exams: added …; …")."""
    from planner.core.catalog_changes import summarize_change_messages

    return [_said(line) for line in summarize_change_messages(changes)]


def _hours(value: float, estimate: bool) -> str:
    shown = f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{shown} h{'*' if estimate else ''}"


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=92, initial_indent=indent, subsequent_indent=indent)


def _status(cert: Certification, on: date) -> str:
    return status_text(cert, on) if english() else str(status_message(cert, on))


def _timeline(cert: Certification, catalog: Catalog) -> str:
    if english():
        return timeline_text(cert, catalog)
    return " · ".join(str(event_message(e, catalog)) for e in cert.timeline)


def _stale(catalog: Catalog, on: date) -> str:
    if english():
        return stale_text(catalog, on)
    from planner.catalog.describe import STALE_AFTER_DAYS

    if not catalog.is_stale(on, STALE_AFTER_DAYS):
        return ""
    days = catalog.days_since_check(on)
    if catalog.as_of is not None and days is not None:
        stale = translate(
            "cli",
            "The catalog's facts were last checked on {0}, {1} days ago; exam dates, prices "
            "and courses may have changed — {2}.",
        ).format(catalog.as_of.isoformat(), days, "{0}")
    else:
        stale = translate(
            "cli",
            "The catalog's facts have no check date; exam dates, prices and courses may have "
            "changed — {0}.",
        )
    how = translate(
        "cli", "update it with 'study-planner catalog update FILE-OR-URL' or File › Update Catalog…"
    )
    return stale.format(how)


def _exam_line(catalog: Catalog, path: StudyPath, on: date) -> str:
    parts = []
    for cloud, cert_id in path.exams.items():
        choice = catalog.current_exam(cert_id, on)
        listed = choice.requested
        current = choice.certification
        if choice.was_redirected:
            text = f"{listed.exam_code} → {current.exam_code}"
        else:
            text = listed.exam_code
        text += f" ({_status(current, on)})"
        default = " " + translate("cli", "(default)") if cloud is path.default_cloud else ""
        parts.append(f"{cloud.label}{default}: {text}")
    return "; ".join(parts) if parts else translate("cli", "none")


def render_overview(catalog: Catalog, on: date) -> str:
    from planner.messages import plural

    out: list[str] = []
    as_of = _checked(catalog)
    if catalog.version:
        head = translate(
            "cli",
            "Study Planner catalog · version {0} · facts checked {1} · source: {2} · "
            "exams resolved for {3} (English)",
        ).format(catalog.version, as_of, _said(source_message(catalog)), on)
    else:
        head = translate(
            "cli",
            "Study Planner catalog · facts checked {0} · source: {1} · exams resolved for {2} "
            "(English)",
        ).format(as_of, _said(source_message(catalog)), on)
    out.append(head)
    out.append(
        translate(
            "cli",
            "Hours marked * include our estimates; ~ marks an estimated price or weights; "
            "! marks a disputed figure.",
        )
    )
    stale = _stale(catalog, on)
    if stale:
        out.append(_wrap(translate("cli", "Warning: {0}").format(stale), ""))
    out.append("")
    out.append(translate("cli", "PATHS"))
    custom_mark = " " + translate("cli", "[custom]")
    for path in catalog.paths.values():
        custom = custom_mark if path.custom else ""
        out.append(f"{path.id} · {path.title}{custom}")
        if path.persona:
            out.append(_wrap(path.persona, "  "))
        for number, step in enumerate(path.steps, start=1):
            optional = " " + translate("cli", "(optional)") if step.optional else ""
            if step.kind is StepKind.COURSE and step.ref in catalog.courses:
                course = catalog.courses[step.ref]
                title, size = course.title, _hours(course.hours, course.has_estimates)
            elif step.kind is StepKind.PROJECT and step.ref in catalog.projects:
                project = catalog.projects[step.ref]
                estimate = any(m.hours_is_estimate for m in project.milestones)
                title, size = project.title, _hours(project.hours, estimate)
            elif step.kind is StepKind.EXAM_PREP and step.ref in catalog.exam_preps:
                prep = catalog.exam_preps[step.ref]
                title = prep.title
                size = translate("cli", "{0}–{1} weeks (default {2})").format(
                    prep.weeks_min, prep.weeks_max, prep.weeks_default
                )
            else:
                title, size = step.ref, "?"
            only = ""
            if step.clouds:
                clouds = ", ".join(c.label for c in step.clouds)
                only = " " + translate("cli", "[{0} only]").format(clouds)
            out.append(f"  {number:>2}. {title}{optional}{only} · {size}")
        exams = translate("cli", "Exam by cloud: {0}").format(_exam_line(catalog, path, on))
        out.append(f"  {exams}")
        for cert_id in path.exams.values():
            choice = catalog.current_exam(cert_id, on)
            if choice.note:
                note = choice.note if english() else choice.note_text
                out.append(_wrap(translate("cli", "Note: {0}").format(note), "  "))
        out.append(_wrap(translate("cli", "Why: {0}").format(path.reasoning), "  "))
        out.append("")

    out.append(translate("cli", "COURSES"))
    width = max((len(c.id) for c in catalog.courses.values()), default=0)
    for course in catalog.courses.values():
        rating = (
            " · " + translate("cli", "rated {0:g}/10").format(course.rating)
            if course.rating is not None
            else ""
        )
        custom = custom_mark if course.custom else ""
        size = translate("cli", "{0} in {1}").format(
            _hours(course.hours, course.has_estimates),
            plural("cli", "%n module(s)", len(course.modules)),
        )
        where = translate("cli", "{0} on {1}").format(course.provider, course.platform)
        out.append(f"  {course.id:<{width}}  {course.title} · {where} · {size}{rating}{custom}")
    out.append("")

    out.append(translate("cli", "CERTIFICATIONS"))
    for cert in catalog.certifications.values():
        if cert.price_usd is None:
            price = translate("cli", "price n/a")
        else:
            price = f"USD {cert.price_usd:g}"
        if cert.price_is_estimate:
            price = "~" + price
        weights = "~" if cert.domains_are_estimates else ""
        custom = custom_mark if cert.custom else ""
        out.append(f"  {cert.id} · {cert.exam_code} · {cert.name}{custom}")
        minutes = f"{cert.minutes} min" + ("!" if cert.disputed_note("minutes") else "")
        questions = cert.questions + ("!" if cert.disputed_note("questions") else "")
        facts = translate("cli", "{0} · {1} · questions: {2} · {3} · pass {4} · valid {5}").format(
            _status(cert, on),
            minutes,
            questions,
            price,
            cert.passing_score or translate("cli", "n/a"),
            cert.validity,
        )
        out.append(f"    {facts}")
        if cert.timeline:
            timeline = translate("cli", "Timeline: {0}").format(_timeline(cert, catalog))
            out.append(_wrap(timeline, "    "))
        for event in cert.timeline:
            if event.status.value == "beta" and event.note:
                beta = translate("cli", "Beta conditions: {0}").format(event.note)
                out.append(_wrap(beta, "    "))
        if cert.domains:
            domains = ", ".join(f"{d.name} {weights}{d.weight_label}" for d in cert.domains)
            out.append(_wrap(translate("cli", "Domains: {0}").format(domains), "    "))
        elif cert.domains_note:
            out.append(_wrap(translate("cli", "Domains: {0}").format(cert.domains_note), "    "))
        for disputed in cert.disputed:
            line = translate("cli", "Disputed ({0}): {1}").format(
                disputed.field_name, disputed.note
            )
            out.append(_wrap(line, "    "))
        if cert.status_note:
            out.append(_wrap(cert.status_note, "    "))
        prov = cert.provenance
        confidence = (
            prov.confidence.value if english() else str(confidence_message(prov.confidence))
        )
        checked = prov.as_of.isoformat() if prov.as_of else translate("cli", "unknown")
        line = translate("cli", "Checked {0} · confidence {1} · sources: {2}").format(
            checked, confidence, "; ".join(prov.sources)
        )
        out.append(_wrap(line, "    "))
    return "\n".join(out).rstrip()
