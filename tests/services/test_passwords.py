"""Calendar passwords live in the system keyring, or nowhere."""

from __future__ import annotations

from planner.services import passwords

URL = "http://127.0.0.1:5232/ana/study/"


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
