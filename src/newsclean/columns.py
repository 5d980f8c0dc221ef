"""Untangle interleaved columns: physical lines -> column segments -> column streams.

Some extractors mix the columns of a page: pdfminer without box flow gives the lines of
neighbouring columns in turn (A1, B1, A2, B2, ...), pdftotext in reading order sets two or
three column lines on one text line separated by a space. Positions are lost, so the columns
are recovered from the text alone:

1. each line is cut into column segments (at runs of spaces, or at single spaces where the
   line is too wide for one column), letter-spaced headlines kept whole;
2. every segment is linked to the segment that continues its column, chosen among the next
   few segments by a score: same width (a column's lines are equally full), a join that reads
   on (the character pair across the join occurs elsewhere on the page, a continuation cannot
   start with a comma), nearness; a paragraph's first line may be short by its dropped indent;
   on pages whose body lines carry no spaces, a spaced line (headline, byline) is no body line;
3. interleaved columns keep a rhythm (A B C A B C: period 3) for many lines, so a Viterbi pass
   finds the piecewise-constant period that best explains all the link scores, and links at
   that period gain a bonus: one weak join is outvoted by its neighbours' strong ones;
4. links are taken best first, each segment having at most one successor and one
   predecessor, so the chains that result are the column streams.

Everything is windowed: the work is linear in the number of segments.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import importlib.metadata
import importlib.resources
import importlib.util
import itertools
import operator
import os
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from .convert import get_converter
from .lines import cells
from .model import Line
from .uniclass import is_han

# A final mark at the end of a text (what ends_final tests, the definition it must match).
# A note in brackets after the last sentence (…完工。（据新华社）, …往来。（记者 李明）) ends it too,
# with the date stamp 中央社 sets after its editor's note (…。（編輯：卓怡萱）1131120).
FINAL_RE = regex.compile(
    r"[。！？!?…]+[”’」』）)]*$|[。！？!?][”’」』]$|——$|：$|:$"
    r"|[。！？!?…][”’」』]*[（(][^（）()\n]{1,30}[）)](?:\d{7})?$"
)
_FINAL_MARKS = "。！？!?…"
_FINAL_CLOSERS = "”’」』）)"
_NOTE_MAX = 30


def ends_final(text: str) -> bool:
    """``bool(FINAL_RE.search(text))`` with string methods: a final mark, then only closing
    quotes or brackets, or a short note in brackets (…通车。（据新华社）, perhaps with a date stamp
    after it); or —— or a colon at the end (``$`` also before one last newline).

    The pattern is anchored at the end, but a search for it tries every position of the
    text: on a paragraph that is most of the cost.

    >>> ends_final("他说：“好。”"), ends_final("全力以赴"), ends_final("如下：\\n")
    (True, False, True)
    """
    if text[-1:] == "\n":
        text = text[:-1]
    body = text.rstrip(_FINAL_CLOSERS)  # [。！？!?][”’」』]$ is a case of the first alternative
    if (body != "" and body[-1] in _FINAL_MARKS) or text.endswith(("——", "：", ":")):
        return True
    if text[-1:] not in "）)":
        # 中央社's date stamp after the note (…。（編輯：卓怡萱）1131120)
        stamp = text[-7:]
        if not (stamp.isascii() and stamp.isdigit() and text[-8:-7] in ("）", ")")):
            return False
        text = text[:-7]
    if len(text) < 3:
        return False
    # a note in brackets after the last sentence: its opening bracket, 1-30 characters back
    tail = text[-_NOTE_MAX - 2 :]
    start = max(tail.rfind("（"), tail.rfind("("))
    if start < 0 or len(tail) - start - 2 < 1:
        return False
    inside = tail[start + 1 : -1]
    if any(c in inside for c in "（）()\n"):
        return False
    before = tail[:start].rstrip("”’」』")
    if start == 0 and len(text) > len(tail):
        before = text[: len(text) - len(tail)].rstrip("”’」』")
    return before != "" and before[-1] in _FINAL_MARKS


# A segment starting with one of these continues a sentence begun elsewhere.
_CONT_START_RE = regex.compile(r"^[，。、；：,;:！？!?）)”’」』…%]")
_ASCII_PUNCT_RE = regex.compile(r"(?<=\p{Han})[,;:?!()]|[,;:?!()](?=\p{Han})")
_ASCII_MARK_RE = re.compile(r"[,;:?!()]")
_SPACE_IN_RE = regex.compile(r"(?<=\S) (?=\S)")
_SPACES_SPLIT_RE = re.compile(r"( +)")  # keeps the runs: tokens and runs alternate
_HAN_SPACE_RE = regex.compile(
    r"[\p{Han}\p{Pi}\p{Pf}\p{Ps}\p{Pe}][ \u3000]+[\p{Han}\p{Pi}\p{Pf}\p{Ps}\p{Pe}]"
)
# Below this share of segments with a space between Han characters, such a space marks a
# headline or byline (pages with random spaces between characters have many).
_SPACED_SHARE = 0.25
_ALL_HAN_RE = regex.compile(r"^\p{Han}+$")
# A letter-spaced run beside an unspaced piece this wide (cells) is cut from it (split_line).
_RUN_NEIGHBOUR = 4.0
# More single characters standing alone between spaces than this per line: stray spaces.
_STRAY_SHARE = 0.3
# Rare dictionary words would make any join look plausible.
_MIN_WORD_FREQ = 20

# How many segments ahead a column's next line may be (pdfminer interleaves up to ~4 columns
# plus headline and caption lines).
WINDOW = 8
# A paragraph's first line is short by its indent (two cells), which extractors drop.
_INDENT = 2.0
# Links scoring below this are not made: the chain ends (paragraph or column end).
MIN_LINK = 0.9
# A link at its segment's column period (see periods) gains this; changing period costs.
PERIOD_BONUS = 1.0
PERIOD_SWITCH = 1.0
# What a link loses whose next line looks like a paragraph's first line (short, no final mark).
FIRST_LINE_PENALTY = 0.3
# A page whose segments stand after a blank line this often (per text line) has its columns
# take turns box by box (pdfminer); see _keep_boxes.
_TURNS_SHARE = 0.6
# The score of the link between two lines of one such box: above any content link.
BOX_LINK = 10.0
# A width wider than the body column that this many segments share (within a cell) is a
# second, wider column (an article set over two columns' width), not a run of headlines.
_WIDE_COL_MIN = 5
# Statistics are taken from at most this many characters (a 10 MB line must stay fast).
_STATS_CHARS = 400_000
_MAX_WIDTH_LINES = 20_000


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of one physical line that belongs to one column."""

    number: int  # the line it came from
    index: int  # 0 = leftmost piece of that line
    text: str
    width: float
    indent: int = 0
    after_blank: bool = False  # a blank line stands between it and the line before
    offset: float = -1.0  # where it starts on its line, in cells (-1: unknown)

    def line(self) -> Line:
        # leading space wider than a paragraph's indent places a piece in a column further
        # right (pdftotext -layout), it indents nothing
        indent = self.indent if self.index == 0 and self.indent <= _MAX_INDENT_COLS else 0
        return Line(self.number, self.text, indent)


def width(text: str) -> float:
    """Printed width in cells once normalized: inner spaces dropped, ASCII marks by Han full.

    >>> width("相连, 了些"), width("广 东消防")
    (5.0, 4.0)
    """
    bare = _SPACE_IN_RE.sub("", text) if " " in text else text
    # most lines hold no ASCII mark at all: a plain character class rules them out fast
    marks = len(_ASCII_PUNCT_RE.findall(bare)) if _ASCII_MARK_RE.search(bare) else 0
    return cells(bare) + 0.5 * marks


def body_width(lines: Sequence[Line]) -> float:
    """The commonest width of lines wide enough to be body lines (the usual column width)."""
    counts: Counter[int] = Counter()
    for ln in lines[:_MAX_WIDTH_LINES]:
        w = width(ln.text)
        if w >= 6:
            counts[round(w)] += 2
        if " " in ln.text and w >= 12:
            # pieces of a line holding two columns side by side vote for the column width
            # (the empty strings between the spaces of a run measure 0: not measured at all)
            pieces = filter(None, ln.text.split(" "))
            counts.update(round(x) for x in map(width, pieces) if x >= 6)
    if not counts:
        return 0.0
    top = max(counts.values())
    # ties go to the narrower width: side-by-side lines inflate the wide ones
    return float(min(w for w, c in counts.items() if c == top))


def _tokens(text: str) -> list[tuple[str, int]]:
    """Space-separated tokens with the length of the space run before each; a run of single
    characters set one space apart (a letter-spaced headline) becomes one token."""
    parts = _SPACES_SPLIT_RE.split(text)
    # a token is at an even index, the run of spaces before it just before (runs are whole,
    # so only the first and last token can be empty)
    toks = [(parts[k], len(parts[k - 1]) if k else 0) for k in range(0, len(parts), 2) if parts[k]]
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and len(toks[j][0]) == 1 and (j == i or toks[j][1] == 1):
            j += 1
        if j - i >= 3:
            out.append((" ".join(t for t, _ in toks[i:j]), toks[i][1]))
            i = j
        else:
            out.append(toks[i])
            i += 1
    return out


def split_line(text: str, col: float, cut_runs: bool = False) -> list[str]:
    """Cut one line into column pieces.

    A run of two or more spaces always separates columns; a single space does only where the
    line is too wide for one column of width ``col`` and both sides are column-sized.

    >>> split_line("相连，中秋国庆两节 了些应节商品，过节", 10)
    ['相连，中秋国庆两节', '了些应节商品，过节']
    >>> split_line("记者 苏晓岚", 10), split_line("番 禺 居 民 楼 深 夜", 10)
    (['记者 苏晓岚'], ['番 禺 居 民 楼 深 夜'])

    ``cut_runs`` (a page without stray spaces, see :func:`stray_spaces`): a letter-spaced run
    and an unspaced piece at least ``_RUN_NEIGHBOUR`` cells wide beside it are two columns.

    >>> split_line("市人大代表甄伟民是 享 假 期 !", 11, cut_runs=True)
    ['市人大代表甄伟民是', '享 假 期 !']
    """
    if " " not in text:
        return [text] if text else []  # what the cuts below give a line of one token
    toks = _tokens(text)
    if len(toks) <= 1:
        return [text] if text else []
    groups: list[list[str]] = [[toks[0][0]]]
    for k, (tok, gap) in enumerate(toks[1:], start=1):
        prev = toks[k - 1][0]
        if gap >= 2 or (cut_runs and (_run_beside(prev, tok) or _run_beside(tok, prev))):
            groups.append([tok])
        else:
            groups[-1].append(tok)
    out: list[str] = []
    for g in groups:
        out += _split_wide(g, col)
    return out


def _run_beside(run: str, word: str) -> bool:
    """Is ``run`` letter-spaced (single characters set one space apart: a headline, a line
    justified by spacing) and ``word`` an unspaced piece wide enough to be a column line?
    Where spaces are not strewn at random, no printed line holds both."""
    return " " in run and " " not in word and width(word) >= _RUN_NEIGHBOUR


def stray_spaces(lines: Sequence[Line]) -> bool:
    """Does the page strew spaces inside its words? Then single characters standing alone
    between spaces (not in a letter-spaced run) are common: ~0.9 a line, against < 0.1 on
    pages whose spaces only separate columns or letter-space headlines."""
    alone = total = 0
    for ln in lines[:_MAX_WIDTH_LINES]:
        if not ln.text:
            continue
        total += 1
        t = ln.text.split(" ")
        for k, x in enumerate(t):
            if (
                len(x) == 1
                and not (k and len(t[k - 1]) == 1)
                and not (k + 1 < len(t) and len(t[k + 1]) == 1)
            ):
                alone += 1
    return alone > _STRAY_SHARE * total


def _split_wide(toks: list[str], col: float) -> list[str]:
    """Split a token run joined by single spaces into column-sized pieces, if it is too wide."""
    # one token (the common case: columns set apart by runs of spaces) is never measured
    if col <= 0 or len(toks) == 1 or width(" ".join(toks)) <= col + 1.5:
        return [" ".join(toks)]
    ws = [width(t) for t in toks]
    pieces: list[str] = []
    i = 0
    while i < len(toks):
        # take tokens while the piece fits a column; prefer the cut that leaves it nearest full
        acc, best, j = 0.0, i + 1, i
        while j < len(toks) and acc + ws[j] <= col + 1.0:
            acc += ws[j]
            j += 1
            if acc >= col - 1.5:
                best = j
        if j == i:  # one token wider than a column (a headline): keep it whole
            best = i + 1
        elif best == i + 1 and j > i + 1:
            best = j
        pieces.append(" ".join(toks[i:best]))
        i = best
    # a wide line none of whose pieces fills a column is a headline with a space in it
    sizes = [width(p) for p in pieces]
    if not any(col - 1.5 <= w <= col + 1.0 for w in sizes):
        return [" ".join(toks)]
    # a piece too small to be a column line was a spaced word of its neighbour
    merged: list[str] = []
    merged_sizes: list[float] = []
    for p, w in zip(pieces, sizes, strict=True):
        if merged and (w < 2 or merged_sizes[-1] < 2):
            merged[-1] = merged[-1] + " " + p
            merged_sizes[-1] = width(merged[-1])
        else:
            merged.append(p)
            merged_sizes.append(w)
    return merged


def segment_lines(
    lines: Sequence[Line], col: float, whole: Callable[[str], bool] | None = None
) -> list[Segment]:
    """All column segments of the page in text order (line by line, left to right).

    A line for which ``whole`` is true stays one segment: a footer (责任编辑 林峰 美术编辑 谭健)
    spaces its fields as widely as columns stand apart.
    """
    out: list[Segment] = []
    cut_runs = not stray_spaces(lines)
    blank = False
    for ln in lines:
        if not ln.text:
            blank = True
            continue
        pieces = [ln.text.strip()] if whole and whole(ln.text) else split_line(ln.text, col, cut_runs)
        pos = 0
        for k, piece in enumerate(pieces):
            at = ln.text.find(piece, pos)
            offset = -1.0 if at < 0 else ln.indent / 2 + cells(ln.text[:at])
            pos = max(pos, at + len(piece))
            out.append(
                Segment(ln.number, k, piece, width(piece), ln.indent, blank and k == 0, offset)
            )
        blank = False
    return out


def join_counts(segs: Sequence[Segment]) -> tuple[Counter[str], Counter[str]]:
    """Han bigrams and trigrams inside segments: what a good join across lines looks like."""
    bi: Counter[str] = Counter()
    tri: Counter[str] = Counter()
    texts = []
    used = 0
    for s in segs:
        t = seg_text(s)
        used += len(t)
        if used > _STATS_CHARS:
            break
        texts.append(t)
    # t[i] + t[i + 1] is t[i : i + 2]: map builds the n-grams without a Python loop, and
    # one update per counter takes them all
    pairs = [list(map(operator.add, t, t[1:])) for t in texts]
    bi.update(itertools.chain.from_iterable(pairs))
    ends = (map(operator.add, p, t[2:]) for p, t in zip(pairs, texts, strict=True))
    tri.update(itertools.chain.from_iterable(ends))
    return bi, tri


def seg_text(s: Segment) -> str:
    """The segment's text without its inner spaces."""
    return _SPACE_IN_RE.sub("", s.text) if " " in s.text else s.text


@dataclass(frozen=True, slots=True)
class _Side:
    """What :func:`link_score` reads of one segment, worked out once per segment: a segment
    is scored against every other in its window, up to ``2 * WINDOW`` times."""

    seg: Segment
    text: str  # seg_text
    spaced: bool  # a space between Han characters
    open_bracket: bool  # ends inside brackets: （记者 苏晓
    final: bool  # ends_final(text)
    cont: bool  # starts with what continues a sentence
    han_first: bool
    han_last: bool
    head: str  # the first three characters of text, the last three: all a join looks at
    tail: str
    width: float  # the segment's width, or the one it takes in its column (_set_width)
    date_cut: bool  # a dateline cut before its last word: 新华社北京9月11日|电
    letters: bool  # letter-spaced: 番 禺 居 民 楼
    closes: bool  # opens inside brackets, closed on it: 伍嘉欣) 近日，…


def _side(s: Segment, col: float = 0.0, body: float = 0.0) -> _Side:
    """``col``: where columns take turns box by box, each line's own width is all there is
    to tell its column by, and a mark hanging past the column does not count (0: it does).
    ``body``: the body column's width, to tell a stray space in a body line (0: unknown)."""
    t = seg_text(s)
    return _Side(
        s,
        t,
        (" " in s.text or "\u3000" in s.text)
        and _HAN_SPACE_RE.search(s.text) is not None
        and not _stray_spaced(s, t, body)
        and not _spaced_in_brackets(s.text),
        _open_bracket(s.text),
        ends_final(t),
        bool(_CONT_START_RE.match(t)),
        is_han(t[:1]) if t else False,
        is_han(t[-1:]) if t else False,
        t[:3],
        t[-3:],
        _set_width(s.width, t, col),
        t[-1:] in "日0123456789" and _DATE_CUT_RE.fullmatch(t) is not None,
        " " in s.text and _letter_spaced(s.text),
        _CLOSED_FIRST_RE.match(s.text) is not None,
    )


def _letter_spaced(text: str) -> bool:
    """Most Han characters stand alone between spaces (番 禺 居 民 楼), not a few words."""
    singles = sum(1 for p in text.split() if len(p) == 1 and is_han(p))
    return singles >= 3 and singles * 5 >= sum(map(is_han, text)) * 3


# an agency or paper, a place, a date, and nothing else: the rest of its dateline (电, 讯,
# 江门消息) opens the line that continues it
# (or before the day's 日: 中国台湾网12月21|日江门消息); not 本报讯 截至10月18|日, a lead's text
_DATE_CUT_RE = regex.compile(
    r"\p{Han}{1,8}?(?:社|网|網|報|报|台)(?:(?![讯訊电電])\p{Han}){0,6}\d{1,2}月\d{1,2}日?"
)
_DATE_REST_RE = regex.compile(r"[电電讯訊]|\p{Han}{0,4}消息")
_DAY_REST_RE = regex.compile(r"日(?:[电電讯訊]|\p{Han}{0,4}消息)")


_BODY_MARKS = frozenset("，、。；,;")
# a space between two Han characters, not before a weekday (10月23日 星期三); a space after a
# bracket (伍嘉欣) 近日，…) is the page's own
_HAN_GAP_RE = regex.compile(r"(?<=\p{Han}) (?!星期)(?=\p{Han})")


def _stray_spaced(s: Segment, text: str, body: float) -> bool:
    """A full body line with one space left between two characters (the extractor's, not
    the page's): as wide as the column and punctuated like a sentence. A spaced headline is
    wider or narrower, a byline's names hold no such marks, a justified line many spaces."""
    return (
        body > 0
        and s.text.count(" ") == 1
        and _HAN_GAP_RE.search(s.text) is not None
        and abs(s.width - body) <= 1.0
        and not _BODY_MARKS.isdisjoint(text)
    )


# this many full, punctuated lines with a stray space: the extractor leaves them on the page
_STRAY_LINES = 3


def _unspace_strays(sides: list[_Side], col: float) -> list[_Side]:
    """Where the extractor leaves stray spaces (a few full, punctuated lines hold one), a
    body-wide line with a space or two between Han characters is a body line too, punctuated
    or not: it is no longer marked spaced."""
    strays = sum(_stray_spaced(t.seg, t.text, col) for t in sides if " " in t.seg.text)
    if strays < _STRAY_LINES:
        return sides
    return [
        dataclasses.replace(t, spaced=False) if t.spaced and _body_wide_stray(t.seg, col) else t
        for t in sides
    ]


def _body_wide_stray(seg: Segment, col: float) -> bool:
    """About as wide as a body line, with one or two spaces, each between Han characters."""
    spaces = seg.text.count(" ")
    return (
        spaces <= 2
        and len(_HAN_GAP_RE.findall(seg.text)) == spaces
        and col - 3.0 <= seg.width <= col + 1.5
    )


_BRACKETED_RE = regex.compile(r"[（(][^（()）]*[）)]")
_CLOSED_FIRST_RE = regex.compile(r"^[^（()）]*[）)]")
_OPENED_LAST_RE = regex.compile(r"[（(][^（()）]*$")


def _spaced_in_brackets(text: str) -> bool:
    """Do the line's spaces all stand inside brackets, with unspaced text outside them? The
    spaces are a credit's (渊 实习生/闵悦）记者近, 本报讯（记者 王平）昨日): the line is a lead's,
    set like the body, not a spaced headline or byline."""
    rest = _CLOSED_FIRST_RE.sub("", text)
    if rest == text:
        return False
    outside = _OPENED_LAST_RE.sub("", _BRACKETED_RE.sub("", rest))
    return sum(map(is_han, outside)) >= 2 and _HAN_SPACE_RE.search(outside) is None


def _open_bracket(text: str) -> bool:
    """Is an opening bracket left unclosed at the end (no closing one after it)? Found from
    the last of each, in linear time, where a pattern ``[（(][^）)]*$`` tries every opening
    bracket up to the end."""
    return max(text.rfind("（"), text.rfind("(")) > max(text.rfind("）"), text.rfind(")"))


def link_score(
    a: Segment,
    b: Segment,
    d: int,
    col: float,
    bi: Counter[str],
    tri: Counter[str],
    lex: frozenset[str] = frozenset(),
    spaced_apart: bool = False,
    aligned: bool = False,
) -> float:
    """How well ``b`` continues ``a``'s column ``d`` segments later (higher is better).

    ``spaced_apart``: body lines of this page have no spaces, so a line with a space between
    two Han characters is a headline or a byline: it continues no body line, and no body
    line continues it (a byline's names may go on over a second spaced line).
    """
    sa, sb = _side(a, body=col), _side(b, body=col)
    return _link_score(sa, sb, d, col, bi, tri, lex, spaced_apart, aligned)


def _link_score(
    sa: _Side,
    sb: _Side,
    d: int,
    col: float,
    bi: Counter[str],
    tri: Counter[str],
    lex: frozenset[str],
    spaced_apart: bool,
    aligned: bool,
) -> float:
    """:func:`link_score` of two segments' :class:`_Side`."""
    a, b = sa.seg, sb.seg
    if a.number == b.number:
        return 0.0  # two pieces of one line are two columns
    near = abs(a.offset - b.offset) if aligned and a.offset >= 0 and b.offset >= 0 else -1.0
    if near > _INDENT + 0.5:
        return 0.0  # the page keeps columns in place (pdftotext -layout): another column
    if sb.date_cut:
        return 0.0  # a dateline opens an article's text: it continues no column
    if sa.date_cut:  # whatever the spaces: the credits after a dateline are often spaced
        rest = _DATE_REST_RE if sa.text.endswith("日") else _DAY_REST_RE
        return 2.0 - 0.04 * d if rest.match(sb.text) else 0.0
    # a body line and a spaced one do not continue each other, except credits cut inside
    # their brackets: 信息时报讯（记者 苏晓|岚）10月21日
    if spaced_apart and sa.spaced != sb.spaced and not (sa.open_bracket or sb.closes):
        return 0.0
    # nor a letter-spaced headline and a line set otherwise (对门着了火 醉汉仍酣睡 | 番 禺 居)
    if spaced_apart and sa.letters != sb.letters:
        return 0.0
    ta, tb = sa.text, sb.text
    if not ta or not tb:
        return 0.0
    final = sa.final
    if final and sb.cont:
        return 0.0
    wa, wb = sa.width, sb.width
    wide = col > 0 and wa > col + 2.0
    if wide:
        # a headline wrapped over two lines: only directly below it, and not a body line
        if d != 1 or b.after_blank or final or (col > 0 and abs(wb - col) <= 1.0):
            return 0.0
        return 1.0 + (0.5 if wb < wa else 0.0)
    if col > 0 and wa < col - 1.5 and wa < 6:
        return 0.0  # a is a short line: a paragraph ended
    if (
        col > 0
        and not final
        and wa < col - _INDENT - 1.5
        and a.after_blank
        and b.after_blank
        and not spans_word(sa.tail, sb.head, lex)
    ):
        # a line standing alone well short of the column, in mid-sentence: no body line is
        # so (a first line is short by the indent only); a headline, whose next deck or
        # neighbour's headline (新航站楼封顶 | 冬泳邀请赛开幕) does not go on from it
        return 0.0
    score = 0.0
    if wb > wa + 1.0:
        # b is wider than a's column, unless a is a paragraph's first line, short by the
        # indent the extractor dropped, and b a full line
        if final or col <= 0 or abs(wa + _INDENT - col) > 1.0 or abs(wb - col) > 1.0:
            return 0.0
        score += 0.8
    elif abs(wa - wb) <= 1.0:
        score += 1.0
    elif final:
        return 0.0  # a paragraph ended at a full line and a short one follows: a caption etc.
    else:
        score += 0.6  # the last line of a paragraph
    if col > 0 and wb < col - 1.5 and not sb.final and b.after_blank:
        # a short line that ends no sentence is a paragraph's first line (short by its lost
        # indent) or a headline, not the next line of a column
        score -= FIRST_LINE_PENALTY
    if not final:
        score += _join_score(sa.tail, sb.head, sb.cont, sa.han_last and sb.han_first, bi, tri, lex)
    else:
        score -= 0.1
    if 0 <= near <= 0.5:
        score += 0.6  # the same place on the page
    if b.number == a.number + 1 and b.index == a.index and not b.after_blank:
        # lines printed together stay together; side by side, a column keeps its place
        score += 0.8 if d == 1 else 0.5
    if sa.open_bracket and sb.closes:
        score += 0.8  # a bracket left open (（通讯员 林) closed at the next line's start
    score -= 0.04 * d
    return score


# marks that may hang past the column's end (kinsoku: no line may start with them)
_HANGING = "，。、；：！？）》」』”’,;:!?)"


def _set_width(w: float, text: str, col: float) -> float:
    """A line's width within its column: a full line whose last mark hangs past the column's
    end (…电子信息、) measures one cell over it, and is as full as the column, no wider."""
    if col > 0 and col < w <= col + 1.5 and text[-1:] in _HANGING:
        return col
    return w


def join_score(ta: str, tb: str, bi: Counter[str], tri: Counter[str], lex: frozenset[str]) -> float:
    """How well text ``tb`` reads on from ``ta`` across a line break (0 = no evidence)."""
    if not ta or not tb:
        return 0.0
    cont = bool(_CONT_START_RE.match(tb))
    return _join_score(ta, tb, cont, is_han(ta[-1]) and is_han(tb[0]), bi, tri, lex)


def _join_score(
    ta: str,
    tb: str,
    cont: bool,
    han_join: bool,
    bi: Counter[str],
    tri: Counter[str],
    lex: frozenset[str],
) -> float:
    """:func:`join_score` of two non-empty texts, given whether ``tb`` continues a sentence
    and whether Han characters meet across the join. Only the last three characters of
    ``ta`` and the first three of ``tb`` count: they may be all that is passed."""
    if cont:
        return 1.0
    if not han_join:
        return 1.0 if _number_goes_on(ta, tb) else 0.0
    # get, not [], on the counters: a missing key would call Counter.__missing__ in Python
    score = 0.8 * spans_word(ta, tb, lex) + min(bi.get(ta[-1] + tb[0], 0), 3) * 0.15
    if len(ta) > 1 and tri.get(ta[-2:] + tb[0]):
        score += 0.2
    if len(tb) > 1 and tri.get(ta[-1] + tb[:2]):
        score += 0.2
    return score


# what a number cut at a line's end goes on with: more digits, or the unit or counter after
# it (2021|年, 40|余处, 9.|6万吨, 3.2|亿元, 18|%)
_NUMBER_GOES_ON = frozenset("0123456789年月日号时点分秒万亿千百元余多个名人家项次岁%.．")


def _number_goes_on(ta: str, tb: str) -> bool:
    """Does a number at the end of ``ta`` go on into ``tb`` (2021|年启动)? A line may break
    inside a number or between it and its unit; a line of another column rarely starts so."""
    last = ta[-1:]
    if last in ".．" and len(ta) > 1:
        last = ta[-2]
    return last.isascii() and last.isdigit() and tb[:1] in _NUMBER_GOES_ON


def number_runs_on(a: str, b: str) -> bool:
    """Does a quantity run across the break: a word that asks for a number, then the number
    (面积约|9.2万平方米), or a number, then its unit (只有8|摄氏度)? No heading ends so."""
    if b[:1].isascii() and b[:1].isdigit():
        return a[-1:] in _BEFORE_NUMBER
    return a[-1:].isascii() and a[-1:].isdigit() and is_han(b[:1])


# what asks for a number after it (约9.2万, 超3000, 第5届)
_BEFORE_NUMBER = frozenset("约約近超逾达達共计計仅僅第至为為到")


def spans_word(a: str, b: str, lex: frozenset[str]) -> float:
    """1.0 if a dictionary word runs across the join of ``a`` and ``b`` (1.25 if 3+ chars).

    The six joins (last 1-3 characters of ``a`` + first 1-3 of ``b``, 2-4 in all) are tried
    longest first, stopping at the first 3-4 character word: it decides the result.
    """
    la, lb = len(a), len(b)
    if not la or not lb:
        return 0.0
    a1, b1 = a[-1], b[0]
    if lb > 1:
        b2 = b[:2]
        if a1 + b2 in lex or (lb > 2 and a1 + b[:3] in lex) or (la > 1 and a[-2:] + b2 in lex):
            return 1.25
    if la > 1 and (a[-2:] + b1 in lex or (la > 2 and a[-3:] + b1 in lex)):
        return 1.25
    return 1.0 if a1 + b1 in lex else 0.0


def chains(segs: Sequence[Segment], col: float, window: int = WINDOW) -> list[list[int]]:
    """Link segments into column streams; return the streams as lists of segment indices."""
    n = len(segs)
    window = max(2, min(window, 200_000 // max(n, 1)))
    bi, tri = join_counts(segs)
    lex = lexicon()
    wide = wide_column(segs, col)
    aligned = _aligned(segs)
    # one line a box: a line's own width is all there is to tell its column by
    fit = col if _take_turns(segs) else 0.0
    sides = _unspace_strays([_side(s, fit, col) for s in segs], col)
    apart = sum(s.spaced for s in sides) < _SPACED_SHARE * n
    base: dict[tuple[int, int], float] = {}
    for i in range(n):
        # a line of the wide column is measured against that column, not the body's
        sa = sides[i]
        wa = sa.seg.width
        col_i = wide if wide and col + 2.0 < wa <= wide + 1.0 and wa >= wide - 3.0 else col
        for j in range(i + 1, min(n, i + window + 1)):
            sc = _link_score(sa, sides[j], j - i, col_i, bi, tri, lex, apart, aligned)
            if sc > 0:
                base[(i, j)] = sc
    period = periods(base, n, window)
    scored: dict[tuple[int, int], float] = {}
    for (i, j), sc in base.items():
        if period[i] == j - i:
            sc += PERIOD_BONUS
        scored[(i, j)] = sc
    _keep_boxes(segs, scored, col, wide)
    succ = _match(scored, n)
    has_pred = [False] * n
    for i in range(n):
        if succ[i] >= 0:
            has_pred[succ[i]] = True
    _insert_strays(scored, succ, has_pred)
    _next_paragraphs(segs, succ, has_pred, period, col)
    out: list[list[int]] = []
    for i in range(n):
        if has_pred[i]:
            continue
        chain = [i]
        while succ[chain[-1]] >= 0:
            chain.append(succ[chain[-1]])
        out.append(chain)
    return out


# a first line's indent in display columns (two full-width spaces are 4), with some slack
_MAX_INDENT_COLS = 6
# where most gaps between pieces of a line are this wide (cells; 3+ spaces), the extractor
# kept the page's horizontal layout (pdftotext -layout): a column keeps its place on the line
_LAYOUT_GAP = 1.5
_LAYOUT_MIN_LINES = 5


def _aligned(segs: Sequence[Segment]) -> bool:
    """Do the pieces stand where the page printed them (runs of spaces in between)?"""
    wide_gaps = gaps = 0
    for prev, s in itertools.pairwise(segs):
        if s.number == prev.number and s.offset >= 0 and prev.offset >= 0:
            gaps += 1
            wide_gaps += s.offset - (prev.offset + cells(prev.text)) >= _LAYOUT_GAP
    return wide_gaps >= _LAYOUT_MIN_LINES and wide_gaps >= 0.8 * gaps


def _keep_boxes(
    segs: Sequence[Segment], scored: dict[tuple[int, int], float], col: float, wide: float
) -> None:
    """On a page whose columns take turns (pdfminer: every text box ends in a blank line, and
    most boxes are one line), lines set together without a blank line between them are one box
    printed in one place: a headline's decks, a caption, the lines of one column piece. The
    line under a line of its box continues it, and no other segment does; links from
    elsewhere into the box's inner lines, or from a box line to anything but the line under
    it, are dropped. Only the box's first line (after a blank) is open to other columns, and
    only if the box reads as a column piece (see _column_piece): a box of a headline and its
    decks or byline continues no column."""
    n = len(segs)
    if not _take_turns(segs):
        return
    # a line holding one segment (side-by-side pieces have no box order)
    alone = [
        (i == 0 or segs[i - 1].number != s.number)
        and (i + 1 == n or segs[i + 1].number != s.number)
        for i, s in enumerate(segs)
    ]
    inner = [
        j > 0
        and alone[j]
        and alone[j - 1]
        and not segs[j].after_blank
        and segs[j].number == segs[j - 1].number + 1
        for j in range(n)
    ]
    closed: set[int] = set()  # box heads that continue no column
    sealed: set[int] = set()  # box ends that no column goes on from
    j = 0
    while j < n:
        k = j + 1
        while k < n and inner[k]:
            k += 1
        if k - j > 1 and not _column_piece(segs[j:k], col, wide):
            closed.add(j)
            if _set_wider(segs[j:k], col, wide):
                sealed.add(k - 1)
        j = k
    heads = {j - 1 for j in range(n) if inner[j]}
    drop = [
        key
        for key in scored
        if key[0] in heads or key[0] in sealed or inner[key[1]] or key[1] in closed
    ]
    for key in drop:
        del scored[key]
    for j in range(n):
        if inner[j]:
            scored[(j - 1, j)] = BOX_LINK


def takes_turns(segs: Sequence[Segment]) -> bool:
    """Do the page's columns take turns box by box (pdfminer: most lines after a blank)?"""
    return _take_turns(segs)


def _take_turns(segs: Sequence[Segment]) -> bool:
    """Do the page's columns take turns box by box (pdfminer: most lines after a blank)?"""
    lines = len({s.number for s in segs})
    return len(segs) >= 2 and sum(s.after_blank for s in segs) >= _TURNS_SHARE * lines


def _set_wider(box: Sequence[Segment], col: float, wide: float) -> bool:
    """Is a box set wider than the body column line after line, with no wider column on the
    page: a caption under a picture, which neither continues a column nor goes on into one?"""
    return len(box) >= 3 and wide < col + 1.0 and all(s.width >= col + 1.0 for s in box[:-1])


def _column_piece(box: Sequence[Segment], col: float, wide: float) -> bool:
    """Do the lines of one box read as a piece of a column: none wider than the column, all
    full but the last, which is full or ends a sentence? (A headline's decks vary in width,
    a byline under a headline is short and ends no sentence.)"""
    top = max(col, wide) + 1.5
    if col <= 0 or any(s.width > top for s in box):
        return False
    if _set_wider(box, col, wide):
        return False
    if any(s.width < col - 1.5 for s in box[:-1]):
        return False
    last = box[-1]
    return last.width >= col - 1.5 or ends_final(seg_text(last))


def _insert_strays(
    scored: dict[tuple[int, int], float], succ: list[int], has_pred: list[bool]
) -> None:
    """Put a segment left with no link at all back between the two it stands between.

    Best-first linking may join ``i`` to ``j`` over a segment ``m`` printed between them
    whose own links, to ``i`` and on to ``j``, are each weaker but add up to more (pdfminer
    may give two lines of one column in a row: …连成 | 片，… | 一体… where 成一体 reads on
    too). Columns keep their lines in order, so ``m`` is then a line of ``i``'s column that
    the link skipped; where ``i -> m -> j`` scores at least as well as ``i -> j`` (both links
    made), ``m`` goes in between.
    """
    for i, j in enumerate(list(succ)):
        if j < 0:
            continue
        best, at = scored[(i, j)], -1
        for m in range(i + 1, j):
            if succ[m] >= 0 or has_pred[m]:
                continue
            into, on = scored.get((i, m), 0.0), scored.get((m, j), 0.0)
            if into >= MIN_LINK and on >= MIN_LINK and into + on >= best:
                best, at = into + on, m
        if at >= 0:
            succ[i], succ[at] = at, j
            has_pred[at] = True


def _next_paragraphs(
    segs: Sequence[Segment], succ: list[int], has_pred: list[bool], period: list[int], col: float
) -> None:
    """Carry a column over its paragraph ends: where a chain ends with a paragraph's last line
    and the segment one column period on starts a paragraph (no predecessor, a body line that
    continues no sentence), that segment is the column's next line. Unwrapping the stream
    breaks the paragraph again; the stream keeps the column's paragraphs in order."""
    n = len(segs)
    for i in range(n):
        j = i + period[i]
        if succ[i] >= 0 or j >= n or has_pred[j]:
            continue
        a, b = segs[i], segs[j]
        if a.number == b.number or not _turns(segs, i, j):
            continue
        ta, tb = seg_text(a), seg_text(b)
        if not ta or not tb or _CONT_START_RE.match(tb):
            continue
        # only a sentence's end ends a paragraph: a short line without a final mark is a
        # headline or furniture, and the paragraph a period on is no next line of it
        ended = ends_final(ta)
        if ended and abs(b.width - col) <= _INDENT + 1.0 and abs(a.width - col) <= col:
            succ[i] = j
            has_pred[j] = True


def _turns(segs: Sequence[Segment], i: int, j: int) -> bool:
    """Do the segments from ``i`` to ``j`` each stand alone between blank lines (columns taking
    turns line by line)?"""
    return all(segs[k].after_blank and segs[k].index == 0 for k in range(i + 1, j + 1))


def wide_column(segs: Sequence[Segment], col: float) -> float:
    """The width of a column wider than the body's, if the page has one, else 0.

    Headlines spanning columns vary in width; lines of an article set two columns wide are
    all about equally full, so a width well above ``col`` that many segments share (within
    a cell either way) is such a column.
    """
    if col <= 0:
        return 0.0
    counts: Counter[int] = Counter()
    for s in segs[:_MAX_WIDTH_LINES]:
        if s.width > col + 2.0:
            counts[round(s.width)] += 1
    best, top = 0, 0
    for w in counts:
        c = counts[w - 1] + counts[w] + counts[w + 1]
        if c > top or (c == top and w > best):
            best, top = w, c
    return float(best + 1) if top >= _WIDE_COL_MIN else 0.0


def _emit(score: float, d: int) -> float:
    """A link's weight in the period vote: nearness is no evidence of a period."""
    return score + 0.04 * d if score > 0 else 0.0


def periods(base: dict[tuple[int, int], float], n: int, window: int) -> list[int]:
    """The column period at each segment: how many segments ahead its column goes on.

    Interleaved columns keep their rhythm for many lines (A B C A B C ...: period 3), so the
    period is piecewise constant. A Viterbi pass picks, for every segment, the offset ``d``
    that maximizes the summed link scores of (i, i + d) with a penalty for each change of
    period; one weak join is outvoted by its neighbours' strong ones. Linear in ``n * window``.
    """
    if n == 0:
        return []
    ds = range(1, window + 1)
    # each segment's emissions, filled from the links there are: most pairs have none
    emits = [[0.0] * window for _ in range(n)]
    for (i, j), sc in base.items():
        if 0 <= i < n and 1 <= j - i <= window:
            emits[i][j - i - 1] = _emit(sc, j - i)
    prev = emits[0]
    back: list[list[int]] = []
    for i in range(1, n):
        top = max(prev)
        k_best = prev.index(top)
        switch = top - PERIOD_SWITCH
        back.append([k if p >= switch else k_best for k, p in enumerate(prev)])
        prev = [(p if p >= switch else switch) + e for p, e in zip(prev, emits[i], strict=False)]
    k = prev.index(max(prev))
    out = [0] * n
    for i in range(n - 1, -1, -1):
        out[i] = ds[k]
        if i:
            k = back[i - 1][k]
    return out


def _match(scores: dict[tuple[int, int], float], n: int) -> list[int]:
    """Best-first one-to-one linking: each segment gets at most one successor/predecessor."""
    succ = [-1] * n
    pred = [False] * n
    # links too weak to be made are left out before sorting (most of them, on a real page)
    strong = [kv for kv in scores.items() if kv[1] >= MIN_LINK]
    for (i, j), _ in sorted(strong, key=lambda kv: (-kv[1], kv[0][1] - kv[0][0])):
        if succ[i] < 0 and not pred[j]:
            succ[i] = j
            pred[j] = True
    return succ


@functools.cache
def lexicon() -> frozenset[str]:
    """Common Chinese words of 2-4 characters, from jieba's dictionary if it is installed.

    Loaded once (an immutable set, memoized); without jieba the page's own bigrams serve.
    Reading jieba's 350,000 rows takes ~0.3 s, paid by every process (each CLI run, each
    ``--jobs`` worker); the words kept are therefore also written to a small cache file
    (see :func:`_lexicon_cache_dir`), which later processes read in ~15 ms.
    """
    try:
        with _jieba_dict() as path:
            st = path.stat()
            # the file and the filter decide the words: any change makes a new key
            # (OpenCC writes the Traditional forms: its version is part of the key too)
            key = (
                f"{_LEXICON_FORMAT} {path} {st.st_size} {st.st_mtime_ns} {_MIN_WORD_FREQ}"
                f" opencc-{_opencc_version()}"
            )
            cached = _read_cached_lexicon(key)
            if cached is not None:
                return cached
            data = path.read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError, ValueError):  # ValueError: a dict.txt not in UTF-8
        return frozenset()
    words = _lexicon_words(data)
    _write_cached_lexicon(key, words)
    return words


def _opencc_version() -> str:
    try:
        return importlib.metadata.version("opencc")
    except importlib.metadata.PackageNotFoundError:  # a build not installed as a distribution
        return "unknown"


def _jieba_dict() -> contextlib.AbstractContextManager[Path]:
    """jieba's ``dict.txt``, found without importing jieba (~0.1 s: it imports pkg_resources)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None:
        raise ModuleNotFoundError("jieba")
    for loc in spec.submodule_search_locations or ():
        path = Path(loc) / "dict.txt"
        if path.is_file():
            return contextlib.nullcontext(path)
    # not a plain directory (a zip, say): let importlib.resources find and extract it
    return importlib.resources.as_file(importlib.resources.files("jieba") / "dict.txt")


def _lexicon_words(data: str) -> frozenset[str]:
    """The words of jieba's ``dict.txt`` (``word freq tag`` rows) that :func:`lexicon` keeps,
    and their Traditional forms: jieba's list is Simplified, and Traditional pages (時間,
    設備) need the same help in joining their lines."""
    words = set()
    for row in data.splitlines():
        parts = row.split(" ", 2)
        ok = len(parts) >= 2 and 2 <= len(parts[0]) <= 4 and parts[1].isdigit()
        if ok and int(parts[1]) >= _MIN_WORD_FREQ and _ALL_HAN_RE.match(parts[0]):
            words.add(parts[0])
    simplified = "\n".join(sorted(words))
    for config in ("s2t", "s2tw"):  # Taiwan's forms (臺, 裡) as well as OpenCC's standard ones
        converted = get_converter(config).convert(simplified).split("\n")
        words.update(w for w in converted if 2 <= len(w) <= 4)
    return frozenset(words)


_LEXICON_FORMAT = "newsclean-lexicon-3"
_LEXICON_STALE_S = 30 * 24 * 3600
# the last line: "# end" and a digest of the words; a file cut short (a full disk) or altered
# lacks a matching one and is not used
_LEXICON_END = "\n# end "


def _lexicon_cache_dir() -> Path | None:
    """``$NEWSCLEAN_CACHE_DIR`` (empty: no cache), else ``$XDG_CACHE_HOME/newsclean`` or
    ``~/.cache/newsclean``."""
    env = os.environ.get("NEWSCLEAN_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsclean"


def _lexicon_cache_file(key: str) -> Path | None:
    d = _lexicon_cache_dir()
    if d is None:
        return None
    return d / f"lexicon-{hashlib.sha256(key.encode()).hexdigest()[:16]}.txt"


def _read_cached_lexicon(key: str) -> frozenset[str] | None:
    """The words cached under ``key``, or None if there is no complete file for it."""
    path = _lexicon_cache_file(key)
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    head, sep, rest = text.partition("\n")
    body, end, digest = rest.rpartition(_LEXICON_END)
    if head != key or not sep or not end or digest != _digest(body):
        return None
    return frozenset(body.split("\n")) if body else frozenset()


def _digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _write_cached_lexicon(key: str, words: frozenset[str]) -> None:
    """Write the cache file whole or not at all (workers may race); never fail."""
    path = _lexicon_cache_file(key)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".lexicon-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                body = "\n".join(sorted(words))
                f.write(key + "\n" + body + _LEXICON_END + _digest(body))
            os.replace(tmp, path)
            # caches of another dict or format: another environment's (kept, or two virtualenvs
            # would rebuild each other's) unless none has rewritten it for a month
            stale = time.time() - _LEXICON_STALE_S
            for old in path.parent.glob("lexicon-*.txt"):
                with contextlib.suppress(OSError):
                    if old != path and old.stat().st_mtime < stale:
                        old.unlink()
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        pass
