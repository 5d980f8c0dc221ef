"""Simplified <-> Traditional conversion (OpenCC) and script detection.

OpenCC is untyped; its converter objects are typed ``Any`` here and nowhere else.
Each converter is built once per config (about 60 ms) and cached.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any, Literal

import opencc

from .decode import BIG5_LEVEL1, GB2312_LEVEL1

__all__ = ["CONFIGS", "convert_script", "detect_script", "get_converter"]

#: OpenCC config names shipped with the installed OpenCC ("s2t", "t2s", "s2tw", ...).
CONFIGS: tuple[str, ...] = tuple(sorted(c.removesuffix(".json") for c in opencc.CONFIGS))
_ALIASES = {"simplified": "t2s", "traditional": "s2t"}
_VALID = ("keep", *_ALIASES, *CONFIGS)

Script = Literal["simplified", "traditional", "mixed", "unknown"]


def check_script(config: str) -> str:
    """The OpenCC config that ``config`` names, or ``ValueError``; builds no converter.

    >>> check_script("traditional")
    's2t'
    """
    name = _ALIASES.get(config, config) if isinstance(config, str) else config
    if name not in CONFIGS:
        raise ValueError(f"unknown script conversion {config!r}; valid: {', '.join(_VALID)}")
    return name


@lru_cache(maxsize=32)  # there are fewer than 32 configs
def get_converter(config: str) -> Any:
    """The OpenCC converter for ``config`` (an OpenCC name or an alias), built once.

    >>> get_converter("s2t") is get_converter("traditional")
    True
    >>> get_converter("s2t").convert("发布会")
    '發佈會'
    """
    name = check_script(config)
    if name != config:
        return get_converter(name)
    return opencc.OpenCC(name)


@lru_cache(maxsize=256)
def _protect_pattern(protect: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted({p for p in protect if p}, key=len, reverse=True)  # longest first
    return re.compile("(" + "|".join(map(re.escape, words)) + ")")


def convert_script(text: str, *, to: str, protect: tuple[str, ...] = ()) -> str:
    """Convert ``text`` to another script, leaving the ``protect`` substrings as they are.

    ``to`` is ``"keep"`` (no change), ``"simplified"`` (= ``"t2s"``), ``"traditional"``
    (= ``"s2t"``) or any OpenCC config name (``"s2tw"``, ``"hk2s"``, ...); anything else
    raises ``ValueError``.  Protect personal names: OpenCC turns 余志坚 into 餘志堅.

    >>> convert_script("区委常委会会议召开", to="traditional")
    '區委常委會會議召開'
    >>> convert_script("區人大常委會主任余志坚列席", to="t2s")
    '区人大常委会主任余志坚列席'
    >>> convert_script("主任余志坚列席", to="s2t", protect=("余志坚",))
    '主任余志坚列席'
    """
    if to == "keep":
        return text
    converter = get_converter(to)
    if not text:
        return text
    if not any(protect):
        return str(converter.convert(text))
    parts = _protect_pattern(protect).split(text)
    # split() with one group alternates: unprotected, protected, unprotected, ...
    return "".join(p if i % 2 else str(converter.convert(p)) for i, p in enumerate(parts))


_SCRIPT_SHARE = 0.85  # this share of the script-specific characters decides the script


def detect_script(text: str) -> Script:
    """Say whether ``text`` is written in Simplified or Traditional characters.

    A character is Traditional-only when OpenCC t2s changes it and it is not a
    common Simplified character (GB2312 level 1: 乾 and 著 are both), and
    Simplified-only when s2t changes it and it is not a common Traditional character
    (Big5 level 1: 干, 后 and 余 are both).  At least 85% of such characters on one side
    decides; otherwise ``"mixed"``; ``"unknown"`` when there are none.  Each distinct
    character is converted once, so this is fast on a whole page.

    >>> detect_script("区委常委会会议召开"), detect_script("區委常委會會議召開")
    ('simplified', 'traditional')
    >>> detect_script("区委常委会会议召开 區委常委會會議召開")
    'mixed'
    >>> detect_script("人民 2020"), detect_script("")
    ('unknown', 'unknown')
    """
    counts = Counter(text)
    chars = [c for c in counts if c >= "\u2e80"]  # CJK and up
    if not chars:
        return "unknown"
    joined = "\n".join(chars)  # newlines keep OpenCC from matching multi-char phrases
    to_simp = str(get_converter("t2s").convert(joined)).split("\n")
    to_trad = str(get_converter("s2t").convert(joined)).split("\n")
    if len(to_simp) != len(chars) or len(to_trad) != len(chars):  # pragma: no cover
        return "unknown"  # OpenCC never changes line structure; be safe anyway
    trad = simp = 0
    for c, s, t in zip(chars, to_simp, to_trad, strict=True):
        if s != c and c not in GB2312_LEVEL1:
            trad += counts[c]
        elif t != c and c not in BIG5_LEVEL1:
            simp += counts[c]
    if trad + simp == 0:
        return "unknown"
    if trad >= _SCRIPT_SHARE * (trad + simp):
        return "traditional"
    if simp >= _SCRIPT_SHARE * (trad + simp):
        return "simplified"
    return "mixed"
