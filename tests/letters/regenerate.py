"""Rewrite the expected letters: `python tests/letters/regenerate.py`.

Each NAME.json here is a set of answers; NAME.txt is the letter they must
give. Run this after a deliberate change of wording, then read the diff.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "py"))

from expunge_assist import answers, letter  # noqa: E402


def expected(path: Path) -> str:
    return letter.render(answers.parse(json.loads(path.read_text(encoding="utf-8"))))


if __name__ == "__main__":
    for case in sorted(HERE.glob("*.json")):
        case.with_suffix(".txt").write_text(expected(case), encoding="utf-8")
        print(f"wrote {case.with_suffix('.txt').name}")
