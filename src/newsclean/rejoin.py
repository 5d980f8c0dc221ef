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

from .model import RawBlock

_HAN_RUN_RE = regex.compile(r"\p{Han}+")
_LATIN_END_RE = regex.compile(r"[A-Za-z]$")
_LATIN_START_RE = regex.compile(r"^[A-Za-z]")

# Score weights: topic similarity is 0..1; an unfinished paragraph waiting for its continuation
# and plain adjacency are strong priors of their own.
OPEN_BONUS = 0.45
ADJACENT_BONUS = 0.25


def bigrams(text: str) -> Counter[str]:
    """Han character bigrams of ``text``.

    >>> sorted(bigrams("流调人员，流调"))
    ['人员', '流调', '调人']
    """
    c: Counter[str] = Counter()
    for run in _HAN_RUN_RE.findall(text):
        c.update(run[i : i + 2] for i in range(len(run) - 1))
    return c


class Profile:
    """The words of an article so far, for topic similarity."""

    __slots__ = ("counts",)

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, text: str) -> None:
        self.counts.update(bigrams(text))

    @staticmethod
    def document_frequencies(texts: Iterable[str]) -> dict[str, float]:
        """Inverse document frequency of each bigram over the page's blocks."""
        df: Counter[str] = Counter()
        n = 0
        for t in texts:
            n += 1
            df.update(set(bigrams(t)))
        return {k: math.log((n + 1) / (v + 0.5)) for k, v in df.items()}

    def similarity(self, other: Profile, idf: dict[str, float]) -> float:
        """Cosine similarity of the tf-idf vectors."""
        a, b = self.counts, other.counts
        if not a or not b:
            return 0.0
        if len(a) > len(b):
            a, b = b, a
        dot = sum(v * b[k] * idf.get(k, 1.0) ** 2 for k, v in a.items() if k in b)
        if not dot:
            return 0.0
        na = math.sqrt(sum((v * idf.get(k, 1.0)) ** 2 for k, v in a.items()))
        nb = math.sqrt(sum((v * idf.get(k, 1.0)) ** 2 for k, v in b.items()))
        return dot / (na * nb)


class Stream(Protocol):
    profile: Profile
    open: bool


S = TypeVar("S", bound=Stream)


def choose_stream(
    text: str,
    block: RawBlock,
    streams: Sequence[S],
    last: S | None,
    *,
    df: dict[str, float],
    threshold: float = 0.5,
) -> tuple[S, str]:
    """Pick the article a body block belongs to; return it and the reason if not the obvious one.

    ``threshold`` scales how much an unfinished paragraph pulls: below 0.5 joins more eagerly.
    """
    probe = Profile()
    probe.add(text)
    # In hard-wrapped text a paragraph's first line lost its indent and so is short: a block
    # whose first line is full starts in mid-paragraph.
    open_pull = OPEN_BONUS * (0.5 / max(threshold, 0.05))
    mid = 1.0 if block.open_start else starts_mid_sentence(text)
    best: S | None = None
    best_score = -1.0
    for s in streams:
        score = probe.similarity(s.profile, df)
        if s.open:
            # the next block after an unfinished paragraph continues it, unless it plainly
            # starts a sentence; a block further on must look like a continuation
            score += open_pull * (1.5 if s is last and mid > 0.2 else mid)
        if s is last:
            score += ADJACENT_BONUS
        if score > best_score:
            best, best_score = s, score
    assert best is not None  # streams is never empty here
    reason = "" if best is last else f"moved to an earlier article (score {best_score:.2f})"
    return best, reason


_MID_START_RE = regex.compile(r"^(?:[，。、；：,;:！？!?）)”’」』…]|\p{Han}{1,2}[，。、；：,;:”’」』])")
_FRESH_START_RE = regex.compile(
    r"^(?:[“「‘《【]|\d{1,4}年|\d{1,2}月\d{1,2}日|(?:近日|日前|昨日|今天|昨天|今年|去年|据|目前|当天|"
    r"此外|同时|另外|其中|随后|然而|但是|因此|所以|对此|为此|截至|近年来|记者|本报)[，,]?)"
)


def starts_mid_sentence(text: str) -> float:
    """How likely a block begins in the middle of a sentence, 0..1.

    >>> starts_mid_sentence("燕、巫丹，组成"), starts_mid_sentence("近日，区委书记"), starts_mid_sentence("经促部门要")
    (1.0, 0.1, 0.5)
    """
    if _MID_START_RE.match(text):
        return 1.0
    if _FRESH_START_RE.match(text):
        return 0.1
    return 0.5


def join_texts(head: str, tail: str) -> str:
    """Join two halves of a paragraph; a space only between two Latin words.

    >>> join_texts("流调溯源是疫情控制的“最强", "大脑”，讲求快速。")
    '流调溯源是疫情控制的“最强大脑”，讲求快速。'
    """
    if _LATIN_END_RE.search(head) and _LATIN_START_RE.match(tail):
        return head + " " + tail
    return head + tail
