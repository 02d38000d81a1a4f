"""Completeness of every catalog, and the checks tests/test_catalog.py runs (`make catalog-report`).

For each language of the registry (py/expunge_assist/languages.json): how many
of the template's messages are translated, how many are fuzzy, how many are
still English (msgstr == msgid for a message with words), and how many break
the language's glossary (locales/<folder>/glossary.csv): a message whose
English holds a key term but whose translation holds none of its `match`
stems. Languages without a catalog are listed as "no catalog yet".
"""

import csv
import re
import sys
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
LOCALES = ROOT / "locales"
sys.path.insert(0, str(ROOT / "py"))

from expunge_assist import language  # noqa: E402

# Messages that may stay as written in English in every language: names.
SAME_IN_EVERY_LANGUAGE = {"Expunge Assist"}
# Per catalog folder: messages whose translation is, rightly, the same word.
SAME_AS_ENGLISH = {
    "es": {
        "No", "Error:",  # the same word in Spanish
        # Kept in English by the Spanish catalog as it stands (the law's name
        # as written on court papers); the conventions for the new languages
        # translate law names instead. Listed so the check runs on the rest.
        "Penal Code section {section}",
        "Health and Safety Code section {section}",
        "Welfare and Institutions Code section {section}",
    },
}
# A message "has words" when it holds a run of two or more letters outside
# its %(name)s placeholders, code sections ("PC 1203.4") and form numbers ("CR-180").
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
CODE_LIKE = re.compile(r"\b(?:[A-Z]{1,4}-?\d[\w.()-]*|\d[\w.()-]*|[A-Z]{2,4})\b")
WORD = re.compile(r"[^\W\d_]{2,}")


def read_catalog(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def has_words(text: str) -> bool:
    """Whether ``text`` holds words to translate (not only placeholders, numbers, code sections)."""
    return bool(WORD.search(CODE_LIKE.sub(" ", PLACEHOLDER.sub(" ", text))))


def _ids(message) -> list[str]:
    return list(message.id) if isinstance(message.id, tuple) else [message.id]


def _strings(message) -> list[str]:
    return [s for s in (message.string if isinstance(message.string, tuple) else (message.string,)) if s]


def english_left(catalog, folder: str = "") -> list[str]:
    """Message ids whose translation is the English itself (and has words), outside the allow-lists."""
    allowed = SAME_IN_EVERY_LANGUAGE | SAME_AS_ENGLISH.get(folder, set())
    left = []
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        ids, strings = _ids(message), _strings(message)
        if any(s in ids for s in strings) and ids[0] not in allowed and has_words(ids[0]):
            left.append(ids[0])
    return left


def read_glossary(folder: str) -> list[dict]:
    """The rows of locales/<folder>/glossary.csv ([] when there is none)."""
    path = LOCALES / folder / "glossary.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def glossary_misses(catalog, rows: list[dict]) -> list[tuple[str, str]]:
    """(term, msgid) for each translated message whose English holds the term but whose translation holds no stem."""
    misses = []
    for row in rows:
        term = (row.get("term") or "").strip()
        stems = [stem.strip().lower() for stem in (row.get("match") or "").split("|") if stem.strip()]
        if not term or not stems:
            continue
        pattern = re.compile(rf"\b{re.escape(term)}(?:s|es)?\b", re.I)
        for message in catalog:
            if not message.id or message.fuzzy:
                continue
            strings = _strings(message)
            if not strings or not any(pattern.search(text) for text in _ids(message)):
                continue
            if not all(any(stem in text.lower() for stem in stems) for text in strings):
                misses.append((term, _ids(message)[0]))
    return misses


def report(out=None) -> int:
    """Print one line per registry language; return how many catalogs have something to fix."""
    out = out or sys.stdout
    template_ids = {m.id for m in read_catalog(LOCALES / "messages.pot") if m.id}
    total = len(template_ids)
    to_fix = 0
    print(f"{'language':<10} {'translated':>11} {'fuzzy':>6} {'english':>8} {'glossary':>9}  coverage", file=out)
    for entry in language.registry():
        path = LOCALES / entry.folder / "LC_MESSAGES" / "messages.po"
        if entry.default:
            print(f"{entry.code:<10} {'source':>11} {'':>6} {'':>8} {'':>9}  {entry.coverage}", file=out)
            continue
        if not path.exists():
            print(f"{entry.code:<10} {'no catalog yet':>38}  (not built)", file=out)
            continue
        catalog = read_catalog(path)
        messages = [m for m in catalog if m.id in template_ids]
        translated = sum(1 for m in messages if _strings(m) and not m.fuzzy)
        fuzzy = sum(1 for m in messages if m.fuzzy)
        left = english_left(catalog, entry.folder)
        rows = read_glossary(entry.folder)
        misses = glossary_misses(catalog, rows)
        glossary = f"{len(misses)}" if rows else "no csv"
        print(f"{entry.code:<10} {translated:>5}/{total:<5} {fuzzy:>6} {len(left):>8} {glossary:>9}  {entry.coverage}", file=out)
        for term, msgid in misses[:5]:
            print(f"{'':<10}   glossary {term!r}: {msgid[:70]!r}", file=out)
        if translated < total or fuzzy or left or misses:
            to_fix += 1
    return to_fix


if __name__ == "__main__":
    report()
