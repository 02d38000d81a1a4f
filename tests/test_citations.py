"""Citations are data: each remedy's citations are held to the committed table tests/expected/citations.json.

A changed subdivision anywhere in the rules (a condition's citation, a
remedy's headline citation, a notice's) fails here. After a deliberate
change, run tests/expected/make_citations.py and check the diff against the
statute.
"""

import json
import re
from pathlib import Path

import pytest

from expunge_assist import conditions, rules
from expunge_assist.screener import screen

import citation_table
from cases import AS_OF

EXPECTED = json.loads((Path(__file__).parent / "expected" / "citations.json").read_text(encoding="utf-8"))
REMEDY_IDS = [remedy.id for remedy in rules.REMEDIES]
# A citation a reader can look up: a code, "section", a section number and its subdivisions; or a case.
CITATION = re.compile(
    r"^(Penal Code|Welfare and Institutions Code|Health and Safety Code) section "
    r"\d+(\.\d+)?[a-z]?(\([A-Za-z0-9]+\))*(-\([A-Za-z0-9]+\))?$"
    r"|^People v\. \w+ \(\d{4}\) \d+ Cal\.App\.\d+th \d+$"
)


def test_the_table_lists_every_remedy():
    """tests/expected/citations.json has one entry per remedy of the rules table, and the notices."""
    assert sorted(EXPECTED) == sorted([*REMEDY_IDS, "notices"])


@pytest.mark.parametrize("remedy_id", REMEDY_IDS)
def test_each_remedy_cites_the_statute_and_subdivision_in_the_table(remedy_id, monkeypatch):
    """Each check of a remedy cites what the reviewed table says, for every message it can give."""
    # The table is read when the test runs (not when it is collected), so a changed rule is seen.
    remedy = next(remedy for remedy in rules.REMEDIES if remedy.id == remedy_id)
    monkeypatch.setattr(conditions, "text", citation_table.key_only)
    monkeypatch.setattr(rules, "text", citation_table.key_only)
    assert list(remedy.cites) == EXPECTED[remedy.id]["cites"]
    # The court forms and the guide a reader is sent to are held the same way.
    assert (list(remedy.forms), remedy.guide) == (EXPECTED[remedy.id]["forms"], EXPECTED[remedy.id]["guide"])
    assert citation_table.reasons_of(remedy) == EXPECTED[remedy.id]["reasons"]


def test_notices_cite_the_sections_in_the_table():
    """PC 1203.4(a)(1), 1203.4a(a), 1203.41(a), 1203.42(a); 1203.43, 1473.7: the notices' citations are as reviewed."""
    assert rules.SUPERVISION_NOTICE_CITE == EXPECTED["notices"]["supervision"]
    assert rules.IMMIGRATION_CITE == EXPECTED["notices"]["immigration"]


def test_every_citation_in_the_table_is_one_a_reader_can_look_up():
    """Each citation names a code, a section and its subdivisions (or a reported case), nothing else."""
    cites = {cite for entry in EXPECTED.values() if "reasons" in entry
             for cite in entry["cites"] + [cite for _, cite in entry["reasons"]]}
    assert sorted(cite for cite in cites if not CITATION.match(cite)) == []


def test_results_show_only_citations_from_the_table():
    """What a person reads: every reason in a screened result cites a citation of that remedy's table entry."""
    allowed = {remedy: {cite for _, cite in EXPECTED[remedy]["reasons"]} for remedy in REMEDY_IDS}
    for data in citation_table.BASES:
        for res in screen(data, AS_OF)["results"]:
            shown = {reason["cite"] for reason in res["reasons"]} - {res["guide"]}
            assert shown <= allowed[res["remedy"]], res["remedy"]
