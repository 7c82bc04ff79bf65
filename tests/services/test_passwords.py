"""Calendar passwords live in the system keyring, or nowhere."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail

from planner.services import passwords
from tests.keyring_backend import MemoryKeyring

URL = "http://127.0.0.1:5232/ana/study/"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_a_saved_password_is_found_again_per_account_and_calendar(memory_keyring):
    assert passwords.keyring_available()
    assert passwords.save_password(URL, "ana", "s3cret")
    assert passwords.save_password(URL, "ben", "other")
    assert passwords.load_password(URL, "ana") == "s3cret"
    assert passwords.load_password(URL, "ben") == "other"
    assert passwords.load_password(URL.replace("study", "work"), "ana") is None
    passwords.forget_password(URL, "ana")
    assert passwords.load_password(URL, "ana") is None
    passwords.forget_password(URL, "ana")  # forgetting twice is quiet
    assert passwords.load_password(URL, "ben") == "other"


def test_without_a_keyring_nothing_is_stored_and_callers_must_ask(no_keyring):
    assert not passwords.keyring_available()
    assert passwords.keyring_name() == "no system keyring"
    assert passwords.save_password(URL, "ana", "s3cret") is False
    assert passwords.load_password(URL, "ana") is None
    passwords.forget_password(URL, "ana")
