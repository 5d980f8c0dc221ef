"""The documented output contract (README "Output"), shared by the golden and CLI tests.

Import with ``from contract import ARTICLE_KEYS`` (``tests/conftest.py`` puts tests/ on sys.path).
"""

from __future__ import annotations

CONTRACT_KEYS = ("articles", "furniture", "leftovers")
ARTICLE_KEYS = (
    "title",
    "subtitle",
    "kicker",
    "dateline",
    "credits",
    "blocks",
    "continued_from",
    "continued_to",
)
