"""str -> str. PLACEHOLDER: being replaced by the full implementation (issue 3)."""

from __future__ import annotations

import regex

from .model import Step
from .options import Options

_HAN = r"\p{Han}"


def normalize(text: str, *, options: Options | None = None, keep_layout: bool = False) -> str:
    """Normalize page text."""
    return normalize_and_explain(text, options=options, keep_layout=keep_layout)[0]


def normalize_and_explain(
    text: str, *, options: Options | None = None, keep_layout: bool = False
) -> tuple[str, tuple[Step, ...]]:
    """Normalize and say what changed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if keep_layout:
        return text, ()
    text = regex.sub(rf"(?<={_HAN})[ \t\u3000]+(?={_HAN})", "", text)
    table = {",": "，", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）", ":": "："}
    text = regex.sub(
        rf"(?<=[{_HAN}“”])[,;?!:()]|[,;?!:()](?=[{_HAN}“”])", lambda m: table[m[0]], text
    )
    return text, ()


def looks_folded(text: str) -> bool:
    """Whether the page's full-width punctuation was folded to ASCII upstream."""
    return False
