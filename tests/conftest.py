"""Shared set-up for both test tiers."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # build.py and serve.py


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogs():
    """Compile locales/*.po so CPython tests see the same catalogs the browser gets."""
    import build

    return build.compile_catalogs()
