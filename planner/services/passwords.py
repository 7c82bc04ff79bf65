"""Passwords of calendar servers, kept in the system keyring — never in our files.

The system keyring is the platform's own secret store (GNOME Keyring or KWallet
through the Secret Service, macOS Keychain, Windows Credential Locker), reached
through the ``keyring`` package. When none is available (a headless server, a
session without a secret service), :func:`keyring_available` is false, nothing
is stored, and callers ask for the password each time or read it from a file the
user names (``--password-file``).

Entries are stored under the service name ``study-planner`` and the key
``USER@URL``, so two accounts on one server, or one account on two calendars,
never overwrite each other.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "study-planner"

log = logging.getLogger(__name__)


def _key(url: str, username: str) -> str:
    return f"{username}@{url}"


def _backend() -> KeyringBackend | None:
    """The usable keyring backend, or None (no keyring package, or only the fail backend)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - keyring is a dependency; a broken install
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration must not stop a sync
        log.warning("The system keyring could not be loaded", exc_info=True)
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return backend


def keyring_available() -> bool:
    """True when a system keyring can hold passwords on this machine."""
    return _backend() is not None


def keyring_name() -> str:
    """A short name of the keyring in use, for messages ("no system keyring" if none)."""
    backend = _backend()
    if backend is None:
        return "no system keyring"
    return str(getattr(backend, "name", type(backend).__name__))


def load_password(url: str, username: str) -> str | None:
    """The stored password for this account on this calendar, or None."""
    backend = _backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, _key(url, username))
    except Exception:  # a locked or failing keyring is "not stored", never a crash
        log.warning("Reading the system keyring failed", exc_info=True)
        return None
    return value or None


def save_password(url: str, username: str, password: str) -> bool:
    """Store the password; False (and nothing stored) when no keyring can hold it."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _key(url, username), password)
    except Exception:
        log.warning("Writing to the system keyring failed", exc_info=True)
        return False
    return True


def forget_password(url: str, username: str) -> None:
    """Remove a stored password, if any (quietly when there is none or no keyring)."""
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, _key(url, username))
    except Exception:  # PasswordDeleteError when none is stored; a failing keyring
        log.info("No stored password to forget for %s", _key(url, username))
