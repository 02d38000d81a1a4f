"""The guides' sources: every page in both languages, the same sections, citations, plain words, honest claims.

Page list, section headings and glossary slugs come from docs/guides-style.md,
the writers' own guide, so the tests and the writers cannot drift apart.
"""

import re
from pathlib import Path

import pytest
import yaml

from readability import grade, running_text

ROOT = Path(__file__).resolve().parents[1]
GUIDES = ROOT / "site" / "guides"
STYLE = (ROOT / "docs" / "guides-style.md").read_text(encoding="utf-8")

REMEDY_PAGES = [
    "dismissal", "dismissal-no-probation", "dismissal-jail-or-prison", "dismissal-prison-before-2011",
    "felony-reduction", "prop-47", "prop-64", "automatic-relief", "arrest-sealing", "diversion-sealing",
    "survivors", "certificate-of-rehabilitation", "juvenile-sealing", "fire-crew-dismissal",
]
OTHER_PAGES = [
    "start-here", "get-your-record", "file-in-los-angeles", "personal-statement",
    "free-legal-help", "faq", "glossary", "already-cleared",
]
ALL_PAGES = REMEDY_PAGES + OTHER_PAGES
LANGUAGES = {"en": ".md", "es": ".es.md"}
SECTIONS = {
    "en": re.findall(r"^\| `## ([^`]+)` \|", STYLE, re.M),
    "es": re.findall(r"^\| `## [^`]+` \| `## ([^`]+)` \|", STYLE, re.M),
}
GLOSSARY_SLUGS = set(re.findall(r"`([a-z-]+)`", STYLE.split("## Glossary slugs", 1)[1]))
CITATION = re.compile(
    r"(Penal Code|Health and Safety Code|Welfare and Institutions Code|Vehicle Code|"
    r"Code of Civil Procedure|Business and Professions Code|Government Code|Labor Code) sections? \d"
    # Spanish names the code in Spanish: "Sección 1203.4 del Código Penal".
    r"|[Ss]ecci(?:ón|ones) \d[^ ]* (?:[^ ]+ )*?del Código"
)
GLOSSARY_LINK = re.compile(r"\]\((?:\.\./)*(?:guides/)?glossary\.md#([a-z0-9-]+)\)")


def source(page: str, lang: str) -> str:
    return (GUIDES / f"{page}{LANGUAGES[lang]}").read_text(encoding="utf-8")


def front_matter(text: str) -> dict:
    match = re.match(r"\A---\n(.*?)\n---\n", text, re.S)
    assert match, "the page has no front matter"
    return yaml.safe_load(match.group(1))


def h2_headings(text: str) -> list[str]:
    return [line[3:].strip() for line in text.splitlines() if line.startswith("## ")]


def sentences(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"(?<=[.!?])\s+|\n", running_text(text)) if part.strip()]


EVERY_SOURCE = [(page, lang) for page in ALL_PAGES for lang in LANGUAGES]


def test_the_style_guide_lists_sections_and_slugs():
    """The tests read eleven section headings per language and the glossary slugs from the style guide."""
    assert len(SECTIONS["en"]) == len(SECTIONS["es"]) == 11
    assert {"dismissal", "wobbler", "sealing"} <= GLOSSARY_SLUGS


@pytest.mark.parametrize("page, lang", EVERY_SOURCE, ids=lambda value: value)
def test_guide_exists_with_title_description_and_date(page, lang):
    """Every guide exists in English and Spanish with a title, a description and the date its law was checked."""
    path = GUIDES / f"{page}{LANGUAGES[lang]}"
    assert path.exists(), f"write {path.relative_to(ROOT)}"
    meta = front_matter(path.read_text(encoding="utf-8"))
    assert meta.get("title") and meta.get("description")
    assert str(meta.get("law_checked", "")).startswith("20"), "add law_checked: YYYY-MM-DD"


@pytest.mark.parametrize("page", REMEDY_PAGES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_remedy_page_has_every_section_in_order(page, lang):
    """A remedy page has the eleven sections of the style guide, in its order."""
    headings = h2_headings(source(page, lang))
    found = [heading for heading in headings if heading in SECTIONS[lang]]
    assert found == SECTIONS[lang], f"{page}{LANGUAGES[lang]}: sections are {headings}"


@pytest.mark.parametrize("page", REMEDY_PAGES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_remedy_page_cites_its_statutes(page, lang):
    """The law section of a remedy page lists at least one statute by code and section."""
    text = source(page, lang)
    law = text.split(f"## {SECTIONS[lang][-1]}", 1)[1]
    assert CITATION.search(law), f"{page}{LANGUAGES[lang]}: cite a statute under '{SECTIONS[lang][-1]}'"


@pytest.mark.parametrize("page", ALL_PAGES)
def test_english_guide_reads_at_grade_8_or_below(page):
    """The running text of every English guide scores grade 8 or lower (Flesch-Kincaid)."""
    score = grade(source(page, "en"))
    assert score <= 8.0, f"{page}.md reads at grade {score}: shorten sentences, use common words"


def test_readability_score_can_fail():
    """Control: dense legal prose scores above grade 8, so the reading test can fail."""
    dense = (
        "Notwithstanding the foregoing, the petitioner's entitlement to discretionary relief "
        "necessitates a demonstration of rehabilitation satisfactory to the adjudicating tribunal, "
        "considering circumstances surrounding the underlying offense and subsequent conduct.\n"
    )
    assert grade(dense) > 8.0


@pytest.mark.parametrize("lang", LANGUAGES)
def test_glossary_defines_every_slug(lang):
    """The glossary has an anchored entry for every slug in the style guide."""
    anchors = set(re.findall(r"^## .+\{#([a-z0-9-]+)\}\s*$", source("glossary", lang), re.M))
    assert GLOSSARY_SLUGS <= anchors, f"missing: {sorted(GLOSSARY_SLUGS - anchors)}"


@pytest.mark.parametrize("page, lang", EVERY_SOURCE, ids=lambda value: value)
def test_glossary_links_point_at_defined_terms(page, lang):
    """Every link into the glossary names a slug the glossary defines."""
    used = set(GLOSSARY_LINK.findall(source(page, lang)))
    assert used <= GLOSSARY_SLUGS, f"undefined glossary slugs: {sorted(used - GLOSSARY_SLUGS)}"


# A sentence that promises relief brings back gun rights, settles immigration,
# or erases a record must carry a limit: relief rarely does these, never alone.
RISKY = {
    "en": re.compile(r"\b(guns?|firearms?|immigration|deport\w*|erase[sd]?|wipe[sd]? out|disappear\w*)\b", re.I),
    "es": re.compile(r"\b(armas?|inmigraci[oó]n|deport\w*|borra\w*|desaparec\w*)\b", re.I),
}
PROMISES = {
    "en": re.compile(r"\b(restor\w*|gives? back|get\w* back|fix\w*|solv\w*|eras\w*|wipe\w*|remov\w*|protect\w*|disappear\w*)\b", re.I),
    "es": re.compile(r"\b(restaur\w*|devuelv\w*|recuper\w*|arregl\w*|soluciona\w*|borra\w*|elimina\w*|proteg\w*|desaparec\w*)\b", re.I),
}
HEDGES = {
    "en": re.compile(
        r"\b(not?|never|cannot|can't|don't|doesn't|won't|may|might|unless|only|lawyer|ask|still|ban\w*|"
        r"check|if|whether|risk\w*|careful|before)\b", re.I
    ),
    "es": re.compile(
        r"\b(no|nunca|puede|podría|salvo|menos|solo|sólo|abogad[oa]|pregunte|todavía|aún|prohib\w*|"
        r"si|antes|riesgo\w*|cuidado)\b", re.I
    ),
}


def unhedged_promises(text: str, lang: str) -> list[str]:
    """Sentences that promise one of the risky outcomes with no limit in them."""
    return [
        sentence
        for sentence in sentences(text)
        if RISKY[lang].search(sentence) and PROMISES[lang].search(sentence) and not HEDGES[lang].search(sentence)
    ]


def test_promise_check_can_fail():
    """Control: bare promises are caught; honest limits pass."""
    assert unhedged_promises("It restores your gun rights.\n", "en")
    assert unhedged_promises("Su récord se borra para siempre.\n", "es")
    assert not unhedged_promises("It does not give back the right to have a gun.\n", "en")
    assert not unhedged_promises("Where to find immigration help.\n", "en")


@pytest.mark.parametrize("page, lang", EVERY_SOURCE, ids=lambda value: value)
def test_no_unhedged_promise_about_guns_immigration_or_erasing(page, lang):
    """No sentence promises gun rights, immigration relief or an erased record without a limit ("not", "may", "ask a lawyer")."""
    unhedged = unhedged_promises(source(page, lang), lang)
    assert unhedged == [], f"{page}{LANGUAGES[lang]}: hedge these promises: {unhedged}"
