"""Write tests/expected/citations.json: every citation each remedy can show (tests/citation_table.py).

Run after a deliberate change to a rule's citation, then read the diff
against the statute before committing it:

    .venv/bin/python tests/expected/make_citations.py
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from citation_table import collect  # noqa: E402


def main() -> None:
    path = HERE / "citations.json"
    path.write_text(json.dumps(collect(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
