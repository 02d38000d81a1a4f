"""The law as a table: one entry per remedy, each condition with its citation.

The table at the bottom says which conditions each remedy needs; the
condition machinery (``Check``, ``answer``, ``waited`` ...) is in
``conditions.py``, and ``screener.py`` applies the table. Each fact is read
from the statute's text and cited to its subdivision; the guides in
``site/guides/`` say the same in plain words.
"""

from datetime import date

from .case import UNKNOWN, Case, add_years
from .conditions import (
    MAYBE, NO, NOT_NOW, YES, Check, Condition, Path, Remedy, answer, date_before, date_before_not, fixed,
    offense_flag,
    judge_decides, must_grant, no_pending_charges, not_on_supervision, note, outcome,
    probation_over, span, wait_state, waited,
)
from .messages import THINGS, cite, format_date, text, years


# PC 1203.425(a)(1)(B)(iv)(I)-(II), 851.93(a)(2): automatic relief reaches back to 1973.
def from_1973(key: str, source: str) -> Condition:
    """Automatic relief covers arrests and convictions from January 1, 1973."""
    return date_before_not(key, date(1973, 1, 1), source)


# PC 1203.4(a)(1): the judge must grant it after probation was completed or
# ended early, and decides after a violation. 1203.4(c)(1): Vehicle Code
# 12810(a)-(e) offenses such as DUI are always the judge's decision.
def dismissal_judge(case: Case, as_of: date) -> Check:
    result, kind = case.answer("probation_result"), case.answer("offense_kind")
    if kind == "dui":
        return Check(MAYBE, text("dui"), cite("PC", "1203.4(c)(1)"), judge=True)
    if result == "violated":
        return Check(MAYBE, text("probation-violated"), cite("PC", "1203.4(a)(1)"), judge=True)
    if result == UNKNOWN:
        return Check(MAYBE, text("unknown", thing=THINGS["probation_result"]), cite("PC", "1203.4(a)(1)"), judge=True)
    if kind == UNKNOWN:
        return Check(MAYBE, text("dui-unknown"), cite("PC", "1203.4(c)(1)"), judge=True)
    message = "probation-completed" if result == "completed" else "probation-ended-early"
    return Check(YES, text(message), cite("PC", "1203.4(a)(1)"))


# PC 1203.41(a)(2): 1 year after a county jail sentence with mandatory
# supervision, 2 years without it, 2 years after state prison.
def jail_or_prison_wait(case: Case) -> tuple[int, int]:
    if case.answer("sentence") == "state-prison":
        return 2, 2
    supervised = case.answer("mandatory_supervision")
    if case.answer("sentence") == "county-jail" and supervised in ("yes", "no"):
        return (1, 1) if supervised == "yes" else (2, 2)
    return 1, 2


# PC 1203.41(a)(6): a state prison sentence qualifies only without registration.
def prison_without_registration(case: Case, as_of: date) -> Check:
    source = cite("PC", "1203.41(a)(6)")
    if case.answer("sentence") not in ("state-prison", UNKNOWN):
        return Check(YES, None, source)
    registration = case.answer("registration")
    if registration == "yes" and case.answer("sentence") == "state-prison":
        return Check(NO, text("registration-bars"), source)
    if registration == "no":
        return Check(YES, None, source)
    return Check(MAYBE, text("unknown", thing=THINGS["registration"]), source)


# PC 1203.4a(a): a misdemeanor without probation, or an infraction; (d)(3):
# not an infraction "within the provisions of Section 42001 of the Vehicle
# Code" (Vehicle Code infractions, such as most traffic tickets).
def infraction_or_no_probation(case: Case, as_of: date) -> Check:
    if case.answer("level") == "infraction":
        return offense_flag("vc_infraction", PC("1203.4a(d)(3)"), yes=(NO, "vc-infraction-bars"),
                            depends=(MAYBE, "vc-infraction-depends"), unknown=(MAYBE, "vc-infraction-unknown"))(case, as_of)
    return answer("sentence", PC("1203.4a(a)"), no_probation=(YES, None), probation=(NO, "had-probation"),
                  otherwise=(NO, "needs-misdemeanor-no-probation"))(case, as_of)


# PC 1203.4a(d)(1)-(2): not a misdemeanor under PC 288(c), nor one "within"
# Vehicle Code 42002.1 (VC 2800, 2801 and 2803: not stopping for an
# inspection). The offense table's 1203.4(b) list holds the same misdemeanors;
# 1203.4a(d) names only these.
EXCLUDED_1203_4A = {"PC 288(c)": "1203.4a(d)(1)", "PC 288": "1203.4a(d)(1)",
                    "VC 2800": "1203.4a(d)(2)", "VC 2801": "1203.4a(d)(2)", "VC 2803": "1203.4a(d)(2)"}


def not_excluded_from_1203_4a(case: Case, as_of: date) -> Check:
    row = case.offense
    if row is not None and row.label in EXCLUDED_1203_4A:
        return Check(NO, text("offense-excluded", code=row.label), PC(EXCLUDED_1203_4A[row.label]))
    if row is None and case.answer("registration") != "no":
        return Check(MAYBE, text("registration-ask"), PC("1203.4a(d)(1)"))
    return Check(YES, None, PC("1203.4a(d)"))


# PC 1203.4a(a): the court "shall" grant when, since judgment, the person has
# obeyed the law; 1203.4a(b): otherwise the judge "may", in the interest of
# justice. A conviction since judgment is the plainest sign of that.
def since_judgment(case: Case, as_of: date) -> Check:
    since = case.answer("conviction_since")
    if since == "no":
        return Check(YES, text("must-grant-4a"), PC("1203.4a(a)"))
    if since == "yes":
        return Check(MAYBE, text("conviction-since-4a"), PC("1203.4a(b)"), judge=True)
    return Check(MAYBE, text("unknown", thing=THINGS["conviction_since"]), PC("1203.4a(b)"), judge=True)


# PC 4852.01(a): any felony; (b): a misdemeanor sex offense listed in PC 290,
# or a felony one with probation, only after a PC 1203.4 dismissal; (c): not
# for the offenses it lists (the offense table's excluded_4852 flag).
def certificate_fits(case: Case, as_of: date) -> Check:
    level, registration = case.answer("level"), case.answer("registration")
    if level == "infraction" or (level == "misdemeanor" and registration == "no"):
        return Check(NO, text("for-cert"), PC("4852.01(a)"))
    if level == UNKNOWN:
        return Check(MAYBE, text("unknown", thing=THINGS["level"]), PC("4852.01(a)"))
    if level == "misdemeanor" or (registration == "yes" and case.answer("sentence") == "probation"):
        return Check(MAYBE, text("cert-after-dismissal"), PC("4852.01(b)"))
    return Check(YES, text("cert-felony"), PC("4852.01(a)"))


# PC 4852.03(a): the period runs from release from custody or the start of
# parole, PRCS, mandatory supervision or probation, whichever is first. We
# do not ask that day: for probation it is the sentence day; after jail or
# prison it lies between the sentence day and the end of supervision.
def release_span(case: Case) -> tuple[date, date] | None:
    start, end = case.when("conviction_date"), case.when("sentence_end_date")
    if case.answer("sentence") == "probation":
        return (start.earliest(), start.latest()) if start.known else None
    if not end.known:
        return None
    if case.answer("sentence") == "county-jail" and case.answer("mandatory_supervision") == "no":
        return end.earliest(), end.latest()  # no supervision after release: release is the end
    return (start.earliest() if start.known else end.earliest()), end.latest()


# PC 4852.03(a): 5 years in California plus 2 (7 in all); plus 4 (9) for
# PC 187, 209, 219, 4500 and other offenses punishable by life (the offense
# table's "no time limit to charge", PC 799(a), marks those); plus 5 (10) for
# an offense that requires registration.
LIFE_OFFENSES = ("PC 187", "PC 209", "PC 219", "PC 4500")


def certificate_years(case: Case) -> tuple[int, int]:
    registration, row = case.answer("registration"), case.offense
    if registration == "yes":
        return 10, 10
    if row is not None and (row.label in LIFE_OFFENSES or row.charge_years == "none"):
        return 9, 9
    if registration == "no":
        return 7, 7  # without a code section, "cert-longer" says the wait may be longer
    return 7, 10


# PC 4852.06: 5 years in a row living in California right before filing.
def lived_in_california(case: Case, as_of: date) -> Check:
    source = cite("PC", "4852.06")
    lived = case.california_years
    if lived is None or lived == UNKNOWN:
        return Check(MAYBE, text("cert-residence"), source)
    if lived >= 5:
        return Check(YES, text("cert-residence-met"), source)
    ready = add_years(as_of, 5 - lived)
    return Check(NOT_NOW, text("wait-residence", date=format_date(ready)), source, file_after=ready)


# WIC 781(a)(1)(A): at 18, or 5 years after the court's power over the case
# ended, whichever comes first.
def juvenile_wait(case: Case, as_of: date) -> Check:
    source = cite("WIC", "781(a)(1)(A)")
    states = [
        wait_state(span("birth_date")(case), 18, 18, as_of),
        wait_state(span("juvenile_end_date")(case), 5, 5, as_of),
    ]
    for wanted in (YES, MAYBE):
        dates = [day for state, day in states if state == wanted]
        if dates:
            return Check(wanted, text("juvenile-781-wait"), source, file_after=None if wanted == YES else min(dates))
    if all(state == NOT_NOW for state, _ in states):
        return Check(NOT_NOW, text("juvenile-781-wait"), source, file_after=min(day for _, day in states))
    # One date unknown and the other not reached yet.
    return Check(MAYBE, text("unknown", thing=THINGS["juvenile_dates"]), source)


def fourteen_at_offense(case: Case) -> str:
    """"yes" if surely 14 or older on the day of the offense, "no" if surely younger, else unknown."""
    born, did = case.when("birth_date"), case.when("offense_date")
    if not (born.known and did.known):
        return UNKNOWN
    if did.earliest() >= add_years(born.latest(), 14):
        return "yes"
    if did.latest() < add_years(born.earliest(), 14):
        return "no"
    return UNKNOWN


def listed_707b_at_14(case: Case) -> str:
    """Whether the offense is a WIC 707(b) offense committed at 14 or older: yes, no or unknown."""
    row = case.offense
    if row is None:
        return UNKNOWN
    if row.wic707b == "" or fourteen_at_offense(case) == "no":
        return "no"
    return "yes" if row.wic707b == "yes" and fourteen_at_offense(case) == "yes" else UNKNOWN


# WIC 786(d): no sealing on completing probation for a WIC 707(b) offense
# committed at 14 or older, unless that finding was dismissed or reduced.
def sealing_786_allowed(case: Case, as_of: date) -> Check:
    found = listed_707b_at_14(case)
    if found == "no":
        return Check(YES, None, WIC("786(d)"))
    if found == "yes":
        return Check(NO, text("707b-bars-786", code=case.offense.label), WIC("786(d)"))
    return Check(MAYBE, text("707b-unknown"), WIC("786(d)"))


# WIC 781(a)(1)(D)(i): a 707(b) offense at 14 or older can be sealed by
# petition only once probation for it is done (at 18, or 21 after a DJF
# commitment); (F): never when the person must register for it under PC 290.008.
def petition_781_allowed(case: Case, as_of: date) -> Check:
    found, row = listed_707b_at_14(case), case.offense
    if found == "no" or (row is None and case.answer("registration") == "no"):
        return Check(YES, None, WIC("781(a)(1)(D)"))
    if found == "yes" and row.registrable == "yes" and case.answer("registration") == "yes":
        return Check(NO, text("290008-bars-781"), WIC("781(a)(1)(F)"))
    return Check(MAYBE, text("707b-781"), WIC("781(a)(1)(D)(i)"))


# WIC 788 (AB 1877, 2024, in force January 1, 2025): once the person is 18,
# county probation must ask the court to seal the juvenile record.
def probation_must_petition(case: Case, as_of: date) -> Check:
    born = case.when("birth_date")
    adult = born.known and as_of >= add_years(born.latest(), 18)
    return Check(YES, text("juvenile-788") if adult else None, WIC("788(a)"))


# The time to charge an offense, as (years it is at least, years by which it
# has surely run, or None when it may never surely run). PC 802(a): 1 year
# for a misdemeanor, but longer for some (802(b)-(e): up to 4 years; PC 803.7:
# 7 years for PC 273.5, misdemeanor or felony), so without the code section a
# misdemeanor is taken as surely past only after 7; PC 801: 3 years for a felony; PC 800: 6
# for one punishable by 8 years or more; PC 799: none for some; PC 801.5 and
# 803(c): from discovery. A known code section gives its own time.
def time_to_charge(case: Case) -> tuple[int, int | None]:
    row = case.offense
    if row is not None:
        years_ = int(row.charge_years) if row.charge_years.isdigit() else None
        if years_ is not None:
            return (years_, None) if row.charge_from else (years_, years_)
    level = case.answer("arrest_level")
    return {"misdemeanor": (1, 7), "felony": (3, None), "felony-8-years": (6, None)}.get(level, (1, None))


def no_time_limit(case: Case) -> bool:
    """PC 799: the offense can be charged at any time (the offense table says so)."""
    return case.offense is not None and case.offense.charge_years == "none"


# PC 851.91(a)(2)(B): an offense with no time limit to charge can be sealed
# only after an acquittal or a finding of factual innocence.
def has_time_limit(case: Case, as_of: date) -> Check:
    if no_time_limit(case):
        return Check(NO, text("no-limit-bars", code=case.offense.label), PC("851.91(a)(2)(B)"))
    return Check(YES, None, PC("851.91(a)(2)(B)"))


def charge_time_run(refiled: bool) -> Condition:
    """PC 851.91(a)(1)(A), (a)(2)(A): sealing waits until no charge can be brought.

    After a dismissal (``refiled``), PC 1387(a) lets a felony be filed again
    until its time runs, and PC 803(b) does not count the time the case was
    open, so that time is never sure from the answers.
    """

    def check(case: Case, as_of: date) -> Check:
        source = PC("851.91(a)(2)(A)")
        low, high = time_to_charge(case)
        if refiled:
            high = None
        start = span("arrest_date")(case)
        if start is None:
            return Check(MAYBE, text("unknown", thing=THINGS["arrest_date"]), source)
        # PC 802(a) "within one year after commission": charging is allowed
        # on the anniversary, so sealing starts the day after.
        # Not now until the shortest time has surely run (then it may fit);
        # "likely" only once the longest time it could be has surely run.
        first, may_from = wait_state(start, low, low, as_of, strictly_after=True)
        if first == NOT_NOW or (first == MAYBE and high is None):
            words = {"years": years(low), "date": format_date(may_from)}
            return Check(NOT_NOW, text("refile-wait" if refiled else "charge-wait", **words), source, file_after=may_from)
        state, surely = wait_state(start, low, high, as_of, strictly_after=True) if high is not None else (MAYBE, None)
        if state == YES:
            return Check(YES, text("charge-time-over"), source)
        return Check(MAYBE, text("refile-maybe" if refiled else "charge-maybe"), source,
                     file_after=surely)

    return check


# PC 851.87(a)(1), 851.90, 1000.4, 1001.9: sealing follows finishing the
# program; there is no waiting period after it (851.87 gives the prosecutor
# and the police 60 days to ask for a hearing).
def diversion_done(case: Case, as_of: date) -> Check:
    source = cite("PC", "851.87(a)(1)")
    done = case.when("diversion_date")
    if done.known and done.earliest() > as_of:
        return Check(NOT_NOW, text("diversion-not-done"), source, file_after=done.latest())
    return Check(YES, text("diversion-no-wait"), source)


# PC 851.93(a)(2)(B)-(C): 1 year after a misdemeanor arrest, 3 after a felony
# arrest, 6 if punishable by 8 years or more.
def arrest_years(case: Case) -> tuple[int, int]:
    return {"misdemeanor": (1, 1), "felony": (3, 3), "felony-8-years": (6, 6)}.get(case.answer("arrest_level"), (1, 6))


# PC 1170.18(b): while still serving the sentence the court resentences
# unless that is an unreasonable risk to public safety (it decides);
# 1170.18(g): after the sentence is done it "shall" designate a misdemeanor.
def prop_47_court(case: Case, as_of: date) -> Check:
    end = case.when("sentence_end_date")
    serving = case.answer("on_supervision") == "yes" or (end.known and end.latest() >= as_of)
    if serving or not end.known or case.answer("on_supervision") == UNKNOWN:
        return Check(MAYBE, text("prop-47-serving"), PC("1170.18(b)"), judge=True)
    return Check(YES, text("prop-47-must"), PC("1170.18(g)"))


# PC 1203.4b(a)(1)(A)-(H): a fire crew member cannot get this dismissal for
# murder, kidnapping, rape under 261(a)(2) or (a)(6), lewd acts on a child
# under 14 (288), a felony punishable by death or life, an offense that needs
# PC 290 registration, an escape in the last 10 years, or arson.
FIRE_CREW_EXCLUDED = {
    "PC 187": "1203.4b(a)(1)(A)", "PC 207": "1203.4b(a)(1)(B)", "PC 209": "1203.4b(a)(1)(B)",
    "PC 261(a)(2)": "1203.4b(a)(1)(C)", "PC 261(a)(6)": "1203.4b(a)(1)(C)", "PC 288": "1203.4b(a)(1)(D)",
    "PC 288(a)": "1203.4b(a)(1)(D)", "PC 288(b)": "1203.4b(a)(1)(D)", "PC 451": "1203.4b(a)(1)(H)",
}


def fire_crew_offense_allowed(case: Case, as_of: date) -> Check:
    row = case.offense
    if row is None:
        return Check(YES, text("fire-crew-unknown-offense"), PC("1203.4b(a)(1)"))
    # The code as entered first ("PC 261(a)(2)"), then the table's row ("PC 261").
    listed = [code for code in (case.offense_code, row.label) if code in FIRE_CREW_EXCLUDED]
    if listed:
        return Check(NO, text("offense-excluded", code=listed[0]), PC(FIRE_CREW_EXCLUDED[listed[0]]))
    if row.label == "PC 261":  # only 261(a)(2) and (a)(6) are listed
        return Check(MAYBE, text("offense-may-be-excluded", code=row.label), PC("1203.4b(a)(1)(C)"))
    if row.registrable == "yes":
        return Check(NO, text("offense-excluded", code=row.label), PC("1203.4b(a)(1)(F)"))
    if row.charge_years == "none" or row.registrable == "depends":
        return Check(MAYBE, text("offense-may-be-excluded", code=row.label), PC("1203.4b(a)(1)"))
    return Check(YES, None, PC("1203.4b(a)(1)"))


PC, HS, WIC = (lambda section, code=code: cite(code, section) for code in ("PC", "HS", "WIC"))
SUPERVISION_NOTICE_CITE = "Penal Code sections 1203.4(a)(1), 1203.4a(a), 1203.41(a) and 1203.42(a)"
IMMIGRATION_CITE = "Penal Code sections 1203.43 and 1473.7"
# PC 1203.425(a)(2)(A), 851.93(b)(1), HS 11361.9: relief the state may already
# have given; every such result links this guide.
ALREADY_CLEARED = "guides/already-cleared/"

FELONY_ONLY = dict(felony=(YES, None), misdemeanor=(NO, "already-misdemeanor"), infraction=(NO, "already-misdemeanor"))
REGISTRATION_ASK = dict(no=(YES, None), yes=(MAYBE, "registration-ask"))
REGISTRATION_BARS = dict(no=(YES, None), yes=(NO, "registration-bars"))


# PC 1203.4(b): no dismissal for the offenses it lists (the offense table's
# excluded_1203_4b flag). Without the code section, registration is the best
# sign: most listed offenses require it.
def not_excluded_from_1203_4(case: Case, as_of: date) -> Check:
    if case.offense is not None:
        return offense_flag("excluded_1203_4b", PC("1203.4(b)"), yes=(NO, "offense-excluded"),
                            depends=(MAYBE, "offense-may-be-excluded"))(case, as_of)
    registration = case.answer("registration")
    if registration == "no":
        return Check(YES, text("excluded-4-unknown"), PC("1203.4(b)"))
    if registration == "yes":
        return Check(MAYBE, text("registration-ask"), PC("1203.4(b)"))
    return Check(MAYBE, text("unknown", thing=THINGS["registration"]), PC("1203.4(b)"))


# -------------------------------------------------------------------- table

REMEDIES = (
    Remedy(
        id="dismissal-probation",
        guide="guides/dismissal/",
        forms=("CR-180", "CR-181"),
        cites=(PC("1203.4"),),
        conditions=(
            outcome("convicted", no="for-convictions", source=PC("1203.4(a)(1)")),
            # 1203.4(b): infractions use 1203.4a instead.
            answer("level", PC("1203.4(b)"), misdemeanor=(YES, None), felony=(YES, None),
                   infraction=(NO, "infraction-no-1203.4")),
            answer("sentence", PC("1203.4(a)(1)"), probation=(YES, None), otherwise=(NO, "needs-probation")),
            probation_over(PC("1203.4(a)(1)")),
        ),
        exclusions=(not_excluded_from_1203_4,),
        blocked_by=(not_on_supervision(PC("1203.4(a)(1)")), no_pending_charges(PC("1203.4(a)(1)"))),
        judge=(dismissal_judge,),
        statement_helps=True,
    ),
    Remedy(
        id="dismissal-no-probation",
        guide="guides/dismissal-no-probation/",
        forms=("CR-180", "CR-181"),
        cites=(PC("1203.4a"),),
        conditions=(
            outcome("convicted", no="for-convictions", source=PC("1203.4a(a)")),
            answer("level", PC("1203.4a(a)"), misdemeanor=(YES, None), infraction=(YES, None),
                   felony=(NO, "needs-misdemeanor-no-probation")),
            infraction_or_no_probation,
        ),
        exclusions=(not_excluded_from_1203_4a,),
        wait=(waited(span("conviction_date"), fixed(1), "judgment", PC("1203.4a(a)")),),
        blocked_by=(not_on_supervision(PC("1203.4a(a)")), no_pending_charges(PC("1203.4a(a)"))),
        # 1203.4a(a) must grant; 1203.4a(b) the judge decides when the life since is not spotless.
        judge=(since_judgment,),
        statement_helps=True,
    ),
    Remedy(
        id="dismissal-county-jail",
        guide="guides/dismissal-jail-or-prison/",
        forms=("CR-180", "CR-181"),
        cites=(PC("1203.41"),),
        conditions=(
            outcome("convicted", no="for-convictions", source=PC("1203.41(a)")),
            answer("level", PC("1203.41(a)"), felony=(YES, None), otherwise=(NO, "for-felony")),
            answer("sentence", PC("1203.41(a)"), county_jail=(YES, None), state_prison=(YES, None),
                   probation=(NO, "had-probation"), otherwise=(NO, "needs-jail-or-prison")),
        ),
        exclusions=(prison_without_registration,),
        wait=(waited(span("sentence_end_date"), jail_or_prison_wait, "sentence-end", PC("1203.41(a)(2)")),),
        blocked_by=(not_on_supervision(PC("1203.41(a)")), no_pending_charges(PC("1203.41(a)"))),
        judge=(judge_decides(PC("1203.41(a)")),),
        statement_helps=True,
    ),
    Remedy(
        id="dismissal-prison-before-2011",
        guide="guides/dismissal-prison-before-2011/",
        forms=("CR-180", "CR-181"),
        cites=(PC("1203.42"),),
        conditions=(
            outcome("convicted", no="for-convictions", source=PC("1203.42(a)")),
            answer("level", PC("1203.42(a)"), felony=(YES, None), otherwise=(NO, "for-felony")),
            answer("sentence", PC("1203.42(a)"), state_prison=(YES, None), otherwise=(NO, "needs-prison")),
            date_before("conviction_date", date(2011, 10, 1), PC("1203.42(a)"),
                        no="after-realignment", yes="before-realignment"),
        ),
        # 1203.42(a) needs an offense that 1170(h) would send to county jail today;
        # 1170(h)(3) keeps serious or violent felonies and registration in prison.
        exclusions=(
            answer("serious_violent", PC("1170(h)(3)"), no=(YES, None), yes=(NO, "still-prison-today")),
            answer("registration", PC("1170(h)(3)"), no=(YES, None), yes=(NO, "still-prison-today")),
            note("would-be-jail-today", PC("1203.42(a)")),
        ),
        wait=(waited(span("sentence_end_date"), fixed(2), "sentence-end", PC("1203.42(a)(2)")),),
        blocked_by=(not_on_supervision(PC("1203.42(a)")), no_pending_charges(PC("1203.42(a)"))),
        judge=(judge_decides(PC("1203.42(a)")),),
        statement_helps=True,
    ),
    Remedy(
        id="dismissal-fire-crew",
        guide="guides/fire-crew-dismissal/",
        forms=(),
        cites=(PC("1203.4b"),),
        conditions=(
            outcome("convicted", no="for-convictions", source=PC("1203.4b(a)(1)")),
            answer("fire_crew", PC("1203.4b(a)(1)"), yes=(YES, "fire-crew-yes"), no=(NO, "fire-crew-no")),
        ),
        exclusions=(fire_crew_offense_allowed,),
        # 1203.4b(c)(2): not while charged with another offense; (b)(4): probation
        # or parole need not be finished (the court ends it early).
        blocked_by=(no_pending_charges(PC("1203.4b(c)(2)")),),
        judge=(judge_decides(PC("1203.4b(c)(1)")),),
        statement_helps=True,
    ),
    Remedy(
        id="felony-reduction",
        guide="guides/felony-reduction/",
        forms=("CR-180", "CR-181"),
        cites=(PC("17(b)"),),
        conditions=(
            outcome("convicted", no="for-convictions", source=PC("17(b)")),
            answer("level", PC("17(b)"), **FELONY_ONLY),
            answer("wobbler", PC("17(b)"), yes=(YES, "wobbler-yes"), no=(NO, "wobbler-no")),
            # 17(b)(3): only when the court granted probation.
            answer("sentence", PC("17(b)(3)"), probation=(YES, None), county_jail=(NO, "not-after-jail-or-prison"),
                   state_prison=(NO, "not-after-jail-or-prison"), otherwise=(NO, "needs-probation")),
        ),
        exclusions=(note("prison-on-hold", "People v. Wood (1998) 62 Cal.App.4th 1262"),),
        judge=(judge_decides(PC("17(b)(3)")),),
        statement_helps=True,
    ),
    Remedy(
        id="prop-47",
        guide="guides/prop-47/",
        forms=(),
        cites=(PC("1170.18"),),
        conditions=(
            outcome("convicted", no="for-convictions", source=PC("1170.18(a)")),
            answer("level", PC("1170.18(a)"), **FELONY_ONLY),
            answer("offense_kind", PC("1170.18(a)"), prop_47=(YES, "prop-47-kind"), otherwise=(NO, "for-prop-47")),
            date_before("offense_date", date(2014, 11, 5), PC("1170.18(a)")),
        ),
        # 1170.18(i): not for a person who must register under PC 290(c), nor
        # one with a prior conviction for a "super strike" (PC 667(e)(2)(C)(iv)).
        exclusions=(
            answer("registration", PC("1170.18(i)"), **REGISTRATION_BARS),
            answer("super_strike_prior", PC("1170.18(i)"), no=(YES, None), yes=(NO, "super-strike-bars")),
        ),
        # SB 749 (2023) removed the old filing deadline of 1170.18(j).
        judge=(prop_47_court,),
        statement_helps=True,
    ),
    Remedy(
        id="prop-64",
        guide="guides/prop-64/",
        forms=("CR-400", "CR-401", "CR-403"),
        cites=(HS("11361.8"),),
        also=(ALREADY_CLEARED,),
        conditions=(
            outcome("convicted", no="for-convictions", source=HS("11361.8(a)")),
            answer("offense_kind", HS("11361.8(a)"), cannabis=(YES, None), otherwise=(NO, "for-cannabis")),
            # Prop 64 took effect November 9, 2016; later offenses were judged under it.
            date_before("offense_date", date(2016, 11, 9), HS("11361.8(a)"), yes=None),
            note("prop-64-check", HS("11361.9")),
        ),
        judge=(must_grant("prop-64-must", HS("11361.8(b)")),),
    ),
    Remedy(
        id="automatic-conviction-relief",
        guide="guides/automatic-relief/",
        forms=(),
        cites=(PC("1203.425"),),
        also=(ALREADY_CLEARED,),
        conditions=(
            outcome("convicted", no="for-convictions", source=PC("1203.425(a)(1)")),
            from_1973("conviction_date", PC("1203.425(a)(1)(B)(iv)")),
            note("auto-check", PC("1203.425(a)(2)(A)")),
        ),
        # (a)(1)(B)(i): the person must not have to register, for any case.
        exclusions=(answer("registration", PC("1203.425(a)(1)(B)(i)"), no=(YES, None), yes=(NO, "auto-registration-bars")),),
        # (a)(1)(B)(ii)-(iii): no supervision, sentence or pending charges.
        blocked_by=(not_on_supervision(PC("1203.425(a)(1)(B)(ii)")), no_pending_charges(PC("1203.425(a)(1)(B)(iii)"))),
        paths=(
            # (iv)(I)(ia): probation completed without revocation.
            Path(when=(answer("sentence", PC("1203.425(a)(1)(B)(iv)(I)"), probation=(YES, None)),),
                 conditions=(
                     answer("probation_result", PC("1203.425(a)(1)(B)(iv)(I)"), completed=(YES, None),
                            ended_early=(MAYBE, "auto-ended-early"), violated=(NO, "auto-probation-revoked")),
                     probation_over(PC("1203.425(a)(1)(B)(iv)(I)")),
                 )),
            # (iv)(I)(ib): misdemeanor or infraction, no probation, 1 year after judgment.
            Path(when=(answer("level", PC("1203.425(a)(1)(B)(iv)(I)"), misdemeanor=(YES, None), infraction=(YES, None)),
                       answer("sentence", PC("1203.425(a)(1)(B)(iv)(I)"), no_probation=(YES, None))),
                 wait=(waited(span("conviction_date"), fixed(1), "judgment", PC("1203.425(a)(1)(B)(iv)(I)"), strictly_after=False),)),
            # (iv)(II) (AB 168, 2024): felony, all custody and supervision done,
            # 4 years with no new felony; not serious, violent or registrable.
            Path(when=(answer("level", PC("1203.425(a)(1)(B)(iv)(II)"), felony=(YES, None)),),
                 conditions=(
                     answer("serious_violent", PC("1203.425(a)(1)(B)(iv)(II)"), no=(YES, None), yes=(NO, "serious-violent-bars")),
                     answer("new_felony_since", PC("1203.425(a)(1)(B)(iv)(II)"), no=(YES, None), yes=(NO, "new-felony-bars")),
                 ),
                 wait=(waited(span("sentence_end_date"), fixed(4), "supervision-end", PC("1203.425(a)(1)(B)(iv)(II)"), strictly_after=False),)),
        ),
    ),
    Remedy(
        id="automatic-arrest-relief",
        guide="guides/automatic-relief/",
        forms=(),
        cites=(PC("851.93"),),
        also=(ALREADY_CLEARED,),
        conditions=(outcome("not-convicted", "diversion", no="for-arrests", source=PC("851.93(a)(2)")),),
        paths=(
            # (a)(2)(D): only some diversion programs, and we do not ask which.
            Path(when=(answer("outcome", PC("851.93(a)(2)(D)"), diversion=(YES, None)),),
                 conditions=(lambda case, as_of: Check(MAYBE, text("diversion-arrest"), PC("851.93(a)(2)(D)")),)),
            Path(when=(answer("outcome", PC("851.93(a)(2)"), not_convicted=(YES, None)),
                       answer("arrest_result", PC("851.93(a)(2)(B)"), acquitted=(YES, "acquitted"))),
                 conditions=(from_1973("arrest_date", PC("851.93(a)(2)")), note("auto-check", PC("851.93(b)(1)")))),
            # (a)(2)(A): a dismissed misdemeanor, no wait.
            Path(when=(answer("outcome", PC("851.93(a)(2)"), not_convicted=(YES, None)),
                       answer("arrest_result", PC("851.93(a)(2)(A)"), dismissed=(YES, None)),
                       answer("arrest_level", PC("851.93(a)(2)(A)"), misdemeanor=(YES, "dismissed-misdemeanor"),
                              felony=(NO, "dismissed-felony"), felony_8_years=(NO, "dismissed-felony"))),
                 conditions=(from_1973("arrest_date", PC("851.93(a)(2)")), note("auto-check", PC("851.93(b)(1)")))),
            # (a)(2)(B)-(C): no case filed and the wait has passed.
            Path(when=(answer("outcome", PC("851.93(a)(2)"), not_convicted=(YES, None)),
                       answer("arrest_result", PC("851.93(a)(2)"), no_charges=(YES, None))),
                 conditions=(from_1973("arrest_date", PC("851.93(a)(2)")), note("auto-check", PC("851.93(b)(1)"))),
                 wait=(waited(span("arrest_date"), arrest_years, "arrest", PC("851.93(a)(2)(B)-(C)"), strictly_after=False),)),
        ),
    ),
    Remedy(
        id="arrest-sealing",
        guide="guides/arrest-sealing/",
        forms=("CR-409", "CR-410"),
        cites=(PC("851.91"),),
        conditions=(outcome("not-convicted", "diversion", no="for-arrests", source=PC("851.91(a)")),),
        # 851.91(c)(1): a right; (c)(2) "interests of justice" only for a pattern of abuse.
        judge=(must_grant("sealing-right", PC("851.91(c)(1)")),),
        statement_helps=True,
        paths=(
            Path(when=(answer("outcome", PC("851.91(a)(1)(B)(i)"), diversion=(YES, None)),),
                 conditions=(lambda case, as_of: Check(MAYBE, text("diversion-sealing-too"), PC("851.91(a)(1)(B)(i)")),)),
            # (a)(1)(B)(ii): acquitted; (a)(2)(B) lets even a no-limit offense be sealed then.
            Path(when=(answer("outcome", PC("851.91(a)"), not_convicted=(YES, None)),
                       answer("arrest_result", PC("851.91(a)(1)(B)(ii)"), acquitted=(YES, "acquitted")))),
            # (a)(1)(B)(i): dismissed and it "may not be refiled". PC 1387(a): a
            # misdemeanor cannot be refiled after one dismissal; a felony can,
            # until the time to charge runs out.
            Path(when=(answer("outcome", PC("851.91(a)"), not_convicted=(YES, None)),
                       answer("arrest_result", PC("851.91(a)(1)(B)(i)"), dismissed=(YES, None)),
                       answer("arrest_level", PC("1387(a)"), misdemeanor=(YES, "dismissed-misdemeanor-sealing"))),
                 conditions=(has_time_limit,)),
            Path(when=(answer("outcome", PC("851.91(a)"), not_convicted=(YES, None)),
                       answer("arrest_result", PC("851.91(a)(1)(B)(i)"), dismissed=(YES, None)),
                       answer("arrest_level", PC("1387(a)"), felony=(YES, None), felony_8_years=(YES, None),
                              unknown=(YES, None), misdemeanor=(NO, None))),
                 conditions=(has_time_limit,),
                 wait=(charge_time_run(refiled=True),)),
            # (a)(1)(A): no charges, and the time to charge has run for every offense.
            Path(when=(answer("outcome", PC("851.91(a)"), not_convicted=(YES, None)),
                       answer("arrest_result", PC("851.91(a)(1)(A)"), no_charges=(YES, None))),
                 conditions=(has_time_limit,),
                 wait=(charge_time_run(refiled=False),)),
        ),
    ),
    Remedy(
        id="diversion-sealing",
        guide="guides/diversion-sealing/",
        forms=(),
        cites=(PC("851.87"), PC("851.90"), PC("1000.4"), PC("1001.9")),
        conditions=(outcome("diversion", no="for-diversion", source=PC("851.90")),),
        wait=(diversion_done,),
        # 851.87(b), 851.90(a), 1000.4(a), 1001.9(a): the court "may" seal.
        judge=(judge_decides(PC("851.90(a)"), "diversion-may-seal"),),
        statement_helps=True,
    ),
    Remedy(
        id="survivor-vacatur",
        guide="guides/survivors/",
        forms=("CR-180", "CR-181"),
        cites=(PC("236.14"), PC("236.15"), PC("1203.49")),
        conditions=(
            answer("survivor", PC("236.14(a)"), yes=(YES, None), unknown=(MAYBE, "survivor-unknown"),
                   skip=(NO, "survivor-skip"), no=(NO, "survivor-no")),
        ),
        judge=(lambda case, as_of: Check(MAYBE, text("survivor-yes"), PC("236.14(a)"), judge=True)
               if case.answer("survivor") == "yes" else Check(MAYBE, None, PC("236.14(a)"), judge=True),),
        statement_helps=True,
    ),
    Remedy(
        id="certificate-of-rehabilitation",
        guide="guides/certificate-of-rehabilitation/",
        forms=(),
        cites=(PC("4852.01"), PC("4852.03")),
        conditions=(
            outcome("convicted", no="for-convictions", source=PC("4852.01(a)")),
            certificate_fits,
            lived_in_california,
        ),
        # 4852.01(c): not for the offenses it lists; 4852.01(d): ask the Governor for a pardon.
        exclusions=(
            offense_flag("excluded_4852", PC("4852.01(c)"), yes=(NO, "cert-excluded"), depends=(MAYBE, "cert-may-be-excluded"),
                         unknown=(YES, "cert-excluded-unknown")),
            note("cert-longer", PC("4852.03(a)"), only=lambda case: case.offense is None),
        ),
        wait=(waited(release_span, certificate_years, "release", PC("4852.03(a)")),),
        # 4852.06: off parole, probation and other supervision before filing.
        blocked_by=(not_on_supervision(PC("4852.06")),),
        judge=(judge_decides(PC("4852.13(a)")),),
        statement_helps=True,
    ),
    Remedy(
        id="juvenile-sealing",
        guide="guides/juvenile-sealing/",
        forms=("JV-595", "JV-590", "JV-596"),
        cites=(WIC("786"), WIC("781"), WIC("788")),
        conditions=(outcome("juvenile", no="for-juvenile", source=WIC("781(a)(1)")), probation_must_petition),
        statement_helps=True,
        paths=(
            # WIC 786(a): satisfactory completion of probation: the court must seal,
            # except (d) a WIC 707(b) offense at 14 or older. 786 took effect
            # January 1, 2015; probation that ended before then uses 781.
            Path(when=(answer("juvenile_probation_completed", WIC("786(a)"), yes=(YES, "juvenile-786")),
                       date_before_not("juvenile_end_date", date(2015, 1, 1), WIC("786(a)"), "juvenile-before-2015")),
                 conditions=(sealing_786_allowed,),
                 judge=(must_grant("juvenile-786-ask", WIC("786(a)")),)),
            # WIC 781(a)(1): later, by petition; the judge decides on rehabilitation.
            Path(conditions=(answer("adult_conviction_since", WIC("781(a)(1)"), no=(YES, None),
                                    yes=(NO, "adult-conviction-bars")),
                             petition_781_allowed),
                 wait=(juvenile_wait,),
                 judge=(judge_decides(WIC("781(a)(1)")),)),
        ),
    ),
)
