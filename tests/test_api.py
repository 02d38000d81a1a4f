"""The calls a page can make into Python (expunge_assist.api)."""

import sys

import pytest

from expunge_assist import __version__, api


def test_about_reports_versions_and_languages():
    """about() names the package and Python versions and every language with a catalog."""
    about = api.about()
    assert about["package"] == __version__
    assert about["python"] == "{}.{}.{}".format(*sys.version_info[:3])
    assert {"en", "es"} <= set(about["languages"])


def test_about_speaks_the_requested_language():
    """about(lang) renders its sentence from the template in that language's words."""
    english = api.about("en")["message"]
    spanish = api.about("es-MX")["message"]
    assert "the tools can run on this device" in english
    assert "las herramientas pueden funcionar en este dispositivo" in spanish
    # Plain words: no version number for a person to puzzle over (#9).
    assert api.about()["python"] not in english + spanish and "Python" not in english + spanish


def test_about_falls_back_to_english_for_a_language_without_a_catalog():
    """A language with no catalog (German) gets English words, not an error."""
    assert api.about("de")["message"] == api.about("en")["message"]


def test_call_runs_a_known_call_by_name():
    """call() dispatches by name with keyword arguments."""
    assert api.call("about", {"lang": "es"}) == api.about("es")


def test_call_refuses_an_unknown_name_and_lists_the_known_ones():
    """An unknown call is a CallError whose message lists what exists."""
    with pytest.raises(api.CallError) as caught:
        api.call("format_disk", {})
    assert caught.value.code == "unknown-call"
    assert "about" in caught.value.message


@pytest.mark.parametrize("args", [{"colour": "red"}, ["es"]])
def test_call_refuses_arguments_the_call_cannot_take(args):
    """Wrong or non-object arguments are a CallError, not a TypeError."""
    with pytest.raises(api.CallError) as caught:
        api.call("about", args)
    assert caught.value.code == "bad-arguments"


def test_letter_call_returns_text_and_page_estimate():
    """letter() renders checked answers into text with a page estimate."""
    reply = api.call("letter", {"answers_data": {"name": "DeShawn McKay"}, "today": "2026-11-28"})
    assert reply["text"].startswith("November 28, 2026\n") and reply["pages"] == 1


def test_letter_call_lists_each_problem_by_field():
    """Invalid answers raise CallError("invalid-answers") carrying [field, advice] pairs."""
    with pytest.raises(api.CallError) as caught:
        api.call("letter", {"answers_data": {"name": "."}})
    assert caught.value.code == "invalid-answers"
    assert caught.value.problems == [["name", "Enter your full name."]]


def test_letter_pdf_call_returns_a_pdf_and_refuses_an_empty_letter():
    """letter_pdf() gives base64 PDF bytes; an empty letter is a bad-arguments error."""
    import base64

    pdf = base64.b64decode(api.call("letter_pdf", {"text": "Your Honor,\n\nThank you.\n"})["base64"])
    assert pdf.startswith(b"%PDF-")
    with pytest.raises(api.CallError):
        api.call("letter_pdf", {"text": "   "})
