"""The "check again" calendar reminder (expunge_assist.reminder): RFC 5545, parsed by icalendar, nothing about the case."""

from datetime import date, datetime, timezone

import icalendar
import pytest

from expunge_assist import api
from expunge_assist.case import PartialDate
from expunge_assist.reminder import reminder_ics

ADDRESS = "https://example.org/expunge-assist/"


def _event(text):
    calendar = icalendar.Calendar.from_ical(text)
    events = [part for part in calendar.walk() if part.name == "VEVENT"]
    assert len(events) == 1
    return calendar, events[0]


def test_the_file_is_rfc_5545_with_one_all_day_event_and_no_case_details():
    """icalendar reads one all-day event on the day, with the default words and the address; lines end in CRLF, fold at 75 octets."""
    text = reminder_ics(date(2027, 3, 14), ADDRESS, "en", now=datetime(2026, 12, 1, tzinfo=timezone.utc))
    calendar, event = _event(text)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert event.decoded("DTSTART") == date(2027, 3, 14)
    assert event.decoded("DTEND") == date(2027, 3, 15)
    assert str(event["SUMMARY"]) == "Check Expunge Assist again"
    assert ADDRESS in str(event["DESCRIPTION"]) and str(event["URL"]) == ADDRESS
    assert event["UID"] and event["DTSTAMP"]
    assert all(line.endswith("\r") or line == "" for line in text.split("\n"))
    assert max(len(line.encode()) for line in text.split("\r\n")) <= 75


def test_the_reminder_speaks_the_persons_language_and_folds_accented_words_whole():
    """In Spanish the words are translated, and a long line folds between whole UTF-8 characters."""
    text = reminder_ics(date(2027, 1, 2), ADDRESS + "es/", "es")
    _, event = _event(text)
    assert str(event["SUMMARY"]) != "Check Expunge Assist again"
    assert max(len(line.encode()) for line in text.split("\r\n")) <= 75
    text.encode("utf-8").decode("utf-8")


def test_a_bad_address_is_refused():
    """The address is the site's web address, never text that could add a line to the file."""
    for address in ["javascript:alert(1)", "https://x.org/\r\nATTENDEE:a", ""]:
        with pytest.raises(ValueError):
            reminder_ics(date(2027, 1, 2), address)


@pytest.mark.parametrize("end, day", [("2026", "2026-12-31"), ("2026-05", "2026-05-31"), ("2026-05-20", "2026-05-20")])
def test_a_not_now_result_from_a_partial_date_gives_a_reminder_on_the_day_the_wait_is_surely_over(end, day):
    """Probation ending in 2026 (a year, a month, or a day), seen in June 2025: dismissal is not now, and the reminder is its file_after day, from the latest day the end could be."""
    case = {"outcome": "convicted", "offenses": "unknown", "level": "misdemeanor", "sentence": "probation",
            "probation_result": "completed", "sentence_end_date": end, "on_supervision": "no",
            "pending_charges": "no", "offense_kind": "other", "conviction_date": "2024"}
    found = {item["remedy"]: item for item in api.screen(case, as_of="2025-06-01")["results"]}
    waiting = [item for item in found.values() if item["status"] == "not-now" and item["file_after"]]
    assert waiting, found
    for item in waiting:
        reply = api.call("reminder", {"day": item["file_after"], "address": ADDRESS, "lang": "en"})
        _, event = _event(reply["text"])
        assert event.decoded("DTSTART") == date.fromisoformat(item["file_after"])
        assert reply["filename"].endswith(".ics") and item["file_after"] in reply["filename"]
    # A partial end date counts from the last day it could be: the whole year, the whole month.
    assert found["dismissal-probation"]["file_after"] == day
    assert all(date.fromisoformat(item["file_after"]) >= PartialDate.parse(end).latest() for item in waiting)
