"""The offense table (expunge_assist.offense): parsing code sections, lookup,
the answers a code settles, and every flag checked against its statute's list.

The lists below are transcribed from the statute text or the copies named in
py/expunge_assist/offense_flags.csv (its `verified` column says which were
read in primary text and which were not), not from the table itself. A list
names sections as the statute does: "PC 288" names the whole section (every
row 288, 288(a), 288(b)...), "PC 286(c)" names that subdivision only.
"""

import csv
import json
import re

import pytest

from expunge_assist import catalog, language, offense
from expunge_assist.offense import (
    CODES,
    FLAG_VALUES,
    FLAGS,
    LEVELS,
    CodeError,
    as_json,
    flag_sources,
    lookup,
    parse_code,
    settled,
    table,
)

# --- parse_code ---------------------------------------------------------------

PARSED = [
    ("PC 484", "PC 484"),
    ("484 PC", "PC 484"),
    ("484(a) PC", "PC 484(a)"),
    ("P.C. 484", "PC 484"),
    ("Penal Code 484", "PC 484"),
    ("Penal Code section 484", "PC 484"),
    ("pc484", "PC 484"),
    ("484PC", "PC 484"),
    ("  PC   484 ", "PC 484"),
    ("PC § 484", "PC 484"),
    ("PC 476A", "PC 476a"),
    ("PC 487(D)(1)", "PC 487(d)(1)"),
    ("PC 487 (d) (1)", "PC 487(d)(1)"),
    ("PC 664/187(a)", "PC 664/187(a)"),
    ("HS 11350", "HS 11350"),
    ("11377 HS", "HS 11377"),
    ("H&S 11377", "HS 11377"),
    ("H & S 11377", "HS 11377"),
    ("H&SC 11377", "HS 11377"),
    ("Health and Safety Code 11350", "HS 11350"),
    ("Health & Safety Code section 11362.1", "HS 11362.1"),
    ("HS 11377.", "HS 11377"),
    ("VC 23152(a)", "VC 23152(a)"),
    ("23152(a) VC", "VC 23152(a)"),
    ("V.C. 23152(b)", "VC 23152(b)"),
    ("Cal. Veh. Code § 23152(A)", "VC 23152(a)"),
    ("Vehicle Code 2800.2", "VC 2800.2"),
    ("W&I 10980", "WIC 10980"),
    ("WIC 707", "WIC 707"),
    ("B&P 4060", "BP 4060"),
    ("Bus. & Prof. Code 25662", "BP 25662"),
]


@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_parse_code_normalizes_what_court_papers_and_records_say(text, expected):
    """Each way a code section is written on papers and records becomes the one normalized form."""
    assert parse_code(text) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "Nothing was entered"),
        ("   ", "Nothing was entered"),
        ("484", "Say which code 484 is in"),
        ("theft", "No section number"),
        ("XY 484", "We do not know the code"),
        ("PC 484 PC 488", "one code section at a time"),
        ("PC 484, 488", "one code section at a time"),
    ],
)
def test_parse_code_refuses_other_text_with_advice(text, says):
    """Text that is not one code section raises a ValueError saying what is wrong and how to write it."""
    with pytest.raises(CodeError) as caught:
        parse_code(text)
    assert isinstance(caught.value, ValueError)
    assert says in str(caught.value) and "like PC 484" in str(caught.value)


def test_parse_code_refuses_what_is_not_text():
    """None or a number is refused with the same advice, not a crash."""
    for value in (None, 484):
        with pytest.raises(CodeError, match="like PC 484"):
            parse_code(value)


# --- lookup -------------------------------------------------------------------


def test_lookup_finds_an_exact_row_whatever_the_spelling():
    """"H&S 11377" and "11377 HS" find the same row, with its names and levels."""
    row = lookup("H&S 11377")
    assert row is lookup("11377 HS") and row.label == "HS 11377"
    assert row.name("en") == row.name_en and row.name("es") != row.name_en and row.name("es-MX") == row.name("es")
    assert "misdemeanor" in row.levels


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("PC 148(a)(1)", "PC 148(a)"),  # a deeper subdivision of a listed one
        ("VC 23152(f)", "VC 23152"),  # 23152 has no subdivision rows
        ("VC 23152(a)", "VC 23152"),
        ("PC 459(a)", "PC 459"),
        ("PC 664/187(a)", "PC 664/187"),
        ("PC 245(a)(1)", "PC 245(a)(1)"),
    ],
)
def test_an_unlisted_subdivision_falls_back_to_its_base(text, found):
    """A subdivision not in the table finds its base section when the base has no subdivision rows."""
    assert lookup(text).label == found


@pytest.mark.parametrize("text", ["PC 647", "PC 647(c)", "PC 243", "PC 245", "PC 245(a)(3)", "PC 261.5"])
def test_a_base_listed_only_by_its_subdivisions_is_not_found(text):
    """"PC 647" with only 647(b), 647(f)... rows is not found (nor an unlisted sibling), so the screener asks."""
    assert lookup(text) is None


def test_a_base_row_beside_its_subdivisions_answers_only_for_itself():
    """"PC 288" has its own row, but an unlisted "PC 288(d)" does not borrow it: its subdivisions differ."""
    assert lookup("PC 288").label == "PC 288" and lookup("288(b) PC").label == "PC 288(b)"
    assert lookup("PC 288(d)") is None and lookup("PC 148(b)") is None
    assert lookup("PC 148").label == "PC 148"


def test_lookup_of_an_unknown_or_unreadable_section_is_none():
    """A section not in the table, or text that is no code section, gives None rather than an error."""
    assert lookup("PC 99999") is None
    assert lookup("theft") is None
    assert lookup("") is None


# --- settled ------------------------------------------------------------------


def test_settled_felony_only_non_wobbler():
    """Robbery (PC 211, felony only, serious and violent) settles level, wobbler, kind and serious_violent."""
    assert settled(["PC 211"]) == {
        "level": "felony",
        "wobbler": "no",
        "offense_kind": "other",
        "serious_violent": "yes",
    }


def test_settled_wobbler_leaves_the_level_to_ask():
    """Assault with a deadly weapon (PC 245(a)(1)) is a wobbler: level is asked, wobbler is settled yes."""
    answers = settled(["PC 245(a)(1)"])
    assert "level" not in answers
    assert answers["wobbler"] == "yes" and answers["serious_violent"] == "yes"
    assert answers["arrest_level"] == "felony"  # 3 years to charge (PC 801, 805(a))


def test_settled_leaves_out_what_depends_on_facts():
    """Burglary (PC 459): serious only for a home, Prop 47 only up to $950, so neither is settled."""
    answers = settled(["PC 459"])
    for key in ("level", "wobbler", "offense_kind", "serious_violent"):
        assert key not in answers
    assert answers == {"arrest_level": "felony"}


@pytest.mark.parametrize("codes", [["PC 99999"], ["PC 484", "PC 99999"], ["unknown"], "unknown", [], ["PC 647"]])
def test_settled_is_empty_when_any_code_is_unknown(codes):
    """One code the table does not know (or "unknown", or nothing) settles nothing."""
    assert settled(codes) == {}


def test_settled_several_codes_keeps_only_what_they_share():
    """Two misdemeanors agree on everything; a felony and a misdemeanor agree only on the kind."""
    assert settled(["PC 242", "HS 11364"]) == {
        "level": "misdemeanor",
        "wobbler": "no",
        "offense_kind": "other",
        "serious_violent": "no",
        "arrest_level": "misdemeanor",
    }
    assert settled(["PC 211", "PC 242"]) == {"wobbler": "no", "offense_kind": "other"}
    assert settled(["PC 148(a)", "148(a)(1) PC"])["level"] == "misdemeanor"
    assert "level" not in settled(["PC 484"])  # petty theft can be an infraction (PC 490.1)


@pytest.mark.parametrize(
    ("code", "kind"),
    [("VC 23153", "dui"), ("VC 14601.2", "dui"), ("PC 192(c)", "dui"), ("VC 2800.1", "other"), ("HS 11359", "cannabis"), ("HS 11357", "cannabis"),
     ("PC 496", "prop-47"), ("HS 11350", "prop-47"), ("HS 11351", "other")],
)
def test_settled_offense_kind_follows_the_flags(code, kind):
    """Prop 64 sections are cannabis, Prop 47 sections prop-47, VC 12810 point offenses dui (docs/screener.md)."""
    assert settled([code])["offense_kind"] == kind


@pytest.mark.parametrize(
    ("code", "level"),
    [("HS 11351", "felony"), ("PC 207", "felony-8-years"), ("PC 647(b)", "misdemeanor"), ("PC 187", None),
     ("PC 470", None), ("PC 273.5", None)],
)
def test_settled_arrest_level_only_when_the_time_to_charge_matches(code, level):
    """3 years is a felony (PC 801), 6 an 8-year felony (PC 800), 1 a misdemeanor (PC 802); none, 4 from discovery or "depends" are asked."""
    assert settled([code]).get("arrest_level") == level


# --- the rows -----------------------------------------------------------------


def _raw_rows():
    with offense.TABLE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_table_covers_at_least_150_code_sections_once_each():
    """At least 150 rows, no label twice, and the CSV has exactly the documented columns."""
    rows = _raw_rows()
    assert len(rows) >= 150
    labels = [f"{row['code']} {row['section']}" for row in rows]
    assert len(labels) == len(set(labels)) == len(table())
    assert tuple(rows[0].keys()) == offense.COLUMNS


@pytest.mark.parametrize("row", list(table().values()), ids=lambda row: row.label)
def test_every_row_is_valid(row):
    """Code known, label normalized, levels known and ordered, wobbler consistent, flags valid, names in both languages."""
    assert row.code in CODES
    assert parse_code(row.label) == row.label
    assert row.levels and all(level in LEVELS for level in row.levels)
    assert list(row.levels) == sorted(row.levels, key=LEVELS.index)
    both = "misdemeanor" in row.levels and "felony" in row.levels
    assert row.wobbler in (FLAG_VALUES if both else ("",))
    for flag, value in row.flags().items():
        assert value in FLAG_VALUES, flag
    assert row.name_en.strip() and "," not in row.label
    assert re.fullmatch(r"\d+|none|depends", row.charge_years)
    assert row.charge_from in ("", "discovery")
    if row.charge_from:
        # PC 801.5: 4 years from discovery (803(c) offenses); PC 803.5: 530.5 and 115 run from
        # discovery with their ordinary time (3 years as a felony, PC 801).
        assert row.charge_years == "4" or (row.charge_years == "3" and row.label in ("PC 115", "PC 530.5"))


def test_times_to_charge_follow_the_statutes_by_level():
    """Misdemeanor-only rows: 1 year (PC 802(a)) or depends; 6 or none only for felonies (PC 800, 799)."""
    for row in table().values():
        if "felony" not in row.levels:
            assert row.charge_years in ("1", "depends"), row.label
        if row.charge_years in ("3", "6", "10"):
            assert "felony" in row.levels, row.label
        if row.charge_years == "none":
            assert row.levels == ("felony",), row.label


def test_the_sections_clinics_see_most_are_in_the_table():
    """Every section the issue names for clinics, and the Vehicle Code sections PC 1203.4(b) names, has a row."""
    wanted = (
        "PC 148 PC 148(a) PC 166 PC 211 PC 242 PC 243(a) PC 245(a)(1) PC 273.5 PC 273.6 PC 415 PC 422 PC 459 PC 459.5 "
        "PC 470 PC 476a PC 484 PC 487(a) PC 488 PC 490.2 PC 496 PC 530.5 PC 594 PC 602 PC 647(b) PC 647(f) PC 666 "
        "HS 11350 HS 11351 HS 11352 HS 11357 HS 11358 HS 11359 HS 11360 HS 11364 HS 11377 HS 11378 HS 11379 "
        "HS 11550 VC 2800.2 VC 10851 VC 12500 VC 14601 VC 20001 VC 20002 VC 23103 VC 23152 VC 23153 "
        "VC 2800 VC 2801 VC 2803 PC 473 HS 11362.1"
    ).split(" ")
    labels = [" ".join(pair) for pair in zip(wanted[::2], wanted[1::2])]
    missing = [label for label in labels if lookup(label) is None]
    assert not missing


def test_every_flag_has_its_citation_and_how_it_was_checked():
    """offense_flags.csv names each flag's statute and subdivision and says whether its text was read."""
    sources = flag_sources()
    for flag in (*FLAGS, "charge_years"):
        assert sources[flag]["statute"] and sources[flag]["subdivision"], flag
        assert sources[flag]["verified"] in ("text", "quoted", "older text", "secondary", "memory"), flag
        assert sources[flag]["source"], flag


def test_as_json_gives_the_type_ahead_what_it_needs():
    """One entry per row with code, section, label, names by language and levels, all JSON-serializable."""
    entries = as_json()
    assert len(entries) == len(table())
    entry = next(item for item in entries if item["label"] == "PC 484")
    # Every language with a catalog gives the name; English is the message id.
    assert set(entry["names"]) == {"en"} | {lang.code for lang in language.registry() if lang.code != "en" and catalog.translations(lang.code).gettext("Murder") != "Murder"}
    assert entry["names"]["en"] == "Theft (petty theft)" and entry["names"]["es"] != entry["names"]["en"]
    assert entry == {
        "code": "PC",
        "section": "484",
        "label": "PC 484",
        "names": {code: lookup("PC 484").name(code) for code in entry["names"]},
        "levels": ["infraction", "misdemeanor"],
    }
    json.dumps(entries)


# --- every flag against its statute -------------------------------------------
#
# For each flag: the sections the statute names, as {"yes": [...], "depends": [...]}.
# "depends" is for a section the list names only in some forms or circumstances
# (a subdivision, an amount, a victim's age, a felony conviction), or that a
# fact-based paragraph of the list can reach.

STATUTE_LISTS = {
    # PC 1170.18(a) (text read): "Sections 11350, 11357, or 11377 of the Health and Safety Code, or
    # Section 459.5, 473, 476a, 490.2, 496, or 666 of the Penal Code". Depends: convictions under
    # older sections for the same conduct up to $950 (459.5 for second-degree commercial burglary,
    # 473(b) for forgery, 490.2 for theft "notwithstanding Section 487 or any other provision of law";
    # VC 10851: People v. Page (2017); PC 484e(d): People v. Romanowski (2017)).
    "prop47": {
        "yes": ["HS 11350", "HS 11357", "HS 11377", "PC 459.5", "PC 473", "PC 476a", "PC 490.2", "PC 496", "PC 666"],
        "depends": ["PC 459", "PC 460(b)", "PC 470", "PC 484e(d)", "PC 487(a)", "PC 487(c)", "PC 487(d)(1)",
                    "PC 503", "PC 532", "VC 10851"],
    },
    # HS 11361.8(a) (text read): "Sections 11357, 11358, 11359, 11360, 11362.1, 11362.2, 11362.3,
    # and 11362.4".
    "prop64": {
        "yes": ["HS 11357", "HS 11358", "HS 11359", "HS 11360", "HS 11362.1", "HS 11362.2", "HS 11362.3",
                "HS 11362.4"],
        "depends": [],
    },
    # VC 40000.1 (text read, Vehicle Code in the same mirror): a violation of the code is an infraction
    # "except as otherwise provided in this article"; 40000.3: a felony or wobbler is not an
    # infraction; 40000.5-40000.26 (read) name the misdemeanors, among them 2800, 2800.1, 2801, 2803
    # (40000.7), 12951(b) and 14601, 14601.1, 14601.2, 14601.5 (40000.11), 20002 (40000.13), 23103,
    # 23104, 23109, 23152 (40000.15); 40000.10: 12500(a) is an infraction for a first or second
    # violation, a misdemeanor or infraction later; 40000.20: a third open container (23223) by a
    # charter-party driver is a misdemeanor; 40000.28: any infraction is a misdemeanor after three
    # convictions in 12 months. PC 1203.4a(d)(3) excludes infractions within VC 42001. Depends:
    # sections that can be charged either way, including those PC 19.8(a)(1)(E) (read) lets PC 17(d)
    # make infractions: VC 12500, 14601.1, 23109(c) (4000(a) itself was not read).
    "vc_infraction": {
        "yes": ["VC 16028", "VC 21453", "VC 22348(b)", "VC 22349", "VC 22350", "VC 22450", "VC 23123.5",
                "VC 23140", "VC 23223", "VC 27315"],
        "depends": ["VC 4000(a)", "VC 12500", "VC 12951", "VC 14601.1", "VC 23109(c)"],
    },
    # VC 12810 (text read, same mirror; last amended Stats. 2009, ch. 414): (a) 20001, 20002;
    # (b) 23152, 23153; (c) reckless driving (23103, 23104, 23105); (d)(1) PC 191.5(b), PC 192(c),
    # VC 2800.2, 2800.3, 21651(b), 22348(b), 23109(a) or (c), 23109.1, 31602; (d)(2) 23140(a), (b);
    # (e) 14601, 14601.1, 14601.2, 14601.3, 14601.5; PC 1203.4(c)(1) (read) refers to "subdivisions
    # (a) to (e), inclusive, of Section 12810".
    "vc12810": {
        "yes": ["VC 20001", "VC 20002", "VC 23152", "VC 23153", "VC 23103", "VC 23104", "VC 23105", "PC 191.5(b)",
                "PC 192(c)", "VC 2800.2", "VC 2800.3", "VC 21651(b)", "VC 22348(b)", "VC 23109(a)", "VC 23109(c)",
                "VC 23109.1", "VC 31602", "VC 23140", "VC 14601", "VC 14601.1", "VC 14601.2", "VC 14601.3",
                "VC 14601.5"],
        "depends": [],
    },
    # PC 1192.7(c) (text read: official code text mirror, current to 21 July 2026; last amended
    # Stats. 2023, ch. 230, SB 14), paragraphs (1)-(43): (1) murder or voluntary manslaughter;
    # (2) mayhem; (3) rape; (4) sodomy by force, violence, duress, menace, threat of great bodily
    # injury or fear; (5) oral copulation by the same means; (6) lewd or lascivious act on a child
    # under 14; (7) any felony punishable by death or life; (8) personally inflicting great bodily
    # injury or personally using a firearm; (9) attempted murder; (10) assault with intent to commit
    # rape or robbery; (11) assault with a deadly weapon on a peace officer; (12) assault by a life
    # prisoner on a noninmate (4500); (13) assault with a deadly weapon by an inmate; (14) arson;
    # (15)-(17) exploding a destructive device to injure, causing injury, to murder; (18) first-degree
    # burglary; (19) robbery or bank robbery; (20) kidnapping; (21) holding a hostage in prison;
    # (22) attempt at a death or life felony; (23) personally using a dangerous or deadly weapon;
    # (24) selling or giving heroin, cocaine, PCP or a methamphetamine-related drug to a minor;
    # (25) 289(a) by force, violence, duress, menace or fear; (26) grand theft involving a firearm;
    # (27) carjacking; (28) a felony that is also a felony violation of 186.22; (29) assault with
    # intent to commit mayhem, rape, sodomy or oral copulation (220); (30) throwing acid or flammable
    # substances (244); (31) 245 with a deadly weapon, firearm, machinegun, assault weapon or
    # semiautomatic firearm, or on a peace officer or firefighter; (32) 245.2, 245.3, 245.5;
    # (33) 246; (34) 264.1; (35) 288.5; (36) 26100(c), (d); (37) 136.1; (38) 422; (39) attempts
    # other than assault; (40) 12022.53; (41) 11418(b), (c); (42) 236.1(c) except a trafficking
    # victim under (c)(1); (43) conspiracy. PC 1192.8(a) adds 191.5, 192(c)(1), 192.5, VC 2800.3,
    # 23104(b) and 23153 with great bodily injury or a weapon.
    "serious": {
        "yes": ["PC 187", "PC 192(a)", "PC 203", "PC 261", "PC 288(a)", "PC 288(b)",
                "PC 205", "PC 206", "PC 209", "PC 209.5", "PC 269", "PC 288.7", "PC 664/187",
                "PC 245(a)(1)", "PC 245(a)(2)", "PC 245(b)", "PC 245(c)", "PC 245(d)", "PC 4500",
                "PC 451", "PC 18740", "PC 18745", "PC 18750", "PC 18755", "PC 460(a)", "PC 211", "PC 207",
                "PC 4503", "PC 487(d)(2)", "PC 215", "PC 186.22", "PC 246", "PC 264.1",
                "PC 288.5", "PC 26100(c)", "PC 136.1", "PC 422"],
        # Named in part: burglary (first degree only), sodomy and oral copulation (by force only: 286(c)
        # and 287(c) also name a child under 14, 286(d) and 287(d) (287(d) read) a threat to retaliate
        # or a victim unable to consent),
        # 289(a) (not 289(a)(2), a threat to retaliate), 4501 (with a deadly weapon, not 4501(b)),
        # spousal rape, drugs to a minor (listed drugs only), PC 220 (mayhem, rape, sodomy or oral
        # copulation, not its other targets), PC 244 (acid or flammable substances, not every caustic
        # chemical). Fact-based: (8) and (23) on felonies against a person (and involuntary
        # manslaughter), PC 1192.8, (28) extortion for a gang, and the life terms some trafficking
        # counts carry (7), (42).
        "depends": ["PC 459", "PC 286(c)", "PC 286(d)", "PC 287(c)", "PC 287(d)", "PC 289(a)", "PC 4501", "PC 262", "HS 11353", "HS 11380",
                    "PC 220", "PC 244", "PC 69", "PC 191.5", "PC 192(b)", "PC 192(c)", "PC 236", "PC 236.1",
                    "PC 243(c)", "PC 243(d)", "PC 245(a)(4)", "PC 246.3", "PC 273a(a)", "PC 273d", "PC 273.5",
                    "PC 273.6", "PC 368(b)", "PC 518", "PC 646.9", "VC 2800.3", "VC 23104", "VC 23153"],
    },
    # PC 667.5(c) (text read, same mirror; last amended Stats. 2024, ch. 855, SB 268): (1) murder,
    # voluntary manslaughter; (2) mayhem; (3) rape under 261(a)(2), (6) or former 262(a)(1), (4);
    # (4) 286(c), (d); (5) 287(c), (d) or former 288a; (6) 288(a), (b); (7) death or life;
    # (8) great bodily injury charged and proved under 12022.7, 12022.8, 12022.9, or firearm use
    # under 12022.3(a), 12022.5, 12022.55; (9) any robbery; (10) arson under 451(a), (b); (11) 289(a),
    # (j); (12) attempted murder; (13) 18745, 18750, 18755; (14) kidnapping; (15) 220; (16) 288.5;
    # (17) 215(a); (18) 264.1; (19) extortion (518) for a gang (186.22); (20) threats to witnesses
    # (136.1) for a gang; (21) first-degree burglary with another person present; (22) 12022.53;
    # (23) 11418(b), (c); (24) rape under 261(a)(3) with a drug given to the victim.
    "violent": {
        "yes": ["PC 187", "PC 192(a)", "PC 203", "PC 205", "PC 286(c)", "PC 286(d)", "PC 287(c)", "PC 287(d)",
                "PC 288(a)", "PC 288(b)", "PC 206", "PC 209", "PC 209.5", "PC 269", "PC 288.7", "PC 4500",
                "PC 211", "PC 289(a)", "PC 289(j)", "PC 664/187", "PC 18745", "PC 18750", "PC 18755",
                "PC 207", "PC 220", "PC 288.5", "PC 215", "PC 264.1"],
        # Named in part: 261, former 262, 451, 518, 136.1, 459/460(a), trafficking with a life term.
        # Fact-based: (8) great bodily injury or firearm use charged and proved, (22) PC 12022.53
        # (including PC 4503, 3, 5 or 7 years: not a life term). (7) reaches PC 191.5(a) when
        # punished 15 years to life for a prior (PC 191.5(d), read).
        "depends": ["PC 261", "PC 262", "PC 451", "PC 518", "PC 136.1", "PC 459", "PC 460(a)", "PC 236.1",
                    "PC 191.5(a)", "PC 69", "PC 236", "PC 243(c)", "PC 243(d)", "PC 244", "PC 245(a)(1)", "PC 245(a)(2)",
                    "PC 245(a)(4)", "PC 245(b)", "PC 245(c)", "PC 245(d)", "PC 246", "PC 246.3", "PC 273a(a)",
                    "PC 273d", "PC 273.5", "PC 273.6", "PC 368(b)", "PC 422", "PC 646.9", "PC 4501", "PC 4503",
                    "PC 26100(c)", "VC 2800.3"],
    },
    # PC 290(c) (text read, same mirror; amended Stats. 2025, ch. 780, SB 680, in force 2026):
    # (c)(1) 187 in the perpetration of rape or a 286/287/288/289 act; 207 or 209 with intent to
    # violate 261, 261.5(c) or (d) (offenses from 1 January 2026), 286, 287, 288 or 289; 220 except
    # assault to commit mayhem; 236.1(b), (c); 243.4; 261; former 262(a)(1) with force and a prison
    # sentence; 264.1, 266, 266c; 266h(b); 266i(b); 266j, 267, 269, 285, 286, 287, 288, 288.3,
    # 288.4, 288.5, 288.7, 289, 311.1; 311.2(b)-(d); 311.3, 311.4, 311.10, 311.11, 647.6; former
    # 647a; 653f(c); 314 paragraphs 1 and 2; lewd conduct under 272; a felony under 288.2; attempts
    # and conspiracies. (c)(2) a second 647(l)(2). (c)(3) no registration for 261.5(c), (d), 286(b),
    # 287(b), 289(h), (i) alone when not more than 10 years older. Depends: the base rows 286, 287 and
    # 289 (their (b), (h), (i) forms), and 261.5(c), (d) (see the note on those rows).
    "registrable": {
        "yes": ["PC 243.4", "PC 261", "PC 264.1", "PC 266", "PC 266c", "PC 266j", "PC 267", "PC 269", "PC 285",
                "PC 286(c)", "PC 286(d)", "PC 287(c)", "PC 287(d)", "PC 288", "PC 288.3", "PC 288.4", "PC 288.5",
                "PC 288.7", "PC 289(a)", "PC 289(j)", "PC 311.1", "PC 311.3", "PC 311.4", "PC 311.10",
                "PC 311.11", "PC 647.6", "PC 653f(c)", "PC 314"],
        "depends": ["PC 187", "PC 207", "PC 209", "PC 220", "PC 236.1", "PC 261.5(c)", "PC 261.5(d)", "PC 262",
                    "PC 266h", "PC 266i", "PC 272", "PC 286", "PC 287", "PC 288.2", "PC 289", "PC 311.2"],
    },
    # PC 1203.4(b) (text read, same mirror; amended Stats. 2023, ch. 47, AB 134): "a misdemeanor that
    # is within the provisions of Section 42002.1 of the Vehicle Code" (VC 2800, 2801, 2803 as to
    # stopping for inspection), "subdivision (c) of Section 286, Section 288, subdivision (c) of
    # Section 287 or of former Section 288a, Section 288.5, subdivision (j) of Section 289, Section
    # 311.1, 311.2, 311.3, or 311.11, or a felony conviction pursuant to subdivision (d) of Section
    # 261.5, or to an infraction" (infractions are a level, not a flag).
    "excluded_1203_4b": {
        "yes": ["PC 286(c)", "PC 288", "PC 287(c)", "PC 288.5", "PC 289(j)", "PC 311.1", "PC 311.2", "PC 311.3",
                "PC 311.11"],
        "depends": ["PC 261.5(d)", "VC 2800", "VC 2801", "VC 2803"],
    },
    # PC 4852.01(c) (text read, same mirror; amended Stats. 2022, ch. 766, AB 1924): "persons
    # convicted of a violation of Section 269, subdivision (c) of Section 286, subdivision (c) of
    # Section 287, Section 288, Section 288.5, Section 288.7, subdivision (j) of Section 289, or
    # subdivision (c) of former Section 288a" (also mandatory life parole, death sentences, military
    # service); 4852.01(d): the Governor may still pardon them in extraordinary circumstances.
    "excluded_4852": {
        "yes": ["PC 269", "PC 286(c)", "PC 287(c)", "PC 288", "PC 288.5", "PC 288.7", "PC 289(j)"],
        "depends": [],
    },
    # WIC 707(b) (text read, Welfare and Institutions Code in the same mirror; last amended Stats.
    # 2023, ch. 716, SB 545), paragraphs (1)-(30): (1) murder; (2) arson under 451(a) or (b);
    # (3) robbery; (4) rape with force, violence or threat of great bodily harm; (5) sodomy by force,
    # violence, duress, menace or threat of great bodily harm; (6) 288(b); (7) oral copulation by the
    # same means; (8) any 289(a) offense; (9)-(11) kidnapping for ransom, for robbery, with bodily harm;
    # (12) attempted murder; (13) assault with a firearm or destructive device; (14) assault by force
    # likely to produce great bodily injury; (15) discharging a firearm into an inhabited or occupied
    # building; (16) an offense in PC 1203.09; (17) an offense in 12022.5 or 12022.53; (18) a felony
    # with a weapon listed in 16590; (19) a felony under 136.1 or 137; (20) manufacturing, compounding
    # or selling half an ounce or more of an HS 11055(e) substance; (21) a violent felony that is also
    # a felony 186.22(b) violation; (22) escape from juvenile hall with great bodily injury;
    # (23) torture (206, 206.1); (24) aggravated mayhem (205); (25) carjacking while armed;
    # (26) 209(b); (27) 209.5; (28) 26100(c); (29) 18745; (30) voluntary manslaughter (192(a)).
    # The firearm and weapon paragraphs (16)-(18) are marked "depends" on felonies against a person,
    # as for serious.
    "wic707b": {
        "yes": ["PC 187", "PC 211", "PC 288(b)", "PC 289(a)", "PC 209", "PC 209.5", "PC 664/187", "PC 245(a)(2)",
                "PC 245(b)", "PC 245(d)", "PC 245(a)(4)", "PC 206", "PC 205", "PC 192(a)", "PC 18745",
                "PC 26100(c)"],
        # Named in part: 451, rape, sodomy and oral copulation by force (261, 262, 264.1, 269, 286(c),
        # (d), 287(c), (d)), 246 (a building, not a car), 136.1 (a felony), carjacking while armed,
        # 245(c) (a deadly weapon or force on an officer), drug sales of HS 11055(e) substances (which
        # HS sections reach them was not read: HS is not in the mirror). Fact-based: (16)-(18), (21).
        "depends": ["PC 451", "PC 261", "PC 262", "PC 264.1", "PC 269", "PC 286(c)", "PC 286(d)", "PC 287(c)",
                    "PC 287(d)", "PC 207", "PC 215", "PC 245(a)(1)", "PC 245(c)", "PC 246", "PC 186.22",
                    "PC 136.1", "PC 459", "PC 460(a)", "HS 11352", "HS 11379", "HS 11379.6", "PC 18750",
                    "PC 18755", "PC 69", "PC 236", "PC 243(c)", "PC 243(d)", "PC 244", "PC 246.3", "PC 273a(a)",
                    "PC 273d", "PC 273.5", "PC 273.6", "PC 368(b)", "PC 422", "PC 518", "PC 646.9", "PC 4501"],
    },
    # PC 667(e)(2)(C)(iv) (text read, same mirror; identical list in 1170.12(c)(2)(C)(iv)):
    # (I) a sexually violent offense as in WIC 6600(b) (read: a felony 261, 262, 264.1, 269, 286,
    # 287, 288, 288.5 or 289 committed by force, violence, duress, menace, fear or a threat to
    # retaliate, or 207, 209 or 220 with intent to commit one); (II) 286, 287 (288a) or 289 with a
    # child under 14 more than 10 years younger; (III) a lewd act on a child under 14 in violation of
    # 288; (IV) any homicide or attempted homicide in 187 to 191.5 (192 manslaughter is outside that
    # range); (V) solicitation of murder (653f); (VI) 245(d)(3); (VII) 11418(a)(1); (VIII) a serious
    # or violent felony punishable by life or death (PC 4503, 3, 5 or 7 years, is not).
    "super_strike": {
        "yes": ["PC 187", "PC 191.5", "PC 664/187", "PC 264.1", "PC 269", "PC 286(c)", "PC 287(c)", "PC 288(a)",
                "PC 288(b)", "PC 288.7", "PC 289(a)", "PC 289(j)", "PC 653f(b)", "PC 11418(a)(1)", "PC 205",
                "PC 206", "PC 209", "PC 209.5", "PC 4500", "PC 18745", "PC 18755"],
        "depends": ["PC 207", "PC 261", "PC 262", "PC 286(d)", "PC 287(d)", "PC 288.5", "PC 245(d)", "PC 220",
                    "PC 236.1"],
    },
}


def _named_by(label: str, names: list[str]) -> bool:
    """True when ``label`` is one of ``names`` or a subdivision of one ("PC 288(a)" under "PC 288")."""
    return any(label == name or label.startswith(name + "(") for name in names)


def _expected(label: str, named: dict) -> str:
    """What the statute list says of a row: named (or inside a named section), named in part, or not named.

    A base row whose subdivision the list names ("PC 286" when the list names "PC 286(c)") is
    "depends": the statute reaches only some of it.
    """
    if _named_by(label, named["yes"]):
        return "yes"
    if _named_by(label, named["depends"]):
        return "depends"
    if any(name.startswith(label + "(") for name in named["yes"] + named["depends"]):
        return "depends"
    return ""


def test_the_statute_lists_cover_every_flag():
    """There is a transcribed list for every flag in the table, so none escapes the check below."""
    assert set(STATUTE_LISTS) == set(FLAGS)


@pytest.mark.parametrize("flag", FLAGS)
def test_every_flag_matches_its_statute_list(flag):
    """Within the table, exactly the sections the statute names are "yes" or "depends", and no others."""
    named = STATUTE_LISTS[flag]
    wrong = []
    for row in table().values():
        expected = _expected(row.label, named)
        actual = getattr(row, flag)
        if actual != expected:
            wrong.append(f"{row.label}: table {actual!r}, statute list {expected!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("flag", FLAGS)
def test_every_flag_list_reaches_the_table(flag):
    """Each list names at least one row, so a typo in a list cannot make its flag pass unchecked."""
    named = STATUTE_LISTS[flag]["yes"] + STATUTE_LISTS[flag]["depends"]
    assert any(_named_by(row.label, named) for row in table().values())


def test_vc_infraction_agrees_with_the_levels():
    """A Vehicle Code row is "yes" exactly when it can only be an infraction, "depends" when it can also be more."""
    for row in table().values():
        if row.code != "VC" or "infraction" not in row.levels:
            assert row.vc_infraction == "", row.label
        else:
            assert row.vc_infraction == ("yes" if row.levels == ("infraction",) else "depends"), row.label


# --- command line -------------------------------------------------------------


def test_command_line_prints_what_the_table_knows(capsys):
    """`python -m expunge_assist offense "459 PC"` prints the row, its cited flags and what it settles."""
    from expunge_assist.__main__ import main

    assert main(["offense", "459 PC", "--lang", "es"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["code"] == "PC 459" and shown["found"] and shown["name"] == lookup("PC 459").name("es") != lookup("PC 459").name_en
    assert shown["flags"]["serious"] == {"value": "depends", "source": "PC 1192.7(c) (text)"}
    assert shown["settles"] == settled(["PC 459"])


def test_command_line_refuses_a_code_it_cannot_read(capsys):
    """A section without its code exits 2 with the advice; a section not in the table says so."""
    from expunge_assist.__main__ import main

    assert main(["offense", "484"]) == 2
    assert "like PC 484" in capsys.readouterr().err
    assert main(["offense", "PC 647"]) == 0
    assert json.loads(capsys.readouterr().out)["found"] is False


# --- the build ----------------------------------------------------------------


def test_the_packed_package_carries_the_table_and_the_page_gets_offenses_json(tmp_path):
    """build.pack_python packs both CSVs beside offense.py (the worker unpacks them) and writes offenses.json."""
    import subprocess
    import sys
    import zipfile

    import build

    manifest = json.loads(build.pack_python().read_text())
    archive = build.TOOLS_OUT / "py" / manifest["archives"][0]["file"]
    with zipfile.ZipFile(archive) as packed:
        names = packed.namelist()
        packed.extractall(tmp_path)
    assert "expunge_assist/offenses.csv" in names and "expunge_assist/offense_flags.csv" in names
    assert json.loads((build.TOOLS_OUT / "offenses.json").read_text(encoding="utf-8")) == as_json()
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from expunge_assist import offense;"
        "assert offense.TABLE.is_relative_to(sys.argv[1]);"
        "print(offense.lookup('11377 HS').label)"
    )
    result = subprocess.run([sys.executable, "-S", "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "HS 11377"


# --- names in every language (each fact once: name_en is the msgid) ----------


def test_the_table_holds_only_the_english_name():
    """offenses.csv has one name column, name_en; no language's name is written twice (the catalogs hold them)."""
    with offense.TABLE.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert [column for column in header if column.startswith("name")] == ["name_en"]


def test_the_extractor_gives_every_english_name_with_its_code():
    """babel.cfg's offense.extract_names yields each row's name_en once per row, with its code in a TRANSLATORS comment."""
    with offense.TABLE.open("rb") as handle:
        found = list(offense.extract_names(handle, [], ["TRANSLATORS:"], {}))
    assert [message for _, _, message, _ in found] == [row.name_en for row in table().values()]
    line, funcname, message, comments = found[0]
    assert line == 2 and funcname is None and comments == [f"TRANSLATORS: the plain name of the offense {next(iter(table()))}; keep it short"]


def test_every_catalog_names_every_offense():
    """Each registry language's catalog translates every offense name (none falls back to English), Spanish as it was."""
    for entry in language.registry():
        if entry.code == "en":
            continue
        left = [row.label for row in table().values() if row.name(entry.code) == row.name_en]
        assert left == [], f"{entry.code}: {left[:5]}"
    assert lookup("PC 187").name("es") == "Asesinato" and lookup("PC 484").name("es-MX") == "Hurto (hurto menor)"


def test_by_name_finds_a_row_by_its_name_in_the_language_or_english():
    """by_name: the exact name in the person's language or English, case and punctuation aside; partial=True also takes a part."""
    murder = lookup("PC 187")
    assert offense.by_name(murder.name("ko"), "ko") == ["PC 187"]
    assert offense.by_name(f"  {murder.name('fa')} ", "fa") == ["PC 187"]
    assert offense.by_name("murder", "ko") == ["PC 187"]
    assert offense.by_name("ASESINATO.", "es") == ["PC 187"]
    assert offense.by_name(murder.name("ko"), "fa") == []  # another language's name is not this one's
    assert offense.by_name("Battery") == ["PC 242", "PC 243(a)"]  # two rows share the name
    assert offense.by_name("Grand theft of a", partial=False) == []
    assert offense.by_name("Grand theft of a", partial=True) == ["PC 487(d)(1)", "PC 487(d)(2)"]
    assert offense.by_name("a", partial=True) == [] and offense.by_name("") == [] and offense.by_name(None) == []


def test_the_screener_takes_a_name_for_a_code_section():
    """check_case reads a name in the person's language as its code; a shared or unknown name is a problem, as before."""
    from expunge_assist import api

    korean = lookup("PC 594").name("ko")
    reply = api.check_case({"offenses": [korean, "HS 11350"]}, "ko")
    assert reply["problems"] == [] and reply["offenses"] == ["PC 594", "HS 11350"]
    assert api.check_case({"offenses": [lookup("PC 459").name("fa")]}, "fa")["offenses"] == ["PC 459"]
    # A name that holds a code section is the name's row, not the code it mentions.
    assert api.check_case({"offenses": ["Oral copulation (formerly PC 288a)"]})["offenses"] == ["PC 287"]
    # A part of one name only.
    assert api.check_case({"offenses": ["Street racing"[:9]]})["offenses"] == ["VC 23109(a)"]
    for unclear in (["Battery"], ["not an offense at all"], [lookup("PC 187").name("ko")]):
        reply = api.check_case({"offenses": unclear}, "en")
        assert reply["offenses"] is None and [key for key, _ in reply["problems"]] == ["offenses"], unclear


def test_a_part_of_a_name_is_read_from_two_letters_and_only_when_asked():
    """by_name(partial=True) reads two letters or more, never one; without partial only a whole name counts."""
    assert offense.by_name("ro", partial=True)[:2] == ["PC 136.1", "PC 166(c)"]
    assert offense.by_name("r", partial=True) == []
    assert offense.by_name("asesin", "es") == [] and offense.by_name("asesinato", "es") == ["PC 187"]


def test_settled_reads_one_code_as_a_list_and_settles_nothing_beside_unknown_or_a_non_string():
    """settled("PC 187") is settled(["PC 187"]); "unknown" or a number among the codes settles nothing."""
    assert offense.settled("PC 187") == offense.settled(["PC 187"]) != {}
    assert offense.settled(["PC 187", "unknown"]) == {}
    assert offense.settled(["PC 187", 5]) == {}


def test_serious_or_violent_is_no_only_when_the_row_says_no_to_both():
    """One "yes" makes it yes; "no" needs both lists to say no; "depends" on either leaves it open (None)."""
    from types import SimpleNamespace

    from expunge_assist.offense import DEPENDS, NO, YES, _serious_violent

    row = lambda serious, violent: SimpleNamespace(serious=serious, violent=violent)  # noqa: E731
    assert _serious_violent(row(NO, YES)) == "yes" and _serious_violent(row(YES, DEPENDS)) == "yes"
    assert _serious_violent(row(NO, NO)) == "no"
    assert _serious_violent(row(NO, DEPENDS)) is None and _serious_violent(row(DEPENDS, NO)) is None
