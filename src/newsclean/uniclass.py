"""Unicode scripts as character classes for the standard ``re``, which has no ``\\p{...}``.

``re`` scans a plain class ~3x faster than ``regex`` scans ``\\p{Han}``, and calls cost less:
the hottest simple patterns use these classes. The tables hold the code points that
``regex`` gives each script; a test compares every code point with it. At import the
runs' borders are checked against the ``regex`` installed (a few dozen matches): if they
disagree (another Unicode version: a run it lacks, or one it makes longer) the class is
found by scanning every code point instead (~0.1 s). A run the tables lack altogether
shows only in the test.
"""

from __future__ import annotations

from typing import Final

import regex

_Ranges = tuple[tuple[int, int], ...]

# first and last code point of each run, as regex 2026.12 (Unicode 17) gives them
_HAN: Final[_Ranges] = (
    (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x3005, 0x3005), (0x3007, 0x3007),
    (0x3021, 0x3029), (0x3038, 0x303B), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9), (0x16FE2, 0x16FE3), (0x16FF0, 0x16FF6), (0x20000, 0x2A6DF),
    (0x2A700, 0x2B81E), (0x2B820, 0x2CEAD), (0x2CEB0, 0x2EBE0), (0x2EBF0, 0x2EE5D),
    (0x2F800, 0x2FA1D), (0x30000, 0x3134A), (0x31350, 0x33479),
)  # fmt: skip
_HIRAGANA: Final[_Ranges] = (
    (0x3041, 0x3096), (0x309D, 0x309F), (0x1B001, 0x1B11F), (0x1B123, 0x1B123),
    (0x1B132, 0x1B132), (0x1B150, 0x1B152), (0x1F200, 0x1F200),
)  # fmt: skip
_KATAKANA: Final[_Ranges] = (
    (0x30A1, 0x30FA), (0x30FD, 0x30FF), (0x31F0, 0x31FF), (0x32D0, 0x32FE), (0x3300, 0x3357),
    (0xFF66, 0xFF6F), (0xFF71, 0xFF9D), (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B000), (0x1B120, 0x1B122), (0x1B124, 0x1B128),
    (0x1B155, 0x1B155), (0x1B164, 0x1B168),
)  # fmt: skip
_HANGUL: Final[_Ranges] = (
    (0x1100, 0x11FF), (0x302E, 0x302F), (0x3131, 0x318E), (0x3200, 0x321E), (0x3260, 0x327E),
    (0xA960, 0xA97C), (0xAC00, 0xD7A3), (0xD7B0, 0xD7C6), (0xD7CB, 0xD7FB), (0xFFA0, 0xFFBE),
    (0xFFC2, 0xFFC7), (0xFFCA, 0xFFCF), (0xFFD2, 0xFFD7), (0xFFDA, 0xFFDC),
)  # fmt: skip


def _borders_agree(prop: str, ranges: _Ranges) -> bool:
    """Each run's ends are in the script, and the code points just outside are not."""
    p = regex.compile(rf"\p{{{prop}}}")
    for a, b in ranges:
        if not (p.match(chr(a)) and p.match(chr(b))):
            return False
        if p.match(chr(a - 1)) or (b < 0x10FFFF and p.match(chr(b + 1))):
            return False
    return True


def scan(prop: str) -> _Ranges:
    """The runs of ``\\p{prop}`` over every code point, as the installed ``regex`` has them."""
    every = "".join(map(chr, range(0x110000)))
    return tuple((m.start(), m.end() - 1) for m in regex.finditer(rf"\p{{{prop}}}+", every))


def _checked(prop: str, ranges: _Ranges) -> _Ranges:
    return ranges if _borders_agree(prop, ranges) else scan(prop)


def _class_body(ranges: _Ranges) -> str:
    """The inside of ``[...]`` for ``re``: escapes, so any code point is safe."""
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


_HAN_CHAR_RE = regex.compile(r"\p{Han}")


def is_han(c: str) -> bool:
    r"""``regex.match(r"\p{Han}", c)`` for one character (or none): the common ideographs
    (U+4E00..U+9FFF, one run of the table) by comparison, ASCII at once, the rest by regex.
    A call of the pattern costs several times more than the comparisons."""
    if "\u4e00" <= c <= "\u9fff":
        return True
    return not c.isascii() and _HAN_CHAR_RE.match(c) is not None


#: ``\p{Han}`` and the others, to put inside ``[...]`` of a pattern for ``re``.
HAN: Final = _class_body(_checked("Han", _HAN))
HIRAGANA: Final = _class_body(_checked("Hiragana", _HIRAGANA))
KATAKANA: Final = _class_body(_checked("Katakana", _KATAKANA))
HANGUL: Final = _class_body(_checked("Hangul", _HANGUL))
