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
    judge_decides, must_grant, no_pending_charges, not_on_supervision, note, outcome,
    probation_over, span, wait_state, waited,
)
from .messages import THINGS, cite, format_date, text


# PC 1203.425(a)(1)(B)(v), 851.93(a)(2): automatic relief reaches back to 1973.
def from_1973(key: str, source: str) -> Condition:
    """Automatic relief covers arrests and convictions from January 1, 1973."""
    return date_before_not(key, date(1973, 1, 1), source)



# PC 1203.4(a)(1): the judge must grant it after probation was completed or
# ended early, and decides after a violation. 1203.4(c): Vehicle Code
# 12810(a)-(e) offenses such as DUI are always the judge's decision.
def dismissal_judge(case: Case, as_of: date) -> Check:
    result, kind = case.answer("probation_result"), case.answer("offense_kind")
    if kind == "dui":
        return Check(MAYBE, text("dui"), cite("PC", "1203.4(c)"), judge=True)
    if result == "violated":
        return Check(MAYBE, text("probation-violated"), cite("PC", "1203.4(a)(1)"), judge=True)
    if result == UNKNOWN:
        return Check(MAYBE, text("unknown", thing=THINGS["probation_result"]), cite("PC", "1203.4(a)(1)"), judge=True)
    if kind == UNKNOWN:
        return Check(MAYBE, text("dui-unknown"), cite("PC", "1203.4(c)"), judge=True)
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


# PC 1203.41(a): a state prison sentence qualifies only without registration.
def prison_without_registration(case: Case, as_of: date) -> Check:
    source = cite("PC", "1203.41(a)")
    if case.answer("sentence") not in ("state-prison", UNKNOWN):
        return Check(YES, None, source)
    registration = case.answer("registration")
    if registration == "yes" and case.answer("sentence") == "state-prison":
        return Check(NO, text("registration-bars"), source)
    if registration == "no":
        return Check(YES, None, source)
    return Check(MAYBE, text("unknown", thing=THINGS["registration"]), source)


# PC 1203.4a(a): a misdemeanor without probation, or any infraction.
def infraction_or_no_probation(case: Case, as_of: date) -> Check:
    source = cite("PC", "1203.4a(a)")
    if case.answer("level") == "infraction":
        return Check(YES, text("traffic-ticket"), cite("PC", "1203.4a(d)"))
    return answer("sentence", source, no_probation=(YES, None), probation=(NO, "had-probation"),
                  otherwise=(NO, "needs-misdemeanor-no-probation"))(case, as_of)


# PC 4852.01: a felony with jail or prison; a felony with probation, or a
# registrable misdemeanor, after a 1203.4 dismissal.
def certificate_fits(case: Case, as_of: date) -> Check:
    source = cite("PC", "4852.01")
    level, sentence = case.answer("level"), case.answer("sentence")
    if level == "infraction" or (level == "misdemeanor" and case.answer("registration") == "no"):
        return Check(NO, text("for-cert"), source)
    if level == UNKNOWN or sentence == UNKNOWN:
        thing = THINGS["level" if level == UNKNOWN else "sentence"]
        return Check(MAYBE, text("unknown", thing=thing), source)
    if level == "felony" and sentence in ("county-jail", "state-prison"):
        return Check(YES, text("cert-jail-or-prison"), source)
    if sentence == "probation":
        return Check(MAYBE, text("cert-after-dismissal"), source)
    return Check(NO, text("for-cert"), source)


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
        return None
    return (start.earliest() if start.known else end.earliest()), end.latest()


# PC 4852.03(a): 5 years in California plus 2 (7 in all); plus 5 (10 in all)
# for an offense that requires registration. The 9-year cases are not asked.
def certificate_years(case: Case) -> tuple[int, int]:
    return {"yes": (10, 10), "no": (7, 7)}.get(case.answer("registration"), (7, 10))


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


# WIC 781(a)(1): at 18, or 5 years after the court's power over the case
# ended, whichever comes first.
def juvenile_wait(case: Case, as_of: date) -> Check:
    source = cite("WIC", "781(a)(1)")
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


# PC 851.91(a)(2): an offense with no time limit to charge (PC 799: some
# punishable by life) can be sealed only after an acquittal or a finding of
# factual innocence. The case format cannot tell an 8-year felony from a life
# one, so such arrests are "maybe"; other felonies get the same caution.
def no_time_limit_maybe(case: Case, as_of: date) -> Check:
    source = cite("PC", "851.91(a)(2)")
    level = case.answer("arrest_level")
    if level == "felony-8-years":
        return Check(MAYBE, text("longer-limit"), source)
    return Check(YES, text("longer-limit") if level != "misdemeanor" else None, source)


# PC 851.87(a): prosecutor-run diversion waits 2 years; the others do not.
def diversion_wait(case: Case, as_of: date) -> Check:
    source = cite("PC", "851.87")
    done = case.when("diversion_date")
    if done.known and done.earliest() > as_of:
        return Check(NOT_NOW, text("diversion-not-done"), source, file_after=done.latest())
    state, surely = wait_state(span("diversion_date")(case), 2, 2, as_of)
    if state == UNKNOWN:
        return Check(MAYBE, text("diversion-wait-unknown"), source)
    if state == YES:
        return Check(YES, text("diversion-wait-met"), source)
    return Check(YES, text("diversion-wait", date=format_date(surely)), source)


# PC 851.93(a)(2)(B)-(C): 1 year after a misdemeanor arrest, 3 after a felony
# arrest, 6 if punishable by 8 years or more. 851.91(a)(1)(A) waits for the
# time to charge, which for most crimes is the same: PC 802, 801, 800.
def arrest_years(case: Case) -> tuple[int, int]:
    return {"misdemeanor": (1, 1), "felony": (3, 3), "felony-8-years": (6, 6)}.get(case.answer("arrest_level"), (1, 6))


PC, HS, WIC = (lambda section, code=code: cite(code, section) for code in ("PC", "HS", "WIC"))
SUPERVISION_NOTICE_CITE = "Penal Code sections 1203.4(a)(1), 1203.4a(a), 1203.41(a) and 1203.42(a)"
IMMIGRATION_CITE = "Penal Code sections 1203.43 and 1473.7"

CONVICTED = {"no": "for-convictions"}
FELONY_ONLY = dict(felony=(YES, None), misdemeanor=(NO, "already-misdemeanor"), infraction=(NO, "already-misdemeanor"))
REGISTRATION_ASK = dict(no=(YES, None), yes=(MAYBE, "registration-ask"))
REGISTRATION_BARS = dict(no=(YES, None), yes=(NO, "registration-bars"))


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
        # 1203.4(b) leaves out some sex offenses; registration alone does not tell which.
        exclusions=(answer("registration", PC("1203.4(b)"), **REGISTRATION_ASK),),
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
        # 1203.4a(d): misdemeanor 288(c) is left out; it requires registration.
        exclusions=(answer("registration", PC("1203.4a(d)"), **REGISTRATION_ASK),),
        wait=(waited(span("conviction_date"), fixed(1), "judgment", PC("1203.4a(a)")),),
        blocked_by=(not_on_supervision(PC("1203.4a(a)")), no_pending_charges(PC("1203.4a(a)"))),
        # 1203.4a(a) must grant; 1203.4a(b) discretion when the life since is not spotless.
        judge=(must_grant("must-grant-4a", PC("1203.4a(a)")),),
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
        # 1170.18(i): not with registration under PC 290(c) (nor a "super strike" prior).
        exclusions=(answer("registration", PC("1170.18(i)"), **REGISTRATION_BARS),),
        # 1170.18(g) must grant a finished sentence; 1170.18(j) good cause after 2022-11-04.
        judge=(lambda case, as_of: must_grant("prop-47-must", PC("1170.18(g)"))(case, as_of)
               if as_of <= date(2022, 11, 4) else judge_decides(PC("1170.18(j)"), "prop-47-late")(case, as_of),),
        statement_helps=True,
    ),
    Remedy(
        id="prop-64",
        guide="guides/prop-64/",
        forms=("CR-400", "CR-401"),
        cites=(HS("11361.8"),),
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
        conditions=(
            outcome("convicted", no="for-convictions", source=PC("1203.425(a)(1)")),
            from_1973("conviction_date", PC("1203.425(a)(1)(B)(v)")),
            note("auto-check", PC("1203.425(a)(1)")),
        ),
        exclusions=(answer("registration", PC("1203.425(a)(1)(B)(i)"), **REGISTRATION_BARS),),
        # 1203.425(a)(1)(B)(ii)-(iii): no supervision, sentence or pending charges.
        blocked_by=(not_on_supervision(PC("1203.425(a)(1)(B)(ii)")), no_pending_charges(PC("1203.425(a)(1)(B)(iii)"))),
        paths=(
            # (v)(I): probation completed without revocation.
            Path(when=(answer("sentence", PC("1203.425(a)(1)(B)(v)"), probation=(YES, None)),),
                 conditions=(
                     answer("probation_result", PC("1203.425(a)(1)(B)(v)"), completed=(YES, None),
                            ended_early=(MAYBE, "auto-ended-early"), violated=(NO, "auto-probation-revoked")),
                     probation_over(PC("1203.425(a)(1)(B)(v)")),
                 )),
            # (v)(II): misdemeanor or infraction, no probation, 1 year after judgment.
            Path(when=(answer("level", PC("1203.425(a)(1)(B)(v)"), misdemeanor=(YES, None), infraction=(YES, None)),
                       answer("sentence", PC("1203.425(a)(1)(B)(v)"), no_probation=(YES, None))),
                 wait=(waited(span("conviction_date"), fixed(1), "judgment", PC("1203.425(a)(1)(B)(v)"), strictly_after=False),)),
            # (v)(III), SB 731: felony, all custody and supervision done, 4 years with no new felony.
            Path(when=(answer("level", PC("1203.425(a)(1)(B)(v)"), felony=(YES, None)),),
                 conditions=(
                     answer("serious_violent", PC("1203.425(a)(1)(B)(v)"), no=(YES, None), yes=(NO, "serious-violent-bars")),
                     answer("new_felony_since", PC("1203.425(a)(1)(B)(v)"), no=(YES, None), yes=(NO, "new-felony-bars")),
                 ),
                 wait=(waited(span("sentence_end_date"), fixed(4), "supervision-end", PC("1203.425(a)(1)(B)(v)"), strictly_after=False),)),
        ),
    ),
    Remedy(
        id="automatic-arrest-relief",
        guide="guides/automatic-relief/",
        forms=(),
        cites=(PC("851.93"),),
        conditions=(outcome("not-convicted", "diversion", no="for-arrests", source=PC("851.93(a)(2)")),),
        paths=(
            # (a)(2)(D): only some diversion programs, and we do not ask which.
            Path(when=(answer("outcome", PC("851.93(a)(2)(D)"), diversion=(YES, None)),),
                 conditions=(lambda case, as_of: Check(MAYBE, text("diversion-arrest"), PC("851.93(a)(2)(D)")),)),
            Path(when=(answer("outcome", PC("851.93(a)(2)"), not_convicted=(YES, None)),
                       answer("arrest_result", PC("851.93(a)(2)(B)"), acquitted=(YES, "acquitted"))),
                 conditions=(from_1973("arrest_date", PC("851.93(a)(2)")), note("auto-check", PC("851.93(a)(1)")))),
            # (a)(2)(A): a dismissed misdemeanor, no wait.
            Path(when=(answer("outcome", PC("851.93(a)(2)"), not_convicted=(YES, None)),
                       answer("arrest_result", PC("851.93(a)(2)(A)"), dismissed=(YES, None)),
                       answer("arrest_level", PC("851.93(a)(2)(A)"), misdemeanor=(YES, "dismissed-misdemeanor"))),
                 conditions=(from_1973("arrest_date", PC("851.93(a)(2)")), note("auto-check", PC("851.93(a)(1)")))),
            # A dismissed felony fits none of (a)(2)(A)-(C) clearly: say so.
            Path(when=(answer("outcome", PC("851.93(a)(2)"), not_convicted=(YES, None)),
                       answer("arrest_result", PC("851.93(a)(2)"), dismissed=(YES, None)),
                       answer("arrest_level", PC("851.93(a)(2)"), felony=(YES, None), felony_8_years=(YES, None))),
                 conditions=(lambda case, as_of: Check(MAYBE, text("dismissed-felony"), PC("851.93(a)(2)")),)),
            # (a)(2)(B)-(C): no case filed and the wait has passed.
            Path(when=(answer("outcome", PC("851.93(a)(2)"), not_convicted=(YES, None)),
                       answer("arrest_result", PC("851.93(a)(2)"), no_charges=(YES, None))),
                 conditions=(from_1973("arrest_date", PC("851.93(a)(2)")), note("auto-check", PC("851.93(a)(1)"))),
                 wait=(waited(span("arrest_date"), arrest_years, "arrest", PC("851.93(a)(2)(B)-(C)"), strictly_after=False),)),
        ),
    ),
    Remedy(
        id="arrest-sealing",
        guide="guides/arrest-sealing/",
        forms=("CR-409", "CR-410"),
        cites=(PC("851.91"),),
        conditions=(outcome("not-convicted", "diversion", no="for-arrests", source=PC("851.91(a)")),),
        # 851.91(c): a right, except "interests of justice" for a pattern of abuse.
        judge=(must_grant("sealing-right", PC("851.91(c)")),),
        statement_helps=True,
        paths=(
            Path(when=(answer("outcome", PC("851.91(a)(1)(B)(i)"), diversion=(YES, None)),),
                 conditions=(lambda case, as_of: Check(MAYBE, text("diversion-sealing-too"), PC("851.91(a)(1)(B)(i)")),)),
            Path(when=(answer("outcome", PC("851.91(a)"), not_convicted=(YES, None)),
                       answer("arrest_result", PC("851.91(a)(1)(B)(ii)"), acquitted=(YES, "acquitted")))),
            Path(when=(answer("outcome", PC("851.91(a)"), not_convicted=(YES, None)),
                       answer("arrest_result", PC("851.91(a)(1)(B)(i)"), dismissed=(YES, "dismissed-sealing"))),
                 conditions=(no_time_limit_maybe,)),
            # 851.91(a)(1)(A): no charges, and the time to charge has run. PC 802(a)
            # allows charging "within one year after commission", the anniversary
            # included, so sealing starts the day after.
            Path(when=(answer("outcome", PC("851.91(a)"), not_convicted=(YES, None)),
                       answer("arrest_result", PC("851.91(a)(1)(A)"), no_charges=(YES, None))),
                 conditions=(no_time_limit_maybe,),
                 wait=(waited(span("arrest_date"), arrest_years, "arrest", PC("851.91(a)(1)(A)"), strictly_after=True),)),
        ),
    ),
    Remedy(
        id="diversion-sealing",
        guide="guides/diversion-sealing/",
        forms=(),
        cites=(PC("851.87"), PC("851.90"), PC("1000.4"), PC("1001.9")),
        conditions=(outcome("diversion", no="for-diversion", source=PC("851.90")),),
        wait=(diversion_wait,),
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
            outcome("convicted", no="for-convictions", source=PC("4852.01")),
            certificate_fits,
            lived_in_california,
        ),
        exclusions=(note("cert-longer", PC("4852.03(a)")),),
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
        cites=(WIC("786"), WIC("781")),
        conditions=(outcome("juvenile", no="for-juvenile", source=WIC("781(a)(1)")),),
        statement_helps=True,
        paths=(
            # WIC 786(a): satisfactory completion of probation: the court must seal.
            # 786 took effect January 1, 2015; probation that ended before then uses 781.
            Path(when=(answer("juvenile_probation_completed", WIC("786(a)"), yes=(YES, "juvenile-786")),
                       date_before_not("juvenile_end_date", date(2015, 1, 1), WIC("786(a)"), "juvenile-before-2015")),
                 judge=(must_grant("juvenile-786-ask", WIC("786(a)")),)),
            # WIC 781(a)(1): later, by petition; the judge decides on rehabilitation.
            Path(conditions=(answer("adult_conviction_since", WIC("781(a)(1)"), no=(YES, None),
                                    yes=(NO, "adult-conviction-bars")),),
                 wait=(juvenile_wait,),
                 judge=(judge_decides(WIC("781(a)(1)")),)),
        ),
    ),
)
