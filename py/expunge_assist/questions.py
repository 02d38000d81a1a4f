"""The screener's questions, as data: the one place each question is written.

``QUESTIONS`` lists every question in the order the screener asks it. Each is
a plain dict (``build.py`` exports them as JSON for the page, so the first
question shows before Python is ready):

- ``key``: the case key (docs/screener.md).
- ``kind``: ``choice`` | ``date`` | ``years`` | ``offenses`` | ``text``.
- ``label``, ``hint``: catalog message ids (English), marked with ``_()`` so
  ``make catalogs`` extracts them; ``labels`` may give a different label
  ``when`` a condition holds (the first that holds wins).
- ``choices``: for ``choice``, a list of ``{"value", "label", "hint"?}``.
- ``unknown``: whether "I don't know" is offered (its value is ``"unknown"``).
- ``thing``: the words for "You do not know {thing} yet."
- ``person``: an answer about the person, not the case; a new case starts
  with it filled in (WCAG 3.3.7, redundant entry).
- ``when``: when it is asked, as data (``ALWAYS`` or a condition, below).
- ``part``: which of ``PARTS`` it belongs to (the progress line).

A condition is a dict; every entry in it must hold:

- ``{"outcome": ["convicted", "juvenile"]}``: the answer is one of these;
- ``{"all": [c, ...]}``, ``{"any": [c, ...]}``, ``{"not": c}``;
- ``{"not_settled": "level"}``: the offense code sections did not settle it
  (``offense.settled``), so the person is asked.

``asked(answers)`` evaluates them here; ``site/assets/tools/wizard.js`` has
the same evaluator for the page, and tests/browser/test_screener_flow.py
proves the two agree.
"""

UNKNOWN = "unknown"


def _(text: str) -> str:
    """Mark a message for the catalogs; it is translated where it is shown."""
    return text


ALWAYS: dict = {}

YES = {"value": "yes", "label": _("Yes")}
NO = {"value": "no", "label": _("No")}
YES_NO = [YES, NO]

CONVICTED = {"outcome": ["convicted"]}
FELONY = {"outcome": ["convicted"], "level": ["felony"]}
MISDEMEANOR_LEVEL = {"value": "misdemeanor", "label": _("A misdemeanor"), "hint": _("A less serious crime: up to 1 year in county jail.")}
FELONY_LEVEL = {"value": "felony", "label": _("A felony"), "hint": _("A more serious crime: more than 1 year in jail or prison.")}


def _question(key, kind, label, when, *, thing, hint=None, choices=None, unknown=True, person=False, labels=None):
    question = {"key": key, "kind": kind, "label": label, "hint": hint, "thing": thing, "when": when,
                "unknown": unknown, "person": person}
    if choices is not None:
        question["choices"] = choices
    if labels:
        question["labels"] = labels
    return question


QUESTIONS = (
    _question(
        "outcome", "choice", _("What happened in this case?"), ALWAYS,
        hint=_("If you have more than one case, answer for one case now. You can add the others at the end."),
        thing=_("how the case ended"),
        choices=[
            {"value": "convicted", "label": _("I was convicted"), "hint": _("I was found guilty, or I pleaded guilty or no contest.")},
            {"value": "not-convicted", "label": _("I was arrested or charged, but not convicted"),
             "hint": _("For example, no charges were filed, the charges were dropped, or I was found not guilty.")},
            {"value": "diversion", "label": _("I finished a diversion program"),
             "hint": _("Diversion, or deferred entry of judgment, is a program, like classes or treatment, that you finish instead of being convicted.")},
            {"value": "juvenile", "label": _("It was a juvenile court case"), "hint": _("A case in juvenile court, from when you were under 18.")},
        ],
    ),
    _question(
        "offenses", "offenses", _("What was the code section of each charge?"),
        {"outcome": ["convicted", "not-convicted", "juvenile"]},
        hint=_("Your court papers or your record show it, for example PC 484 or HS 11350. "
               "Enter one code section in each box, and add a box for each charge or conviction."),
        thing=_("the code section of the offense"),
    ),
    # Arrested or charged, not convicted.
    _question("arrest_date", "date", _("When were you arrested?"), {"outcome": ["not-convicted"]}, thing=_("the date of the arrest")),
    _question(
        "arrest_result", "choice", _("What happened after the arrest?"), {"outcome": ["not-convicted"]},
        thing=_("how the arrest ended"),
        choices=[
            {"value": "no-charges", "label": _("No charges were filed")},
            {"value": "dismissed", "label": _("The charges were dropped or dismissed")},
            {"value": "acquitted", "label": _("I was found not guilty")},
        ],
    ),
    _question(
        "arrest_level", "choice", _("What was the most serious crime in the arrest?"),
        {"outcome": ["not-convicted"], "not_settled": "arrest_level"},
        thing=_("if the arrest was for a misdemeanor or a felony"),
        choices=[MISDEMEANOR_LEVEL, FELONY_LEVEL,
                 {"value": "felony-8-years", "label": _("A felony that can be punished with 8 years or more")}],
    ),
    # Diversion.
    _question("diversion_date", "date", _("When did you finish the diversion program?"), {"outcome": ["diversion"]},
              thing=_("the date you finished the program")),
    # Convicted.
    _question(
        "level", "choice", _("What were you convicted of?"), {"outcome": ["convicted"], "not_settled": "level"},
        hint=_("If there was more than one conviction in this case, choose the most serious."),
        thing=_("if it was an infraction, a misdemeanor or a felony"),
        choices=[
            {"value": "infraction", "label": _("An infraction"), "hint": _("A minor offense punished only with a fine, like most traffic tickets.")},
            MISDEMEANOR_LEVEL, FELONY_LEVEL,
        ],
    ),
    _question(
        "wobbler", "choice", _("Could this felony also have been a misdemeanor?"), {**FELONY, "not_settled": "wobbler"},
        hint=_("A crime the law lets be either a felony or a misdemeanor is called a wobbler. Your court papers or a lawyer can tell you."),
        thing=_("if the felony could also have been a misdemeanor"), choices=YES_NO,
    ),
    _question(
        "offense_kind", "choice", _("What kind of crime was it?"), {**CONVICTED, "not_settled": "offense_kind"},
        thing=_("what the offense was"),
        choices=[
            {"value": "cannabis", "label": _("A cannabis (marijuana) crime")},
            {"value": "prop-47", "label": _("Drug possession for personal use, or a theft crime of $950 or less"),
             "hint": _("For example, shoplifting, receiving stolen property, forgery or a bad check, of $950 or less.")},
            {"value": "dui", "label": _("Driving under the influence (DUI), or another driving crime that adds points to your license")},
            {"value": "other", "label": _("Something else")},
        ],
    ),
    _question("offense_date", "date", _("When did the crime happen?"), {"outcome": ["convicted", "juvenile"]},
              thing=_("the date of the offense")),
    _question(
        "conviction_date", "date", _("When were you sentenced?"), CONVICTED,
        hint=_("The day the judge gave your sentence. It is often the day you pleaded guilty or no contest."),
        thing=_("the date of your sentence"),
    ),
    _question(
        "serious_violent", "choice", _("Was it a serious or violent felony?"), {**FELONY, "not_settled": "serious_violent"},
        hint=_("The law lists these crimes, for example robbery, burglary of a home, or a crime where someone was badly hurt (Penal Code 1192.7(c) and 667.5(c))."),
        thing=_("if it was a serious or violent felony"), choices=YES_NO,
    ),
    # PC 1170.18(i): a prior "super strike" (PC 667(e)(2)(C)(iv)) rules Prop 47 out.
    _question(
        "super_strike_prior", "choice",
        _("Have you ever been convicted of murder or attempted murder, a sex crime against a child under 14, or another crime that can be punished with life in prison?"),
        {**FELONY, "offense_kind": ["prop-47", UNKNOWN]},
        hint=_("Prop 47 does not help people with one of these crimes on their record. The law calls them \"super strikes\"."),
        thing=_("if you were ever convicted of a very serious crime, like murder or a sex crime against a child"), choices=YES_NO,
        person=True,
    ),
    # PC 1203.425(a)(1)(B)(i): registration for any case bars automatic relief.
    _question(
        "registration", "choice", _("Do you have to register as a sex offender, for this case or any other?"),
        {"outcome": ["convicted", "juvenile"]},
        thing=_("if you must register as a sex offender"), choices=YES_NO,
    ),
    _question(
        "sentence", "choice", _("What was your sentence?"), CONVICTED,
        hint=_("If you got probation, even with some jail time, choose probation."),
        thing=_("what your sentence was"),
        choices=[
            {"value": "probation", "label": _("Probation"),
             "hint": _("Probation means living in the community under rules set by the court, watched by a probation officer or by the court.")},
            {"value": "no-probation", "label": _("A fine or jail, with no probation")},
            {"value": "county-jail", "label": _("A felony sentence served in county jail"),
             "hint": _("This is a sentence under Penal Code 1170(h), sometimes followed by mandatory supervision.")},
            {"value": "state-prison", "label": _("State prison")},
        ],
    ),
    _question(
        "probation_result", "choice", _("How did your probation end?"), {**CONVICTED, "sentence": ["probation"]},
        thing=_("how your probation ended"),
        choices=[
            {"value": "completed", "label": _("I finished it")},
            {"value": "ended-early", "label": _("The judge ended it early")},
            {"value": "violated", "label": _("The judge found that I broke a rule of probation")},
        ],
    ),
    _question(
        "mandatory_supervision", "choice", _("Was part of your sentence mandatory supervision?"),
        {**CONVICTED, "sentence": ["county-jail"]},
        hint=_("Mandatory supervision is time after county jail when a probation officer watches you in the community."),
        thing=_("if your jail sentence had mandatory supervision"), choices=YES_NO,
    ),
    # PC 1203.4b: fire crew service while in custody.
    _question(
        "fire_crew", "choice",
        _("While in custody, did you serve on a fire crew: a conservation (fire) camp, an institutional firehouse, or a county hand crew?"),
        CONVICTED,
        hint=_("A conviction with only a fine counts too, if you spent time in custody for it."),
        thing=_("if you served on a fire crew while in custody"), choices=YES_NO,
    ),
    _question(
        "sentence_end_date", "date", _("When did your whole sentence end?"), CONVICTED,
        labels=[{"when": {"sentence": ["probation"]}, "label": _("When did your probation end?")}],
        hint=_("The day all of it ended: jail or prison, and any probation, parole, PRCS or mandatory supervision. PRCS is supervision by county probation after prison."),
        thing=_("the date your sentence ended"),
    ),
    # PC 1203.4a(b): a conviction since judgment makes it the judge's call.
    _question(
        "conviction_since", "choice", _("Since you were sentenced in this case, have you been convicted of another crime?"),
        {**CONVICTED, "level": ["misdemeanor", "infraction"], "sentence": ["no-probation"]},
        thing=_("if you were convicted of another crime since"), choices=YES_NO,
    ),
    _question(
        "new_felony_since", "choice", _("Have you been convicted of a felony since this sentence ended?"), FELONY,
        thing=_("if you had a new felony since"), choices=YES_NO,
    ),
    _question(
        "california_years", "years", _("How many years in a row have you lived in California?"), FELONY,
        hint=_("Count back from today, until the last time you lived outside California."),
        thing=_("how long you have lived in California"),
    ),
    # Juvenile.
    _question(
        "juvenile_probation_completed", "choice", _("Did you finish your juvenile probation?"), {"outcome": ["juvenile"]},
        hint=_("Juvenile probation means living under rules set by the juvenile court."),
        thing=_("if you finished juvenile probation"), choices=YES_NO,
    ),
    _question("juvenile_end_date", "date", _("When did your juvenile case end?"), {"outcome": ["juvenile"]},
              thing=_("the date the juvenile case ended")),
    _question("birth_date", "date", _("When were you born?"), {"outcome": ["juvenile"]},
              hint=_("Some sealing depends on how old you are."), thing=_("your birth date")),
    _question(
        "adult_conviction_since", "choice",
        _("As an adult, have you been convicted of a felony, or of a misdemeanor of moral turpitude?"), {"outcome": ["juvenile"]},
        hint=_("Moral turpitude means a crime of dishonesty or of bad intent, like theft or fraud."),
        thing=_("if you had an adult conviction since"), choices=YES_NO,
    ),
    # Always.
    _question(
        "on_supervision", "choice",
        _("Are you on probation, parole, PRCS or mandatory supervision now, or serving a sentence, in any case?"), ALWAYS,
        hint=_("PRCS is post-release community supervision: county probation watches you after prison."),
        thing=_("if you are on probation, parole or other supervision now"), choices=YES_NO, person=True,
    ),
    _question(
        "pending_charges", "choice", _("Are you charged with a crime right now, in any case?"), ALWAYS,
        hint=_("This means a criminal case against you that is open and not finished."),
        thing=_("if you are charged with a crime now"), choices=YES_NO, person=True,
    ),
    _question(
        "citizen", "choice", _("Are you a U.S. citizen?"), ALWAYS,
        hint=_("We ask because clearing a record can affect immigration. Your answer stays on this device."),
        thing=_("if you are a U.S. citizen"), choices=YES_NO, person=True,
    ),
    _question(
        "survivor", "choice",
        _("Was this case connected to being trafficked, or to violence by a partner, or to sexual violence?"), ALWAYS,
        hint=_("For example, you were forced into the crime, or it happened because someone was hurting you. Survivors can ask for special relief."),
        thing=_("if your case was connected to trafficking or abuse"),
        choices=[YES, NO, {"value": "skip", "label": _("I'd rather not say")}],
    ),
)

# The parts of the screener, in order, for its progress line ("Part 2 of 4"):
# every path goes through the same parts, so the total never jumps (a part a
# path has no questions in is passed over). The page adds "Check your answers"
# as the last part, and puts the case's name in the first.
PARTS = (
    {"id": "case", "name": _("About the case")},
    {"id": "details", "name": _("What happened")},
    {"id": "now", "name": _("About you now")},
)
_CASE_PART = ("outcome", "offenses")
_NOW_PART = ("on_supervision", "pending_charges", "citizen", "survivor")
for _entry in QUESTIONS:
    _entry["part"] = "case" if _entry["key"] in _CASE_PART else "now" if _entry["key"] in _NOW_PART else "details"

BY_KEY = {question["key"]: question for question in QUESTIONS}

# How many code sections one case may list.
OFFENSES_LIMIT = 20


def holds(condition: dict, answers: dict, settled=frozenset()) -> bool:
    """Whether ``condition`` (see the module docstring) holds for ``answers``."""
    for name, value in condition.items():
        if name == "all":
            ok = all(holds(part, answers, settled) for part in value)
        elif name == "any":
            ok = any(holds(part, answers, settled) for part in value)
        elif name == "not":
            ok = not holds(value, answers, settled)
        elif name == "not_settled":
            ok = value not in settled
        else:
            ok = answers.get(name) in value
        if not ok:
            return False
    return True


def settled_by(answers: dict) -> dict:
    """The answers the case's code sections settle (``offense.settled``), or {} when none do."""
    codes = answers.get("offenses")
    if not isinstance(codes, (list, tuple)) or not codes:
        return {}
    from . import offense  # imported on use: offense imports nothing of this module, but keep it light

    try:
        return dict(offense.settled(list(codes)))
    except (ValueError, KeyError):
        return {}


def asked(answers: dict, settled=None) -> list[str]:
    """The keys the screener asks for these answers, in order (``settled``: keys the codes answered)."""
    if settled is None:
        settled = settled_by(answers)
    return [question["key"] for question in QUESTIONS if holds(question["when"], answers, set(settled))]


def label(question: dict, answers: dict) -> str:
    """The question's label (message id) for these answers."""
    for variant in question.get("labels", ()):
        if holds(variant["when"], answers):
            return variant["label"]
    return question["label"]


def choices(key: str) -> tuple[str, ...]:
    """The values a choice question accepts, "unknown" last when offered."""
    question = BY_KEY[key]
    values = tuple(choice["value"] for choice in question["choices"])
    return values + ((UNKNOWN,) if question["unknown"] else ())


def keys(kind: str) -> tuple[str, ...]:
    """The keys of every question of one kind, in the order asked."""
    return tuple(question["key"] for question in QUESTIONS if question["kind"] == kind)


def as_json() -> dict:
    """The questions for the page (assets/tools/schema.json, "screener")."""
    return {"unknown": UNKNOWN, "offenses_limit": OFFENSES_LIMIT, "parts": list(PARTS), "questions": list(QUESTIONS)}
