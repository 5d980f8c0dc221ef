"""The documented output contract (README "Output"), shared by the golden and CLI tests.

Import with ``from contract import ARTICLE_KEYS`` (``tests/conftest.py`` puts tests/ on sys.path).
"""

from __future__ import annotations

# Every key of ``Document.to_dict()`` and of its articles: the golden test checks the output
# has exactly these, and compares all of them.
CONTRACT_KEYS = ("articles", "furniture", "leftovers")
ARTICLE_KEYS = (
    "title",
    "subtitle",
    "kicker",
    "dateline",
    "credits",
    "bylines",
    "blocks",
    "continued_from",
    "continued_to",
)
