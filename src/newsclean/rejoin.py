"""Where does a body block belong, and does it continue an unfinished paragraph?

Pieces of several articles alternate on a page. A block is scored against every article open
so far by what it shares with the article's words (Han character bigrams weighted by how rare
they are on the page), whether that article's last paragraph stopped in mid-sentence, and
whether the block directly follows that article's text. The best score wins; the reason is
kept for the trace.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

import regex

from .columns import lexicon, spans_word
from .model import RawBlock
from .normalize import fix_cjk_punct

_HAN_RUN_RE = regex.compile(r"\p{Han}+")
_LATIN_END_RE = regex.compile(r"[A-Za-z]$")
_LATIN_START_RE = regex.compile(r"^[A-Za-z]")
_ASCII_MARKS = frozenset(",;:?!()")

# Score weights: topic similarity is 0..1; an unfinished paragraph waiting for its continuation
# and plain adjacency are strong priors of their own.
OPEN_BONUS = 0.3
ADJACENT_BONUS = 0.2
# An article's continuation is near in reading order: each article whose text came since costs
# this much: two reports on one official, five articles apart, share words but not text.
DISTANCE_COST = 0.1
# A word runs across the cut (…领域提|供专业…): the two halves belong together.
WORD_BONUS = 0.3


def bigrams(text: str) -> Counter[str]:
    """Han character bigrams of ``text``.

    >>> sorted(bigrams("流调人员，流调"))
    ['人员', '流调', '调人']
    """
    c: Counter[str] = Counter()
    for run in _HAN_RUN_RE.findall(text):
        c.update(run[i : i + 2] for i in range(len(run) - 1))
    return c


class Background:
    """Bigram frequencies of the whole page: what a word costs when it says nothing of topic."""

    __slots__ = ("counts", "total", "vocab")

    def __init__(self, texts: Iterable[str]) -> None:
        self.counts: Counter[str] = Counter()
        for t in texts:
            self.counts.update(bigrams(t))
        self.total = sum(self.counts.values())
        self.vocab = len(self.counts) + 1

    def p(self, bigram: str) -> float:
        return (self.counts.get(bigram, 0) + 0.5) / (self.total + 0.5 * self.vocab)


# Dirichlet prior mass: how many bigrams an article needs before its own words outweigh the page's
_MU = 40.0


class Profile:
    """The words of an article so far, for topic similarity."""

    __slots__ = ("counts", "total")

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.total = 0

    def add(self, text: str) -> None:
        grams = bigrams(text)
        self.counts.update(grams)
        self.total += sum(grams.values())

    def similarity(self, other: Profile, background: Background) -> float:
        """How many more of this text's words ``other`` uses than chance would give, -1..1.

        A word (Han bigram) found elsewhere on the page counts if the other article has it,
        less the chance that an article of that size would have it anyway; so long and short
        articles compare fairly, and words the page uses everywhere count for little.
        """
        if not self.total or not other.total:
            return 0.0
        rest = max(1, background.total - self.total)
        acc = 0.0
        n = 0
        for k, v in self.counts.items():
            elsewhere = background.counts.get(k, 0) - v
            if elsewhere <= 0:
                continue  # a word found nowhere else on the page tells nothing
            n += 1
            chance = 1.0 - math.exp(-other.total * elsewhere / rest)
            acc += (1.0 if k in other.counts else 0.0) - chance
        return acc / max(n, 8)


class Stream(Protocol):
    profile: Profile
    open: bool
    touched: int  # when it last took text, in any increasing unit

    @property
    def tail(self) -> str:
        """The unfinished paragraph's text ("" when the last paragraph ended)."""
        ...


S = TypeVar("S", bound=Stream)


def choose_stream(
    text: str,
    block: RawBlock,
    streams: Sequence[S],
    last: S | None,
    *,
    df: Background,
    threshold: float = 0.5,
    upcoming: Sequence[str] = (),
) -> tuple[S, str]:
    """Pick the article a body block belongs to; return it and the reason if not the obvious one.

    ``threshold`` scales how much an unfinished paragraph pulls: below 0.5 joins more eagerly.
    ``upcoming`` holds the next few body blocks: a paragraph cut inside a word (…领域提) waits
    for the block that completes it (供专业支撑…) rather than take this one.
    """
    probe = Profile()
    probe.add(text)
    # In hard-wrapped text a paragraph's first line lost its indent and so is short: a block
    # whose first line is full starts in mid-paragraph.
    open_pull = OPEN_BONUS * (0.5 / max(threshold, 0.05))
    mid = 1.0 if block.open_start else starts_mid_sentence(text)
    best: S | None = None
    best_score = -math.inf
    recency = sorted((s.touched for s in streams), reverse=True)
    for s in streams:
        score = probe.similarity(s.profile, df)
        # articles that took text since this one, not counting the one just read
        between = max(0, recency.index(s.touched) - (0 if last is None or s is last else 1))
        score -= DISTANCE_COST * between
        if s.open:
            # the next block after an unfinished paragraph continues it, unless it plainly
            # starts a sentence; a block further on must look like a continuation
            score += open_pull * (1.5 if s is last and mid > 0.2 else mid)
            tail = s.tail
            if word_across(tail, text):
                score += WORD_BONUS
            elif any(word_across(tail, u) for u in upcoming):
                score -= WORD_BONUS
        if s is last:
            score += ADJACENT_BONUS
        if score > best_score:
            best, best_score = s, score
    assert best is not None  # streams is never empty here
    reason = "" if best is last else f"moved to an earlier article (score {best_score:.2f})"
    return best, reason


# one character then a clause mark (杂，… / 燕、巫丹) cannot open a paragraph; two can (当天，)
_MID_START_RE = regex.compile(
    r"^(?:[，。、；：,;:！？!?）)”’」』…]|\p{Han}[，。、；：,;:”’」』]|\p{Han}{2}[。、；”’」』])"
)
_FRESH_START_RE = regex.compile(
    r"^(?:[“「‘《【]|\d{1,4}年|\d{1,2}月\d{1,2}日|(?:近日|日前|昨日|今天|昨天|今年|去年|据|目前|当天|"
    r"此外|同时|另外|其中|随后|然而|但是|因此|所以|对此|为此|截至|近年来|记者|本报)[，,]?)"
)


# particles and measure words that attach to what precedes them: no sentence starts with one
PARTICLES = frozenset("的了着过地得们吗呢吧么")


def starts_mid_sentence(text: str) -> float:
    """How likely a block begins in the middle of a sentence, 0..1.

    >>> starts_mid_sentence("燕、巫丹，组成"), starts_mid_sentence("近日，区委书记"), starts_mid_sentence("经促部门要")
    (1.0, 0.1, 0.5)
    """
    if _MID_START_RE.match(text):
        return 1.0
    if text[:1] in PARTICLES:
        return 0.95
    if _FRESH_START_RE.match(text):
        return 0.1
    return 0.5


def word_across(head: str, tail: str) -> bool:
    """Does a common word (2-4 characters) run across the join of ``head`` and ``tail``?

    >>> word_across("招商引资等领域提", "供专业支撑"), word_across("等领域提", "期间，大家")
    (True, False)
    """
    if not head or not tail:
        return False
    return spans_word(head[-3:], tail[:3], lexicon()) > 0


def join_texts(head: str, tail: str) -> str:
    """Join two halves of a paragraph; a space only between two Latin words.

    >>> join_texts("流调溯源是疫情控制的“最强", "大脑”，讲求快速。")
    '流调溯源是疫情控制的“最强大脑”，讲求快速。'
    >>> join_texts("来自香港的占64%;", "远高于其他地区")
    '来自香港的占64%；远高于其他地区'
    """
    if _LATIN_END_RE.search(head) and _LATIN_START_RE.match(tail):
        return head + " " + tail
    joined = head + tail
    if head[-1:] in _ASCII_MARKS or tail[:1] in _ASCII_MARKS:
        # a mark at the cut had no context on one side when its half was normalized
        lo, hi = max(0, len(head) - 8), len(head) + 8
        window = fix_cjk_punct(joined[lo:hi])
        if len(window) == len(joined[lo:hi]):
            joined = joined[:lo] + window + joined[hi:]
    return joined
