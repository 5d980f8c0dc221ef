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
from typing import Literal

import regex

from .columns import body_width, chains, segment_lines, width
from .lines import wider_than
from .model import Line, RawBlock

Mode = Literal["lines", "wrapped"]

# A paragraph's text ends with one of these (possibly followed by closing quotes/brackets).
FINAL_RE = regex.compile(r"[。！？!?…]+[”’」』）)]*$|[。！？!?][”’」』]$|——$|：$|:$")
# A line too wide for a body column is a headline spanning columns; within +- this many cells
# of the column width a line counts as full.
_FULL_TOL = 1.0
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
    return "lines" if long_share >= 0.25 else "wrapped"


def find_blocks(lines: Sequence[Line], *, mode: Mode | None = None) -> tuple[RawBlock, ...]:
    """Group lines into raw blocks (paragraph candidates), each with its line span.

    ``mode`` is :func:`detect_mode` of the non-blank lines, if the caller has it already.
    """
    text_lines = [ln for ln in lines if ln.text]
    if not text_lines:
        return ()
    if (mode or detect_mode(text_lines)) == "lines":
        out = []
        prev = 0
        for ln in text_lines:
            out.append(
                RawBlock(
                    ln.text,
                    (ln.number, ln.number),
                    open_end=not FINAL_RE.search(ln.text),
                    gap_before=ln.number - prev - 1 if prev else 0,
                )
            )
            prev = ln.number
        return tuple(out)
    if interleaved(lines):
        return untangle(lines)
    return unwrap(lines)


def interleaved(lines: Sequence[Line]) -> bool:
    """Do the lines mix columns? Either nearly every line stands alone between blank lines
    (pdfminer gives neighbouring columns' lines in turn) or many lines hold several columns."""
    text_lines = [ln for ln in lines if ln.text]
    if len(text_lines) < 2:
        return False
    col = body_width(text_lines)
    segs = segment_lines(lines, col)
    multi = len(segs) - len(text_lines)
    alone = sum(s.after_blank for s in segs)
    return alone >= 0.6 * len(text_lines) or multi >= 0.04 * len(text_lines)


def untangle(lines: Sequence[Line]) -> tuple[RawBlock, ...]:
    """Split mixed lines into column segments, chain them into column streams, unwrap each."""
    text_lines = [ln for ln in lines if ln.text]
    col = body_width(text_lines)
    segs = segment_lines(lines, col)
    out: list[tuple[tuple[int, int], RawBlock]] = []
    for chain in chains(segs, col):
        stream = [segs[i].line() for i in chain]
        start = (segs[chain[0]].number, segs[chain[0]].index)
        for k, b in enumerate(unwrap(stream, width)):
            out.append(((start[0], start[1] * 1000 + k), b))
    out.sort(key=lambda kv: kv[0])
    return tuple(b for _, b in out)


def _column_widths(widths: Sequence[float]) -> list[float]:
    """Estimate each line's column width: the commonest width among its neighbours."""
    out = []
    rounded = [round(w) for w in widths]
    for i in range(len(widths)):
        lo, hi = max(0, i - _WINDOW), min(len(widths), i + _WINDOW + 1)
        counts = Counter(w for w in rounded[lo:hi] if w >= 6)
        if not counts:
            out.append(max(widths[lo:hi]))
            continue
        best = max(counts.values())
        # ties go to the wider width: body lines are full, short lines vary
        out.append(float(max(w for w, c in counts.items() if c == best)))
    return out


def unwrap(lines: Sequence[Line], measure: Callable[[str], float] = width) -> tuple[RawBlock, ...]:
    """Join hard-wrapped column lines back into paragraphs.

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
    col = _column_widths(widths)
    body_width = statistics.median(col)

    blocks: list[RawBlock] = []
    cur: list[Line] = []

    start = 0  # index in text_lines of cur[0]

    def close(open_end: bool) -> None:
        if cur:
            first = cur[0]
            i0 = start
            first_full = widths[i0] >= col[i0] - _FULL_TOL and col[i0] <= body_width + 2
            blocks.append(
                RawBlock(
                    _join(cur),
                    (first.number, cur[-1].number),
                    open_start=first_full and first.indent == 0,
                    open_end=open_end,
                )
            )
            cur.clear()

    for i, ln in enumerate(text_lines):
        if cur and blank_breaks and prev_blank[ln.number]:
            close(open_end=_is_open(cur[-1].text, widths[i - 1], col[i - 1]))
        if not cur:
            start = i
        cur.append(ln)
        if i + 1 == len(text_lines):
            break
        w, nw, c = widths[i], widths[i + 1], col[i]
        text, nxt = ln.text, text_lines[i + 1]
        ends = bool(FINAL_RE.search(text))
        wide = w > c + 1.5 and w > body_width + 1.5
        next_wide = nw > col[i + 1] + 1.5 and nw > body_width + 1.5
        full = w >= c - _FULL_TOL
        if nxt.indent >= 2 and not next_wide:
            brk = True
        elif wide:
            # a headline wrapped over two lines ends in mid-phrase; its second line is short
            brk = ends or next_wide or nw >= col[i + 1] - _FULL_TOL
        elif next_wide:
            brk = True
        elif not full:
            first_line = len(cur) == 1 and c - 3 <= w and not ends
            brk = not first_line
        else:
            # full line: a new paragraph starts if this one ends a sentence and the next line
            # is short (its indent was lost) but does not itself end the paragraph
            brk = ends and nw <= col[i + 1] - 1.5 and not FINAL_RE.search(nxt.text)
        if brk:
            close(open_end=not ends and full and not wide)
    close(open_end=_is_open(cur[-1].text, widths[-1], col[-1]) if cur else False)
    return tuple(blocks)


def _is_open(text: str, width: float, col: float) -> bool:
    return width >= col - _FULL_TOL and not FINAL_RE.search(text)


def _join(lines: Sequence[Line]) -> str:
    """Join wrapped lines; only two Latin words cut by the wrap get a space back."""
    parts = [lines[0].text]
    for prev, ln in itertools.pairwise(lines):
        # look at the last character only: searching the growing text would be quadratic
        if _LATIN_END_RE.search(prev.text[-1:]) and _LATIN_START_RE.match(ln.text):
            parts.append(" ")
        parts.append(ln.text)
    return "".join(parts)
