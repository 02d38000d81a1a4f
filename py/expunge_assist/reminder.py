"""A calendar reminder to check again, as an iCalendar file (RFC 5545), made on the device.

Written by hand: the maintained Python library (icalendar) needs python-dateutil
and the time-zone database, too large for the page's Python. The file holds
one all-day event (RFC 5545 section 3.6.1, DTSTART;VALUE=DATE) and nothing
about the case: the words are "Check Expunge Assist again" and the site's
address, in the person's language. tests/test_reminder.py parses it with
icalendar (a test-only dependency).
"""

import hashlib
from datetime import date, datetime, timedelta, timezone

from . import catalog


def _(text: str) -> str:
    """Mark a message for the catalogs; it is translated in ``reminder_ics``."""
    return text


SUMMARY = _("Check Expunge Assist again")
DESCRIPTION = _("The wait may be over. Check Expunge Assist again: %(address)s")


def _escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 section 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character (RFC 5545 section 3.1)."""
    data = line.encode("utf-8")
    parts, start, limit = [], 0, 75
    while len(data) - start > limit:
        end = start + limit
        while end > start and (data[end] & 0xC0) == 0x80:  # a continuation byte: step back
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # later lines start with one space
    parts.append(data[start:].decode("utf-8"))
    return "\r\n ".join(parts)


def reminder_ics(day: date, address: str, lang: str = "en", now: datetime | None = None) -> str:
    """An all-day reminder on ``day`` to check the site at ``address`` again, in ``lang``."""
    if not isinstance(day, date):
        raise ValueError("day: enter a date")
    if not (address.startswith("https://") or address.startswith("http://")) or any(c in address for c in "\r\n\\;, "):
        raise ValueError("address: enter the site's web address, like https://example.org/")
    gettext = catalog.translations(lang).gettext
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    uid = hashlib.sha256(f"{day.isoformat()} {address}".encode()).hexdigest()[:32]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Expunge Assist//Reminder//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}@expunge-assist",
        f"DTSTAMP:{now:%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{_escape(gettext(SUMMARY))}",
        f"DESCRIPTION:{_escape(gettext(DESCRIPTION) % {'address': address})}",
        f"URL:{address}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{_escape(gettext(SUMMARY))}",
        "TRIGGER:PT9H",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)
