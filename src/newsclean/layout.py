"""lines -> raw blocks: undo the page's line layout.

Extractors give a page either one paragraph per line (e-paper text) or one printed column line
per text line (hard-wrapped). This stage finds which, and turns hard-wrapped lines back into
paragraphs, using the column width, sentence-final punctuation and the lost indent of a
paragraph's first line. It marks blocks that stop or start where a column does (``open_end``,
``open_start``) so that rejoin can find the other half.
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Literal

import regex

from .columns import (
    Segment,
    body_width,
    chains,
    ends_final,
    lexicon,
    number_runs_on,
    segment_lines,
    spans_word,
    split_line,
    stray_spaces,
    takes_turns,
    width,
)
from .lines import wider_than
from .model import Line, RawBlock
from .rejoin import sentence_goes_on, starts_mid_sentence

Mode = Literal["lines", "wrapped"]
# What a whole line is by its content alone ("alone": furniture or a jump note, "byline",
# "subtitle", "lead": a dateline starts it, "photo": a photo credit ending a caption,
# "heading": a marked intertitle, "marked": a box mark or ▲ opens it, "figure": 图为 opens
# it, a caption after a sentence's end), or None
# for body text; see classify.line_role.
LineRole = Callable[[str], str | None]
# a clause begun on a line (a paragraph's first line holds one; a headline seldom does)
_CLAUSE_RE = regex.compile(r"[，、；,;]")
# ...or the colon after 问 or a speaker
_OPENED_CLAUSE_RE = regex.compile(r"[，、；,;：:]")
# a full byline line goes on into the next line unless that one holds a sentence mark
_SENTENCE_MARK_RE = regex.compile(r"[。，；！？,;!?]")
# a bracket left open carries a block over at most this many lines (an unclosed "（" is a typo)
_MAX_OPEN_LINES = 4
# A byline wrapped onto the next line continues with more names: 妍 周若溪 林子航
_NAMES_RE = regex.compile(r"^\p{Han}{1,4}(?:[ \u3000、]+\p{Han}{1,4})*$")
# ...or the rest of a name, or a role and a name, before a space or a colon (恒 通讯员：粤消宣);
# a longer run is a paragraph's first line under a full byline (第五届江城乡村艺术)
_NAME_RUN_RE = regex.compile(r"^\p{Han}{1,6}(?:[ \u3000、：:]|$)")
_CREDIT_MARKS = frozenset("：:/／")


def _names_after(text: str) -> bool:
    """Is what follows the run on a byline's next line names or credits (恒 通讯员：粤消宣,
    怡 图/江门日报记者 麦), not text with a stray space in it (第五 届江城乡村艺 术)?"""
    return all(len(p) <= 4 or not _CREDIT_MARKS.isdisjoint(p) for p in text.split()[1:])


# 图为 after a sentence's end starts a caption only under a block at least this many lines
# long (after a line or two it may be a caption's own second sentence)
_FIGURE_AFTER = 3
# roles of lines that stand alone: nothing runs into them or on from them
_ON_ITS_OWN = ("alone", "heading")
# a line of words only, as a headline is set (quotes and 、 allowed, no other marks)
_HEADING_LINE_RE = regex.compile(r"^[\p{Han}“”‘’「」《》、]+$")
# A line too wide for a body column is a headline spanning columns; within +- this many cells
# of the column width a line counts as full.
_FULL_TOL = 1.0
# a page of this many lines or more shows by its line ends whether its lines are paragraphs
_MIN_SENTENCE_LINES = 8
_INDENT = 2.0  # a paragraph's first line is indented two characters in print
_INDENT_CELLS = round(_INDENT)
# fewer lines than this stopping in mid-sentence are too few to tell the column by
_MIN_VOTERS = 4
_MIN_TURNS_LINES = 6  # fewer lines than this are no sign of columns taking turns
_WINDOW = 8
_LATIN_END_RE = regex.compile(r"[A-Za-z]$")
_LATIN_START_RE = regex.compile(r"^[A-Za-z]")


def detect_mode(lines: Sequence[Line]) -> Mode:
    """Tell e-paper text (a paragraph per line) from hard-wrapped column lines.

    >>> detect_mode([Line(1, "短行"), Line(2, "一" * 60)])
    'lines'
    """
    texts = [ln.text for ln in lines if ln.text]
    if not texts:
        return "lines"
    long = sum(wider_than(t, 30) for t in texts)
    long_share = long / len(texts)
    if long_share >= 0.25:
        return "lines"
    # short paragraphs, each a line (news briefs): many lines end a sentence, where a column's
    # lines end one only now and then (0.41-0.67 against 0.09-0.25 on the pages measured)
    if len(texts) >= _MIN_SENTENCE_LINES and sum(map(ends_final, texts)) >= 0.35 * len(texts):
        # ...and those lines are the longer ones: a column's last lines are shorter than its
        # full lines, where a paragraph is longer than a headline
        ended = [width(t) for t in texts if ends_final(t)]
        going = [width(t) for t in texts if not ends_final(t)]
        if not going or statistics.median(ended) > statistics.median(going):
            return "lines"
    return "wrapped"


def find_blocks(
    lines: Sequence[Line],
    *,
    role: LineRole | None = None,
    mode: Mode | None = None,
    mixed: bool | None = None,
) -> tuple[RawBlock, ...]:
    """Group lines into raw blocks (paragraph candidates), each with its line span.

    ``role`` tells lines that stand apart by their content (bylines, furniture); hard-wrapped
    text never joins them to their neighbours. ``mode`` is :func:`detect_mode` of the
    non-blank lines, and ``mixed`` :func:`interleaved` of the lines, if the caller has them
    already.
    """
    text_lines = [ln for ln in lines if ln.text]
    if not text_lines:
        return ()
    mode = mode or detect_mode(text_lines)
    if interleaved(lines, mode=mode) if mixed is None else mixed:
        # untangle asks the role of each line, then unwrap asks it again of each segment
        return untangle(lines, role=_remembered(role) if role else None)
    if mode == "lines":
        out = []
        prev = 0
        for ln in text_lines:
            out.append(
                RawBlock(
                    ln.text,
                    (ln.number, ln.number),
                    open_end=not ends_final(ln.text),
                    gap_before=ln.number - prev - 1 if prev else 0,
                )
            )
            prev = ln.number
        return tuple(out)
    return unwrap(lines, role=role)


def _remembered(role: LineRole) -> LineRole:
    """``role`` worked out once per text (a line's role depends on its text alone)."""
    seen: dict[str, str | None] = {}

    def remembered(text: str) -> str | None:
        try:
            return seen[text]
        except KeyError:
            seen[text] = got = role(text)
            return got

    return remembered


# pieces of one line set apart by a run of spaces, as pdftotext -layout keeps a page's columns
_LAYOUT_GAP_RE = regex.compile(r"\S {3,}\S")


def interleaved(lines: Sequence[Line], *, mode: Mode | None = None) -> bool:
    """Do the lines mix columns? Either nearly every line stands alone between blank lines
    (pdfminer gives neighbouring columns' lines in turn) or many lines hold several columns.
    A page of long lines (``mode`` "lines": its :func:`detect_mode`, if known) mixes columns
    only where many lines hold pieces set far apart (pdftotext -layout); otherwise it is one
    paragraph per line."""
    text_lines = [ln for ln in lines if ln.text]
    if len(text_lines) < 2:
        return False
    if (mode or detect_mode(text_lines)) == "lines":
        # a gap holds three spaces: most lines are ruled out without running the pattern
        laid_out = sum(
            1 for ln in text_lines if "   " in ln.text and _LAYOUT_GAP_RE.search(ln.text)
        )
        return laid_out >= max(_MIN_TURNS_LINES, 0.3 * len(text_lines))
    # lines after a blank line: the segments standing alone (segment_lines' after_blank)
    alone = sum(1 for prev, ln in itertools.pairwise(lines) if ln.text and not prev.text)
    # a few short lines between blank lines are a short page, not columns taking turns
    if len(text_lines) >= _MIN_TURNS_LINES and alone >= 0.6 * len(text_lines):
        return True
    # the segments beyond one a line, without building them: only a space cuts a line
    spaced = [ln for ln in text_lines if " " in ln.text]
    if not spaced:
        return False
    col = body_width(text_lines)
    cut_runs = not stray_spaces(lines)
    multi = sum(_columns_side_by_side(split_line(ln.text, col, cut_runs), col) for ln in spaced)
    # one wide line cut in pieces (a masthead: paper, date, page) is no sign of columns side
    # by side: lines are counted, not pieces
    return multi >= max(2, 0.04 * len(text_lines))


def _columns_side_by_side(pieces: list[str], col: float) -> bool:
    """Do a line's pieces stand side by side? Two columns' lines are wider together than
    one column and its slack; a line no wider, cut at a stray space, is one column's line."""
    return len(pieces) > 1 and sum(map(width, pieces)) > col + _SIDE_BY_SIDE_SLACK


# a column line's hanging mark and a lost indent's cells
_SIDE_BY_SIDE_SLACK = 3.0


# A segment linked to none, this many cells wider than the body column, spans columns.
_WIDE_ALONE = 2.0


def _wide_alone(b: RawBlock, chain: Sequence[int], col: float) -> bool:
    """Is ``b`` a line linked to no other, wider than a column and with no full stop: a
    headline spanning columns? (A piece of sentences that wide is a column line cut wrong.)"""
    return (
        len(chain) == 1
        and not b.wide
        and "。" not in b.text
        and width(b.text) > col + _WIDE_ALONE
    )


def untangle(lines: Sequence[Line], *, role: LineRole | None = None) -> tuple[RawBlock, ...]:
    """Split mixed lines into column segments, chain them into column streams, unwrap each.

    Each block is placed where its own first segment stands in the text (line, then place on
    the line), not where its stream starts: a stream that took a wrong link then drags no
    later paragraphs up to its start, and the paragraphs of side-by-side columns come in the
    order their first lines were printed.
    """
    text_lines = [ln for ln in lines if ln.text]
    col = body_width(text_lines)
    alone = (lambda t: role(t) == "alone") if role else None
    segs = segment_lines(lines, col, whole=alone)
    out: list[tuple[tuple[int, int, int], RawBlock]] = []
    streams = chains(segs, col)
    if takes_turns(segs):
        streams = _stitch_cut(segs, streams, col)
    for chain in streams:
        stream = [segs[i].line() for i in chain]
        # a stream holds at most one segment of a line: its line number finds its segment
        index = {segs[i].number: segs[i].index for i in chain}
        ended = False  # the stream's last block ended its paragraph
        key = (-1, -1, -1)
        for k, b in enumerate(unwrap(stream, width, role=role, headings=False)):
            first = b.lines[0]
            if ended:
                b = replace(b, follows_end=True)
            if _wide_alone(b, chain, col):
                b = replace(b, wide=True)
            ended = not b.open_end
            # a stream that goes on into a column printed higher up (_stitch_cut): that
            # column's blocks still follow the stream's own
            key = max(key, (first, index[first], k))
            out.append((key, b))
    out.sort(key=lambda kv: kv[0])
    return tuple(b for _, b in out)


def _stitch_cut(segs: Sequence[Segment], streams: list[list[int]], col: float) -> list[list[int]]:
    """Carry a column that stops in mid-sentence on into the column that goes on with it,
    printed higher up.

    Where every line is a box of its own, pdfminer often gives the next column's top beside
    the lower lines of the column before, so it stands earlier in the text than the line it
    continues, where no link (links go forward) reaches it, and rejoin (which looks back)
    cannot join it either. A stream whose first line cannot begin a sentence (关。听完…,
    starts_mid_sentence) goes on from a stream that ends later in the text with a full line
    in mid-sentence, if a dictionary word runs across the join (…密切相|关。); the best word,
    then the nearest end, first; each stream continued and continuing at most once.
    """
    lex = lexicon()
    tails = [
        y
        for y, ys in enumerate(streams)
        if not ends_final(t := segs[ys[-1]].text)
        and " " not in t
        and abs(segs[ys[-1]].width - col) <= 1.0
    ]
    goes_on: dict[int, int] = {}
    taken: set[int] = set()
    for x, xs in enumerate(streams):
        h = segs[xs[0]]
        if starts_mid_sentence(h.text) < 1.0:
            continue
        best: tuple[tuple[float, int], int] | None = None
        for y in tails:
            if y == x or y in goes_on or streams[y][-1] <= xs[0]:
                continue
            k = x  # no loop: x's own run must not lead back to y
            while k in goes_on and k != y:
                k = goes_on[k]
            if k == y:
                continue
            word = spans_word(segs[streams[y][-1]].text[-3:], h.text[:3], lex)
            if word > 0 and (best is None or (word, xs[0] - streams[y][-1]) > best[0]):
                best = ((word, xs[0] - streams[y][-1]), y)
        if best is not None:
            goes_on[best[1]] = x
            taken.add(x)
    out = []
    for k, c in enumerate(streams):
        if k in taken:
            continue
        merged = list(c)
        while k in goes_on:
            k = goes_on[k]
            merged += streams[k]
        out.append(merged)
    return out


def _column_widths(widths: Sequence[float], ended: Sequence[bool] | None = None) -> list[float]:
    """Estimate each line's column width: the commonest width among its neighbours.

    ``ended``: which lines end a sentence. They may stop anywhere short of the column; a line
    that stops in mid-sentence was wrapped, so it is full, or short by the indent where it is a
    paragraph's first line (the line above it ended one). Where only those lines vote (a first
    line for its width and the indent) the column comes out up to the indent wider, that
    estimate is taken: short paragraphs, whose first and last lines outnumber full ones; so is
    one up to the page's commonest vote. A wider one is headlines voting, and is not.
    """
    rounded = [round(w) for w in widths]
    plain = _commonest_widths(widths, rounded)
    if ended is None or len(ended) - sum(ended) < _MIN_VOTERS:
        return plain
    # a first line says width + indent only where a line inside a paragraph is that wide:
    # where first lines are full (the indent kept, or none printed), its own width
    inside = Counter(
        r for k, (r, e) in enumerate(zip(rounded, ended, strict=True))
        if not e and k and not ended[k - 1]
    )
    votes = [
        0
        if e
        else r + _INDENT_CELLS
        if (k == 0 or ended[k - 1]) and inside[r + _INDENT_CELLS]
        else r
        for k, (r, e) in enumerate(zip(rounded, ended, strict=True))
    ]
    voted = _commonest_widths(widths, votes)
    # ...or where it is no wider than the page's commonest vote: a few short paragraphs at a
    # column's foot outvote its full lines nearby, not the page's
    # (ties go to the narrower, and a few votes set no page's column)
    page = Counter(v for v in votes if v >= 6)
    most = max(page.values(), default=0)
    top = min((v for v, c in page.items() if c == most), default=0) if most >= _MIN_VOTERS else 0
    return [
        v if 0 < v - p <= _INDENT_CELLS + 0.5 or p < v <= top else p
        for p, v in zip(plain, voted, strict=True)
    ]


def _commonest_widths(widths: Sequence[float], rounded: Sequence[int]) -> list[float]:
    """Per line, the commonest of ``rounded`` (6 and up) among its neighbours; the widest
    of ``widths`` around it where none is."""
    out = []
    n = len(widths)
    # the counts of the window around i, kept as it slides: one width in, one out per line
    # (a plain dict: most streams are short, and a Counter costs more to make than to use)
    counts: dict[int, int] = {}
    for w in rounded[: min(n, _WINDOW)]:
        if w >= 6:
            counts[w] = counts.get(w, 0) + 1
    for i in range(n):
        lo, hi = max(0, i - _WINDOW), min(n, i + _WINDOW + 1)
        if i + _WINDOW < n and rounded[i + _WINDOW] >= 6:
            counts[rounded[i + _WINDOW]] = counts.get(rounded[i + _WINDOW], 0) + 1
        if i - _WINDOW - 1 >= 0 and rounded[i - _WINDOW - 1] >= 6:
            gone = rounded[i - _WINDOW - 1]
            counts[gone] -= 1
            if not counts[gone]:
                del counts[gone]
        if not counts:
            out.append(max(widths[lo:hi]))
            continue
        best = max(counts.values())
        # ties go to the wider width: body lines are full, short lines vary
        out.append(float(max(w for w, c in counts.items() if c == best)))
    return out


# a byline line that ends so is whole (記者X、Y／台中報導, 记者 X 摄): nothing goes on from it
_BYLINE_ENDS = ("报道", "報導", "报导", "報道", "摄", "攝", "摄影", "攝影", "）", ")")


def unwrap(
    lines: Sequence[Line],
    measure: Callable[[str], float] = width,
    *,
    role: LineRole | None = None,
    headings: bool = True,
) -> tuple[RawBlock, ...]:
    """Join hard-wrapped column lines back into paragraphs.

    ``headings=False`` where line widths are a column stream's, rebuilt from mixed columns:
    too rough to tell a headline set one cell short of the column.

    >>> [b.text for b in unwrap([Line(1, "一二三四五六七八九十"), Line(2, "一二三。"),
    ...                            Line(3, "一二三四五六七八"), Line(4, "九十一二三四五六七十"),
    ...                            Line(5, "完。")])]
    ['一二三四五六七八九十一二三。', '一二三四五六七八九十一二三四五六七十完。']
    """
    text_lines = [ln for ln in lines if ln.text]
    if not text_lines:
        return ()
    # Pages where every line stands alone between blank lines (some extractors do this) carry
    # no information in their blank lines.
    blanks = len(lines) - len(text_lines)
    blank_breaks = blanks < 0.6 * len(text_lines)
    prev_blank: dict[int, bool] = {}
    seen_blank = False
    for ln in lines:
        if ln.text:
            prev_blank[ln.number] = seen_blank
            seen_blank = False
        else:
            seen_blank = True

    widths = [measure(ln.text) for ln in text_lines]
    # widths without marks hanging beyond one: what tells a line wider than the column
    tight = [w - _hung_beyond_one(ln.text) for w, ln in zip(widths, text_lines, strict=True)]
    roles: list[str | None] = (
        [role(ln.text) for ln in text_lines] if role else [None] * len(text_lines)
    )
    # (a stream rebuilt from mixed columns: its line ends are too rough to vote by)
    col = _column_widths(widths, [ends_final(ln.text) for ln in text_lines] if headings else None)
    if headings:
        above = 0.0  # the column of the last full line
        for k in range(len(col)):
            # where a wide column gives way to a narrower one, the wide column's last lines
            # are voted the narrow width: a line too wide for it that fits the column of the
            # full lines above is that column's (…新建高标准农田1.2 over the briefs' 11 cells)
            # (with a clause in it, or a line as full as that column under it: a headline
            # spanning the narrow columns has neither)
            if (
                above > col[k]
                and col[k] + 1.5 < tight[k] <= above + 0.5
                and (
                    _CLAUSE_RE.search(text_lines[k].text)
                    or (k + 1 < len(col) and tight[k + 1] >= above - _FULL_TOL)
                )
            ):
                col[k] = above
            if tight[k] >= col[k] - _FULL_TOL:
                above = col[k]
    body_width = statistics.median(col)
    if role:
        _credits_run_on(text_lines, widths, col, roles, role)
    if headings:
        _phrased_headings(text_lines, roles)

    def opens_paragraph(k: int) -> bool:
        """Line ``k`` starts a paragraph: by its role, or short by the indent, hung marks aside."""
        t = text_lines[k].text
        return roles[k] is not None or (
            not ends_final(t) and _inner(t, widths[k]) <= col[k] - 1.5
        )

    def full_heading(k: int) -> bool:
        """Line ``k`` fills the column with words alone, after a sentence's end, over a
        paragraph's first line: a heading as wide as a narrow column."""
        t = text_lines[k].text
        return (
            0 < k < len(text_lines) - 1
            and roles[k] is None
            and widths[k] >= col[k] - _FULL_TOL
            and not _ANY_MARK_RE.search(t)
            and ends_final(text_lines[k - 1].text)
            and opens_paragraph(k + 1)
        )

    blocks: list[RawBlock] = []
    cur: list[Line] = []
    # lines found to start a paragraph under a heading, whatever their width says
    fresh: set[int] = set()
    depth = 0  # brackets the block has opened and not closed

    start = 0  # index in text_lines of cur[0]

    def close(open_end: bool) -> None:
        if cur:
            first = cur[0]
            i0 = start
            # (a column wider than the body's counts where the block's next line is as full:
            # a story set two columns wide, not a headline)
            first_full = widths[i0] >= col[i0] - _FULL_TOL and (
                col[i0] <= body_width + 2
                or (len(cur) > 1 and widths[i0 + 1] >= col[i0 + 1] - _FULL_TOL)
            )
            wide = any(
                tight[k] > col[k] + 1.5 and tight[k] > body_width + 1.5
                for k in range(i0, i0 + len(cur))
            )
            # a first line short by the indent over a full one: a paragraph begins here
            indented = (
                headings
                and len(cur) > 1
                and roles[i0] is None
                and col[i0] - _INDENT - _FULL_TOL <= widths[i0] <= col[i0] - 1.5
                and not ends_final(first.text)
                and widths[i0 + 1] >= col[i0 + 1] - _FULL_TOL
            )
            blocks.append(
                RawBlock(
                    _join(cur),
                    (first.number, cur[-1].number),
                    open_start=first_full and first.indent == 0 and i0 not in fresh,
                    open_end=open_end,
                    wide=wide,
                    indented=indented,
                )
            )
            cur.clear()

    def cut_before(k: int, *, open_end: bool) -> None:
        """Close ``cur[:k]`` as a block of its own and go on with ``cur[k:]``: where a
        caption starts inside the lines read, what came before it is the text it cut."""
        nonlocal start
        tail = cur[k:]
        del cur[k:]
        close(open_end=open_end)
        cur.extend(tail)
        start += k

    for i, ln in enumerate(text_lines):
        # a bracket left open goes on across the box's end where the next line closes it
        # (（中央社記者簡如 | 君花蓮1日電）…: pdfminer cut the lead's bracket in two boxes)
        bracket_goes_on = (
            depth > 0
            and len(cur) < _MAX_OPEN_LINES
            and roles[i] is None
            and ("）" in ln.text or ")" in ln.text)
        )
        if cur and blank_breaks and prev_blank[ln.number] and not bracket_goes_on:
            # a text box may end at a sentence's end inside a paragraph: a full line next,
            # without the indent of a paragraph's first line, goes on with it
            w0, c0 = widths[i - 1], col[i - 1]
            box_cut = (
                w0 >= c0 - _FULL_TOL
                and widths[i] >= col[i] - _FULL_TOL
                and roles[i] is None
                and roles[i - 1] is None
                and not (tight[i - 1] > c0 + 1.5 and tight[i - 1] > body_width + 1.5)
            )
            # a paragraph's first line may be a box of its own (its indent set it apart):
            # short by just the indent, a clause begun in it, and a full line next
            # (or a short last line next that ends it: 问：改造资金从哪里|来？)
            first_line_box = (
                len(cur) == 1
                # (against the full line's column too, as above)
                and min(abs(w0 + _INDENT - c0), abs(w0 + _INDENT - col[i])) <= _FULL_TOL
                and (
                    widths[i] >= col[i] - _FULL_TOL
                    or (ends_final(ln.text) and widths[i] <= c0 / 2)
                )
                and roles[i] is None
                and roles[i - 1] in (None, "lead")
                and (
                    _OPENED_CLAUSE_RE.search(cur[0].text) is not None
                    or sentence_goes_on(cur[0].text, ln.text)
                    # a word across the break (本届菊展共展|出菊花): no heading ends so
                    or spans_word(cur[0].text[-3:], ln.text[:3], lexicon()) > 0
                    or number_runs_on(cur[0].text, ln.text)
                )
                and not ends_final(cur[0].text)
            )
            # a paragraph's first line, then a caption (▲…) set in where the column ran out
            cut_first = roles[i] == "marked" and _first_line_cut(cur, w0, c0)
            close(open_end=_is_open(cur[-1].text, w0, c0) or box_cut or first_line_box or cut_first)
        if not cur:
            start = i
            depth = 0
        cur.append(ln)
        if i + 1 == len(text_lines):
            break
        w, nw, c = widths[i], widths[i + 1], col[i]
        text, nxt = ln.text, text_lines[i + 1]
        ends = ends_final(text)
        wide = tight[i] > c + 1.5 and tight[i] > body_width + 1.5
        next_wide = tight[i + 1] > col[i + 1] + 1.5 and tight[i + 1] > body_width + 1.5
        full = w >= c - _FULL_TOL
        r, nr = roles[i], roles[i + 1]
        if nr == "figure" and (
            (not ends and w >= c - _FULL_TOL and spans_word(text[-3:], nxt.text[:3], lexicon()))
            or (ends and len(cur) < _FIGURE_AFTER)
        ):
            # …指着地|图为我们讲解: a full line in mid-sentence, 图为 is words where a word
            # runs across the break (地图; 呼|圖為 is a caption cutting in); after a line
            # or two that end a sentence, a caption's own first sentence may stand (…村寨。|
            # 图为团员…). After a short unfinished line (a headline) a caption starts.
            nr = None
        depth += _bracket_depth(text)
        if r == "photo":
            # a caption's credit: the caption ends here; where it began inside a paragraph it
            # cut, the paragraph goes on after it (…沿线的便|5月17日…散步。|记者 X 摄|民设施…)
            # (a stream rebuilt from mixed columns: its widths are too rough to tell a caption by)
            k = _caption_start(cur, nxt.text, c if headings else 0.0)
            if k:
                cut_before(k, open_end=True)
            close(open_end=False)  # a credit ends its caption, full line or not
            brk = False
        elif nr == "photo" and r not in (*_ON_ITS_OWN, "byline"):
            brk = False  # the caption goes on to its credit
        elif (
            headings
            and len(cur) == 1
            and i
            and c - _FULL_TOL <= w <= c - 0.5
            and widths[i - 1] < col[i - 1] - _FULL_TOL
            and ends_final(text_lines[i - 1].text)
            and r is None
            and _HEADING_LINE_RE.match(text)
            and not sentence_goes_on(text, nxt.text)
        ):
            # after a paragraph's last line, a line of words one cell short of the column: body
            # lines fill it (a first line is short by its indent), so this is a headline's
            brk = True
        elif (
            r == "byline"
            and nr in (None, "byline")
            and not text.endswith(_BYLINE_ENDS)
            and (
                _NAMES_RE.match(nxt.text)
                or (
                    full
                    and not _SENTENCE_MARK_RE.search(nxt.text)
                    and _NAME_RUN_RE.match(nxt.text) is not None
                    and _names_after(nxt.text)
                )
            )
        ):
            roles[i + 1] = "byline"  # a full byline line wrapped: the names go on
            brk = False
        elif depth > 0 and len(cur) < _MAX_OPEN_LINES and not next_wide and nr not in _ON_ITS_OWN:
            brk = False  # inside brackets: （记者 苏晓|岚） goes on, even into a credit line
        elif r in _ON_ITS_OWN or r == "byline" or nr is not None or (nxt.indent >= 2 and not next_wide):
            brk = True
        elif wide and next_wide:
            # a wide caption goes on over lines as wide as its first (never wider); two
            # headline lines about as wide, with no word across the break, are two decks
            # (kicker and title): a headline wrapped by its measure leaves a shorter rest
            decks = (
                nw >= w - 1.5
                and not _SENTENCE_MARK_RE.search(text)
                and not _SENTENCE_MARK_RE.search(nxt.text)
                and not spans_word(text[-3:], nxt.text[:3], lexicon())
            )
            brk = ends or nw > w + 1 or decks
        elif r == "subtitle" and not next_wide:
            # a subtitle is a headline's last deck: the next line goes on with it only
            # where a word runs across the break
            brk = ends or not spans_word(text[-3:], nxt.text[:3], lexicon())
        elif wide:
            # a headline wrapped over two lines ends in mid-phrase; its second line is short,
            # but not short by just the indent of a paragraph's first line before a full one
            indented = (
                nw >= col[i + 1] - _INDENT - _FULL_TOL
                and i + 2 < len(text_lines)
                and widths[i + 2] >= col[i + 2] - _FULL_TOL
            )
            brk = ends or nw >= col[i + 1] - _FULL_TOL or indented
        elif next_wide:
            # a wide line starts a headline or a caption, unless this line, as wide within a
            # cell and unfinished, is the first line of that same caption
            brk = ends or nw - w > 1.5 or w < c + 0.5
        elif not full:
            # short by the lost indent: a paragraph's first line, which may end in a colon
            # (against the next line's column too: a short line's own estimate may be a
            # cell over)
            first_line = (
                len(cur) == 1 and min(c, col[i + 1]) - 3 <= w and not ends_final(text.rstrip(":："))
            )
            # ...and the line after a first line is full, or ends the paragraph: a short line
            # on top of another short unfinished one is a heading over a paragraph's first line
            # (a line of words alone: the next line's hung marks aside, 换乘更方便|北延段开通后，)
            next_w = _inner(nxt.text, nw) if not _ANY_MARK_RE.search(text) else nw
            if first_line and next_w < col[i + 1] - _FULL_TOL and not ends_final(nxt.text):
                first_line = False
                if next_w < nw:
                    fresh.add(i + 1)  # its own mark hung: it is no full line run on
            brk = not first_line
        else:
            # full line: a new paragraph starts if this one ends a sentence and the next line
            # is short (its indent was lost) but does not itself end the paragraph
            brk = ends and nw <= col[i + 1] - 1.5 and not ends_final(nxt.text)
            if headings and not brk and (ends or len(cur) == 1) and full_heading(i + (ends)):
                # in a narrow column a heading may fill it: a line of words between a
                # sentence's end and a paragraph's first line (…通车。|河滨公园菊展开幕|本报讯…)
                brk = True
                if not ends:
                    fresh.add(i + 1)
            if ends and not brk and not ends_final(nxt.text) and i + 2 < len(text_lines):
                # ...short by the indent once the mark it ends in hangs past the column
                # (据市发展改革委统计，), with the sentence going on in a full line
                # (or in a short last line: 食堂每天供应早、午、| 晚三餐。)
                inner = nw - (len(nxt.text) - len(nxt.text.rstrip(_HANGING)))
                brk = inner <= col[i + 1] - 1.5 and (
                    widths[i + 2] >= col[i + 2] - _FULL_TOL or ends_final(text_lines[i + 2].text)
                )
        if (
            brk
            and ends
            and not full
            and len(cur) > 1
            and r is None
            and nr is None
            and nw >= col[i + 1] - _FULL_TOL
            and not next_wide
            and starts_mid_sentence(nxt.text) >= 0.5
        ):
            # the block ends, but a full line goes on in mid-sentence: a picture cut the
            # paragraph, and the block's last sentence may be its caption, printed with no
            # credit (…苦瓜|6月2日，市民在…蔬菜。|和空心菜。)
            k = _bare_caption_start(cur)
            if k:
                cut_before(k, open_end=True)
        if brk:
            cut_first = nr == "marked" and _first_line_cut(cur, w, c)
            close(open_end=(not ends and full and not wide) or cut_first)
    if cur and roles[-1] == "photo" and (k := _caption_start(cur, "", col[-1] if headings else 0.0)):
        # the last line ends a caption (a column's foot): the text above it is not the caption's
        j = start + k - 1
        cut_before(k, open_end=_is_open(cur[k - 1].text, widths[j], col[j]))
    close(open_end=_is_open(cur[-1].text, widths[-1], col[-1]) if cur else False)
    return tuple(blocks)


def _phrased_headings(lines: Sequence[Line], roles: list[str | None]) -> None:
    """Mark as headings the lines of phrases set apart by a space (寒流來襲 長者保暖成焦點),
    on a page whose lines rarely hold a space between Han characters: a deck of a headline,
    as full as a column line may be, that no body line is set like."""
    spaced = [k for k, ln in enumerate(lines) if " " in ln.text and _HAN_GAP_RE.search(ln.text)]
    if len(spaced) > _PHRASED_SHARE * len(lines):
        return  # stray spaces on the page: a space tells nothing
    for k in spaced:
        t = lines[k].text
        # a phrase of four or more (two- and three-character parts are names: 周若溪 林子航)
        if roles[k] is None and _PHRASED_RE.match(t) and max(map(len, t.split())) >= 4:
            roles[k] = "heading"


_HAN_GAP_RE = regex.compile(r"\p{Han} +\p{Han}")
_PHRASED_RE = regex.compile(r"^[\p{Han}“”‘’「」《》、]{2,}(?: [\p{Han}“”‘’「」《》、]{2,})+$")
# at most this share of a page's lines hold a space between Han characters where only
# headlines and bylines are spaced (pages with stray spaces have them on most lines)
_PHRASED_SHARE = 0.15


# how a caption starts (图为…, 9月10日，…) more often than a paragraph line does
_CAPTION_OPENINGS = ("图为", "圖為", "▲", "△")
_DATE_START_RE = regex.compile(r"\d{1,2}月\d{1,2}日")
# the end of a line after its last sentence: the start of a caption's credit (…演出。资|料图片)
_CREDIT_START_RE = regex.compile(r"[。！？!?][”’」』]?([^。！？!?，,；;：:\s]{1,8})$")


def _credits_run_on(
    lines: Sequence[Line],
    widths: Sequence[float],
    col: Sequence[float],
    roles: list[str | None],
    role: LineRole,
) -> None:
    """Mark a short line that finishes a photo credit begun after the last sentence of the
    line above (…为村民演出。资|料图片) as that credit's ("photo")."""
    for i in range(1, len(lines)):
        text = lines[i].text
        if (
            roles[i] is None
            and roles[i - 1] is None
            and widths[i] < col[i] - _INDENT
            and not _SENTENCE_MARK_RE.search(text)
        ):
            m = _CREDIT_START_RE.search(lines[i - 1].text)
            if m and role(m[1] + text.strip()) == "photo":
                roles[i] = "photo"


def _caption_start(cur: Sequence[Line], after: str, col: float = 0.0) -> int:
    """Where in ``cur`` (ending in a photo credit) the caption begins; 0 if the whole run is
    the caption's.

    A picture may cut a paragraph anywhere: the caption's lines stand between two lines of
    it. The caption starts at a line start with no word running into it from the line above,
    and shows it: strongly where it starts as captions do (图为…, a date), the line above ends
    a sentence, or the line ``after`` the credit goes on inside a word from the line above
    (沿线的便|民设施); weakly where another sentence starts (去年…) or the line above ends a
    clause. The latest of the strongest signs wins: a paragraph cut by a picture runs on
    over many lines, a caption over few. The credit's own line holds caption text where it
    holds a sentence mark (…岗位信息。新华社发). A caption set wider than the column ``col``
    (0: unknown) starts strongly where its lines first stand out past the column's.
    """
    lex = lexicon()
    last = len(cur) - 1 if _SENTENCE_MARK_RE.search(cur[-1].text) else len(cur) - 2
    best, best_sign, fallback = 0, 0, 0
    for k in range(1, last + 1):
        prev, text = cur[k - 1].text, cur[k].text
        fresh = starts_mid_sentence(text)
        if fresh >= 0.95 or spans_word(prev[-3:], text[:3], lex):
            continue  # the sentence above goes on into this line
        weak = fresh < 0.5 or prev[-1:] in "，、；,;"
        # (a mark hung past the column's end widens no line)
        wider = (
            col > 0
            and text[-1:] not in _HANGING
            and width(text) >= col + 1.0
            and width(prev.rstrip(_HANGING)) <= col + 0.5
        )
        strong = (
            wider
            or text.startswith(_CAPTION_OPENINGS)
            or _DATE_START_RE.match(text) is not None
            or ends_final(prev)
            or (weak and spans_word(prev[-3:], after[:3], lex))
        )
        sign = 2 if strong else 1 if weak else 0
        if sign and sign >= best_sign:
            best, best_sign = k, sign
        elif not best_sign and k > 1 and after and prev[-1:] in _NEEDS_MORE:
            # no sign yet: the line above ends on a word that needs what follows (书店和 |
            # 改造前的…厂 | 房。资料图片 | 咖啡馆…), which the text after the credit may be;
            # two lines of text above at least (one may be a caption's own: 演员在 | 村口…)
            fallback = k
    if best_sign:
        return best
    first = cur[0].text
    # (a run that starts as captions do is the caption's, whatever its lines end on)
    opens = first.startswith(_CAPTION_OPENINGS) or _DATE_START_RE.match(first) is not None
    return 0 if opens else fallback


# characters no sentence ends on: a conjunction or preposition needs what follows it
_NEEDS_MORE = frozenset("和与與及或在对對把向从從将將被让讓给給跟同")

# marks no line may start with: they hang past the column's end instead (kinsoku)
_HANGING = "，。、；：！？）》」』”’,.;:!?)"
# any mark a sentence holds (a heading holds none; quotes and 、 allowed)
_ANY_MARK_RE = regex.compile(r"[，。；：！？,.;:!?（）()]")


def _inner(text: str, w: float) -> float:
    """``w``, the width of ``text``, less the marks it ends in that hang past the column."""
    return w - (len(text) - len(text.rstrip(_HANGING)))


def _hung_beyond_one(text: str) -> int:
    """Cells that marks hanging past the column take beyond the one the width tests allow
    for (…“配菜”，: two marks hang): such a line is full, not wider than the column."""
    return max(0, len(text) - len(text.rstrip(_HANGING)) - 1)


# a caption with no credit runs over a few lines at most
_BARE_CAPTION_LINES = 3


# words that cannot end a phrase: a date after them is their object, not a caption's start
_NEEDS_OBJECT = frozenset("于在至到从即为是将对把向与和及自由经截")


def _bare_caption_start(cur: Sequence[Line]) -> int:
    """Where a caption printed with no credit starts in ``cur``, the lines of a block cut
    off where a full line goes on in mid-sentence; 0 if none. Without a credit only a strong
    sign will do: one sentence, on the last few lines, opening as captions do (图为…, a
    date) after a line of the paragraph left unfinished."""
    lex = lexicon()
    for k in range(len(cur) - 1, max(0, len(cur) - 1 - _BARE_CAPTION_LINES), -1):
        prev, text = cur[k - 1].text, cur[k].text
        if (
            (text.startswith(_CAPTION_OPENINGS) or _DATE_START_RE.match(text))
            and not ends_final(prev)
            and prev[-1:] not in _NEEDS_OBJECT  # …定于|6月1日: the sentence goes on
            and not spans_word(prev[-3:], text[:3], lex)
            and sum(_join(cur[k:]).count(m) for m in "。！？") == 1
        ):
            return k
    return 0


def _first_line_cut(cur: Sequence[Line], w: float, c: float) -> bool:
    """Is ``cur`` one line short by just a paragraph's indent, in mid-clause: a paragraph's
    first line whose rest comes after what was set in under it?"""
    text = cur[0].text
    return (
        len(cur) == 1
        and abs(w + _INDENT - c) <= _FULL_TOL
        and _CLAUSE_RE.search(text) is not None
        and not ends_final(text)
    )


def _bracket_depth(text: str) -> int:
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


def _is_open(text: str, width: float, col: float) -> bool:
    return width >= col - _FULL_TOL and not ends_final(text)


def _join(lines: Sequence[Line]) -> str:
    """Join wrapped lines; only two Latin words cut by the wrap get a space back."""
    parts = [lines[0].text]
    for prev, ln in itertools.pairwise(lines):
        # look at the last character only: searching the growing text would be quadratic
        if _LATIN_END_RE.search(prev.text[-1:]) and _LATIN_START_RE.match(ln.text):
            parts.append(" ")
        parts.append(ln.text)
    return "".join(parts)
