"""Sample answers for the tools, seeded into the tab's storage as store.js keeps them.

Used by tests/browser/test_dark_mode.py and scripts/screens.py to open a
results page and a letter preview in one page load. The only name is an
obviously made-up one: these pages end up in committed screenshots.
"""

import json

SAMPLE_NAME = "Sam Sample"

# Probation finished in 2016 on a felony wobbler (as test_screener_flow.py's
# FINISHED_PROBATION): dismissal likely, reduction maybe.
SCREENER_STATE = {
    "version": 1,
    "cases": [{
        "label": "Sample case",
        "done": True,
        "answers": {
            "outcome": "convicted", "offenses": "unknown", "level": "felony", "wobbler": "yes",
            "offense_kind": "other", "offense_date": "2016", "conviction_date": "2016",
            "serious_violent": "no", "registration": "no", "sentence": "probation",
            "probation_result": "completed", "fire_crew": "no", "sentence_end_date": "2016",
            "new_felony_since": "no", "california_years": 10, "on_supervision": "no",
            "pending_charges": "no", "citizen": "yes", "survivor": "no",
        },
    }],
    "saveOnDevice": False,
}

STATEMENT_STATE = {
    "version": 1,
    "answers": {
        "name": SAMPLE_NAME,
        "court": "Superior Court of California, County of Los Angeles",
        "salutation": "Your Honor,",
        "areas": ["work", "caregiving"],
        "work": {"employer": "a bakery", "text": "I have worked at a bakery for three years and now train new staff."},
        "caregiving": {"text": "I care for my two children and help my mother every week."},
        "responsibility": {"what_happened": "I made a bad choice when I was young.", "learned": "I learned to ask for help.",
                           "changed": "I have stayed sober and kept a steady job."},
        "goals": {"goals": "I want to become a licensed nurse and support my family."},
    },
    "letter": {"text": "", "builtFrom": "", "edited": False},
    "saveOnDevice": False,
}


def seed(key: str, state: dict) -> str:
    """An init script that puts ``state`` in this tab's sessionStorage under the tool's key before the page runs."""
    return f"sessionStorage.setItem({json.dumps(key)}, {json.dumps(json.dumps(state))});"


SEED_SCREENER = seed("expunge-assist:screener", SCREENER_STATE)
SEED_STATEMENT = seed("expunge-assist:statement", STATEMENT_STATE)
