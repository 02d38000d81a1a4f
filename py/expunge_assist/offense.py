"""The offense table: what a code section on court papers tells the screener.

The table is data, ``offenses.csv`` beside this module, one row per code
section: its plain-language name (in English: the name is the gettext message
id, and every other language takes it from its catalog, ``name(lang)``), the levels it can be,
and one column per flag the rules need, each "yes", "" (no) or "depends" (the
facts of the case decide). ``offense_flags.csv`` gives each flag's statute
and subdivision, and says how its list was checked. Both are read once, the
first time they are needed.

    parse_code("484(a) PC")  -> "PC 484(a)"
    lookup("H&S 11377")      -> Offense(code="HS", section="11377", ...)
    settled(["PC 211"])      -> {"level": "felony", "wobbler": "no", ...}

Pure: no browser code, no network; the same module runs in Pyodide.
"""

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import catalog, language

TABLE = Path(__file__).with_name("offenses.csv")
FLAG_TABLE = Path(__file__).with_name("offense_flags.csv")

# The codes the table uses, with their names.
CODES = {
    "PC": "Penal Code",
    "HS": "Health and Safety Code",
    "VC": "Vehicle Code",
    "WIC": "Welfare and Institutions Code",
    "BP": "Business and Professions Code",
}
LEVELS = ("infraction", "misdemeanor", "felony")
YES, NO, DEPENDS = "yes", "", "depends"
FLAG_VALUES = (YES, NO, DEPENDS)
FLAGS = (
    "prop47",
    "prop64",
    "vc_infraction",
    "vc12810",
    "serious",
    "violent",
    "registrable",
    "excluded_1203_4b",
    "excluded_4852",
    "wic707b",
    "super_strike",
)
COLUMNS = ("code", "section", "name_en", "levels", "wobbler", *FLAGS, "charge_years", "charge_from", "note")
# The screener's "unknown" answer (case.UNKNOWN), kept here so this module
# needs nothing else from the package.
UNKNOWN = "unknown"

ADVICE = "enter the code and section, like PC 484"

# How people write each code on court papers, docket printouts and RAP
# sheets, squeezed to lower-case letters ("H&S" -> "hs", "Veh. Code" -> "vehcode").
_ALIASES = {
    "PC": ("pc", "pen", "penal", "penalcode", "pencode", "calpc", "calpenalcode"),
    "HS": ("hs", "hsc", "hscode", "hands", "healthsafety", "healthsafetycode", "healthandsafety",
           "healthandsafetycode", "hlthsaf", "hlthsafcode", "healthsaf", "healthsafcode"),
    "VC": ("vc", "cvc", "veh", "vehcode", "vehicle", "vehiclecode"),
    "WIC": ("wic", "wi", "wandi", "welfinst", "welfinstcode", "welfareinstitutions", "welfareinstitutionscode",
            "welfareandinstitutions", "welfareandinstitutionscode"),
    "BP": ("bp", "bpc", "bandp", "busprof", "busprofcode", "businessprofessions", "businessprofessionscode",
           "businessandprofessions", "businessandprofessionscode"),
}
_CODE_OF = {alias: code for code, aliases in _ALIASES.items() for alias in aliases}

# A section: a number with an optional decimal part and letter (476a, 11362.1,
# 288.5), then subdivisions in brackets ((a), (d)(1)); "664/187" is an attempt
# written the way courts write it.
_ONE = r"\d+(?:\.\d+)?(?:[a-z](?![a-z]))?(?:\s*\(\s*[a-z0-9]{1,4}\s*\))*"
_SECTION = re.compile(rf"(?<!\d)(?<!\d\.){_ONE}(?:\s*/\s*{_ONE})?(?!\d|\.\d)")
_FILLER = re.compile(r"\b(?:sections?|secs?|ss|code|cal|california)\b")


class CodeError(ValueError):
    """Text that is not one code section; the message says what to enter."""


@dataclass(frozen=True)
class Offense:
    """One row of the offense table: a code section and what the statutes say of it."""

    code: str
    section: str
    name_en: str
    levels: tuple[str, ...]
    wobbler: str
    prop47: str
    prop64: str
    vc_infraction: str
    vc12810: str
    serious: str
    violent: str
    registrable: str
    excluded_1203_4b: str
    excluded_4852: str
    wic707b: str
    super_strike: str
    charge_years: str
    charge_from: str
    note: str

    @property
    def label(self) -> str:
        """The normalized form, "PC 484" or "VC 23152(a)"."""
        return f"{self.code} {self.section}"

    def name(self, lang: str = "en") -> str:
        """The plain-language name in ``lang``, from its catalog ("es-MX" finds Spanish); English without one."""
        return catalog.translations(lang).gettext(self.name_en)

    def flags(self) -> dict[str, str]:
        """Every flag and its value ("yes", "" or "depends")."""
        return {flag: getattr(self, flag) for flag in FLAGS}


def parse_code(text: str) -> str:
    """The code section in ``text`` in normalized form ("484(a) PC" -> "PC 484(a)").

    Accepts the ways court papers and records write it: "PC 484", "484 PC",
    "P.C. 484", "Penal Code section 484", "H&S 11377", "23152(a) VC",
    "PC 664/187(a)". Raises CodeError (a ValueError) with advice otherwise.
    """
    if not isinstance(text, str) or not text.strip():
        raise CodeError(f"Nothing was entered: {ADVICE}.")
    lowered = text.strip().lower().replace("§", " ")
    sections = list(_SECTION.finditer(lowered))
    if not sections:
        raise CodeError(f"No section number was found in {text.strip()!r}: {ADVICE}.")
    if len(sections) > 1:
        raise CodeError(f"Enter one code section at a time, not {text.strip()!r}: {ADVICE}.")
    found = sections[0]
    section = re.sub(r"\s+", "", found.group())
    words = _FILLER.sub(" ", lowered[: found.start()] + " " + lowered[found.end():])
    words = re.sub(r"\band\b", " ", words)
    key = re.sub(r"[^a-z]", "", words)
    if not key:
        raise CodeError(f"Say which code {section} is in, like PC {section} (Penal Code) or HS {section}"
                        f" (Health and Safety Code): {ADVICE}.")
    code = _CODE_OF.get(key)
    if code is None:
        known = ", ".join(f"{short} ({name})" for short, name in CODES.items())
        raise CodeError(f"We do not know the code in {text.strip()!r}; use one of {known}: {ADVICE}.")
    return f"{code} {section}"


def _row(record: dict[str, str]) -> Offense:
    values = {column: (record.get(column) or "").strip() for column in COLUMNS}
    values["levels"] = tuple(values["levels"].split())
    return Offense(**values)


@lru_cache(maxsize=1)
def table() -> dict[str, Offense]:
    """Every row of offenses.csv by its label ("PC 484"), read once."""
    with TABLE.open(encoding="utf-8", newline="") as handle:
        rows = [_row(record) for record in csv.DictReader(handle)]
    return {row.label: row for row in rows}


@lru_cache(maxsize=1)
def flag_sources() -> dict[str, dict[str, str]]:
    """Each flag's statute, subdivision and how its list was checked (offense_flags.csv)."""
    with FLAG_TABLE.open(encoding="utf-8", newline="") as handle:
        return {record["flag"]: dict(record) for record in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def _with_subsections() -> frozenset[str]:
    """Labels that have more specific rows, like "PC 647" when "PC 647(b)" is listed."""
    labels = table()
    parents = set()
    for label in labels:
        for parent in _parents(label):
            parents.add(parent)
    return frozenset(parents)


def _parents(label: str) -> list[str]:
    """ "PC 148(a)(1)" -> ["PC 148(a)", "PC 148"]: the label with subdivisions taken off."""
    out = []
    while label.endswith(")") and "(" in label:
        label = label[: label.rindex("(")]
        out.append(label)
    return out


def lookup(text: str) -> Offense | None:
    """The table's row for the code section in ``text``, or None.

    An exact row wins. A subdivision that is not listed falls back to the
    nearest listed base section, but only when that base has no rows of its
    own subdivisions ("PC 148(a)(1)" finds "PC 148(a)"; "PC 647" with only
    647(b) and 647(f) listed is not found, so the screener asks). Text that is
    not a code section at all is also None (parse_code says why).
    """
    try:
        label = parse_code(text)
    except CodeError:
        return None
    rows = table()
    if label in rows:
        return rows[label]
    for parent in _parents(label):
        if parent in rows:
            return rows[parent] if parent not in _with_subsections() else None
        if parent in _with_subsections():
            return None
    return None


def _same(values: list[str | None]) -> str | None:
    """The one answer every offense gives, or None when they differ or one cannot say."""
    if not values or any(value is None for value in values) or len(set(values)) != 1:
        return None
    return values[0]


def _level(row: Offense) -> str | None:
    return row.levels[0] if len(row.levels) == 1 else None


def _wobbler(row: Offense) -> str | None:
    return {YES: "yes", NO: "no"}.get(row.wobbler)


def _kind(row: Offense) -> str | None:
    # The screener's kinds (docs/screener.md): cannabis (HS 11361.8(a)),
    # prop-47 (PC 1170.18(a)), dui (a Vehicle Code 12810 point offense), other.
    for flag, kind in (("prop64", "cannabis"), ("prop47", "prop-47"), ("vc12810", "dui")):
        value = getattr(row, flag)
        if value == YES:
            return kind
        if value == DEPENDS:
            return None
    return "other"


def _serious_violent(row: Offense) -> str | None:
    if YES in (row.serious, row.violent):
        return "yes"
    if row.serious == NO and row.violent == NO:
        return "no"
    return None


def _arrest_level(row: Offense) -> str | None:
    # The time to charge (PC 799-803) behind the screener's arrest levels:
    # 1 year for a misdemeanor (PC 802(a)), 3 for a felony (PC 801), 6 for a
    # felony punishable by 8 years or more (PC 800). Any other time (none,
    # from discovery, 5 or 10 years, "depends") is left for the question.
    if row.charge_from:
        return None
    felony = "felony" in row.levels
    return {("1", False): "misdemeanor", ("3", True): "felony", ("6", True): "felony-8-years"}.get(
        (row.charge_years, felony)
    )


_SETTLERS = {
    "level": _level,
    "wobbler": _wobbler,
    "offense_kind": _kind,
    "serious_violent": _serious_violent,
    "arrest_level": _arrest_level,
}


def settled(codes) -> dict[str, str]:
    """The screener answers the entered code sections settle (docs/screener.md keys).

    A key is settled when every offense gives the same answer and none of
    them "depends" on facts. Empty when ``codes`` is empty or "unknown", or
    when any code is not in the table.
    """
    if isinstance(codes, str):
        codes = [codes]
    if not codes or any(not isinstance(code, str) or code.strip().lower() == UNKNOWN for code in codes):
        return {}
    rows = [lookup(code) for code in codes]
    if any(row is None for row in rows):
        return {}
    answers = {key: _same([settle(row) for row in rows]) for key, settle in _SETTLERS.items()}
    return {key: value for key, value in answers.items() if value is not None}


def as_json() -> list[dict]:
    """The table for the page's type-ahead: code, section, label, names by language code, levels.

    ``names`` has English and each registry language whose catalog gives the
    name (a language without one is left out: the page shows English).
    """
    codes = [entry.code for entry in language.registry()]

    def names(row: Offense) -> dict[str, str]:
        found = {code: row.name(code) for code in codes}
        return {code: name for code, name in found.items() if code == "en" or name != row.name_en}

    return [
        {
            "code": row.code,
            "section": row.section,
            "label": row.label,
            "names": names(row),
            "levels": list(row.levels),
        }
        for row in table().values()
    ]


def _squeeze(text: str) -> str:
    """Text compared as a name: NFKC, case folded, spaces and punctuation between words made one space."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[\s.,;:!?()\[\]\"'«»“”„·、。，：；（）؛،]+", " ", text).split())


def by_name(text: str, lang: str = "en", partial: bool = False) -> list[str]:
    """The labels of the rows named ``text`` in ``lang`` or in English ("Asesinato" -> ["PC 187"] in Spanish).

    The screener's box takes a code section or a name. A name is compared with
    case, spaces and punctuation aside; with ``partial``, also the rows whose
    name holds the text (at least 2 letters). Several rows can share a name
    (PC 242 and PC 243(a), "Battery"), so this is a list, in the table's
    order; empty when nothing matches.
    """
    wanted = _squeeze(text) if isinstance(text, str) else ""
    if not wanted:
        return []
    named = [(row.label, {_squeeze(row.name(lang)), _squeeze(row.name_en)}) for row in table().values()]
    exact = [label for label, names in named if wanted in names]
    if exact or not partial or len(wanted) < 2:
        return exact
    return [label for label, names in named if any(wanted in name for name in names)]


def extract_names(fileobj, keywords, comment_tags, options):
    """Babel extractor (babel.cfg): each English name in offenses.csv is a message, with its code as a comment."""
    text = fileobj.read().decode(options.get("encoding", "utf-8"))
    for number, record in enumerate(csv.DictReader(text.splitlines()), start=2):
        if record.get("name_en"):
            note = f"TRANSLATORS: the plain name of the offense {record['code']} {record['section']}; keep it short"
            yield number, None, record["name_en"], [note]


def describe(text: str, lang: str = "en") -> dict:
    """What the table knows of one code section, for the command line."""
    label = parse_code(text)
    row = lookup(label)
    if row is None:
        return {"code": label, "found": False,
                "advice": "This section is not in the table (or only its subdivisions are): the screener asks instead."}
    sources = flag_sources()

    def cited(flag: str) -> str:
        source = sources.get(flag, {})
        subdivision = source.get("subdivision", "")
        where = source.get("statute", "") + (subdivision if subdivision.startswith("(") else f", {subdivision}")
        return f"{where} ({source.get('verified', '')})"

    return {
        "code": row.label,
        "found": True,
        "name": row.name(lang),
        "levels": list(row.levels),
        "wobbler": row.wobbler or "no",
        "flags": {
            flag: {"value": value, "source": cited(flag)}
            for flag, value in row.flags().items()
            if value
        },
        "charge_years": row.charge_years,
        "charge_from": row.charge_from,
        "charge_source": cited("charge_years"),
        "note": row.note,
        "settles": settled([row.label]),
    }
