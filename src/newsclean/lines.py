"""text -> lines, and the printed width of a line."""

from __future__ import annotations

import itertools
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


# A line this long holding this many sentences is no paragraph (news paragraphs stay
# under 400 characters): it is a page, or much of one, whose line breaks were lost upstream.
_FLAT_MIN_CHARS = 500
_FLAT_MIN_SENTENCES = 6
# Without spaces left to show the breaks, a long line among others may be one long paragraph
# (a speech quoted at length): it is broken only on a page of few lines, or when it is as long
# as a page, or holds a lead (本报讯…) inside it.
_FEW_LINES = 3
_PAGE_CHARS = 1500
_SENTENCE_END_RE = re.compile(r"[。！？!?][”’」』）)]*")
_GAP_RE = re.compile(r"[ \t\u3000]+")  # where a lost line break may have stood
_END_GAP_RE = re.compile(r"[。！？!?][”’」』）)]*[ \t\u3000]")
_LATIN_END_RE = re.compile(r"[A-Za-z0-9.%]$")
_LATIN_START_RE = re.compile(r"[A-Za-z0-9]")


def is_flattened(line: str) -> bool:
    """Does this one line hold a page whose line breaks were lost?

    >>> is_flattened("会议召开。" * 200), is_flattened("这是一段很长的文字" * 100)
    (True, False)
    """
    if len(line) < _FLAT_MIN_CHARS:
        return False
    # stop at the sixth sentence: no need to scan a 10 MB line to the end
    ends = _SENTENCE_END_RE.finditer(line)
    return sum(1 for _ in itertools.islice(ends, _FLAT_MIN_SENTENCES)) >= _FLAT_MIN_SENTENCES


def unflatten(text: str) -> tuple[str, int]:
    """Break again the lines that hold a flattened page; return the text and how many.

    Where the breaks became spaces, a line ends at each run of spaces (two or more spaces: a
    blank line stood there), except where the spaces are the page's own: inside a
    letter-spaced headline, between Latin words, between a credit's role and names; the
    layout stage then unwraps the lines as usual. Where nothing is left of them, a line ends
    after each sentence and before each lead: paragraphs are no longer known, but articles
    can still be found, and the text is all kept.

    >>> unflatten("标题 " + "本报讯 昨天，会议召开。 " * 80)[0].split("\\n")[:3]
    ['标题', '本报讯', '昨天，会议召开。']
    >>> unflatten("标题本报讯昨天，会议召开。" + "会议召开。" * 100)[0].split("\\n")[:3]
    ['标题', '本报讯昨天，会议召开。', '会议召开。']
    >>> unflatten("会议召开。" * 200)[0].count("\\n")
    199
    """
    out: list[str] = []
    count = 0
    lines = text.split("\n")
    few = sum(1 for ln in lines if ln.strip()) <= _FEW_LINES
    for line in lines:
        if not is_flattened(line):
            out.append(line)
            continue
        line = line.strip()
        # a gap after a sentence's end is where a paragraph's line ended; spaces left only
        # inside headlines and credits (the breaks simply removed) are no guide
        ends = len(_SENTENCE_END_RE.findall(line))
        broken = len(_END_GAP_RE.findall(line))
        if broken >= max(3, ends // 10):
            out.append(_break_at_gaps(_GAP_RE.split(line), _GAP_RE.findall(line)))
        elif few or len(line) >= _PAGE_CHARS or _LEAD_BREAK_RE.search(line) is not None:
            out.append(_break_sentences(line))
        else:
            out.append(line)  # one long paragraph among others: nothing shows it is a page
            continue
        count += 1
    return "\n".join(out), count


def _break_at_gaps(pieces: list[str], gaps: list[str]) -> str:
    """Join ``pieces`` (what stood between the ``gaps``) with line breaks, or with a space
    where the space is the page's own: two single characters (a letter-spaced headline,
    艺 术 节), two Latin words or numbers (BA.5 variant), a credit's names (记者 孟凡舟 摄) or
    a short name inside brackets (（记者 李明 通讯员 张华）)."""
    parts = [pieces[0]]
    depth = 0  # brackets opened and not closed
    credit = False  # the line holds a credit, whose names go on (□统筹/邝颖 谭志恒)
    for gap, before, after in zip(gaps, pieces[:-1], pieces[1:], strict=True):
        depth = max(0, min(depth + _bracket_balance(before), 2))
        credit = _credit_goes_on(before, after) or (
            credit and _NAME_RE.fullmatch(after) is not None
        )
        if (
            (len(before) == 1 and len(after) == 1)
            or credit
            or (depth and len(after) <= _MAX_BRACKET_NAME)
            or (_LATIN_END_RE.search(before) is not None and _LATIN_START_RE.match(after))
        ):
            parts.append(" ")
        else:
            parts.append("\n\n" if len(gap) > 1 else "\n")
        parts.append(after)
    return "".join(parts)


# inside brackets a piece this short is a name or a role of a credit (（记者 李明 通讯员 张华）);
# a longer one is a wrapped line of text, whose break stays
_MAX_BRACKET_NAME = 6


def _bracket_balance(piece: str) -> int:
    return piece.count("（") + piece.count("(") - piece.count("）") - piece.count(")")


# a credit's role, then its name, then 摄: the words of one printed line (记者 孟凡舟 摄,
# □文/图 记者 蒋雨桐); roles end in these (记者, 通讯员, 摄影, 实习生, 文/图)
_ROLE_ENDS = tuple("者员影生图/")
_NAME_RE = re.compile(r"[^\s，。、；：！？,.;:!?（）()“”]{1,4}")


def _credit_goes_on(before: str, after: str) -> bool:
    if after in ("摄", "攝"):
        return _NAME_RE.fullmatch(before) is not None
    if _NAME_RE.fullmatch(after) is None:
        return False
    # a role last (记者), or a role and name joined by a slash (□统筹/邝颖, 文/王芳)
    slash = "/" in before and len(before) <= 16  # 文/江门日报青苹果小记者
    return (before.endswith(_ROLE_ENDS) and (len(before) <= 6 or slash)) or (
        slash and "/" in before[-6:]
    )


# Where no spaces are left, what else a line break stood before: a lead's dateline (本报讯,
# 江门日报讯, 新华社北京7月15日电), a credit box (□文/图…), a jump note, an editor's line; and
# in a page's first characters, its header fields (…星期一|第2版|…).
_LEAD_BREAK_RE = re.compile(
    r"(?<=[^\s\n])(?="
    r"(?:本报|本報|[\u4e00-\u9fff]{2,6}(?:日报|晚报|时报|商报|日報|晚報|時報))(?:讯|訊)"
    r"|(?:新华社|新華社|中新社)[^，。,]{0,12}?(?:电|電)"
    r"|【本|〔記者|（中央社|[□■]"
    r"|[（(](?:上接|下转|下轉|转|轉|接|紧接|緊接)"
    r"|(?:责任编辑|責任編輯|责编|責編|美编|美編|校对|校對)[:：]?"
    r")"
)
_JUMP_END_RE = re.compile(r"(?<=版[）)])(?=\S)")
_HEADER_BREAK_RE = re.compile(r"(?<=星期[一二三四五六日天])|(?=第\d{1,3}版)|(?<=第\d版)|(?<=第\d\d版)")
_HEADER_CHARS = 60


def _break_sentences(line: str) -> str:
    """A line ends after each sentence, and before each lead, credit box, jump note or
    editor's line; the header fields at the top of the page are set apart too."""
    head, rest = line[:_HEADER_CHARS], line[_HEADER_CHARS:]
    line = _HEADER_BREAK_RE.sub("\n", head) + rest
    line = _SENTENCE_END_RE.sub(lambda m: m.group() + "\n", line)
    line = _JUMP_END_RE.sub("\n", line)
    # a paper's name matches at each of its first characters (…家园江门日报讯): of a run of
    # such places the last, the shortest name, is taken (most papers' names are a city's)
    cuts: list[int] = []
    for m in _LEAD_BREAK_RE.finditer(line):
        if cuts and cuts[-1] == m.start() - 1:
            cuts[-1] = m.start()
        else:
            cuts.append(m.start())
    parts = [line[a:b] for a, b in itertools.pairwise([0, *cuts, len(line)])]
    return re.sub(r"\n+", "\n", "\n".join(parts)).strip("\n")
