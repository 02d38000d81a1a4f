"""The site's own words outside the tools, for the theme and the build.

The navigation titles, the quick exit, the notices at the foot and head of
pages, and the language offer. They are extracted into the gettext catalogs
with the tools' words (``make catalogs``), so a language is translated in one
catalog; the MkDocs hooks and ``build.py`` read them per language from here.
English is the source: each constant is the message id.
"""


def N_(text: str) -> str:
    """Mark ``text`` for extraction into the catalogs; translated where it is shown."""
    return text


# Navigation titles, as written in mkdocs.yml's nav (the guide pages take
# their titles from their own front matter instead).
NAV = (
    N_("Home"),
    N_("Guides"),
    N_("Ways to clear a record"),
    N_("Check which relief may fit"),
    N_("Write your statement"),
    N_("Check your device"),
    N_("Your privacy"),
    N_("About"),
)

SITE_DESCRIPTION = N_(
    "Free help to clear a criminal record in California. Your answers stay on your device."
)

# The quick exit, first on every page (templates/theme/partials/exit.html).
QUICK_EXIT = N_("Quick exit")
QUICK_EXIT_HOW = N_("Leave this site now. You can also press Shift 3 times.")

# The header's light/dark toggle (mkdocs.yml palette, partials/palette.html):
# each names what pressing it does.
DARK_MODE = N_("Switch to dark mode")
LIGHT_MODE = N_("Switch to light mode")

# The notice after every page's content (templates/theme/partials/notice.html).
NOT_ADVICE = N_("This is information, not legal advice. For advice about your own case,")
NOT_ADVICE_LINK = N_("get free legal help")
LAW_CHECKED = N_("Law last checked:")

# On every page in a language other than English and Spanish: the translation
# is machine-assisted and the English page is the reference.
MACHINE_ASSISTED = N_(
    "This page was translated with the help of a machine. A legal expert has not checked it yet."
)
MACHINE_ASSISTED_LINK = N_("Read the English page. It is the one to trust.")

# On a guide not yet translated into the page's language: it is shown in
# English, and where to get help in the person's language.
NOT_TRANSLATED = N_(
    "This page is not in your language yet, so it is shown in English."
)
NOT_TRANSLATED_HELP = N_("Free legal help in your language")

# Offered (never forced) when the browser prefers a language the site has and
# the page is in another one. Shown in the offered language.
LANGUAGE_OFFER = N_("This page is also in your language.")
LANGUAGE_OFFER_DISMISS = N_("No thanks")
