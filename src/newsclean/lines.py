"""text -> lines, and the printed width of a line."""

from __future__ import annotations

import re

from . import uniclass
from .model import Line

# Characters that take a full cell in Chinese typesetting: Han, kana, hangul, CJK and
# full-width punctuation, and the curly quotes/dashes/ellipsis that Chinese fonts set full width.
_WIDE = (
    f"[{uniclass.HAN}{uniclass.HIRAGANA}{uniclass.KATAKANA}{uniclass.HANGUL}"
    r"\u3000-\u303f\uff01-\uff60\uffe0-\uffe6"
    r"\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u300a-\u300f\u25a0-\u25ff\u2460-\u24ff]"
)
# Runs of wide characters: Chinese text is nearly all wide, so a few long matches are counted
# instead of one match (and one string) per character. The standard re scans the class ~3x
# faster than regex scans \p{Han}.
_WIDE_RUN_RE = re.compile(_WIDE + "+")
_LEAD_SPACE = " \t\u3000"  # what indents a line


def cells(text: str) -> float:
    """Return the printed width of ``text`` in Chinese character cells.

    A Han character or full-width mark takes one cell, an ASCII letter or digit half of one.

    >>> cells("资逾200亿元")
    5.5
    """
    if text.isascii():
        return len(text) / 2  # no ASCII character is wide
    return (len(text) + sum(map(len, _WIDE_RUN_RE.findall(text)))) / 2


def wider_than(text: str, limit: float) -> bool:
    """Whether ``cells(text) > limit``, measured only when the length leaves doubt.

    ``cells`` lies between half the length and the length: a text no longer than ``limit``
    never is wider, one longer than twice ``limit`` always is.

    >>> wider_than("资逾200亿元", 5), wider_than("资逾200亿元", 6)
    (True, False)
    """
    n = len(text)
    if n <= limit:
        return False
    if n > 2 * limit:
        return True
    return cells(text) > limit


def split_lines(text: str) -> tuple[Line, ...]:
    """Split normalized text into numbered lines, indentation measured and stripped.

    Blank lines are kept (with empty text): layout uses them.

    >>> split_lines("标题\\n\\u3000\\u3000正文。")[1]
    Line(number=2, text='正文。', indent=4)
    """
    out = []
    for n, raw in enumerate(text.split("\n"), start=1):
        body = raw.rstrip()
        rest = body.lstrip(_LEAD_SPACE)
        indent = 0
        if len(rest) != len(body):
            lead = body[: len(body) - len(rest)]
            indent = len(lead) + lead.count("\u3000")
            body = rest
        out.append(Line(n, body, indent))
    if out and not out[-1].text and text.endswith("\n"):
        out.pop()  # the final newline ends the last line, it does not start a new one
    return tuple(out)
