"""Apply the rules table to one case: notices first, then every remedy, best first.

``screen`` returns the JSON shape in docs/screener.md. Each remedy's status
is the worst of its checks: any "no" rules it out, a wait or supervision
makes it "not-now", an unknown answer or the judge's discretion makes it
"maybe"; only when every check holds and the law says yes is it "likely".
"""

from dataclasses import replace
from datetime import date

from . import offense, rules
from .case import UNKNOWN, Case, parse_case
from .messages import guide_title, localize_cite, name, speaking, text
from .conditions import MAYBE, NO, NOT_NOW, YES, Check

STATUSES = ("likely", MAYBE, NOT_NOW, NO)  # best first
_WORST_FIRST = {NO: 0, NOT_NOW: 1, MAYBE: 2, YES: 3}


def screen(case: Case | dict, as_of: date, lang: str = "en") -> dict:
    """Every remedy's result for ``case`` on the day ``as_of``, its reasons in ``lang``."""
    if not isinstance(case, Case):
        case = parse_case(case)  # a dict from JSON, or anything else: CaseError says what to send
    with speaking(lang):
        results = [result(remedy, case, as_of) for remedy in rules.REMEDIES]
        found_notices = notices(case)
    results.sort(key=lambda found: STATUSES.index(found["status"]))  # stable: table order within a status
    return {"as_of": as_of.isoformat(), "notices": found_notices, "results": results}


def notices(case: Case) -> list[dict]:
    """What applies to every remedy: wait while supervised or charged; immigration first."""
    found = []
    waits = (("on_supervision", "supervision", "notice-supervision"), ("pending_charges", "pending-charges", "notice-pending"))
    for key, code, message in waits:
        answer = case.answer(key)
        if answer == "yes":
            found.append(_notice(code, text(message), rules.SUPERVISION_NOTICE_CITE))
        elif answer == "unknown":
            found.append(_notice(code, text(message + "-unknown"), rules.SUPERVISION_NOTICE_CITE))
    if case.answer("citizen") != "yes":  # "no", "unknown" or not asked
        found.append(_notice("immigration", text("notice-immigration"), rules.IMMIGRATION_CITE))
    return found


def views(case: Case) -> list[tuple[str | None, Case]]:
    """The case as the rules see it for each offense in it, with what the code section settles.

    A case with no code sections (or "unknown") is seen once, as answered.
    Each code section found in the offense table fills in the answers it
    settles for that offense (a felony-only section is a felony); a section
    not in the table is seen with the answers the person gave.
    """
    codes = case.offenses if isinstance(case.offenses, tuple) else ()
    if not codes:
        return [(None, case)]
    seen = []
    for code in codes:
        row = offense.lookup(code)
        settled = offense.settled([code]) if row is not None else {}
        seen.append((code, replace(case, offense=row, offense_code=code, **settled)))
    return seen


def result(remedy: rules.Remedy, case: Case, as_of: date) -> dict:
    """One remedy's entry in the results: the worst of its offenses decides, and the result says which when they differ."""
    looked = [(code, checks_for(remedy, view, as_of)) for code, view in views(case)]
    code, checks = min(looked, key=lambda item: _WORST_FIRST[worst(item[1])])  # first worst, in the order given
    status = worst(checks)
    judge = any(check.judge for check in checks)
    if status == YES:
        status = "likely"
    found = {
        "remedy": remedy.id,
        "name": name(remedy.id),
        "status": status,
        "reasons": reasons(checks, status),
        "file_after": file_after(checks, status),
        "judge_decides": judge,
        "forms": list(remedy.forms),
        "guide": remedy.guide,
        "statement_helps": remedy.statement_helps and judge,
        "also": [{"guide": path, "title": guide_title(path)} for path in remedy.also],
    }
    if len({worst(each) for _, each in looked}) > 1:  # the offenses disagree: say which one decided
        found["offense"] = code
        found["reasons"].insert(0, {"text": text("offense-decides", code=code), "cite": found["reasons"][0]["cite"]
                                    if found["reasons"] else remedy.guide})
    return found


def checks_for(remedy: rules.Remedy, case: Case, as_of: date) -> list[Check]:
    """Every check of ``remedy`` for one view of the case, the best path's included."""
    checks = run(remedy.conditions + remedy.exclusions + remedy.wait + remedy.blocked_by + remedy.judge, case, as_of)
    if remedy.paths and not any(check.status == NO for check in checks):
        checks += best_path(remedy.paths, case, as_of)
    return checks


def run(conditions: tuple, case: Case, as_of: date) -> list[Check]:
    return [condition(case, as_of) for condition in conditions]


def best_path(paths: tuple, case: Case, as_of: date) -> list[Check]:
    """The checks of the best path that applies; if none applies, why not."""
    candidates, closed = [], []
    for path in paths:
        gates = run(path.when, case, as_of)
        if any(check.status == NO for check in gates):
            closed += [check for check in gates if check.status == NO]
            continue
        candidates.append(gates + run(path.conditions + path.wait + path.judge, case, as_of))
    if not candidates:
        said = [check for check in closed if check.reason]
        if said or not closed:
            return _unique(said)
        return [Check(NO, text("no-path"), closed[0].cite)]

    def rank(checks):
        status = worst(checks)
        when = file_after(checks, status) or "9999-12-31"
        return (-_WORST_FIRST[status], when)

    return min(candidates, key=rank)  # first best path in table order


def worst(checks: list[Check]) -> str:
    return min((check.status for check in checks), key=_WORST_FIRST.get, default=MAYBE)


def reasons(checks: list[Check], status: str) -> list[dict]:
    """The reasons worth saying: only the ruling-out ones for "no", the deciding ones first otherwise."""
    if status == NO:
        checks = [check for check in checks if check.status == NO]
    ordered = sorted(checks, key=lambda check: _WORST_FIRST[check.status])
    said = []
    for check in ordered:
        reason = {"text": check.reason, "cite": localize_cite(check.cite)}
        if check.reason and reason not in said:
            said.append(reason)
    return said


def file_after(checks: list[Check], status: str) -> str | None:
    """The day a waiting period is surely over, if one is what holds it back."""
    if status not in (NOT_NOW, MAYBE):
        return None
    days = [check.file_after for check in checks if check.status == status and check.file_after]
    return max(days).isoformat() if days else None


def _notice(code: str, words: str, cite: str) -> dict:
    return {"code": code, "text": words, "cite": cite}


def _unique(checks: list[Check]) -> list[Check]:
    seen, kept = set(), []
    for check in checks:
        if check.reason not in seen:
            seen.add(check.reason)
            kept.append(check)
    return kept
