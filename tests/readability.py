"""Reading level of the guides: the running text of a Markdown page, scored.

`python tests/readability.py site/guides/*.md` prints each page's
Flesch-Kincaid grade. Only running text counts: headings, the statute list
("The law"), HTML, and citations are left out, and a glossary term (a link
to glossary.md) counts as one short word, since it is defined for the reader.
The tests hold every English guide at grade 8 or below (tests/test_guides.py).
"""

import re
import sys
from pathlib import Path

import textstat

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
LAW_SECTION = re.compile(r"^## (The law|La ley)\b.*?(?=^## |\Z)", re.S | re.M)
GLOSSARY_LINK = re.compile(r"\[([^\]]+)\]\((?:\.\./)*(?:guides/)?glossary(?:\.es)?\.md#[^)]*\)")
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)(\{[^}]*\})?")
CITATION = re.compile(
    r"(?:Penal Code|Health and Safety Code|Welfare and Institutions Code|Vehicle Code|"
    r"Code of Civil Procedure|Business and Professions Code|Government Code|Evidence Code|"
    r"Labor Code|California Rules of Court)\s*(?:§§?|sections?|rules?)?\s*[\d.]+(?:\([a-zA-Z0-9]+\))*"
    r"(?:(?:,|and|or|to|-|–)\s*[\d.]+(?:\([a-zA-Z0-9]+\))*)*"
)
FORM = re.compile(r"\b(?:form\s+)?[A-Z]{2,4}-\d{3}(?:-[A-Z]+)?\b")


def running_text(markdown: str) -> str:
    """The sentences a person reads on the page, one per line, glossary terms shortened."""
    text = FRONT_MATTER.sub("", markdown)
    text = LAW_SECTION.sub("", text)
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    text = GLOSSARY_LINK.sub("term", text)
    text = LINK.sub(r"\1", text)
    text = CITATION.sub("the law", text)
    text = FORM.sub("the form", text)
    text = re.sub(r"\{[:#.][^}]*\}", "", text)
    # A paragraph or a list item is one unit, however its source lines wrap;
    # a unit without closing punctuation (a list item) still ends a sentence.
    units: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        starts_unit = True
        for line in block.splitlines():
            line = line.strip()
            if not line or line.startswith(("#", "!!!", "???", "|", "---")):
                starts_unit = True
                continue
            item = re.match(r"^(?:[-*+]|\d+\.)\s+", line)
            line = line[item.end():] if item else line
            if item or starts_unit:
                units.append(line)
            else:
                units[-1] += " " + line
            starts_unit = False
    sentences = []
    for unit in units:
        unit = unit.replace("**", "").replace("*", "").replace("_", " ").strip()
        if unit and unit[-1] not in ".!?:;":
            unit += "."
        if unit:
            sentences.append(unit)
    return "\n".join(sentences)


def grade(markdown: str) -> float:
    """Flesch-Kincaid grade of a page's running text."""
    textstat.set_lang("en_US")
    return textstat.flesch_kincaid_grade(running_text(markdown))


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{grade(Path(name).read_text(encoding='utf-8')):5.1f}  {name}")
