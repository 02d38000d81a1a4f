"""MkDocs hook: dates written out in the page's language ("28 November 2026")."""

import datetime

from babel.dates import format_date


def on_env(env, config, files):
    """Give templates ``long_date(value, locale)`` for front-matter dates."""

    def long_date(value, locale="en"):
        if isinstance(value, str):
            value = datetime.date.fromisoformat(value)
        # Babel spells a script subtag with an underscore: "zh-Hant" is zh_Hant.
        return format_date(value, format="long", locale=str(locale).replace("-", "_"))

    env.filters["long_date"] = long_date
    return env
