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
    source_text,
    stale_text,
    status_text,
    timeline_text,
)
from planner.cli.catalog_opts import add_catalog_option, load_for_cli
from planner.cli.common import CliError, add_data_dir_option, data_dir, print_json
from planner.core.catalog import Catalog, StepKind, StudyPath
from planner.messages import translate


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "catalog",
        help="show the study paths, courses and certifications",
        description="Show the built-in catalog plus your own catalog files "
        "(<data dir>/catalogs/*.toml|*.json and any --catalog FILE).",
    )
    parser.add_argument("--json", action="store_true", help="print everything as JSON")
    add_catalog_option(parser)
    add_data_dir_option(parser)
    parser.set_defaults(func=run_catalog)
    actions = parser.add_subparsers(
        dest="catalog_action", metavar="ACTION", parser_class=type(parser)
    )
    update = actions.add_parser(
        "update",
        help="install a catalog update from a .zip file or an https:// URL",
        description="Check a catalog bundle (a .zip with the layout of resources/catalog/) "
        "completely and install it in the data folder; the catalog in use until now is "
        "kept for 'catalog rollback'. Plain http:// works only for this computer.",
    )
    update.add_argument("source", metavar="SOURCE", help="a .zip file or an https:// URL")
    add_data_dir_option(update)
    update.set_defaults(func=run_update)
    rollback = actions.add_parser(
        "rollback", help="go back to the catalog in use before the last update"
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
    from planner.core.catalog_changes import summarize_changes

    try:
        result = update_catalog(args.source, data_dir(args))
    except CatalogUpdateError as exc:
        raise CliError(translate("cli", "catalog not updated: {0}").format(exc)) from exc
    for warning in result.warnings:
        print(f"study-planner: warning: {warning}", file=sys.stderr)
    catalog = result.catalog
    checked = catalog.as_of.isoformat() if catalog.as_of else "unknown"
    version = f"version {catalog.version}, " if catalog.version else ""
    print(f"Catalog updated from {catalog.source} ({version}facts checked {checked}).")
    for line in summarize_changes(result.changes):
        print(f"  {line}")
    print("The previous catalog is kept: 'study-planner catalog rollback' goes back to it.")
    return 0


def run_rollback(args: argparse.Namespace) -> int:
    from planner.catalog.bundle import CatalogUpdateError, rollback_catalog
    from planner.core.catalog_changes import summarize_changes

    try:
        result = rollback_catalog(data_dir(args))
    except CatalogUpdateError as exc:
        raise CliError(translate("cli", "catalog not rolled back: {0}").format(exc)) from exc
    catalog = result.catalog
    checked = catalog.as_of.isoformat() if catalog.as_of else "unknown"
    print(f"Catalog rolled back to the {source_text(catalog)} catalog (facts checked {checked}).")
    for line in summarize_changes(result.changes):
        print(f"  {line}")
    return 0


def _hours(value: float, estimate: bool) -> str:
    shown = f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{shown} h{'*' if estimate else ''}"


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=92, initial_indent=indent, subsequent_indent=indent)


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
        text += f" ({status_text(current, on)})"
        default = " (default)" if cloud is path.default_cloud else ""
        parts.append(f"{cloud.label}{default}: {text}")
    return "; ".join(parts) if parts else "none"


def render_overview(catalog: Catalog, on: date) -> str:
    out: list[str] = []
    as_of = catalog.as_of.isoformat() if catalog.as_of else "unknown"
    version = f" · version {catalog.version}" if catalog.version else ""
    out.append(
        f"Study Planner catalog{version} · facts checked {as_of} · source: "
        f"{source_text(catalog)} · exams resolved for {on} (English)"
    )
    out.append(
        "Hours marked * include our estimates; ~ marks an estimated price or weights; "
        "! marks a disputed figure."
    )
    stale = stale_text(catalog, on)
    if stale:
        out.append(_wrap(f"Warning: {stale}", ""))
    out.append("")
    out.append("PATHS")
    for path in catalog.paths.values():
        custom = " [custom]" if path.custom else ""
        out.append(f"{path.id} · {path.title}{custom}")
        if path.persona:
            out.append(_wrap(path.persona, "  "))
        for number, step in enumerate(path.steps, start=1):
            optional = " (optional)" if step.optional else ""
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
                size = f"{prep.weeks_min}–{prep.weeks_max} weeks (default {prep.weeks_default})"
            else:
                title, size = step.ref, "?"
            only = f" [{', '.join(c.label for c in step.clouds)} only]" if step.clouds else ""
            out.append(f"  {number:>2}. {title}{optional}{only} · {size}")
        out.append(f"  Exam by cloud: {_exam_line(catalog, path, on)}")
        for cert_id in path.exams.values():
            choice = catalog.current_exam(cert_id, on)
            if choice.note:
                out.append(_wrap(f"Note: {choice.note}", "  "))
        out.append(_wrap(f"Why: {path.reasoning}", "  "))
        out.append("")

    out.append("COURSES")
    width = max((len(c.id) for c in catalog.courses.values()), default=0)
    for course in catalog.courses.values():
        rating = f" · rated {course.rating:g}/10" if course.rating is not None else ""
        custom = " [custom]" if course.custom else ""
        out.append(
            f"  {course.id:<{width}}  {course.title} · {course.provider} on {course.platform}"
            f" · {_hours(course.hours, course.has_estimates)} in {len(course.modules)} "
            f"module{'s' if len(course.modules) != 1 else ''}{rating}{custom}"
        )
    out.append("")

    out.append("CERTIFICATIONS")
    for cert in catalog.certifications.values():
        price = "price n/a" if cert.price_usd is None else f"USD {cert.price_usd:g}"
        if cert.price_is_estimate:
            price = "~" + price
        weights = "~" if cert.domains_are_estimates else ""
        custom = " [custom]" if cert.custom else ""
        out.append(f"  {cert.id} · {cert.exam_code} · {cert.name}{custom}")
        minutes = f"{cert.minutes} min" + ("!" if cert.disputed_note("minutes") else "")
        questions = cert.questions + ("!" if cert.disputed_note("questions") else "")
        out.append(
            f"    {status_text(cert, on)} · {minutes} · questions: {questions} · {price}"
            f" · pass {cert.passing_score or 'n/a'} · valid {cert.validity}"
        )
        if cert.timeline:
            out.append(_wrap(f"Timeline: {timeline_text(cert, catalog)}", "    "))
        for event in cert.timeline:
            if event.status.value == "beta" and event.note:
                out.append(_wrap(f"Beta conditions: {event.note}", "    "))
        if cert.domains:
            domains = ", ".join(f"{d.name} {weights}{d.weight_label}" for d in cert.domains)
            out.append(_wrap(f"Domains: {domains}", "    "))
        elif cert.domains_note:
            out.append(_wrap(f"Domains: {cert.domains_note}", "    "))
        for disputed in cert.disputed:
            out.append(_wrap(f"Disputed ({disputed.field_name}): {disputed.note}", "    "))
        if cert.status_note:
            out.append(_wrap(cert.status_note, "    "))
        checked = cert.provenance.as_of.isoformat() if cert.provenance.as_of else "unknown"
        out.append(
            _wrap(
                f"Checked {checked} · confidence {cert.provenance.confidence.value} · sources: "
                + "; ".join(cert.provenance.sources),
                "    ",
            )
        )
    return "\n".join(out).rstrip()
