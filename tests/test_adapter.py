"""The worker's adapter (expunge_assist.browser): JSON in, JSON out, never an exception."""

import json

from expunge_assist import api, browser


def test_handle_wraps_a_result():
    """A successful call comes back as {"ok": true, "value": ...}."""
    reply = json.loads(browser.handle("about", json.dumps({"lang": "es"})))
    assert reply == {"ok": True, "value": api.about("es")}


def test_handle_reports_an_unknown_call_in_the_error_shape():
    """Errors have one fixed shape: code, message, detail."""
    reply = json.loads(browser.handle("nope", "{}"))
    assert reply["ok"] is False
    assert set(reply["error"]) == {"code", "message", "detail"}
    assert reply["error"]["code"] == "unknown-call"


def test_handle_reports_arguments_that_are_not_json():
    """Malformed arguments give a bad-arguments error, not a crash."""
    reply = json.loads(browser.handle("about", "{not json"))
    assert reply["error"]["code"] == "bad-arguments"


def test_handle_turns_a_bug_into_an_internal_error(monkeypatch):
    """A bug inside a call reaches the page as an error with its traceback, so the page never hangs."""

    def broken(**_):
        raise ZeroDivisionError("oops")

    monkeypatch.setitem(api.CALLS, "broken", broken)
    reply = json.loads(browser.handle("broken", "{}"))
    assert reply["error"]["code"] == "internal"
    assert "ZeroDivisionError" in reply["error"]["detail"]
