"""Expunge Assist: the Python that runs both in CPython and in the browser.

Everything here is pure: it takes plain data (answers, a language code) and
returns text, bytes or plain data. Only ``browser`` knows it is being called
from a web worker, and even it imports nothing from the browser.
"""

__version__ = "0.1.0"
