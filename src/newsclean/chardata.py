"""Character classes, tables and compiled patterns used by :mod:`newsclean.normalize`.

Everything here is built once at import and never mutated. Patterns avoid nested quantifiers
and unbounded look-behinds so every one of them runs in linear time.
"""

from __future__ import annotations

from typing import Final

import regex

# --- character classes (regex source fragments, for use inside [...]) ----------------------

#: Han ideographs: CJK Unified Ideographs, extensions A-H, compatibility ideographs, 〇 etc.
HAN: Final = r"\p{Han}"

#: Chinese opening punctuation: curly quotes, full-width brackets, book-title marks.
CJK_OPEN: Final = "“‘（《〈【〔「『〖［｛"

#: Chinese closing punctuation, mirror of CJK_OPEN.
CJK_CLOSE: Final = "”’）》〉】〕」』〗］｝"

#: Other full-width Chinese punctuation: comma, full stop, enumeration comma, semicolon, colon,
#: question/exclamation marks, ellipsis and dash pieces, wave dash, middle dots.
CJK_OTHER: Final = "，。、；：？！…—～·・﹏"

#: Every Chinese punctuation mark (GB/T 15834-2011 forms).
CJK_PUNCT: Final = CJK_OPEN + CJK_CLOSE + CJK_OTHER

#: Horizontal white space inside a line: ASCII space, tab, U+3000 ideographic space.
LINE_SPACE: Final = " \t\u3000"

# --- translation tables --------------------------------------------------------------------

#: Full-width digits ０-９ (U+FF10..FF19) and letters Ａ-Ｚ ａ-ｚ (U+FF21..FF3A, U+FF41..FF5A)
#: to ASCII. Nothing else: full-width punctuation is correct in Chinese and is kept.
ALNUM_WIDTH_MAP: Final = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
}

#: The ASCII marks a folding upstream step produced from Chinese punctuation, and back.
ASCII_TO_FULLWIDTH_PUNCT_MAP: Final = str.maketrans(",;:?!()", "，；：？！（）")

#: Straight quotes to (opening, closing) curly quotes.
QUOTE_PAIRS: Final = {'"': ("“", "”"), "'": ("‘", "’")}

#: Curly quotes to the straight quote they pair with, and whether they open.
CURLY_QUOTES: Final = {"“": ('"', True), "”": ('"', False), "‘": ("'", True), "’": ("'", False)}

# --- compiled patterns ---------------------------------------------------------------------

#: CRLF (with any CRs before it: CR CR LF is CRLF converted twice, one break), lone CR,
#: U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR, U+0085 NEXT LINE.
LINE_BREAK_RE: Final = regex.compile("\r+\n|[\r\u2028\u2029\x85]")

#: Invisible junk: C0 controls except \t \n, DEL, C1 controls (U+0085 is a line break and is
#: handled before), soft hyphen U+00AD, zero-width space/non-joiner/joiner U+200B-200D,
#: LRM/RLM U+200E-200F, bidi embeddings U+202A-202E, word joiner U+2060, bidi isolates
#: U+2066-2069, and BOM / zero-width no-break space U+FEFF anywhere in the text.
CONTROL_CHARS: Final = (
    "\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
)
CONTROL_RE: Final = regex.compile(f"[{CONTROL_CHARS}]+")

#: Odd spaces that become one ASCII space each: NBSP U+00A0, Ogham space U+1680, en/em/thin/
#: hair spaces U+2000-200A, narrow NBSP U+202F, medium math space U+205F. U+3000 is not here:
#: an ideographic space is a paragraph indent and the layout stage reads it.
ODD_SPACE_CHARS: Final = "\u00a0\u1680\u2000-\u200a\u202f\u205f"
ODD_SPACE_RE: Final = regex.compile(f"[{ODD_SPACE_CHARS}]")

#: Full-width letters and digits.
FULLWIDTH_ALNUM_CHARS: Final = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
FULLWIDTH_ALNUM_RE: Final = regex.compile(f"[{FULLWIDTH_ALNUM_CHARS}]")

#: Runs of them, to narrow run by run: ``str.translate`` with a dict table looks up every
#: character of a page in Python, while these are a handful of dates and codes.
FULLWIDTH_ALNUM_RUN_RE: Final = regex.compile(FULLWIDTH_ALNUM_RE.pattern + "+")

#: A full-width full stop U+FF0E between ASCII letters/digits (after narrowing): ＢＡ．５ -> BA.5.
FULLWIDTH_DOT_RE: Final = regex.compile("(?<=[0-9A-Za-z])\uff0e(?=[0-9A-Za-z])")

#: A "." ending a Chinese sentence: a Han character right before it, and after it the end of
#: the text, white space, a Han character, a quote or a closing bracket. Excludes decimals
#: (24.41) and codes (BA.5) because a digit or letter stands before or after.
SENTENCE_PERIOD_RE: Final = regex.compile(r"(?<=\p{Han})\.(?=\Z|[\s\p{Han}\"'“”‘’)）》])")

#: One Chinese character or Chinese punctuation mark: what makes ASCII punctuation "Chinese".
CHINESE_CHAR_RE: Final = regex.compile(f"[{HAN}{CJK_PUNCT}]")

#: A Han character alone.
HAN_RE: Final = regex.compile(HAN)

#: Runs of white space inside a line (never the line break).
SPACE_RUN_RE: Final = regex.compile(f"[{LINE_SPACE}]+")

#: Used backwards/forwards from a position to skip white space inside a line.
SPACE_BACK_RE: Final = regex.compile(f"[{LINE_SPACE}]*", flags=regex.REVERSE)
SPACE_FWD_RE: Final = regex.compile(f"[{LINE_SPACE}]*")

#: ASCII letters and digits.
ASCII_ALNUM: Final = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

#: A credit separator ``记者/何榕 见习记者/郑凯瑜``: the space after ``/name`` and before
#: ``role/`` is kept. Tested on short slices either side of the space (bounded width).
CREDIT_LEFT_RE: Final = regex.compile(r"/\p{Han}{1,4}\Z")
CREDIT_RIGHT_RE: Final = regex.compile(r"\p{Han}{1,6}/")

_URL = r"""(?P<url>(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9+.-]{0,15}://|www\.)
        (?:[A-Za-z0-9\-._~:/?#\[\]@!$&*+;=%]*[A-Za-z0-9\-_~/#\]@$&*+=%])?)"""
_EMAIL = r"(?P<email>(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++)"


def _token_re(double: bool, single: bool, parens: bool) -> regex.Pattern[str]:
    quotes = ('"“”' if double else "") + ("'‘’" if single else "")
    alts = [
        _URL,
        _EMAIL,
        r"(?P<punct>[,;:?!]++)",
        r"(?P<paren>[()（）])" if parens else "",
        f"(?P<quote>[{quotes}])" if quotes else "",
        r"(?P<dots>\.{3,}+|。{3,}+)",
        r"(?P<ellipsis>…++)",
        r"(?P<dash>[\-—―－]++)",
    ]
    return regex.compile("|".join(a for a in alts if a), flags=regex.VERBOSE)


#: Every token the Chinese punctuation engine looks at, in one left-to-right scan. URLs and
#: e-mail addresses come first and are skipped whole, so their ``: ? , .`` are never touched.
#: Look-behinds keep URL/e-mail matching anchored at word starts (linear on long ASCII runs);
#: possessive quantifiers stop backtracking. A URL never ends in ``. , : ; ? !``: trailing
#: sentence punctuation belongs to the sentence (the only backtracking, over that tail).
#: Keyed by (text has ``"``, text has ``'``, text has ``(`` or ``)``): curly quotes and
#: full-width brackets are only tokens when there are straight ones to pair them with.
TOKEN_RES: Final = {
    (d, s, p): _token_re(d, s, p)
    for d in (False, True)
    for s in (False, True)
    for p in (False, True)
}

#: Anything the punctuation engine could change; a text without any skips it.
ENGINE_CANDIDATE_RE: Final = regex.compile(r"[,;:?!()\"'\-―－]|\.\.\.|。。。|(?<![—…])[—…](?![—…])")

#: ASCII marks right beside a Chinese character: widened in bulk before the engine runs (the
#: engine would widen them too; this is the common case, done at C speed). The run-start
#: look-behind keeps the second branch linear on a long run of commas.
SIMPLE_PUNCT_RE: Final = regex.compile(
    f"(?<=[{HAN}{CJK_PUNCT}])[,;:?!]++|(?<![,;:?!])[,;:?!]++(?=[{HAN}{CJK_PUNCT}])"
)

#: The same in a group, for ``split``: the runs then stand at the odd places of its list.
SIMPLE_PUNCT_SPLIT_RE: Final = regex.compile(f"({SIMPLE_PUNCT_RE.pattern})")

#: An innermost ASCII bracket pair on one line, no bracket of either width inside.
SIMPLE_PAREN_RE: Final = regex.compile("\\(([^()（）\n]*+)\\)")

#: Fingerprint of folded punctuation: an ASCII mark right beside a Han character.
FOLDED_ASCII_RE: Final = regex.compile(r"(?<=\p{Han})[,;:?!()]|[,;:?!()](?=\p{Han})")

#: The full-width marks a folding step would have destroyed.
FULLWIDTH_PUNCT_RE: Final = regex.compile("[，；：？！（）]")
