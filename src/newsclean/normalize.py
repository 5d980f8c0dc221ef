"""Character-level clean-up of Chinese newspaper text: ``str -> str``.

Two modes. ``keep_layout=True`` runs only the fixers that keep every line and every space where
it is (the page pipeline runs it before the layout stage reads columns and indents).
The default also repairs punctuation that an upstream step folded to ASCII, curls straight
quotes, and removes stray spaces inside Chinese text.

Each rule is a small named ``str -> str`` fixer with a doctest. The punctuation rules (ASCII
marks, brackets, quotes, ellipses, dashes) are each other's context -- ``"好",`` only shows
Chinese once the quotes are curled, and the quotes only once the comma is widened -- so the
pipeline solves them jointly in one pass (:func:`fix_cjk_punct`); :func:`widen_cjk_punct`,
:func:`curl_quotes`, :func:`fix_ellipsis` and :func:`fix_dashes` run one kind alone.

NFKC is never applied: it folds ``，：（）`` to ASCII, the damage this module repairs
(docs/adr/0001-no-nfkc.md).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import regex

from . import chardata as cd
from .model import Span, Step
from .options import DEFAULT_OPTIONS, Options
from .uniclass import is_han

__all__ = [
    "collapse_cjk_spaces",
    "curl_quotes",
    "fix_cjk_punct",
    "fix_dashes",
    "fix_ellipsis",
    "fix_line_breaks",
    "fix_odd_spaces",
    "fix_sentence_period",
    "looks_folded",
    "narrow_alnum",
    "normalize",
    "normalize_and_explain",
    "pangu_space",
    "remove_control_chars",
    "widen_cjk_punct",
]

_Counted = Callable[[str], tuple[str, int, str]]
"""A fixer that also says how many changes it made and, optionally, a breakdown."""


# --- layout-safe fixers ---------------------------------------------------------------------


def _fix_line_breaks(text: str) -> tuple[str, int, str]:
    new, n = cd.LINE_BREAK_RE.subn("\n", text)
    return new, n, ""


def fix_line_breaks(text: str) -> str:
    """Make every line break ``\\n``: CRLF, CR and Unicode separators split lines differently.

    >>> fix_line_breaks("区委常委会会议召开\\r\\n研究部署疫情防控工作\\u2028全力做好防输入")
    '区委常委会会议召开\\n研究部署疫情防控工作\\n全力做好防输入'
    """
    return _fix_line_breaks(text)[0]


def _remove_control_chars(text: str) -> tuple[str, int, str]:
    new, n = cd.CONTROL_RE.subn("", text)
    return new, n, ""


def remove_control_chars(text: str) -> str:
    """Drop zero-width chars, soft hyphens, BOMs and control codes: invisible, they break matching.

    >>> remove_control_chars("\\ufeff疫情\\u200b防控\\u00ad工作\\x07")
    '疫情防控工作'
    >>> remove_control_chars("第一行\\t缩进\\n第二行")
    '第一行\\t缩进\\n第二行'
    """
    return _remove_control_chars(text)[0]


def _fix_odd_spaces(text: str) -> tuple[str, int, str]:
    new, n = cd.ODD_SPACE_RE.subn(" ", text)
    return new, n, ""


def fix_odd_spaces(text: str) -> str:
    """Turn NBSP and other odd spaces into one ASCII space each; U+3000 stays (it is an indent).

    >>> fix_odd_spaces("Python\\u00a03.11\\u2002版本")
    'Python 3.11 版本'
    >>> fix_odd_spaces("\\u3000\\u3000江门日报讯")
    '\\u3000\\u3000江门日报讯'
    """
    return _fix_odd_spaces(text)[0]


def _narrow_run(m: regex.Match[str]) -> str:
    return m[0].translate(cd.ALNUM_WIDTH_MAP)


def _narrow_alnum(text: str) -> tuple[str, int, str]:
    runs = cd.FULLWIDTH_ALNUM_RUN_RE.findall(text)
    n = sum(map(len, runs))
    if n:
        text = cd.FULLWIDTH_ALNUM_RUN_RE.sub(_narrow_run, text)
    text, m = cd.FULLWIDTH_DOT_RE.subn(".", text)
    return text, n + m, ""


def narrow_alnum(text: str) -> str:
    """Full-width letters and digits to ASCII (and ``．`` between them): mainland style is ASCII.

    >>> narrow_alnum("奥密克戎变异株ＢＡ．５为目前已知传播能力最强的毒株")
    '奥密克戎变异株BA.5为目前已知传播能力最强的毒株'
    >>> narrow_alnum("共募集捐款２４．４１万元，。")
    '共募集捐款24.41万元，。'
    """
    return _narrow_alnum(text)[0]


# --- text fixers ----------------------------------------------------------------------------


def _fix_sentence_period(text: str) -> tuple[str, int, str]:
    new, n = cd.SENTENCE_PERIOD_RE.subn("。", text)
    return new, n, ""


def fix_sentence_period(text: str) -> str:
    """A ``.`` that ends a Chinese sentence becomes ``。``; decimals and codes keep theirs.

    >>> fix_sentence_period("研究部署疫情防控工作.区人大常委会主任列席会议.")
    '研究部署疫情防控工作。区人大常委会主任列席会议。'
    >>> fix_sentence_period("变异株BA.5为最强毒株,募集24.41万元")
    '变异株BA.5为最强毒株,募集24.41万元'
    """
    return _fix_sentence_period(text)[0]


@dataclass(slots=True)
class _Tok:
    """One token of the punctuation engine."""

    start: int
    end: int
    kind: str  # punct | paren | quote | dots | ellipsis | dash
    text: str
    line: int
    fixed: bool  # already Chinese (full-width bracket, curly quote): context only
    unit: int = -1
    out: str = ""  # replacement if its unit widens ("" = decided when writing out)


@dataclass(slots=True)
class _Unit:
    """Tokens widened together (a bracket or quote pair) and the rule that decides it."""

    family: str  # punct | bracket | quote | ellipsis | dash
    toks: tuple[int, ...]
    rule: str  # any | both | paren_pair | quote_pair | forced
    content: bool = False  # a pair with Chinese inside
    widened: bool = False


_FAMILY = {
    "punct": "punct",
    "paren": "bracket",
    "quote": "quote",
    "dots": "ellipsis",
    "ellipsis": "ellipsis",
    "dash": "dash",
}
_ALL_FAMILIES = frozenset(_FAMILY.values())
_OPEN_PARENS = frozenset("(（")
_CLOSING_LEFT = frozenset(cd.CJK_CLOSE + "。？！…")


def _tokenize(text: str) -> tuple[list[_Tok], list[int]]:
    """Tokens, and for each token the number of Chinese marks before it (gaps and fixed)."""
    toks: list[_Tok] = []
    cum: list[int] = []
    chinese = 0
    prev = 0
    line = 0
    key = ('"' in text, "'" in text, "(" in text or ")" in text)
    for m in cd.TOKEN_RES[key].finditer(text):
        kind = m.lastgroup
        if kind is None or kind in ("url", "email"):
            continue
        s, e = m.span()
        t = m.group()
        if (
            kind == "quote"
            and t == "'"
            and s > 0
            and e < len(text)
            and text[s - 1] in cd.ASCII_ALNUM
            and text[e] in cd.ASCII_ALNUM
        ):
            continue  # an apostrophe: don't, Xi'an
        if kind == "ellipsis" and len(t) != 1:
            continue  # …… is already right
        if kind == "dash" and (len(t) > 2 or t == "——"):
            continue
        if cd.CHINESE_CHAR_RE.search(text, prev, s):
            chinese += 1
        line += text.count("\n", prev, s)
        fixed = t in "（）“”‘’"
        cum.append(chinese)
        if fixed:
            chinese += 1
        toks.append(_Tok(s, e, kind, t, line, fixed))
        prev = e
    cum.append(chinese + (1 if cd.CHINESE_CHAR_RE.search(text, prev) else 0))
    return toks, cum


def _pair_units(toks: list[_Tok], cum: list[int], families: frozenset[str]) -> list[_Unit]:
    """Group tokens into units: bracket and quote pairs on one line, everything else alone."""
    units: list[_Unit] = []

    def add(family: str, idx: tuple[int, ...], rule: str, content: bool = False) -> None:
        if family not in families:
            return
        for i in idx:
            toks[i].unit = len(units)
        units.append(_Unit(family, idx, rule, content))

    def has_content(i: int, k: int) -> bool:
        # Chinese marks strictly between token i and token k
        return cum[k] - cum[i] - (1 if toks[i].fixed else 0) > 0

    parens: list[int] = []
    quotes: dict[str, int | None] = {'"': None, "'": None}
    line = -1
    for i, tok in enumerate(toks):
        if tok.line != line:
            for j in parens:
                _lone(add, toks, j, "bracket")
            for q in quotes.values():
                if q is not None:
                    _lone(add, toks, q, "quote")
            parens, quotes, line = [], {'"': None, "'": None}, tok.line
        if tok.kind == "punct":
            add("punct", (i,), "any")
        elif tok.kind == "paren":
            if tok.text in _OPEN_PARENS:
                parens.append(i)
            elif parens:
                j = parens.pop()
                a, b = toks[j], tok
                if a.fixed and b.fixed:
                    continue
                a.out, b.out = "（", "）"
                if a.fixed or b.fixed:
                    add("bracket", tuple(x for x in (j, i) if not toks[x].fixed), "forced")
                else:
                    add("bracket", (j, i), "paren_pair", has_content(j, i))
            else:
                _lone(add, toks, i, "bracket")
        elif tok.kind == "quote":
            family, opens = cd.CURLY_QUOTES.get(tok.text, (tok.text, False))
            pending = quotes[family]
            if tok.fixed:
                if opens:
                    if pending is not None and not toks[pending].fixed:
                        _lone(add, toks, pending, "quote")
                    quotes[family] = i
                else:
                    if pending is not None and not toks[pending].fixed:
                        toks[pending].out = cd.QUOTE_PAIRS[family][0]
                        add("quote", (pending,), "forced")
                    quotes[family] = None
            elif pending is None:
                quotes[family] = i
            else:
                quotes[family] = None
                tok.out = cd.QUOTE_PAIRS[family][1]
                if toks[pending].fixed:
                    add("quote", (i,), "forced")
                else:
                    toks[pending].out = cd.QUOTE_PAIRS[family][0]
                    add("quote", (pending, i), "quote_pair", has_content(pending, i))
        elif tok.kind == "dots" and tok.text[0] == "。":
            tok.out = "……"
            add("ellipsis", (i,), "forced")
        elif tok.kind in ("dots", "ellipsis"):
            tok.out = "……"
            add("ellipsis", (i,), "any")
        elif tok.kind == "dash":
            tok.out = "——"
            add("dash", (i,), "both")
    for j in parens:
        _lone(add, toks, j, "bracket")
    for q in quotes.values():
        if q is not None and not toks[q].fixed:
            _lone(add, toks, q, "quote")
    return units


def _lone(add: Callable[..., None], toks: list[_Tok], i: int, family: str) -> None:
    if not toks[i].fixed:
        add(family, (i,), "any")


_MAX_ROUNDS = 8  # re-judging crossed pairs; real text needs one round, a second is rare


def _engine(text: str, families: frozenset[str]) -> tuple[str, dict[str, int]]:
    """One pass of the joint punctuation solver; returns the text and changes per family."""
    toks, cum = _tokenize(text)
    if not toks:
        return text, {}
    units = _pair_units(toks, cum, families)
    if not units:
        return text, {}
    by_start = {t.start: i for i, t in enumerate(toks)}
    by_end = {t.end: i for i, t in enumerate(toks)}
    n = len(text)

    # neighbours: ("t", index) for a token, ("c", char) for a plain char, None at line edges
    left: list[tuple[str, int | str] | None] = []
    right: list[tuple[str, int | str] | None] = []
    spaces = cd.LINE_SPACE
    for t in toks:
        p = t.start
        if p and text[p - 1] in spaces:
            m = cd.SPACE_BACK_RE.match(text, 0, p)
            p = m.start() if m else p
        if p == 0 or text[p - 1] == "\n":
            left.append(None)
        elif p in by_end:
            left.append(("t", by_end[p]))
        else:
            left.append(("c", text[p - 1]))
        q = t.end
        if q < n and text[q] in spaces:
            m = cd.SPACE_FWD_RE.match(text, q)
            q = m.end() if m else q
        if q >= n or text[q] == "\n":
            right.append(None)
        elif q in by_start:
            right.append(("t", by_start[q]))
        else:
            right.append(("c", text[q]))

    def chinese(nb: tuple[str, int | str] | None) -> bool:
        if nb is None:
            return False
        kind, v = nb
        if kind == "c":
            return cd.CHINESE_CHAR_RE.match(str(v)) is not None
        tok = toks[int(v)]
        return tok.fixed or (tok.unit >= 0 and units[tok.unit].widened)

    def alnum(nb: tuple[str, int | str] | None) -> bool:
        return nb is not None and nb[0] == "c" and str(nb[1]) in cd.ASCII_ALNUM

    def decide(u: _Unit) -> bool:
        first, last = u.toks[0], u.toks[-1]
        if u.rule == "forced":
            return True
        if u.rule == "any":
            return chinese(left[first]) or chinese(right[last])
        if u.rule == "both":
            return chinese(left[first]) and chinese(right[last])
        if u.rule == "quote_pair":
            return u.content or chinese(left[first]) or chinese(right[last])
        # paren_pair: f(x) after a letter stays unless the left side is Chinese
        return (
            u.content or chinese(left[first]) or (not alnum(left[first]) and chinese(right[last]))
        )

    for u in units:  # ASCII , or : between digits is a number: 1,700 / 3:1 / 10:30
        if u.family == "punct" and len(u.toks) == 1:
            t = toks[u.toks[0]]
            if (
                t.text in (",", ":")
                and t.start > 0
                and t.end < n
                and text[t.start - 1].isascii()
                and text[t.start - 1].isdigit()
                and text[t.end].isascii()
                and text[t.end].isdigit()
            ):
                u.rule = "never"

    # Widening only ever makes more things Chinese, so propagate from a worklist to the least
    # fixed point: each unit widens at most once, and only its neighbours are looked at again.
    work = deque(range(len(units)))
    pairs = [k for k, u in enumerate(units) if u.rule in ("paren_pair", "quote_pair")]
    for _ in range(_MAX_ROUNDS):
        while work:
            u = units[work.popleft()]
            if u.widened or u.rule == "never" or not decide(u):
                continue
            u.widened = True
            for i in u.toks:
                for nb in (left[i], right[i]):
                    if nb is not None and nb[0] == "t":
                        j = toks[int(nb[1])].unit
                        if j >= 0 and not units[j].widened:
                            work.append(j)
        # a pair whose content only became Chinese by widening ("(a" crossing "b好)") is
        # re-judged, so that a second normalize() finds nothing left to do
        open_pairs = [k for k in pairs if not units[k].widened and not units[k].content]
        if not open_pairs:
            break
        done = [0]
        for t in toks:
            done.append(done[-1] + (1 if t.unit >= 0 and units[t.unit].widened else 0))
        for k in open_pairs:
            a, b = units[k].toks
            if done[b] - done[a + 1] > 0:
                units[k].content = True
                work.append(k)
        if not work:
            break

    counts: dict[str, int] = {}
    out: list[str] = []
    pos = 0
    for i, t in enumerate(toks):
        if t.unit < 0 or not units[t.unit].widened:
            continue
        rep = t.out
        if t.kind in ("punct", "paren") and not rep:
            rep = t.text.translate(cd.ASCII_TO_FULLWIDTH_PUNCT_MAP)
        elif t.kind == "quote" and not rep:
            rep = _lone_quote(t.text, left[i], toks, units)
        if rep == t.text:
            continue
        out.append(text[pos : t.start])
        out.append(rep)
        pos = t.end
        fam = units[t.unit].family
        counts[fam] = counts.get(fam, 0) + 1
    if not counts:
        return text, {}
    out.append(text[pos:])
    return "".join(out), counts


def _lone_quote(
    q: str, nb: tuple[str, int | str] | None, toks: list[_Tok], units: list[_Unit]
) -> str:
    """An unpaired straight quote closes after a word or closing mark, else opens."""
    opening, closing = cd.QUOTE_PAIRS[q]
    if nb is None:
        return opening
    if nb[0] == "c":
        c = str(nb[1])
    else:
        t = toks[int(nb[1])]
        widened = t.unit >= 0 and units[t.unit].widened
        c = t.text[-1]
        if widened and t.kind in ("punct", "paren"):
            c = c.translate(cd.ASCII_TO_FULLWIDTH_PUNCT_MAP)
        elif widened:
            c = (t.out or "”")[-1]
    if c in cd.ASCII_ALNUM or c in _CLOSING_LEFT or cd.HAN_RE.match(c):
        return closing
    return opening


def _widen_simple_punct(text: str) -> tuple[str, int]:
    """Widen every run of :data:`cd.SIMPLE_PUNCT_RE`; say how many runs.

    ``split`` puts the runs at the odd places of its list: they are widened all at once,
    joined by a line break (never in a run), instead of by a Python call per run.
    """
    parts = cd.SIMPLE_PUNCT_SPLIT_RE.split(text)
    if len(parts) == 1:
        return text, 0
    runs = "\n".join(parts[1::2]).translate(cd.ASCII_TO_FULLWIDTH_PUNCT_MAP)
    parts[1::2] = runs.split("\n")
    return "".join(parts), len(parts) // 2


def _solve(text: str, families: frozenset[str]) -> tuple[str, int, str]:
    """Run the engine; say how many marks of each family it changed."""
    total: dict[str, int] = {}
    # the common cases first, at C speed: the engine would decide them the same way
    if "punct" in families:
        text, n = _widen_simple_punct(text)
        if n:
            total["punct"] = n
    if "bracket" in families and "(" in text:
        widened = [0]

        def paren(m: regex.Match[str]) -> str:
            if not cd.CHINESE_CHAR_RE.search(m[1]):
                return m[0]
            widened[0] += 2
            return f"（{m[1]}）"

        text = cd.SIMPLE_PAREN_RE.sub(paren, text)
        if widened[0]:
            total["bracket"] = widened[0]
    if cd.ENGINE_CANDIDATE_RE.search(text):
        text, more = _engine(text, families)
        for k, v in more.items():
            total[k] = total.get(k, 0) + v
    n = sum(total.values())
    detail = ", ".join(f"{k} {v}" for k, v in sorted(total.items()))
    return text, n, detail


def fix_cjk_punct(text: str) -> str:
    """Repair folded punctuation, brackets, quotes, ellipses and dashes in one joint pass.

    >>> fix_cjk_punct('江门日报讯(记者/何榕)7月15日,区委书记说:"全力以赴!"')
    '江门日报讯（记者/何榕）7月15日，区委书记说：“全力以赴！”'
    >>> fix_cjk_punct("比分3:1,时间:10:30,共1,700人...")
    '比分3:1，时间：10:30，共1,700人……'
    """
    return _solve(text, _ALL_FAMILIES)[0]


def widen_cjk_punct(text: str) -> str:
    """ASCII ``, ; : ? ! ( )`` inside Chinese text back to full width; numbers and code stay.

    >>> widen_cjk_punct("募集捐款24.41万元(其中网络捐款525人次、60778.13元),累计派发")
    '募集捐款24.41万元（其中网络捐款525人次、60778.13元），累计派发'
    >>> widen_cjk_punct("He said, f(x) = 1; see http://a.cn/?q=1")
    'He said, f(x) = 1; see http://a.cn/?q=1'
    """
    return _solve(text, frozenset({"punct", "bracket"}))[0]


def curl_quotes(text: str) -> str:
    """Straight quotes around Chinese become paired curly quotes; English ones stay.

    >>> curl_quotes('围绕"5+2"重点产业,树立\\'一盘棋\\'思想')
    '围绕“5+2”重点产业,树立‘一盘棋’思想'
    >>> curl_quotes('He said, "hello." It\\'s fine.')
    'He said, "hello." It\\'s fine.'
    """
    return _solve(text, frozenset({"quote"}))[0]


def fix_ellipsis(text: str) -> str:
    """``...``, ``。。。`` and a lone ``…`` in Chinese become the six-dot ``……``.

    >>> fix_ellipsis("害怕出现外溢...面对众多的未知。。。还有…")
    '害怕出现外溢……面对众多的未知……还有……'
    >>> fix_ellipsis("wait... 1...5")
    'wait... 1...5'
    """
    return _solve(text, frozenset({"ellipsis"}))[0]


def fix_dashes(text: str) -> str:
    """``--``, ``-`` or a lone ``—`` between Chinese becomes the two-em dash ``——``.

    >>> fix_dashes("分秒必争抢抓黄金24小时--致敬与病毒赛跑的流调人")
    '分秒必争抢抓黄金24小时——致敬与病毒赛跑的流调人'
    >>> fix_dashes("气温-5℃,COVID-19,9:00-17:00")
    '气温-5℃,COVID-19,9:00-17:00'
    """
    return _solve(text, frozenset({"dash"}))[0]


def _is_chinese(c: str) -> bool:
    """``cd.CHINESE_CHAR_RE.match(c)`` for one character, without the pattern."""
    return c in _CJK_PUNCT or is_han(c)


_CJK_PUNCT = frozenset(cd.CJK_PUNCT)


def _letter_spaced(line: str) -> bool:
    """Most Han characters stand alone between spaces: ``疫 情 防 控``."""
    singles = sum(1 for p in line.split() if len(p) == 1 and is_han(p))
    if singles < 3:
        return False
    return singles * 5 >= len(cd.HAN_RE.findall(line)) * 3


_RUN_MARKS = frozenset("—…。")  # marks whose runs mean something else: —— …… 。。。


# A short quotation of two Han phrases: a slogan printed with its space (“绿水青山 美丽乡村”).
_SLOGAN_RE = regex.compile(r"[“「《‘](\p{Han}{2,10})[ \u3000](\p{Han}{2,10})[”」》’]")
# Han-space-Han per 1,000 Han (non-ASCII) characters above which a page has stray spaces; clean
# pages have a few (names in credits, two-part headlines), scattering extractors 30 and more.
STRAY_SPACE_RATE = 15.0
_HAN_GAP_RE = regex.compile(r"(?<=\p{Han})[ \u3000]+(?=\p{Han})")


def has_stray_spaces(text: str, *, min_han: int = 0) -> bool:
    """Does the text scatter spaces between Chinese characters (an extractor's doing)?

    A text of fewer than ``min_han`` Han characters is too short to tell: False.

    >>> has_stray_spaces("全镇发出“绿水青山 美丽乡村”倡议书，畅通线上线下报名渠道。")
    False
    >>> has_stray_spaces("全镇发 出“绿水 青山美丽乡村”倡议 书，畅通线 上线下报名 渠道。")
    True
    """
    # non-ASCII characters stand in for Han ones (on a Chinese page nearly all are): counting
    # them is a C-speed encode, where a Han pattern over the page costs ~1 ms
    han = len(text) - len(text.encode("ascii", "ignore"))
    if han == 0 or han < min_han:
        return False
    # each gap holds a space of its own: too few spaces for the rate settle it without the
    # two scans of the page (most pages)
    if (text.count(" ") + text.count("\u3000")) * 1000 <= STRAY_SPACE_RATE * han:
        return False
    gaps = len(_HAN_GAP_RE.findall(text)) - len(_SLOGAN_RE.findall(text))
    return gaps * 1000 > STRAY_SPACE_RATE * han


def _collapse_line(
    line: str, digits: bool = True, keep_slogans: Callable[[], bool] | None = None
) -> str:
    """``keep_slogans()`` says whether slogans keep their space; asked only if there is one."""
    line = line.strip(cd.LINE_SPACE)
    if not cd.SPACE_RUN_RE.search(line):
        return line
    spaced = digits and _letter_spaced(line)
    slogans: set[int] | tuple[()] = ()
    if keep_slogans is not None and not spaced:
        slogans = {m.end(1) for m in _SLOGAN_RE.finditer(line)}
        if slogans and not keep_slogans():
            slogans = ()

    def repl(m: regex.Match[str]) -> str:
        s, e = m.span()
        a, b = line[s - 1], line[e]
        ca, cb = _is_chinese(a), _is_chinese(b)
        if a in _RUN_MARKS and b in _RUN_MARKS:
            return " "  # "— —" or "。 。。" joined would read as "——" or an ellipsis
        if ca and cb:
            if s in slogans:
                return " "
            if cd.CREDIT_LEFT_RE.search(line, max(0, s - 5), s) and cd.CREDIT_RIGHT_RE.match(
                line, e, e + 7
            ):
                return " "  # 记者/何榕 见习记者/郑凯瑜
            return ""
        if spaced and (
            (ca and b.isascii() and b.isdigit()) or (cb and a.isascii() and a.isdigit())
        ):
            return ""
        return " "

    return cd.SPACE_RUN_RE.sub(repl, line)


def _collapse_cjk_spaces(text: str, digits: bool = True) -> tuple[str, int, str]:
    lines = text.split("\n")
    n = 0
    stray: list[bool] = []

    def keep_slogans() -> bool:
        # the page-wide count only matters to a line with a slogan: most have none
        if not stray:
            stray.append(has_stray_spaces(text))
        return not stray[0]

    for i, line in enumerate(lines):
        new = _collapse_line(line, digits, keep_slogans)
        if new != line:
            lines[i] = new
            n += 1
    return ("\n".join(lines) if n else text), n, f"{n} lines" if n else ""


def collapse_cjk_spaces(text: str) -> str:
    """Remove spaces inside Chinese text, collapse the rest, strip line ends: print has none.

    >>> collapse_cjk_spaces("  疫 情 防 控 番 禺 15 名 ")
    '疫情防控番禺15名'
    >>> collapse_cjk_spaces("研究 部署 ， 使用Python  3.11和A 股")
    '研究部署，使用Python 3.11和A 股'
    """
    return _collapse_cjk_spaces(text)[0]


_PANGU_RE = regex.compile(r"(?<=\p{Han})(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=\p{Han})")


def _pangu_space(text: str) -> tuple[str, int, str]:
    new, n = _PANGU_RE.subn(" ", text)
    return new, n, ""


def pangu_space(text: str) -> str:
    """Opt-in (``Options.pangu_spacing``): one space between Han and Latin letters or digits.

    >>> pangu_space("变异株BA.5为7月15日")
    '变异株 BA.5 为 7 月 15 日'
    """
    return _pangu_space(text)[0]


# Order is load-bearing:
# - line breaks first, so every later fixer (and every Step's line numbers) sees final lines;
# - control characters before anything that looks at neighbours (a zero-width space between
#   两个汉字 would hide them from each other);
# - narrowing before punctuation: ＢＡ．５ must read as the code BA.5 before "." is judged;
# - the sentence period before the punctuation solver, whose context it becomes (。 is
#   Chinese); it never looks at the marks the solver changes, so the two don't fight;
# - spaces last: the solver skips spaces when it looks at neighbours, while which spaces go
#   depends on what is Chinese punctuation after it ran;
# - pangu spacing (opt-in) after collapsing, which would otherwise undo it.
_LAYOUT_FIXERS: tuple[tuple[str, _Counted], ...] = (
    ("fix_line_breaks", _fix_line_breaks),
    ("remove_control_chars", _remove_control_chars),
    ("fix_odd_spaces", _fix_odd_spaces),
    ("narrow_alnum", _narrow_alnum),
)
_TEXT_FIXERS: tuple[tuple[str, _Counted], ...] = (
    ("fix_sentence_period", _fix_sentence_period),
    ("fix_cjk_punct", lambda t: _solve(t, _ALL_FAMILIES)),
    ("collapse_cjk_spaces", _collapse_cjk_spaces),
)
_PANGU_FIXERS: tuple[tuple[str, _Counted], ...] = (
    _LAYOUT_FIXERS
    + _TEXT_FIXERS[:-1]
    # pangu wants Han-digit spaces, so letter-spaced lines keep theirs ("番禺 15 名")
    + (("collapse_cjk_spaces", lambda t: _collapse_cjk_spaces(t, digits=False)),)
    + (("pangu_space", _pangu_space),)
)


_FULL_FIXERS = _LAYOUT_FIXERS + _TEXT_FIXERS


def _fixers(options: Options, keep_layout: bool) -> tuple[tuple[str, _Counted], ...]:
    if keep_layout:
        return _LAYOUT_FIXERS
    if options.pangu_spacing:
        return _PANGU_FIXERS
    return _FULL_FIXERS


# What each fixer needs in a text to change anything (at least; a fixer finds less). Most
# paragraphs need none of a chain's fixers: one scan for all of them then stands in for
# running the chain. A fixer missing here (pangu_space) makes its chain always run.
# Each need is (characters, as inside [...]; other patterns, each starting with a literal):
# re scans for either by its first character at C speed, where an alternation of a class
# and other patterns makes it try every branch at every position.
_NEEDS: dict[str, tuple[str, str]] = {
    # a CRLF starts with \r
    "fix_line_breaks": ("\r\u2028\u2029\x85", ""),
    "remove_control_chars": (cd.CONTROL_CHARS, ""),
    "fix_odd_spaces": (cd.ODD_SPACE_CHARS, ""),
    "narrow_alnum": (cd.FULLWIDTH_ALNUM_CHARS + "\uff0e", ""),
    "fix_sentence_period": (".", ""),
    # _solve's bulk passes need [,;:?!] or "(", which the engine's test includes. This is
    # ENGINE_CANDIDATE_RE, its lone dash written as (?<![—…])— ... with the dash first.
    "fix_cjk_punct": (
        ",;:?!()\"'\\-―－",
        r"\.\.\.|。。。|—(?<![—…]—)(?![—…])|…(?<![—…]…)(?![—…])",
    ),
    "collapse_cjk_spaces": (cd.LINE_SPACE, ""),  # it strips and joins those spaces only
}


class _Need:
    """What some fixer of a chain needs: ``search(text)`` finds it, or gives None.

    Compiled with the standard ``re``: plain classes and literals, which it scans ~7x faster
    than ``regex`` (1.5 vs 11 us on a paragraph for the layout fixers' class). The class
    and the other patterns are two searches, each a scan for first characters: one
    alternation of both was ~3x slower on the paragraphs that need nothing (most of them).
    """

    __slots__ = ("chars", "other")

    def __init__(self, chars: str, other: str) -> None:
        self.chars = re.compile(f"[{chars}]") if chars else None
        self.other = re.compile(other) if other else None

    def search(self, text: str) -> re.Match[str] | None:
        m = self.chars.search(text) if self.chars is not None else None
        if m is None and self.other is not None:
            m = self.other.search(text)
        return m


def _needs_re(fixers: tuple[tuple[str, _Counted], ...]) -> _Need | None:
    """What is found in every text that some fixer of ``fixers`` would change."""
    if any(name not in _NEEDS for name, _ in fixers):
        return None
    chars = "".join(_NEEDS[name][0] for name, _ in fixers)
    other = "|".join(_NEEDS[name][1] for name, _ in fixers if _NEEDS[name][1])
    return _Need(chars, other)


_CHAIN_NEEDS = {id(c): _needs_re(c) for c in (_LAYOUT_FIXERS, _FULL_FIXERS, _PANGU_FIXERS)}

_Gated = tuple[tuple[_Need | None, tuple[tuple[str, _Counted], ...]], ...]


def _gate(fixers: tuple[tuple[str, _Counted], ...]) -> _Gated:
    """The chain in groups, each with the pattern its fixers need (None: always run).

    In a longer chain the layout fixers go as one group, every other fixer alone. A group
    whose pattern is not in the text leaves it as it is: its first fixer changes nothing, so
    the next one sees the same text, and so on. Once a paragraph needs one fixer, the others
    mostly find nothing. The layout chain alone (a whole page, keep_layout) has a group per
    fixer: most pages need one of them (full-width digits), and a scan for what the others
    need is ~3x quicker than their substitutions over the page finding nothing.
    """
    groups: list[tuple[tuple[str, _Counted], ...]] = []
    if fixers is not _LAYOUT_FIXERS and fixers[: len(_LAYOUT_FIXERS)] == _LAYOUT_FIXERS:
        groups.append(_LAYOUT_FIXERS)
        fixers = fixers[len(_LAYOUT_FIXERS) :]
    groups += [(f,) for f in fixers]
    return tuple((_needs_re(g), g) for g in groups)


_CHAIN_GATES = {id(c): _gate(c) for c in (_LAYOUT_FIXERS, _FULL_FIXERS, _PANGU_FIXERS)}


def _nothing_to_do(fixers: tuple[tuple[str, _Counted], ...], text: str) -> bool:
    needs = _CHAIN_NEEDS.get(id(fixers))
    return needs is not None and needs.search(text) is None


def _changed_lines(old: str, new: str) -> Span:
    """First and last 1-based line of ``new`` that differs from ``old``."""
    lo, hi = 0, min(len(old), len(new))
    while lo < hi:  # longest common prefix, by bisection on C-speed slice compares
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    prefix = lo
    lo, hi = 0, min(len(old), len(new)) - prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid :] == new[len(new) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    end = max(prefix, len(new) - lo - 1)
    first = new.count("\n", 0, prefix) + 1
    last = new.count("\n", 0, end) + 1
    return first, max(first, last)


def normalize(text: str, *, options: Options | None = None, keep_layout: bool = False) -> str:
    """Normalize page or paragraph text; ``keep_layout=True`` keeps every line and space.

    >>> normalize("江门日报讯(记者/何榕 见习记者/郑凯瑜)7月15日,区委书记主持召开会议.")
    '江门日报讯（记者/何榕 见习记者/郑凯瑜）7月15日，区委书记主持召开会议。'
    >>> normalize("　　ＢＡ．５毒株, 传播快\\r\\n", keep_layout=True)
    '\\u3000\\u3000BA.5毒株, 传播快\\n'
    """
    fixers = _fixers(options or DEFAULT_OPTIONS, keep_layout)
    if _nothing_to_do(fixers, text):
        return text
    for needs, group in _CHAIN_GATES[id(fixers)]:
        if needs is None or needs.search(text) is not None:
            for _, fixer in group:
                text = fixer(text)[0]
    return text


def normalize_and_explain(
    text: str, *, options: Options | None = None, keep_layout: bool = False
) -> tuple[str, tuple[Step, ...]]:
    """Like :func:`normalize`, plus one ``Step`` for every fixer that changed something.

    >>> _, steps = normalize_and_explain("疫 情 防 控,全力以赴")
    >>> [(s.action, s.lines) for s in steps]
    [('fix_cjk_punct', (1, 1)), ('collapse_cjk_spaces', (1, 1))]
    """
    steps: list[Step] = []
    fixers = _fixers(options or DEFAULT_OPTIONS, keep_layout)
    if _nothing_to_do(fixers, text):
        return text, ()
    for needs, group in _CHAIN_GATES[id(fixers)]:
        if needs is not None and needs.search(text) is None:
            continue
        for name, fixer in group:
            new, n, note = fixer(text)
            if new != text:
                detail = f"{n} change{'s' if n != 1 else ''}" + (f" ({note})" if note else "")
                steps.append(Step("normalize", name, detail, _changed_lines(text, new)))
            text = new
    return text, tuple(steps)


def looks_folded(text: str) -> bool:
    """Whether an upstream step folded the page's full-width punctuation to ASCII.

    The fingerprint: many ASCII ``, ; : ? ! ( )`` right beside Han characters, few full-width.

    >>> looks_folded("江门日报讯(记者/何榕)7月15日,区委书记主持召开会议,研究部署工作。")
    True
    >>> looks_folded("江门日报讯（记者/何榕）7月15日，区委书记主持召开会议，研究部署（1）。")
    False
    """
    # the marks beside Han are some of all the ASCII marks: count those first (str.count is
    # C-speed; the look-around scan is not), and scan only if the answer is still open
    full = sum(map(text.count, _FULLWIDTH_MARKS))
    bound = sum(map(text.count, _ASCII_MARKS))
    if bound < 3 or bound <= 3 * full:
        return False
    ascii_marks = len(cd.FOLDED_ASCII_RE.findall(text))
    if ascii_marks < 3:
        return False
    return ascii_marks > 3 * full


_ASCII_MARKS = ",;:?!()"  # FOLDED_ASCII_RE's marks
_FULLWIDTH_MARKS = "，；：？！（）"  # FULLWIDTH_PUNCT_RE's class
