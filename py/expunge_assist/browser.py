"""The thin adapter between the web worker and the package: JSON in, JSON out.

The worker (site/assets/tools/worker.mjs) imports this module with
``pyodide.pyimport`` and calls ``handle``. Strings cross the boundary, so no
JavaScript object ever reaches the pure core and no Python object leaks back.
"""

import json
import traceback

from .api import CallError, call


def handle(name: str, args_json: str) -> str:
    """Answer one call; always returns a JSON reply, never raises."""
    try:
        args = json.loads(args_json or "{}")
        return json.dumps({"ok": True, "value": call(name, args)})
    except CallError as error:
        return _error(error.code, error.message, problems=error.problems)
    except json.JSONDecodeError as error:
        return _error("bad-arguments", f"The arguments are not valid JSON: {error}.")
    except Exception as error:  # noqa: BLE001 - a bug must reach the page as an error, not a hang
        return _error("internal", f"{type(error).__name__}: {error}", traceback.format_exc())


def _error(code: str, message: str, detail: str = "", problems=None) -> str:
    error = {"code": code, "message": message, "detail": detail}
    if problems:
        error["problems"] = problems  # [[field, what to do], ...] for invalid answers
    return json.dumps({"ok": False, "error": error})
