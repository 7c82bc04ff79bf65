"""The English templates of every error sentence, by message identifier (context ``Message``).

:mod:`planner.core.messages` adds them to its templates; raise sites say
``Message("error.…", {...})``. Fields in braces are filled after translation. The
catalog's own text, paths, names and the system's or SQLite's own words are
arguments and stay as they are.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for ``pyside6-lupdate`` under ``context``; returns it unchanged."""
    return text


ERROR_TEMPLATES: dict[str, str] = {
    # planner/errors.py
    "error.internal": QT_TRANSLATE_NOOP(
        "Message", "Something went wrong inside Study Planner ({what}); nothing was saved.{where}"
    ),
    "error.details_in": QT_TRANSLATE_NOOP("Message", " Details are in {path}."),
    "error.then": QT_TRANSLATE_NOOP("Message", "{first} {then}"),
    # The plans file (planner/storage): opening, damage, saving, locking.
    "error.file_creating": QT_TRANSLATE_NOOP(
        "Message",
        "Your plans file {path} is being created by another Study Planner right now; try again "
        "in a moment. Nothing was changed.",
    ),
    "error.file_denied": QT_TRANSLATE_NOOP(
        "Message",
        "Your plans file {path} cannot be opened: permission denied ({detail}). Check the "
        "permissions of the file and its folder; nothing was changed.",
    ),
    "error.file_not_a_file": QT_TRANSLATE_NOOP(
        "Message",
        "{path} is {detail}, not a plans file, so Study Planner does not open it. Move it out "
        "of the data folder; nothing was changed.",
    ),
    "error.file_journal_folder": QT_TRANSLATE_NOOP(
        "Message",
        "Your plans file {path} cannot be used: {detail} where SQLite keeps its journal. Move "
        "or rename it; your plans file was not changed.",
    ),
    "error.file_unreadable": QT_TRANSLATE_NOOP(
        "Message",
        "Your plans file {path} cannot be read right now ({detail}); nothing was changed. Try "
        "again; 'study-planner check' checks the file.",
    ),
    "error.file_busy": QT_TRANSLATE_NOOP(
        "Message",
        "Your plans file {path} is busy: another program holds it. Try again in a moment; "
        "nothing was changed.",
    ),
    "error.file_newer": QT_TRANSLATE_NOOP(
        "Message",
        "{path} was written by a newer Study Planner (schema {version}; this version reads up "
        "to {max}). Update Study Planner to open it; the file was not changed.",
    ),
    "error.file_damaged": QT_TRANSLATE_NOOP(
        "Message", "Your plans file {path} is damaged: {detail}.{where}"
    ),
    "error.moved_aside": QT_TRANSLATE_NOOP(
        "Message", " It was moved aside to {name}; nothing was deleted."
    ),
    "error.damaged_open_elsewhere": QT_TRANSLATE_NOOP(
        "Message",
        "Your plans file {path} looks damaged: {detail}. Study Planner is open with this folder"
        " elsewhere; close it, then try again.",
    ),
    "error.offer_backup": QT_TRANSLATE_NOOP(
        "Message", "The newest good backup is {id}; restore it with 'study-planner restore {id}'."
    ),
    "error.no_backup_new_file": QT_TRANSLATE_NOOP(
        "Message", "There is no backup to restore; a new, empty plans file will be started."
    ),
    "error.detail_empty": QT_TRANSLATE_NOOP(
        "Message", "it is empty (0 bytes) although it should hold your plans"
    ),
    "error.detail_header": QT_TRANSLATE_NOOP(
        "Message", "it is not a SQLite database (its header is wrong)"
    ),
    "error.detail_names": QT_TRANSLATE_NOOP(
        "Message", "SQLite cannot read its structure (damaged names)"
    ),
    "error.detail_foreign": QT_TRANSLATE_NOOP(
        "Message", "it is a SQLite database of another application"
    ),
    "error.detail_writing": QT_TRANSLATE_NOOP(
        "Message", "another Study Planner is writing it right now"
    ),
    "error.detail_integrity": QT_TRANSLATE_NOOP(
        "Message", "SQLite's integrity check failed ({what})"
    ),
    "error.detail_schema_number": QT_TRANSLATE_NOOP("Message", "its schema number reads {number}"),
    "error.detail_sqlite": QT_TRANSLATE_NOOP("Message", "SQLite cannot read it ({what})"),
    "error.kind_folder": QT_TRANSLATE_NOOP("Message", "a folder"),
    "error.kind_pipe": QT_TRANSLATE_NOOP("Message", "a named pipe"),
    "error.kind_device": QT_TRANSLATE_NOOP("Message", "a device"),
    "error.kind_socket": QT_TRANSLATE_NOOP("Message", "a socket"),
    "error.kind_other": QT_TRANSLATE_NOOP("Message", "not a regular file"),
    "error.journal_is": QT_TRANSLATE_NOOP("Message", "{name} is {kind}"),
    "error.disk_full": QT_TRANSLATE_NOOP(
        "Message",
        "Your disk is full; nothing was saved. Free some space and try again (your plans are as"
        " they were).",
    ),
    "error.read_only": QT_TRANSLATE_NOOP(
        "Message",
        "Your plans file {path} cannot be written (the folder or disk is read-only); nothing "
        "was saved.",
    ),
    "error.busy_saving": QT_TRANSLATE_NOOP(
        "Message", "Your plans file is busy in another program; nothing was saved. Try again."
    ),
    "error.disk_error": QT_TRANSLATE_NOOP(
        "Message", "The disk reported an error while saving to {path}; nothing was saved."
    ),
    "error.not_usable": QT_TRANSLATE_NOOP(
        "Message", "Your plans file {path} could not be used ({reason}); nothing was saved."
    ),
    "error.stored_value": QT_TRANSLATE_NOOP(
        "Message",
        "A value stored in your plans file {path} cannot be read ({reason}); 'study-planner "
        "check' lists what is wrong.",
    ),
    "error.locked_command": QT_TRANSLATE_NOOP(
        "Message",
        "Another study-planner command ({who}) is still changing your plans after {seconds} s; "
        "nothing was changed. Try again when it has finished.",
    ),
    "error.locked_app": QT_TRANSLATE_NOOP(
        "Message",
        "The Study Planner app is already running with this data folder ({who}); make the "
        "change there, or close the app and run the command again. Nothing was changed.",
    ),
    "error.locked_by": QT_TRANSLATE_NOOP(
        "Message",
        "Study Planner is already running with this data folder ({who}); close it, or use it "
        "there. Nothing was changed.",
    ),
    "error.locked": QT_TRANSLATE_NOOP(
        "Message",
        "Study Planner is already running with this data folder; close it, or use it there. "
        "Nothing was changed.",
    ),
    # Backups (planner/storage/backups.py).
    "error.backup_nothing": QT_TRANSLATE_NOOP(
        "Message", "There is nothing to back up yet: no plans file exists."
    ),
    "error.backup_not_folder": QT_TRANSLATE_NOOP(
        "Message", "Could not write a backup: {folder} is not a folder."
    ),
    "error.backup_write": QT_TRANSLATE_NOOP(
        "Message", "Could not write a backup to {folder}: {reason}."
    ),
    "error.backup_check": QT_TRANSLATE_NOOP(
        "Message", "The backup copy failed its check; the plans file was not changed."
    ),
    "error.backup_name": QT_TRANSLATE_NOOP(
        "Message", "Give the backup's name; 'study-planner backups' lists them."
    ),
    "error.backup_unknown": QT_TRANSLATE_NOOP(
        "Message", "No backup called '{name}'. 'study-planner backups' lists them."
    ),
    "error.backup_ambiguous": QT_TRANSLATE_NOOP(
        "Message", "'{name}' matches {n} backups; give more of its name."
    ),
    "error.backup_damaged": QT_TRANSLATE_NOOP(
        "Message", "Backup {id} is damaged and cannot be restored."
    ),
    "error.restore_failed": QT_TRANSLATE_NOOP("Message", "Could not restore {id}: {reason}."),
    # The kinds of backup, as the Backups dialog and 'study-planner backups' show them.
    "backup.daily": QT_TRANSLATE_NOOP("Message", "daily"),
    "backup.manual": QT_TRANSLATE_NOOP("Message", "manual"),
    "backup.weekly": QT_TRANSLATE_NOOP("Message", "weekly"),
    "backup.startup": QT_TRANSLATE_NOOP("Message", "at start-up"),
    "backup.before_delete": QT_TRANSLATE_NOOP("Message", "before deleting a plan"),
    "backup.before_restore": QT_TRANSLATE_NOOP("Message", "before a restore"),
    "backup.before_replan": QT_TRANSLATE_NOOP("Message", "before a re-plan"),
    "backup.before_days_off": QT_TRANSLATE_NOOP("Message", "before changing days off"),
    "backup.before_import_busy": QT_TRANSLATE_NOOP("Message", "before importing busy days"),
    "backup.before_edit_settings": QT_TRANSLATE_NOOP("Message", "before editing a plan"),
    "backup.before_switch_exam": QT_TRANSLATE_NOOP("Message", "before switching the exam"),
    "backup.before_steer": QT_TRANSLATE_NOOP("Message", "before steering toward weak domains"),
    "backup.before_retake": QT_TRANSLATE_NOOP("Message", "before planning a retake"),
    "backup.before_migration": QT_TRANSLATE_NOOP(
        "Message", "before the upgrade from version {version}"
    ),
    # Catalog files and catalog updates (planner/catalog); the file's own text stays as written.
    "error.catalog_entry_field": QT_TRANSLATE_NOOP("Message", "{entry}, field '{field}'"),
    "error.catalog_field": QT_TRANSLATE_NOOP("Message", "field '{field}'"),
    "error.catalog_suffix": QT_TRANSLATE_NOOP(
        "Message", "is not a .toml or .json catalog file; skipped"
    ),
    "error.catalog_missing": QT_TRANSLATE_NOOP("Message", "does not exist"),
    "error.catalog_read": QT_TRANSLATE_NOOP("Message", "cannot be read: {reason}"),
    "error.catalog_large": QT_TRANSLATE_NOOP(
        "Message", "is too large for a catalog (over {mb} MB)"
    ),
    "error.catalog_utf8": QT_TRANSLATE_NOOP("Message", "is not UTF-8 text"),
    "error.catalog_deep": QT_TRANSLATE_NOOP("Message", "nests tables or lists too deep to read"),
    "error.catalog_toml": QT_TRANSLATE_NOOP("Message", "is not valid TOML: {reason}"),
    "error.catalog_json": QT_TRANSLATE_NOOP("Message", "is not valid JSON: {reason}"),
    "error.catalog_long_number": QT_TRANSLATE_NOOP("Message", "holds a number too long to read"),
    "error.catalog_top": QT_TRANSLATE_NOOP(
        "Message", "should hold a table (object) at the top level"
    ),
    "error.catalog_id_used": QT_TRANSLATE_NOOP(
        "Message", "id is already used by another {kind} in {file}"
    ),
    "error.catalog_kind.certifications": QT_TRANSLATE_NOOP("Message", "certification"),
    "error.catalog_kind.courses": QT_TRANSLATE_NOOP("Message", "course"),
    "error.catalog_kind.projects": QT_TRANSLATE_NOOP("Message", "project"),
    "error.catalog_kind.exam_preps": QT_TRANSLATE_NOOP("Message", "exam prep"),
    "error.catalog_kind.paths": QT_TRANSLATE_NOOP("Message", "path"),
    "error.catalog_update_broken": QT_TRANSLATE_NOOP(
        "Message",
        "the installed catalog update has errors; using the built-in catalog ('study-planner "
        "catalog rollback' removes it)",
    ),
    "error.catalog_builtin_empty": QT_TRANSLATE_NOOP(
        "Message", "The built-in catalog in {folder} is empty."
    ),
    "error.cat_missing": QT_TRANSLATE_NOOP("Message", "is missing"),
    "error.cat_text": QT_TRANSLATE_NOOP("Message", "should be text, not {kind}"),
    "error.cat_empty": QT_TRANSLATE_NOOP("Message", "is empty"),
    "error.cat_ident": QT_TRANSLATE_NOOP(
        "Message", "'{value}' may hold only letters, digits, '-', '_' and '.'"
    ),
    "error.cat_number": QT_TRANSLATE_NOOP("Message", "should be a number, not {kind}"),
    "error.cat_huge": QT_TRANSLATE_NOOP("Message", "is far too large"),
    "error.cat_finite": QT_TRANSLATE_NOOP("Message", "should be a finite number (got {value})"),
    "error.cat_whole": QT_TRANSLATE_NOOP("Message", "should be a whole number (got {value})"),
    "error.cat_above": QT_TRANSLATE_NOOP("Message", "must be more than {limit} (got {value})"),
    "error.cat_min": QT_TRANSLATE_NOOP("Message", "must be at least {limit} (got {value})"),
    "error.cat_max": QT_TRANSLATE_NOOP("Message", "must be at most {limit} (got {value})"),
    "error.cat_flag": QT_TRANSLATE_NOOP("Message", "should be true or false, not {kind}"),
    "error.cat_date_time": QT_TRANSLATE_NOOP(
        "Message", "should be a date without a time, like 2026-11-26"
    ),
    "error.cat_date_form": QT_TRANSLATE_NOOP(
        "Message", "'{value}' is not a date in the form YYYY-MM-DD"
    ),
    "error.cat_date_real": QT_TRANSLATE_NOOP("Message", "'{value}' is not a real date"),
    "error.cat_date": QT_TRANSLATE_NOOP("Message", "should be a date like 2026-11-26, not {kind}"),
    "error.cat_texts": QT_TRANSLATE_NOOP("Message", "should be a list of text"),
    "error.cat_choice": QT_TRANSLATE_NOOP("Message", "'{value}' is not one of: {allowed}"),
    "error.cat_tables": QT_TRANSLATE_NOOP("Message", "should be a list of tables"),
    "error.cat_table": QT_TRANSLATE_NOOP("Message", "should be a table"),
    "error.cat_unknown_field": QT_TRANSLATE_NOOP("Message", "is not a known field (ignored)"),
    "error.cat_header": QT_TRANSLATE_NOOP("Message", "'catalog' should be a table with as_of"),
    "error.cat_section": QT_TRANSLATE_NOOP(
        "Message", "'{key}' is not a known section (known: catalog, {known}); ignored"
    ),
    "error.cat_entries": QT_TRANSLATE_NOOP("Message", "'{kind}' should be a list of entries"),
    "error.cat_kind_flag": QT_TRANSLATE_NOOP("Message", "true/false"),
    "error.cat_kind_number": QT_TRANSLATE_NOOP("Message", "a number"),
    "error.cat_kind_text": QT_TRANSLATE_NOOP("Message", "text"),
    "error.cat_kind_list": QT_TRANSLATE_NOOP("Message", "a list"),
    "error.cat_kind_table": QT_TRANSLATE_NOOP("Message", "a table"),
    "error.bundle_http": QT_TRANSLATE_NOOP(
        "Message", "{url} uses plain http; catalog updates need https (http only for this computer)"
    ),
    "error.bundle_not_https": QT_TRANSLATE_NOOP(
        "Message", "{url} is not an https:// address or a .zip file"
    ),
    "error.bundle_large": QT_TRANSLATE_NOOP(
        "Message", "{source} is larger than a catalog bundle may be ({max})"
    ),
    "error.bundle_missing": QT_TRANSLATE_NOOP("Message", "{source} does not exist"),
    "error.bundle_folder": QT_TRANSLATE_NOOP(
        "Message", "{source} is a folder, not a .zip catalog bundle"
    ),
    "error.bundle_read": QT_TRANSLATE_NOOP("Message", "{source} cannot be read: {reason}"),
    "error.bundle_slow": QT_TRANSLATE_NOOP(
        "Message", "{source} took longer than {seconds} s to download; nothing was changed"
    ),
    "error.bundle_stalled": QT_TRANSLATE_NOOP(
        "Message", "{source} sent nothing for {seconds} s; nothing was changed"
    ),
    "error.bundle_download_cancelled": QT_TRANSLATE_NOOP(
        "Message", "the download was cancelled; nothing was changed"
    ),
    "error.bundle_http_status": QT_TRANSLATE_NOOP(
        "Message", "{source}: the server answered {status}; nothing was changed"
    ),
    "error.bundle_unreachable": QT_TRANSLATE_NOOP("Message", "cannot reach {host}: {reason}"),
    "error.bundle_os": QT_TRANSLATE_NOOP("Message", "{source}: {reason}; nothing was changed"),
    "error.bundle_files": QT_TRANSLATE_NOOP(
        "Message", "the bundle holds {n} entries; a catalog bundle may hold {max}"
    ),
    "error.bundle_unsafe": QT_TRANSLATE_NOOP(
        "Message", "the bundle holds an unsafe path {name}; refused"
    ),
    "error.bundle_link": QT_TRANSLATE_NOOP("Message", "the bundle holds a link {name}; refused"),
    "error.bundle_encrypted": QT_TRANSLATE_NOOP(
        "Message", "{name} in the bundle is encrypted; refused"
    ),
    "error.bundle_empty": QT_TRANSLATE_NOOP("Message", "the bundle is empty"),
    "error.bundle_sub_folder": QT_TRANSLATE_NOOP(
        "Message",
        "{name} is in a sub-folder; a bundle has the catalog files at its top level (like "
        "resources/catalog/)",
    ),
    "error.bundle_not_catalog": QT_TRANSLATE_NOOP(
        "Message", "{name} is not a catalog file; a bundle holds only .toml files and README.md"
    ),
    "error.bundle_twice": QT_TRANSLATE_NOOP("Message", "{name} is in the bundle twice"),
    "error.bundle_no_toml": QT_TRANSLATE_NOOP("Message", "the bundle holds no .toml catalog files"),
    "error.bundle_not_zip": QT_TRANSLATE_NOOP("Message", "this is not a .zip catalog bundle"),
    "error.bundle_unpacked": QT_TRANSLATE_NOOP(
        "Message",
        "{name} unpacks to more than a catalog may hold ({all} in all, {each} a file); refused",
    ),
    "error.bundle_damaged": QT_TRANSLATE_NOOP(
        "Message", "{name} in the bundle is damaged ({reason})"
    ),
    "error.bundle_unreadable": QT_TRANSLATE_NOOP(
        "Message", "{name} in the bundle cannot be read ({reason})"
    ),
    "error.bundle_create": QT_TRANSLATE_NOOP(
        "Message", "cannot create {folder}: {reason}; nothing was changed"
    ),
    "error.and_more": QT_TRANSLATE_NOOP("Message", " (and {n} more)"),
    "error.bundle_errors": QT_TRANSLATE_NOOP(
        "Message", "the bundle has errors, nothing was changed: {errors}{more}"
    ),
    "error.bundle_update_cancelled": QT_TRANSLATE_NOOP(
        "Message", "the update was cancelled; nothing was changed"
    ),
    "error.bundle_install": QT_TRANSLATE_NOOP(
        "Message", "cannot install the catalog update: {reason}; nothing was changed"
    ),
    "error.rollback_builtin": QT_TRANSLATE_NOOP(
        "Message", "the built-in catalog is in use; there is nothing to roll back"
    ),
    "error.rollback": QT_TRANSLATE_NOOP(
        "Message", "cannot roll back the catalog: {reason}; nothing was changed"
    ),
    "error.catalog_entry.certification": QT_TRANSLATE_NOOP("Message", "certification '{id}'"),
    "error.catalog_entry.course": QT_TRANSLATE_NOOP("Message", "course '{id}'"),
    "error.catalog_entry.project": QT_TRANSLATE_NOOP("Message", "project '{id}'"),
    "error.catalog_entry.exam_prep": QT_TRANSLATE_NOOP("Message", "exam prep '{id}'"),
    "error.catalog_entry.path": QT_TRANSLATE_NOOP("Message", "path '{id}'"),
    "error.cat_self_successor": QT_TRANSLATE_NOOP("Message", "cannot be the certification itself"),
    "error.cat_language": QT_TRANSLATE_NOOP(
        "Message", "'{value}' is not a language code like en, ja or zh-CN"
    ),
    "error.cat_disputed": QT_TRANSLATE_NOOP(
        "Message", "the note for '{name}' should be text saying what is disputed"
    ),
    "error.cat_status_both": QT_TRANSLATE_NOOP(
        "Message", "give either a timeline or a single status, not both"
    ),
    "error.cat_retired_on": QT_TRANSLATE_NOOP(
        "Message", "goes into the timeline as a 'retired' event"
    ),
    "error.cat_retired_missing": QT_TRANSLATE_NOOP(
        "Message", "is missing (a retired exam needs its retirement date)"
    ),
    "error.cat_weights": QT_TRANSLATE_NOOP(
        "Message", "weights add up to {total}% (midpoints of ranges); expected about 100%"
    ),
    "error.cat_waits": QT_TRANSLATE_NOOP("Message", "should be a list of whole numbers of days"),
    "error.cat_unlimited": QT_TRANSLATE_NOOP(
        "Message",
        "says there is no limit on attempts; leave out max_attempts and attempt_window_days",
    ),
    "error.cat_attempts_pair": QT_TRANSLATE_NOOP(
        "Message", "max_attempts and attempt_window_days go together: give both or neither"
    ),
    "error.cat_weight_both": QT_TRANSLATE_NOOP(
        "Message", "give either weight or weight_min and weight_max, not both"
    ),
    "error.cat_weight_order": QT_TRANSLATE_NOOP("Message", "is below weight_min ({high} < {low})"),
    "error.cat_id_twice": QT_TRANSLATE_NOOP("Message", "'{value}' is used twice in this entry"),
    "error.cat_weeks": QT_TRANSLATE_NOOP(
        "Message", "must lie between weeks_min and weeks_max ({low}–{high})"
    ),
    "error.cat_cloud": QT_TRANSLATE_NOOP("Message", "'{value}' is not a cloud (one of: {allowed})"),
    "error.cat_exam_id": QT_TRANSLATE_NOOP(
        "Message", "the exam for {cloud} should be a certification id"
    ),
    "error.cat_default_cloud": QT_TRANSLATE_NOOP(
        "Message", "'{value}' has no exam in this path's exams"
    ),
    "error.cat_names_cert": QT_TRANSLATE_NOOP(
        "Message", "names '{ref}', which is not a certification in the catalog"
    ),
    "error.cat_circle": QT_TRANSLATE_NOOP("Message", "successors go round in a circle ({ids})"),
    "error.cat_names_served": QT_TRANSLATE_NOOP(
        "Message",
        "names '{ref}', which is not a course, course module or project milestone in the catalog",
    ),
    "error.cat_exam_cloud": QT_TRANSLATE_NOOP(
        "Message", "'{ref}' is an exam for {actual}, not for {cloud}"
    ),
    "error.cat_names_course": QT_TRANSLATE_NOOP(
        "Message", "names '{ref}', which is not a course in the catalog"
    ),
    "error.cat_names_project": QT_TRANSLATE_NOOP(
        "Message", "names '{ref}', which is not a project in the catalog"
    ),
    "error.cat_names_prep": QT_TRANSLATE_NOOP(
        "Message", "names '{ref}', which is not a exam-preparation block in the catalog"
    ),
    # Calendar files (planner/ical): busy-day import and writing an export.
    "error.ics_deep": QT_TRANSLATE_NOOP(
        "Message", "The file nests components more than {max} deep"
    ),
    "error.ics_events": QT_TRANSLATE_NOOP("Message", "The file holds more than {max} events"),
    "error.ics_cut_off": QT_TRANSLATE_NOOP(
        "Message",
        "The file is cut off: it ends inside a {what} (no END line); export it again from your "
        "calendar",
    ),
    "error.ics_range": QT_TRANSLATE_NOOP(
        "Message", "The plan's range is empty ({first} is after {last})"
    ),
    "error.ics_large": QT_TRANSLATE_NOOP(
        "Message", "The file is too large to import ({size} MB; the limit is {max} MB)"
    ),
    "error.ics_empty": QT_TRANSLATE_NOOP("Message", "The file is empty"),
    "error.ics_not_ics": QT_TRANSLATE_NOOP(
        "Message", "Not an iCalendar (.ics) file: it holds no VCALENDAR"
    ),
    "error.unknown_zone": QT_TRANSLATE_NOOP("Message", "Unknown time zone {name}"),
    "error.export_parts": QT_TRANSLATE_NOOP(
        "Message", "Unknown export part(s): {parts} (choose from {choices})"
    ),
    "error.export_zone": QT_TRANSLATE_NOOP(
        "Message", "{reason}: cannot export the plan's sessions"
    ),
    "error.link_broken": QT_TRANSLATE_NOOP("Message", "the link cannot be followed"),
    "error.link_loop": QT_TRANSLATE_NOOP("Message", "the link points to itself"),
    "error.target_folder": QT_TRANSLATE_NOOP("Message", "it is a folder"),
    "error.target_not_file": QT_TRANSLATE_NOOP("Message", "it is not a regular file"),
    "error.name_too_long": QT_TRANSLATE_NOOP("Message", "the file name is too long"),
    "error.target_read_only": QT_TRANSLATE_NOOP("Message", "the file is read-only"),
    # Why an event of an imported calendar was skipped (planner/ical/busy.py).
    "skip.unreadable": QT_TRANSLATE_NOOP("Message", "could not be read ({reason})"),
    "skip.past_9999": QT_TRANSLATE_NOOP("Message", "lies past the end of the calendar (year 9999)"),
    "skip.large": QT_TRANSLATE_NOOP("Message", "too large to import (over {max} lines)"),
    "skip.zone": QT_TRANSLATE_NOOP("Message", "unknown time zone {name}"),
    "skip.not_date": QT_TRANSLATE_NOOP("Message", "{name} is not a date or time"),
    "skip.many_dates": QT_TRANSLATE_NOOP("Message", "lists more than {max} {name} dates"),
    "skip.unreadable_prop": QT_TRANSLATE_NOOP("Message", "unreadable {name} ({reason})"),
    "skip.cancelled": QT_TRANSLATE_NOOP("Message", "cancelled"),
    "skip.free": QT_TRANSLATE_NOOP("Message", "marked as free time"),
    "skip.no_start": QT_TRANSLATE_NOOP("Message", "no start time (DTSTART)"),
    "skip.mixed": QT_TRANSLATE_NOOP("Message", "start and end mix a date and a time"),
    "skip.duration": QT_TRANSLATE_NOOP("Message", "DURATION is not a duration"),
    "skip.no_length": QT_TRANSLATE_NOOP("Message", "has no duration"),
    "skip.backwards": QT_TRANSLATE_NOOP("Message", "ends before it starts"),
    "skip.total_occurrences": QT_TRANSLATE_NOOP(
        "Message",
        "not read: the file's events repeat more than {max} times in the plan's dates altogether",
    ),
    "skip.too_often": QT_TRANSLATE_NOOP("Message", "repeats too often to expand"),
    "skip.never_advances_interval": QT_TRANSLATE_NOOP(
        "Message", "its recurrence rule never advances (INTERVAL={interval})"
    ),
    "skip.never_advances": QT_TRANSLATE_NOOP("Message", "its recurrence rule never advances"),
    "skip.rule": QT_TRANSLATE_NOOP("Message", "unreadable recurrence rule ({reason})"),
    "skip.total_steps": QT_TRANSLATE_NOOP(
        "Message", "not read: the file's recurrences need more than {max} steps altogether"
    ),
    "skip.slow": QT_TRANSLATE_NOOP(
        "Message", "its recurrence takes too long to expand (over {seconds} s)"
    ),
    # Plan input the scheduler and the plan builder refuse (planner/core).
    "error.exam_today": QT_TRANSLATE_NOOP(
        "Message", "the exam date {date} is today; choose a later one"
    ),
    "error.exam_passed": QT_TRANSLATE_NOOP(
        "Message", "the exam date {date} has already passed; choose a later one"
    ),
    "error.no_exam_to_keep": QT_TRANSLATE_NOOP("Message", "this plan has no exam date to keep"),
    "error.exam_gone": QT_TRANSLATE_NOOP("Message", "the exam date {date} has already passed"),
    "error.last_day": QT_TRANSLATE_NOOP(
        "Message",
        "the plan would run past 9999-12-31, the last day the calendar can hold; choose an "
        "earlier start or exam date",
    ),
    "error.unknown_path_known": QT_TRANSLATE_NOOP(
        "Message", "unknown path {path} (known paths: {known})"
    ),
    "error.unknown_path": QT_TRANSLATE_NOOP("Message", "unknown path {path}"),
    "error.path_no_exam": QT_TRANSLATE_NOOP(
        "Message", "path {path} has no exam for {cloud} (offered: {offered})"
    ),
    "error.choose_certification": QT_TRANSLATE_NOOP("Message", "choose a certification"),
    "error.not_in_path": QT_TRANSLATE_NOOP(
        "Message", "{ref} is not a course or project of this path"
    ),
    "error.unknown_course": QT_TRANSLATE_NOOP("Message", "unknown course {ref}"),
    "error.course_in_plan": QT_TRANSLATE_NOOP("Message", "course {ref} is already in the plan"),
    "error.order": QT_TRANSLATE_NOOP(
        "Message", "the order must name each course and project of the plan exactly once: {refs}"
    ),
    "error.hours_zero": QT_TRANSLATE_NOOP("Message", "hours per week must be more than 0"),
    "error.hours_zero_not": QT_TRANSLATE_NOOP(
        "Message", "hours per week must be more than 0, not {hours}"
    ),
    "error.path_unknown_course": QT_TRANSLATE_NOOP(
        "Message", "the path names an unknown course {ref}"
    ),
    "error.path_unknown_project": QT_TRANSLATE_NOOP(
        "Message", "the path names an unknown project {ref}"
    ),
    "error.path_unknown_prep": QT_TRANSLATE_NOOP(
        "Message", "the path names an unknown exam preparation {ref}"
    ),
    "error.prep_weeks": QT_TRANSLATE_NOOP("Message", "preparation weeks must be at least 1"),
    "error.prep_no_room_weeks": (
        "%n week(s) at {hours} h/week leave no time for the exam domains after the practice "
        "exams and the final review week; plan more preparation weeks"
    ),
    "error.prep_no_room": QT_TRANSLATE_NOOP(
        "Message",
        "the {hours} h of preparation for {exam} leave no time for its domains after the "
        "practice exams and the final review",
    ),
    "error.no_items": QT_TRANSLATE_NOOP("Message", "the plan has no items to schedule"),
    "error.item_no_key": QT_TRANSLATE_NOOP("Message", "item {title} has no key"),
    "error.item_key_twice": QT_TRANSLATE_NOOP(
        "Message", "item key {key} appears twice in the plan"
    ),
    "error.item_hours": QT_TRANSLATE_NOOP(
        "Message", "item {key} needs a positive number of hours, not {hours}"
    ),
    "error.study_day_numbers": QT_TRANSLATE_NOOP(
        "Message", "study days must be weekday numbers 0 (Monday) to 6"
    ),
    "error.week_start": QT_TRANSLATE_NOOP(
        "Message", "the week must start on a weekday 0 (Monday) to 6"
    ),
    "error.longest_session": QT_TRANSLATE_NOOP(
        "Message", "the longest session must be at least 15 minutes"
    ),
    "error.too_few_hours": (
        "{hours} h/week over %n study day(s) is less than 15 minutes a day; add hours or choose"
        " fewer study days"
    ),
    "error.too_many_hours": (
        "more hours per week than the study days can hold: %n study day(s) starting at {start} "
        "hold at most {most} h/week before midnight"
    ),
    "error.exam_before_start": QT_TRANSLATE_NOOP(
        "Message", "the exam date {exam} must be after the start date {start}"
    ),
    "error.days_off_order": QT_TRANSLATE_NOOP(
        "Message", "days off {first}..{last} end before they start"
    ),
    "error.day_limit": QT_TRANSLATE_NOOP(
        "Message", "the hours available on {day} cannot be negative"
    ),
    "error.plan_too_long": QT_TRANSLATE_NOOP(
        "Message",
        "the plan would not finish within {years} years; check the hours per week and the days off",
    ),
    "error.days_off_all": QT_TRANSLATE_NOOP(
        "Message", "your days off cover every study day from {start} to the exam on {exam}"
    ),
    # Moving a session (planner/core/move.py).
    "error.move_no_session": QT_TRANSLATE_NOOP("Message", "there is no study session on {day}"),
    "error.move_past": QT_TRANSLATE_NOOP(
        "Message", "sessions before today are history and stay where they were"
    ),
    "error.move_to_past": QT_TRANSLATE_NOOP(
        "Message", "a session cannot move to a day before today"
    ),
    "error.move_day_off": QT_TRANSLATE_NOOP(
        "Message", "{day} is a day off; take it out of the days off first"
    ),
    "error.move_after_exam": QT_TRANSLATE_NOOP(
        "Message", "a session cannot move to the exam day or after it"
    ),
    "error.move_short": QT_TRANSLATE_NOOP("Message", "a session lasts at least 15 minutes"),
    "error.move_midnight": QT_TRANSLATE_NOOP(
        "Message", "the session would end after midnight; start it earlier"
    ),
    "error.move_no_fit": QT_TRANSLATE_NOOP(
        "Message", "the work it moves would no longer fit before the exam"
    ),
    # Plans, edits, re-plans, the timer, undo (planner/services).
    "error.no_item": QT_TRANSLATE_NOOP(
        "Message", "This plan has no item '{key}'. 'study-planner show' lists the keys."
    ),
    "error.name_empty": QT_TRANSLATE_NOOP(
        "Message", "A plan needs a name with at least one visible character."
    ),
    "error.name_long": QT_TRANSLATE_NOOP(
        "Message", "A plan name can be at most {max} characters long."
    ),
    "error.log_zero": QT_TRANSLATE_NOOP("Message", "Logged time must be more than 0 hours."),
    "error.log_max": QT_TRANSLATE_NOOP("Message", "Logged time can be at most {max} hours."),
    "error.log_min": QT_TRANSLATE_NOOP(
        "Message", "Logged time must be at least 0.25 hours (15 minutes)."
    ),
    "error.estimate_zero": QT_TRANSLATE_NOOP(
        "Message", "An item's estimate must be more than 0 hours."
    ),
    "error.estimate_max": QT_TRANSLATE_NOOP(
        "Message", "An item's estimate can be at most {max} hours."
    ),
    "error.estimate_min": QT_TRANSLATE_NOOP(
        "Message", "An item's estimate must be at least 0.25 hours (15 minutes)."
    ),
    "error.no_plan_yet": QT_TRANSLATE_NOOP(
        "Message", "There is no plan yet. Create one with 'study-planner new' or in the app."
    ),
    "error.plan_unreadable": QT_TRANSLATE_NOOP(
        "Message",
        "Plan {id} in your plans file cannot be read ({reason}). 'study-planner check' checks "
        "the file; 'study-planner backups' lists backups you can restore.",
    ),
    "error.replan": QT_TRANSLATE_NOOP("Message", "Cannot re-plan: {reason}."),
    "error.replan_all_done": QT_TRANSLATE_NOOP(
        "Message", "Everything in this plan is done; there is nothing to re-plan."
    ),
    "error.replan_no_fit": QT_TRANSLATE_NOOP(
        "Message",
        "Re-planned, the rest does not fit before the exam: {reason}. Nothing was changed; keep"
        " the hours per week instead to move the exam.",
    ),
    "error.estimate_replan": QT_TRANSLATE_NOOP(
        "Message", "Cannot re-plan with the new estimate: {reason}. Nothing was changed."
    ),
    "error.sit_on": QT_TRANSLATE_NOOP("Message", "on {day}"),
    "error.sit_later": QT_TRANSLATE_NOOP("Message", "later"),
    "error.keep_exam_at": QT_TRANSLATE_NOOP("Message", "keep the exam at {hours} h/week, or "),
    "error.estimate_no_fit": QT_TRANSLATE_NOOP(
        "Message",
        "With {new} h, the rest no longer fits before the exam on {exam} at {hours} h/week: "
        "{keep}keep {hours} h/week and sit it {moved}. Nothing was changed.",
    ),
    "error.estimate_rest": QT_TRANSLATE_NOOP(
        "Message", "With {new} h, the rest does not fit: {reason}. Nothing was changed."
    ),
    "error.move": QT_TRANSLATE_NOOP("Message", "Cannot move this session: {reason}."),
    "error.cannot_undo": QT_TRANSLATE_NOOP("Message", "“{label}” cannot be undone."),
    "error.cannot_redo": QT_TRANSLATE_NOOP("Message", "“{label}” cannot be redone."),
    "error.plan_exists_again": QT_TRANSLATE_NOOP(
        "Message", "Plan number {id} exists again; “{label}” is done."
    ),
    "error.zero_hours": QT_TRANSLATE_NOOP(
        "Message", "{hours} h/week would never finish the plan; give more than 0 hours per week"
    ),
    "error.no_study_days": QT_TRANSLATE_NOOP("Message", "choose at least one study day"),
    "error.no_steps": QT_TRANSLATE_NOOP(
        "Message", "keep at least one course or project in the plan"
    ),
    "error.step_twice": QT_TRANSLATE_NOOP("Message", "a course appears twice in the plan"),
    "error.review_share": QT_TRANSLATE_NOOP(
        "Message", "the share of weekly hours for review must lie between 0 and {percent}%"
    ),
    "error.drop_done": QT_TRANSLATE_NOOP(
        "Message", "{title} has work marked done; untick it before dropping the course"
    ),
    "error.not_from_path": QT_TRANSLATE_NOOP(
        "Message",
        "this plan was not made from a path of the catalog; its courses cannot be changed",
    ),
    "error.review_needs_exam": QT_TRANSLATE_NOOP(
        "Message",
        "spaced review needs the plan's exam in the catalog, to know which modules serve its "
        "domains",
    ),
    "error.edit_nothing": QT_TRANSLATE_NOOP(
        "Message", "Nothing to change: these are the plan's settings already."
    ),
    "error.edit": QT_TRANSLATE_NOOP(
        "Message", "Cannot edit the plan: {reason}. Nothing was changed."
    ),
    "error.edit_no_fit": QT_TRANSLATE_NOOP(
        "Message", "Edited, the plan does not fit before the exam: {reason}. Nothing was changed."
    ),
    "error.timer_running": QT_TRANSLATE_NOOP(
        "Message", "The timer already runs on “{title}”; stop it first."
    ),
    "error.timer_none": QT_TRANSLATE_NOOP("Message", "No timer is running."),
    "error.timer_all_done": QT_TRANSLATE_NOOP(
        "Message", "Everything in this plan is done; there is nothing left to time."
    ),
    "error.keep_nothing": QT_TRANSLATE_NOOP(
        "Message", "Nothing changed in the catalog under this plan; nothing to keep."
    ),
    "error.switch_no_target": QT_TRANSLATE_NOOP(
        "Message",
        "The catalog names no exam to switch this plan to; give one with --to ('study-planner "
        "catalog' lists the exams).",
    ),
    "error.switch_unknown": QT_TRANSLATE_NOOP(
        "Message", "The catalog has no exam '{exam}'; 'study-planner catalog' lists them."
    ),
    "error.switch_same": QT_TRANSLATE_NOOP(
        "Message",
        "This plan already follows {code} and its domain weights; there is nothing to switch.",
    ),
    "error.switch_no_block": QT_TRANSLATE_NOOP("Message", "This plan has no exam block to switch."),
    "error.switch_plan": QT_TRANSLATE_NOOP("Message", "Cannot plan for {code}: {reason}."),
    "error.switch_no_fit": QT_TRANSLATE_NOOP(
        "Message",
        "Switched to {code}, the rest does not fit before the exam: {reason}. Nothing was changed.",
    ),
    # Calendar files: export and busy-day import (planner/services/calendar.py).
    "error.cannot_write": QT_TRANSLATE_NOOP("Message", "Cannot write {path}: {reason}"),
    "error.export_in_data": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot write the calendar to {path}: it is inside Study Planner's data folder "
        "({folder}), which holds your plans and backups. Choose a file elsewhere.",
    ),
    "error.export_same_file": QT_TRANSLATE_NOOP(
        "Message",
        "Cannot write the calendar to {path}: it is the same file as {own}, which Study Planner"
        " keeps your plans in. Choose another file.",
    ),
    "error.a_calendar": QT_TRANSLATE_NOOP("Message", "a calendar"),
    "error.export_record": QT_TRANSLATE_NOOP(
        "Message",
        "The record of what {where} received cannot be read ({reason}); 'study-planner check' "
        "checks the file.",
    ),
    "error.nothing_written": QT_TRANSLATE_NOOP("Message", "{reason}; nothing was written."),
    "error.import_cancelled": QT_TRANSLATE_NOOP(
        "Message", "The import was cancelled; the plan was not changed."
    ),
    "error.import_busy": QT_TRANSLATE_NOOP(
        "Message", "Cannot import busy days: {reason}. The plan was not changed."
    ),
    "error.in_parentheses": QT_TRANSLATE_NOOP("Message", " ({what})"),
    "error.import_no_busy": QT_TRANSLATE_NOOP(
        "Message",
        "The file holds no busy time in the plan's dates{more}. The plan was not changed.",
    ),
    # Calendar sync (planner/services/sync.py, caldav.py).
    "error.sync_unchanged": QT_TRANSLATE_NOOP("Message", "Your plan was not changed."),
    "error.sync_kept": QT_TRANSLATE_NOOP(
        "Message", "Nothing is lost: what was sent is remembered; sync again to finish."
    ),
    "error.sync_kept_ticked": (
        "Nothing is lost: the %n module(s) ticked from the calendar stay ticked, what was sent "
        "is remembered; sync again to finish."
    ),
    "error.sync_offline": QT_TRANSLATE_NOOP(
        "Message", "{reason} {kept} Try again when it is back."
    ),
    "error.sync_no_calendar": QT_TRANSLATE_NOOP(
        "Message",
        "There is no calendar at {where}. Check the address, or add --create to make one there;"
        " nothing was changed.",
    ),
    "error.sync_not_calendar": QT_TRANSLATE_NOOP(
        "Message", "{where} is not a calendar (a folder of calendars?); nothing changed."
    ),
    "error.sync_never": QT_TRANSLATE_NOOP(
        "Message",
        "This plan has not been synced with a calendar yet: give its address with --caldav URL "
        "and your user name with --user.",
    ),
    "error.sync_several": QT_TRANSLATE_NOOP(
        "Message",
        "This plan syncs with more than one calendar; choose one with --caldav URL ({where}).",
    ),
    "error.sync_not_with": QT_TRANSLATE_NOOP(
        "Message", "This plan does not sync with {where}; nothing was changed."
    ),
    "error.password_file": QT_TRANSLATE_NOOP(
        "Message", "Cannot read the password file {path}: {reason}."
    ),
    "error.password_file_empty": QT_TRANSLATE_NOOP("Message", "The password file {path} is empty."),
    "error.sync_user": QT_TRANSLATE_NOOP(
        "Message", "Give your user name on the calendar server; nothing was changed."
    ),
    "error.sync_not_set_up": QT_TRANSLATE_NOOP(
        "Message",
        "This plan is not set up to sync with a calendar yet: set it up with the calendar's "
        "address, your user name and password.",
    ),
    "error.no_keyring": QT_TRANSLATE_NOOP(
        "Message", " (there is no system keyring on this computer)"
    ),
    "error.password_needed": QT_TRANSLATE_NOOP(
        "Message",
        "The password of {user} at {url} is not stored{where}; give it to sync. Nothing was "
        "changed.",
    ),
    "error.sync_none": QT_TRANSLATE_NOOP(
        "Message", "This plan does not sync with a calendar; nothing was changed."
    ),
    "error.dav_address": QT_TRANSLATE_NOOP(
        "Message", "Not a calendar address: {url} (it must start with https://)"
    ),
    "error.dav_redirects": QT_TRANSLATE_NOOP(
        "Message",
        "The server at {server} sent the request on more than {max} times ({hops} …); nothing "
        "was changed. Check the calendar's address.",
    ),
    "error.dav_redirect_odd": QT_TRANSLATE_NOOP(
        "Message", "The server sent the request on to {where}, not a web address."
    ),
    "error.dav_unavailable": QT_TRANSLATE_NOOP(
        "Message", "The calendar server at {server} is not available right now (HTTP {status})."
    ),
    "error.dav_cancelled": QT_TRANSLATE_NOOP(
        "Message", "The sync with {server} was stopped before it finished."
    ),
    "error.dav_other_server": QT_TRANSLATE_NOOP(
        "Message",
        "The server at {server} sent the calendar on to {other}, another server, which asks for"
        " a password. Yours is sent only to the address you gave: if you trust the new one, set"
        " up sync with it. Nothing was changed.",
    ),
    "error.dav_refused": QT_TRANSLATE_NOOP(
        "Message",
        "The server at {server} refused the user name or password (HTTP 401); nothing was "
        "changed there.",
    ),
    "error.dav_token": QT_TRANSLATE_NOOP(
        "Message", "The server no longer knows the last sync token."
    ),
    "error.dav_failed": QT_TRANSLATE_NOOP(
        "Message", "The server could not {what} (HTTP {status})."
    ),
    "error.dav_read": QT_TRANSLATE_NOOP("Message", "read the calendar at {url}"),
    "error.dav_create": QT_TRANSLATE_NOOP("Message", "create a calendar at {url}"),
    "error.dav_list": QT_TRANSLATE_NOOP("Message", "list the calendar's events"),
    "error.dav_report": QT_TRANSLATE_NOOP("Message", "report the calendar's changes"),
    "error.dav_send": QT_TRANSLATE_NOOP("Message", "send the calendar's events"),
    "error.dav_delete": QT_TRANSLATE_NOOP("Message", "delete an event"),
    "error.dav_event_refused": QT_TRANSLATE_NOOP(
        "Message", "The server refused an event (HTTP {status}): {detail}"
    ),
    "error.dav_event_refused_bare": QT_TRANSLATE_NOOP(
        "Message", "The server refused an event (HTTP {status})"
    ),
    "error.dav_xml": QT_TRANSLATE_NOOP(
        "Message", "The server sent an answer that is not WebDAV XML ({reason})."
    ),
    # Ticks, logged hours, estimates (planner/services/operations.py).
    "error.already_done": QT_TRANSLATE_NOOP("Message", "'{key}' is already done."),
    "error.not_done": QT_TRANSLATE_NOOP("Message", "'{key}' is not done yet."),
    "error.log_future": QT_TRANSLATE_NOOP(
        "Message", "Hours cannot be logged for a future day ({day})."
    ),
    "error.log_before_start": QT_TRANSLATE_NOOP(
        "Message", "{day} is more than a year before the plan starts ({start}); check the date."
    ),
    "error.already_estimated": QT_TRANSLATE_NOOP(
        "Message", "'{key}' is already estimated at {hours} h."
    ),
    "error.ics_cancelled": QT_TRANSLATE_NOOP(
        "Message", "The import was cancelled; the plan was not changed"
    ),
    "error.ics_slow": QT_TRANSLATE_NOOP(
        "Message", "The file takes too long to read (over {seconds} s); the plan was not changed"
    ),
    # The data folder (planner/config.py).
    "error.data_not_folder": QT_TRANSLATE_NOOP(
        "Message", "The data folder {path} exists but is not a folder."
    ),
    "error.data_create": QT_TRANSLATE_NOOP(
        "Message", "Cannot create the data folder {path}: {reason}."
    ),
    # Practice-exam attempts, booked sittings, the readiness target (planner/services/attempts.py).
    "error.score_range": QT_TRANSLATE_NOOP(
        "Message", "The score must be a percentage from 0 to 100, not {value}."
    ),
    "error.score_range_domain": QT_TRANSLATE_NOOP(
        "Message", "The score for '{domain}' must be a percentage from 0 to 100, not {value}."
    ),
    "error.attempt_future": QT_TRANSLATE_NOOP(
        "Message", "An attempt cannot be recorded for a future day ({day})."
    ),
    "error.attempt_old": QT_TRANSLATE_NOOP(
        "Message", "{day} is more than {years} years ago; check the date."
    ),
    "error.source_long": QT_TRANSLATE_NOOP(
        "Message", "The source can be at most {max} characters."
    ),
    "error.no_domains": QT_TRANSLATE_NOOP(
        "Message", "This plan has no exam domains to score; record the overall score only."
    ),
    "error.no_domain_match": QT_TRANSLATE_NOOP(
        "Message", "No exam domain matches '{name}'. The domains are: {list}."
    ),
    "error.domain_twice": QT_TRANSLATE_NOOP("Message", "'{name}' is scored twice in this attempt."),
    "error.no_score": QT_TRANSLATE_NOOP(
        "Message", "Give the attempt's overall score or at least one domain's score."
    ),
    "error.no_attempt": QT_TRANSLATE_NOOP(
        "Message", "This plan has no attempt number {id}. 'study-planner attempt list' lists them."
    ),
    "error.attempt_same": QT_TRANSLATE_NOOP("Message", "Attempt {id} already has these values."),
    "error.no_attempt_to_record": QT_TRANSLATE_NOOP("Message", "There is no attempt to record."),
    "error.attempt_n": QT_TRANSLATE_NOOP("Message", "Attempt {n} ({day}): {reason}"),
    "error.margin": QT_TRANSLATE_NOOP(
        "Message", "The margin must lie between 0 and 50 percentage points, not {value}."
    ),
    "error.pass_mark": QT_TRANSLATE_NOOP(
        "Message", "The pass mark must be a percentage above 0, not {value}."
    ),
    "error.target_same": QT_TRANSLATE_NOOP(
        "Message", "The readiness target is already set to these values."
    ),
    "error.csv_empty": QT_TRANSLATE_NOOP(
        "Message", "The file has no attempts: it needs a header line and one line per attempt."
    ),
    "error.csv_header": QT_TRANSLATE_NOOP(
        "Message", "The first line must name the columns, starting with 'date' (see the README)."
    ),
    "error.csv_the_score": QT_TRANSLATE_NOOP("Message", "the score"),
    "error.csv_the_score_for": QT_TRANSLATE_NOOP("Message", "the score for '{name}'"),
    "error.csv_number": QT_TRANSLATE_NOOP(
        "Message", "Line {line}: {what} '{cell}' is not a number."
    ),
    "error.csv_date": QT_TRANSLATE_NOOP(
        "Message", "Line {line}: '{cell}' is not a date like 2027-01-31."
    ),
    "error.csv_no_rows": QT_TRANSLATE_NOOP(
        "Message", "The file has a header line but no attempts."
    ),
    "error.delivery": QT_TRANSLATE_NOOP(
        "Message", "Delivery must be online or test-centre, not '{value}'."
    ),
    "error.start_time": QT_TRANSLATE_NOOP("Message", "'{value}' is not a time like 09:30."),
    "error.exam_years_ago": QT_TRANSLATE_NOOP("Message", "{day} is years ago; check the date."),
    "error.confirmation_long": QT_TRANSLATE_NOOP(
        "Message", "The confirmation can be at most {max} characters."
    ),
    "error.no_sitting": QT_TRANSLATE_NOOP(
        "Message", "This plan has no booked exam number {id}. 'study-planner exam show' lists them."
    ),
    "error.result": QT_TRANSLATE_NOOP("Message", "The result is pass or fail, not '{value}'."),
    "error.result_day": QT_TRANSLATE_NOOP(
        "Message", "A result on {day} cannot be: the exam is on {exam} and today is {today}."
    ),
    "error.undo_delete": QT_TRANSLATE_NOOP(
        "Message",
        "The last change, “{label}”, cannot be undone here; restore the backup taken before it "
        "({backup}) to get the plan back.",
    ),
}

# Templates with a count: their English source carries %n and "(s)".
PLURAL_ERROR_TEMPLATES: frozenset[str] = frozenset(
    {
        "error.prep_no_room_weeks",
        "error.too_few_hours",
        "error.too_many_hours",
        "error.sync_kept_ticked",
    }
)


def _plural_sources() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    """The plural templates as ``translate`` calls with a count, so lupdate gives them
    numerus forms (see :mod:`planner.core.messages`)."""
    from planner.core.messages import translate

    translate(
        "Message",
        "%n week(s) at {hours} h/week leave no time for the exam domains after the practice "
        "exams and the final review week; plan more preparation weeks",
        None,
        2,
    )
    translate(
        "Message",
        "{hours} h/week over %n study day(s) is less than 15 minutes a day; add hours or choose"
        " fewer study days",
        None,
        2,
    )
    translate(
        "Message",
        "more hours per week than the study days can hold: %n study day(s) starting at {start} "
        "hold at most {most} h/week before midnight",
        None,
        2,
    )
    translate(
        "Message",
        "Nothing is lost: the %n module(s) ticked from the calendar stay ticked, what was sent "
        "is remembered; sync again to finish.",
        None,
        2,
    )
