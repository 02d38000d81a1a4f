"""Every sentence the screener can say, in one place, translated through gettext.

Each English template is wrapped in ``_()`` so ``pybabel extract`` finds it
and the catalogs in ``locales/`` translate it. The templates stay English in
this module; they are looked up in the person's language when a sentence is
made, inside ``speaking(lang)`` (screener.screen sets it). Citations keep the
statute's English name in every language, as the guides do.
"""

import re
from contextlib import contextmanager
from datetime import date

from . import catalog, questions


def _(text: str) -> str:
    """Mark a string for the catalogs; it is translated when used (see ``tr``)."""
    return text


_gettext = catalog.translations("en").gettext


@contextmanager
def speaking(lang: str):
    """Within this block, sentences are made in ``lang`` (English when it has no catalog)."""
    global _gettext
    previous, _gettext = _gettext, catalog.translations(lang).gettext
    try:
        yield
    finally:
        _gettext = previous


def tr(template: str) -> str:
    """A marked template in the current language."""
    return _gettext(template)


RECORD = "guides/get-your-record/"

# Laws, so a citation reads "Penal Code section 1203.4(a)(1)".
CODES = {
    "PC": _("Penal Code section {section}"),
    "WIC": _("Welfare and Institutions Code section {section}"),
    "HS": _("Health and Safety Code section {section}"),
}

MONTHS = (
    _("January"), _("February"), _("March"), _("April"), _("May"), _("June"),
    _("July"), _("August"), _("September"), _("October"), _("November"), _("December"),
)

# What we still need to know, for "You do not know {thing} yet.": each
# question's "thing" from the schema (questions.py), and what several answers
# tell together.
THINGS = {
    **{question["key"]: question["thing"] for question in questions.QUESTIONS},
    "juvenile_dates": _("your birth date and the date the juvenile case ended"),
}

MESSAGES = {
    # Anything we do not know.
    "unknown": _("You do not know {thing} yet. Your record shows it: see guides/get-your-record/."),
    # Notices that apply to every remedy.
    "notice-supervision": _(
        "You said you are on probation, parole or other supervision, or serving a sentence. "
        "Most dismissals must wait until that ends."
    ),
    "notice-supervision-unknown": _(
        "If you are on probation, parole or other supervision now, most dismissals must wait until it ends."
    ),
    "notice-pending": _("You said you are charged with a crime now. Most dismissals must wait until that case ends."),
    "notice-pending-unknown": _("If you are charged with a crime now, most dismissals must wait until that case ends."),
    "notice-immigration": _(
        "If you are not a U.S. citizen, talk to an immigration lawyer before you file. "
        "A dismissal may not fix immigration problems."
    ),
    # Which cases a remedy is for.
    "for-convictions": _("This is for a case that ended in a conviction."),
    "for-arrests": _("This is for an arrest that did not end in a conviction."),
    "for-diversion": _("This is for a diversion program you finished."),
    "for-juvenile": _("This is for a juvenile court case."),
    "for-felony": _("This is for a felony."),
    "for-cannabis": _("This is for a cannabis (marijuana) offense."),
    "for-prop-47": _("This is for certain drug possession and low-value theft felonies."),
    "for-cert": _("This is for a felony, or a sex offense that needs registration."),
    "already-misdemeanor": _("Your conviction is not a felony, so there is nothing to reduce."),
    "infraction-no-1203.4": _("This does not cover infractions. Dismissal with no probation does."),
    "needs-probation": _("This is for a case where you got probation."),
    "had-probation": _("You got probation, so use Dismissal after probation instead."),
    "needs-misdemeanor-no-probation": _("This is for a misdemeanor with no probation, or an infraction."),
    "needs-jail-or-prison": _("This is for a felony sentence to county jail or state prison."),
    "needs-prison": _("This is for a state prison sentence."),
    "not-after-jail-or-prison": _("A felony cannot be reduced after a county jail or state prison sentence."),
    "no-path": _("Your answers do not fit any of the ways this relief works."),
    # Facts about this case.
    "probation-completed": _("You finished probation, so the judge must grant it."),
    "probation-ended-early": _("The judge ended your probation early, so the judge must grant it."),
    "probation-violated": _("You had a probation violation, so the judge decides."),
    "probation-not-over": _("Your probation has not ended yet."),
    "dui": _("For a DUI or other driving offense, the judge decides."),
    "dui-unknown": _("If it was a DUI or other driving offense, the judge decides."),
    "registration-ask": _("Some sex offenses cannot be dismissed. Ask a lawyer before you file."),
    "registration-bars": _("It does not cover a case where you must register as a sex offender."),
    "supervision-wait": _("You must wait until your probation, parole or supervision ends."),
    "pending-wait": _("You must wait until the case you are charged in now ends."),
    "supervision-unknown": _("If you are on probation, parole or supervision now, you must wait until it ends."),
    "pending-unknown": _("If you are charged with a crime now, you must wait until that case ends."),
    "vc-infraction-bars": _("{code} is a Vehicle Code infraction, like a traffic ticket. This does not cover it."),
    "vc-infraction-depends": _("If {code} was charged as a Vehicle Code infraction, this does not cover it."),
    "vc-infraction-unknown": _("This does not cover Vehicle Code infractions, like most traffic tickets. The code section on your papers tells."),
    "offense-excluded": _("The law leaves {code} out of this relief."),
    "offense-may-be-excluded": _("The law leaves some forms of {code} out of this relief. Ask a lawyer which one you have."),
    "excluded-4-unknown": _("A few offenses cannot be dismissed this way, like some sex crimes. The code section on your court papers tells."),
    "conviction-since-4a": _("You were convicted of another crime since then, so the judge decides. A personal statement helps."),
    "must-grant-4a": _("If you did all the sentence asked and obeyed the law, the judge must grant it."),
    "judge-decides": _("The judge decides. A personal statement helps."),
    "wobbler-yes": _("Your felony could also have been a misdemeanor."),
    "wobbler-no": _("This felony can only be a felony, so it cannot be reduced."),
    "prison-on-hold": _("If the judge gave you a prison term and put it on hold, ask a lawyer first."),
    "before-realignment": _("You were sentenced before October 1, 2011."),
    "after-realignment": _("You were sentenced on or after October 1, 2011. See Dismissal after jail or prison."),
    "would-be-jail-today": _("It fits only if your felony would be a county jail felony today. Ask a lawyer."),
    "still-prison-today": _("A serious or violent felony, or one with registration, still goes to state prison."),
    "serious-violent-bars": _("It does not cover a serious or violent felony."),
    "auto-registration-bars": _("The state does not do this for anyone who must register as a sex offender, for any case."),
    "fire-crew-yes": _("You served on a fire crew while in custody."),
    "fire-crew-no": _("This is for people who served on a fire crew while in custody."),
    "fire-crew-unknown-offense": _("It does not cover murder, kidnapping, arson, some sex crimes or crimes punished by life. The code section on your papers tells."),
    "offense-decides": _("{code} decides this result: it is the hardest of the convictions you entered."),
    "offense-before": _("The offense happened before {date}."),
    "offense-after": _("The offense happened on or after {date}, so the new law already applied."),
    "offense-straddles": _("The offense must be before {date}. Check the exact date on your record."),
    "prop-47-kind": _("Your felony is one of the drug or theft crimes Prop 47 covers."),
    "prop-47-must": _("If you finished the sentence and qualify, the judge must grant it."),
    "prop-47-serving": _("If you are still serving the sentence, the judge decides. The judge can say no only for a real risk to public safety."),
    "super-strike-bars": _("Prop 47 does not cover you if you were ever convicted of a very serious crime on the law's list, like murder."),
    "prop-64-check": _("The state may have fixed it already. Check your record first."),
    "prop-64-must": _("The judge must grant it unless the prosecutor proves you do not qualify."),
    "auto-check": _("The state does this on its own, but only if its records show the facts. Order your record to check."),
    "auto-after-1973": _("It covers only cases from 1973 on."),
    "auto-probation-revoked": _("It does not cover probation that was revoked after a violation."),
    "auto-ended-early": _("The state counts the full probation term, so it may clear it only after that term."),
    "no-new-felony": _("You had no new felony since."),
    "new-felony-bars": _("A new felony conviction in those 4 years stops this."),
    "acquitted": _("You were found not guilty."),
    "dismissed-misdemeanor": _("Your misdemeanor charge was dismissed."),
    "dismissed-felony": _("The state clears a dismissed charge on its own only for a misdemeanor. For a felony, ask the court to seal the arrest."),
    "dismissed-misdemeanor-sealing": _("Your misdemeanor charge was dismissed, so it cannot be filed again."),
    "diversion-arrest": _("The state may clear the arrest after some diversion programs. Check your record."),
    "no-limit-bars": _("{code} can be charged at any time, so the arrest can be sealed only after a not-guilty verdict or a finding that you are innocent."),
    "charge-wait": _("The arrest can be sealed only when it is too late to charge you: at least {years} after the offense. Wait until {date}."),
    "charge-maybe": _("The arrest can be sealed only when it is too late to charge you. For some crimes that time is longer. Ask a lawyer before you file."),
    "charge-time-over": _("The time to charge you has run out."),
    "refile-wait": _("A dismissed felony can usually be filed again until the time to charge runs out: at least {years}. Wait until {date}."),
    "refile-maybe": _("A dismissed felony can be filed again until the time to charge runs out. The time the case was open does not count. Ask a lawyer before you file."),
    "diversion-sealing-too": _("Your charge was dismissed after the program, so arrest sealing may also fit."),
    "sealing-right": _("If you qualify, sealing is your right. The judge must grant it."),
    "diversion-may-seal": _("The judge may seal the records after you finish the program."),
    "diversion-not-done": _("You must finish the program first."),
    "diversion-no-wait": _("There is no wait after you finish. The prosecutor and police get 60 days to answer your request."),
    "survivor-yes": _("A judge can clear a case that came from being trafficked or hurt. A lawyer can help for free."),
    "survivor-unknown": _("If your case was connected to being trafficked or hurt by someone, a judge may clear it."),
    "survivor-skip": _("You did not answer, and that is fine. If it ever applies, the survivors guide can help."),
    "survivor-no": _("You said your case was not connected to trafficking or abuse."),
    "cert-felony": _("You were convicted of a felony, so you can ask for a certificate."),
    "cert-excluded": _("The law leaves {code} out of the certificate. You can ask the Governor for a pardon instead."),
    "cert-may-be-excluded": _("The law leaves some forms of {code} out of the certificate. If yours is one, you can ask the Governor for a pardon instead."),
    "cert-excluded-unknown": _("A few sex offenses cannot get a certificate. The code section on your papers tells. For those, ask the Governor for a pardon."),
    "cert-after-dismissal": _("You can ask after you get a dismissal under Penal Code section 1203.4."),
    "cert-residence": _("You must live in California for 5 years in a row before you file."),
    "cert-residence-met": _("You have lived in California for at least 5 years."),
    "cert-longer": _("The wait may be longer for some offenses, like murder or a life sentence."),
    "juvenile-786": _("You finished juvenile probation, so the court must seal the case."),
    "juvenile-before-2015": _("Probation that ended before 2015 is not sealed this way. You can ask the court instead."),
    "juvenile-786-ask": _("If the court did not seal it, ask the juvenile court or a lawyer."),
    "707b-bars-786": _("{code} is on the list of serious juvenile offenses, and you were 14 or older. The court does not seal it this way, unless the finding was dismissed or reduced."),
    "707b-unknown": _("The court does not seal serious offenses on a list, like robbery, this way if you were 14 or older. The code section and your birth date tell."),
    "707b-781": _("For a serious offense on the list at 14 or older, you can ask only after you finish probation for it."),
    "290008-bars-781": _("A juvenile record you must register for cannot be sealed."),
    "juvenile-788": _("Since you are 18 or older, county probation must ask the court to seal your juvenile record. If nothing came, ask probation."),
    "juvenile-781-wait": _("You can ask when you turn 18 or 5 years after the case ended, whichever is first."),
    "adult-conviction-bars": _("An adult felony, or a misdemeanor of moral turpitude, since the case stops this."),
    # Waiting periods.
    "wait-met": _("It has been at least {years} since {event}."),
    "wait-not-met": _("You must wait {years} after {event}. The wait is over on {date}."),
    "wait-partial": _("The wait of {years} after {event} may be over. It is surely over on {date}."),
    "wait-unknown": _("The wait is {years} after {event}. You do not know that date yet. See guides/get-your-record/."),
    "wait-residence": _("You need 5 years in a row living in California. You can file on or after {date}."),
}

# The events a wait counts from: "{years} after {event}".
EVENTS = {
    "judgment": _("the judge gave your sentence"),
    "sentence-end": _("you finished your sentence"),
    "supervision-end": _("you finished all custody and supervision"),
    "arrest": _("the arrest"),
    "release": _("your release or the start of your supervision"),
}

NAMES = {
    "dismissal-probation": _("Dismissal after probation"),
    "dismissal-no-probation": _("Dismissal with no probation"),
    "dismissal-county-jail": _("Dismissal after jail or prison"),
    "dismissal-prison-before-2011": _("Dismissal after prison before 2011"),
    "felony-reduction": _("Reducing a felony to a misdemeanor"),
    "prop-47": _("Prop 47 for old drug and theft felonies"),
    "prop-64": _("Prop 64 cannabis relief"),
    "automatic-conviction-relief": _("Automatic relief for a conviction"),
    "automatic-arrest-relief": _("Automatic relief for an arrest"),
    "arrest-sealing": _("Sealing an arrest"),
    "diversion-sealing": _("Sealing records after diversion"),
    "survivor-vacatur": _("Relief for survivors of trafficking or abuse"),
    "dismissal-fire-crew": _("Dismissal after serving on a fire crew"),
    "certificate-of-rehabilitation": _("Certificate of Rehabilitation"),
    "juvenile-sealing": _("Sealing a juvenile record"),
}


# Titles of the guides a result links besides its own (Remedy.also).
GUIDE_TITLES = {
    "guides/already-cleared/": _("Was my record already cleared?"),
}


def guide_title(path: str) -> str:
    """The title of a guide a result links, in the current language."""
    return tr(GUIDE_TITLES[path])


def cite(code: str, section: str) -> str:
    """A citation in words: cite("PC", "1203.4(a)(1)")."""
    return tr(CODES[code]).format(section=section)


_ENGLISH_CITE = {
    code: re.compile("^" + re.escape(template).replace(re.escape("{section}"), r"(?P<section>\S+)") + "$")
    for code, template in CODES.items()
}


def localize_cite(citation: str) -> str:
    """A citation made in English (the rules table is built once, in English) in the current language."""
    for code, pattern in _ENGLISH_CITE.items():
        match = pattern.match(citation)
        if match:
            return cite(code, match.group("section"))
    return citation


def years(low: int, high: int | None = None) -> str:
    """"1 year", "2 years", or "1 to 2 years" when the answers leave a range."""
    if high is not None and high != low:
        return tr(_("{low} to {high} years")).format(low=low, high=high)
    return tr(_("1 year")) if low == 1 else tr(_("{n} years")).format(n=low)


def format_date(day: date) -> str:
    """A date in words: "March 14, 2027" (in Spanish, "14 de marzo de 2027")."""
    return tr(_("{month} {day}, {year}")).format(month=tr(MONTHS[day.month - 1]), day=day.day, year=day.year)


def name(remedy_id: str) -> str:
    """A remedy's name in the current language."""
    return tr(NAMES[remedy_id])


def text(key: str, **params) -> str:
    """The sentence for ``key`` in the current language, its blanks filled (marked words translated too)."""
    params = {key_: tr(value) if isinstance(value, str) and value in _MARKED else value for key_, value in params.items()}
    return tr(MESSAGES[key]).format(**params)


# Words passed into sentences as blanks ("{event}", "{thing}"), translated with them.
_MARKED = set(EVENTS.values()) | set(THINGS.values())
