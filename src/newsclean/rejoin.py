"""Where does a body block belong, and does it continue an unfinished paragraph?

Pieces of several articles alternate on a page. A block is scored against every article open
so far by what it shares with the article's words (Han character bigrams weighted by how rare
they are on the page), whether that article's last paragraph stopped in mid-sentence, and
whether the block directly follows that article's text. The best score wins; the reason is
kept for the trace.
"""

from __future__ import annotations

import functools
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import reduce
from itertools import chain, count, repeat
from operator import add, attrgetter, itemgetter, mul, truediv
from typing import Protocol, TypeVar

import regex

from . import uniclass
from .columns import lexicon, spans_word
from .model import RawBlock
from .normalize import fix_cjk_punct

# each Han bigram, overlapping (a lookahead): findall gives them all in text order, in C;
# the class twice, not {2}: ~10% quicker (no repeat to enter at every position)
_HAN_PAIR_RE = re.compile(f"(?=([{uniclass.HAN}][{uniclass.HAN}]))")
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
    return Counter(_pairs(text))


def bigram_set(text: str) -> set[str]:
    """Which Han bigrams ``text`` has, without counting them.

    >>> sorted(bigram_set("流调人员，流调"))
    ['人员', '流调', '调人']
    """
    return set(_pairs(text))


def _pairs(text: str) -> list[str]:
    """Every Han bigram of ``text`` in text order, overlapping (流调人 -> 流调, 调人).

    The same bigrams in the same order as slicing each run of Han characters, so counting
    them gives the same Counter, iterating in the same (first-seen) order.
    """
    return _HAN_PAIR_RE.findall(text)


class Background:
    """Bigram frequencies of the whole page: what a word costs when it says nothing of topic.

    It keeps each text's bigrams: the articles' profiles, given the page's blocks again, take
    them from here (see :class:`Profile`) instead of finding them a second and third time.
    """

    __slots__ = ("_pairs", "counts", "total", "vocab")

    def __init__(self, texts: Iterable[str]) -> None:
        memo: dict[str, list[str]] = {}
        every: list[list[str]] = []
        for t in texts:
            pairs = memo.get(t)
            if pairs is None:
                pairs = memo[t] = _pairs(t)
            every.append(pairs)
        self._pairs = memo
        # counted from the bigrams themselves in C (updating from each text's Counter, a
        # mapping, adds them one by one in Python)
        self.counts: Counter[str] = Counter(chain.from_iterable(every))
        self.total = sum(self.counts.values())
        self.vocab = len(self.counts) + 1

    def _pairs_of(self, text: str) -> list[str]:
        pairs = self._pairs.get(text)
        if pairs is None:
            # kept too: a lead's rest or a probed block's text is added to its article's
            # profile, and the articles' texts are taken again to share out headlines
            pairs = self._pairs[text] = _pairs(text)
        return pairs

    def cut_from(self, part: str, whole: str) -> None:
        """Take the bigrams of ``part``, a piece of the page's text ``whole`` (a lead's rest,
        a paragraph without its credit), from whole's instead of reading it again: those of
        whole that start at or after the piece and end inside it.

        Only the short pieces cut off are read: whole's bigrams that start before the piece
        are those of the text up to its first character, and those that end after it, those
        of the text from its last character on.
        """
        pairs = self._pairs.get(whole)
        if pairs is None or len(part) < 2 or part in self._pairs:
            return
        at = whole.find(part)
        if at < 0:
            return
        end = at + len(part)
        first = len(_pairs(whole[: at + 1]))
        self._pairs[part] = pairs[first : len(pairs) - len(_pairs(whole[end - 1 :]))]

    def bigram_set(self, texts: Sequence[str]) -> set[str]:
        """:func:`bigram_set` of the texts joined, from each text's bigrams found already."""
        words: set[str] = set()
        prev = ""
        for t in texts:
            if t:
                words.update(self._pairs_of(t))
                if prev:
                    words.update(_pairs(prev[-1] + t[0]))  # the one across the join, if any
                prev = t
        return words

    def p(self, bigram: str) -> float:
        return (self.counts.get(bigram, 0) + 0.5) / (self.total + 0.5 * self.vocab)


class Profile:
    """The words of an article so far, for topic similarity.

    Texts are counted when the profile is next used, so that :meth:`similarity` can take
    their bigrams from the page's :class:`Background`, which has found them already. An
    article scored against a block needs only which words it has and how many: its
    :attr:`counts` are counted only when asked for (a probing block's are).
    """

    __slots__ = ("_counted", "_counts", "_lists", "_pending", "_probe", "_total", "_words")

    def __init__(self) -> None:
        self._words: set[str] = set()
        self._lists: list[list[str]] = []  # each text's bigrams, in order
        self._counts: Counter[str] = Counter()
        self._counted = 0  # how many of _lists are in _counts
        self._total = 0
        self._pending: list[str] = []
        self._probe: _Probe | None = None

    def add(self, text: str) -> None:
        self._pending.append(text)
        self._probe = None

    @property
    def counts(self) -> Counter[str]:
        """How often each bigram occurs in the texts added so far."""
        if self._pending:
            self._count(None)
        if self._counted < len(self._lists):
            for pairs in self._lists[self._counted :]:
                self._counts.update(pairs)  # new words in first-seen order, as from bigrams()
            self._counted = len(self._lists)
        return self._counts

    @property
    def total(self) -> int:
        """How many bigrams the texts added so far have."""
        if self._pending:
            self._count(None)
        return self._total

    def _count(self, background: Background | None) -> None:
        """Take the bigrams of the texts added since the last use, in order."""
        for text in self._pending:
            pairs = _pairs(text) if background is None else background._pairs_of(text)
            self._words.update(pairs)  # a set: several times quicker to fill than a Counter
            self._lists.append(pairs)
            self._total += len(pairs)
        self._pending.clear()

    def similarity(self, other: Profile, background: Background) -> float:
        """How many more of this text's words ``other`` uses than chance would give, -1..1.

        A word (Han bigram) found elsewhere on the page counts if the other article has it,
        less the chance that an article of that size would have it anyway; so long and short
        articles compare fairly, and words the page uses everywhere count for little.
        """
        if self._pending:
            self._count(background)
        if other._pending:
            other._count(background)
        if not self._total or not other._total:
            return 0.0
        return self._prepared(background).score(other)

    def _prepared(self, background: Background) -> _Probe:
        """This profile as a probe against ``background`` (kept until the profile changes)."""
        if self._pending:
            self._count(background)
        probe = self._probe
        if probe is None or not probe.fits(self, background):
            key = (self.total, len(self._words))
            probe = self._probe = _Probe(self.counts, self._total, background, key)
        return probe


class _Probe:
    """What :meth:`Profile.similarity` needs of the probing profile, computed once.

    A body block is scored against every article open on the page: its words, how often each
    occurs elsewhere on the page (``elsewhere``) and the size of the rest of the page do not
    depend on the article, so they are worked out once per block. Per article there remain
    the chance terms (one ``exp`` per distinct ``elsewhere`` count rather than per word, and
    once per article size) and the few words the article shares. The terms are then added up
    in the profile's word order, left to right, exactly as the plain loop did: the score is
    the same float to the last bit, so ties and near-ties between articles resolve as before.
    """

    __slots__ = (
        "background",
        "bg_total",
        "by_size",
        "elsewhere",
        "index",
        "kept_words",
        "key",
        "level",
        "level_words",
        "levels",
        "n",
        "neg_levels",
        "pick",
        "rest",
        "size",
        "tolerance",
        "words",
    )

    def __init__(
        self,
        counts: Counter[str],
        total: int,
        background: Background,
        key: tuple[int, int] = (0, 0),
    ) -> None:
        """``counts``: the probing text's bigrams, first seen first; ``total``: their sum."""
        self.background = background
        self.bg_total = background.total
        self.key = key  # the profile's (total, distinct words) it was made of, for fits()
        self.rest = max(1, background.total - total)
        # per word, in the profile's order, how often it occurs elsewhere on the page (a word
        # found nowhere else tells nothing and is left out). One loop: quicker than the five
        # C-level maps it replaced (method-wrapper calls); the words' places (index) are
        # made by score() only, and the levels counted in C after the loop.
        get = background.counts.get
        kept: list[int] = []
        kept_words: list[str] = []
        for w, c in counts.items():
            e = get(w, 0) - c
            if e > 0:
                kept_words.append(w)
                kept.append(e)
        self.kept_words = kept_words
        self.index: dict[str, int] | None = None
        # the same words as a set: intersecting two sets is ~2x quicker than a dict's keys
        # with a set (no method call by name, the hashes read from the entries)
        self.words = frozenset(kept_words)
        self.size = len(kept)  # how many words count
        self.elsewhere = kept
        # per distinct elsewhere count, first seen first, how many words have it
        per_level = Counter(kept)
        self.levels = tuple(per_level)
        self.n = max(len(kept), 8)
        # each word's place among the levels, and the terms of an article that has none of
        # the words (each word's level, looked up): only score() needs them, and few blocks
        # are scored exactly, so they are made on its first call
        self.level: list[int] | None = None
        self.pick: Callable[[list[float]], tuple[float, ...]] | None = None
        self.by_size: dict[int, tuple[list[float], list[float]]] = {}
        # for estimate(): how many words have each elsewhere count, and minus those counts
        self.level_words = list(per_level.values())
        self.neg_levels = [-e for e in per_level]
        # |estimate - score| stays below this (see estimate()), with a wide margin
        self.tolerance = 1e-15 * (len(kept) + len(per_level) + 8)

    def fits(self, profile: Profile, background: Background) -> bool:
        """Whether this was computed for ``profile`` as it is now, against ``background``."""
        return (
            background is self.background
            and background.total == self.bg_total
            and (profile.total, len(profile._words)) == self.key
        )

    def score(self, other: Profile) -> float:
        if not self.size:
            return 0.0
        level = self.level
        if level is None:
            places = dict(zip(self.levels, count()))
            level = self.level = list(map(places.__getitem__, self.elsewhere))
            self.pick = itemgetter(*level) if len(level) > 1 else None
        total = other.total
        tables = self.by_size.get(total)
        if tables is None:
            rest = self.rest
            chances = [1.0 - math.exp(-total * e / rest) for e in self.levels]
            tables = self.by_size[total] = (chances, [0.0 - c for c in chances])
        chances, misses = tables
        # every word missing from ``other``, then the words it has put right
        terms = list(self.pick(misses)) if self.pick is not None else [misses[level[0]]]
        index = self.index
        if index is None:
            index = self.index = dict(zip(self.kept_words, count()))
        for k in self.words & other._words:
            i = index[k]
            terms[i] = 1.0 - chances[level[i]]
        return _sum_in_order(terms) / self.n

    def estimate(self, other: Profile, shared: int) -> float:
        """:meth:`score` to within :attr:`tolerance`, in time independent of the word count.

        The same terms summed by level: (words shared) - (words that count) + the sum over
        levels of (words at that level) * exp(...), with the very exp() values score() uses.
        score() adds its n terms (each within [-1, 1]) in order, which is off from their true
        sum by at most ~n ulp; this way is off by at most ~(n + levels) ulp; divided by
        max(n, 8), both stay within (n + levels + 6) * 2**-53 of the true score, several
        times below ``tolerance``.
        """
        if not self.size or not other.total:
            return 0.0
        total, rest = other.total, self.rest
        exps = map(math.exp, map(truediv, map(mul, self.neg_levels, repeat(total)), repeat(rest)))
        weighted: float = sum(map(mul, self.level_words, exps))
        return (shared - self.size + weighted) / self.n


if sys.version_info >= (3, 12):
    # sum() compensates float rounding from 3.12 on; the scores were defined by a plain loop

    def _sum_in_order(terms: list[float]) -> float:
        return reduce(add, terms, 0.0)

else:

    def _sum_in_order(terms: list[float]) -> float:
        return sum(terms, 0.0)  # a plain left-to-right loop in C before 3.12


class Stream(Protocol):
    profile: Profile
    open: bool
    touched: int  # when it last took text, in any increasing unit

    @property
    def tail(self) -> str:
        """The unfinished paragraph's text ("" when the last paragraph ended)."""
        ...


S = TypeVar("S", bound=Stream)

_touched = attrgetter("touched")


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
    # how many articles took text since each one (the first of equals counts: zipped in
    # rising order, the last place of a value, behind which stand the greater ones, is the
    # one the dict keeps)
    order = sorted(map(_touched, streams))
    rank = dict(zip(order, range(len(order) - 1, -1, -1), strict=True))
    far = reach(threshold)
    if len(streams) > far:
        streams = [s for s in streams if s is last or rank[s.touched] <= far]
    if len(streams) == 1 and streams[0] is last:
        return last, ""  # the only one in reach, and the obvious one: nothing to score
    # the block's bigrams from the page's, found already; counted as a Profile would, but
    # with no Profile: a block is probed once, and only its counts are needed
    pairs = df._pairs_of(text)
    total = len(pairs)
    view = _Probe(Counter(pairs), total, df) if total else None
    # In hard-wrapped text a paragraph's first line lost its indent and so is short: a block
    # whose first line is full starts in mid-paragraph.
    open_pull = OPEN_BONUS * (0.5 / max(threshold, 0.05))
    mid = 1.0 if block.open_start else starts_mid_sentence(text)
    if (block.follows_end or block.indented) and not continues_cut(block, text):
        mid = 0.0
    # the first three characters of each upcoming block, for the word-across test
    heads = [u[:3] for u in upcoming if u]

    def bonuses(s: S) -> list[float]:
        # articles that took text since this one, not counting the one just read (x - d is
        # x + -d exactly, so the terms are kept as addends)
        terms = [-DISTANCE_COST * max(0, rank[s.touched] - (0 if last is None or s is last else 1))]
        if s.open:
            # the next block after an unfinished paragraph continues it, unless it plainly
            # starts a sentence; a block further on must look like a continuation
            terms.append(open_pull * (1.5 if s is last and mid > 0.2 else mid))
            tail = s.tail
            if word_across(tail, text):
                terms.append(WORD_BONUS)
            elif tail and any(map(_word_across_join, repeat(tail[-3:]), heads)):
                terms.append(-WORD_BONUS)  # word_across(tail, u) for some upcoming u
        if s is last:
            terms.append(ADJACENT_BONUS)
        return terms

    # an article's bonuses are worked out once per block, though its score may be bounded,
    # estimated and computed in turn
    known: dict[int, list[float]] = {}

    def with_bonus(s: S, score: float) -> float:
        terms = known.get(id(s))
        if terms is None:
            terms = known[id(s)] = bonuses(s)
        for t in terms:  # added one by one, in order: the same float as before
            score += t
        return score

    # what an open article may gain besides its place: the one just read, any other
    open_last = open_pull * (1.5 if mid > 0.2 else mid) + WORD_BONUS
    open_other = open_pull * mid + WORD_BONUS
    lag = 0 if last is None else 1

    def most_bonuses(streams: Sequence[S]) -> list[float]:
        # per article, at least what with_bonus adds, read from its place alone (a word
        # across the cut taken as found; 1e-9 covers the roundings of adding the terms one
        # by one); one loop, not a call per article
        # (ranks are never negative; a comparison, not a call of max(), keeps one at 0)
        mosts = []
        for s in streams:
            if s is last:
                bonus = -DISTANCE_COST * rank[s.touched]
                if s.open:
                    bonus += open_last
                mosts.append(bonus + ADJACENT_BONUS + 1e-9)
            else:
                since = rank[s.touched] - lag
                bonus = -DISTANCE_COST * (since if since > 0 else 0)
                if s.open:
                    bonus += open_other
                mosts.append(bonus + 1e-9)
        return mosts

    candidates: Sequence[S] = streams
    if view is not None and len(streams) > 1:
        candidates = _contenders(view, streams, with_bonus, most_bonuses(streams), open_pull)
    if len(candidates) == 1 and candidates[0] is last:
        return last, ""  # the only possible best, and the obvious one: its score is not shown
    best: S | None = None
    best_score = -math.inf
    for s in candidates:
        # Profile.similarity, with the block's view
        other = s.profile
        if other._pending:
            other._count(df)
        sim = view.score(other) if view is not None and other._total else 0.0
        score = with_bonus(s, sim)
        if score > best_score:
            best, best_score = s, score
    assert best is not None  # streams is never empty here
    reason = "" if best is last else f"moved to an earlier article (score {best_score:.2f})"
    return best, reason


@functools.cache  # asked once per block, always with the same few thresholds
def reach(threshold: float = 0.5) -> int:
    """How far back in reading order an article can still take a block.

    An article with more than this many others taking text since can't win: its best score,
    less the distance, is below the worst the most recent article can score (similarities
    lie in -1..1). Callers may pass ``choose_stream`` only the articles within reach (and
    all that took no text yet): the choice is the same, and its cost stays flat on a file of
    many pages.
    """
    open_pull = OPEN_BONUS * (0.5 / max(threshold, 0.05))
    spread = 2 + 2 * WORD_BONUS + ADJACENT_BONUS + 1.5 * open_pull
    return 2 + math.ceil(spread / DISTANCE_COST)


def _contenders(
    view: _Probe,
    streams: Sequence[S],
    with_bonus: Callable[[S, float], float],
    mosts: list[float],
    open_pull: float,
) -> list[S]:
    """The streams that may have the best score, in order; the others score strictly lower.

    Scoring every article exactly costs time in the block's word count; this narrows them
    down first. Each article gets a first bound from its place alone (``mosts``, with
    the best similarity any article can have); then, best first, a ceiling (its shared
    words, as if none were chance; with its bonuses at their most, then as they are) and an
    estimate, each to within ``tol`` of its exact score. Once a first bound falls below the
    best estimate by more than twice ``tol`` the rest can't win; an article whose ceiling
    does is passed over; and of the estimated ones only those within twice ``tol`` of the
    best can win. The caller scores those exactly, so the first best article and its score
    come out exactly as from scoring them all: every article left out scores strictly less
    than an estimated one.
    """
    # bonuses add two roundings to scores below 6 in magnitude
    tol = view.tolerance + 1e-14 * (1 + open_pull)
    # the bonuses and the shared words are the dear part: articles too far back to win,
    # whatever they share, are dropped before either is worked out
    top = view.size / view.n  # no similarity is higher
    firsts = [top + m for m in mosts]
    estimates: dict[int, float] = {}
    words, n, background = view.words, view.n, view.background
    floor = -math.inf  # the best score is at least this
    for i in sorted(range(len(streams)), key=firsts.__getitem__, reverse=True):
        if firsts[i] + tol < floor:
            break  # this one, and every one after it, scores below the best
        s = streams[i]
        # how many of the words that count it has; its ceiling, at least its score less
        # tol: as if no shared word were chance (0.0 when either has no words). Worked out
        # here, not in methods of the view: this loop runs ~8 times per block
        profile = s.profile
        if profile._pending:
            profile._count(background)
        shared = len(words & profile._words)
        ceiling = shared / n
        # with its bonuses at their most, before they are worked out (its word tests)
        if ceiling + mosts[i] + tol < floor or with_bonus(s, ceiling) + tol < floor:
            continue
        estimates[i] = e = with_bonus(s, view.estimate(s.profile, shared))
        floor = max(floor, e - tol)
    cut = max(estimates.values()) - 2 * tol
    return [streams[i] for i in sorted(estimates) if estimates[i] >= cut]


# one character then a clause mark (杂，… / 燕、巫丹) cannot open a paragraph; two can (当天，)
_MID_START_RE = regex.compile(
    r"^(?:[，。、；：,;:！？!?）)”’」』…]|\p{Han}[，。、；：,;:”’」』]|\p{Han}{2}[。、；”’」』])"
)
_FRESH_START_RE = regex.compile(
    r"^(?:[“「‘《【]|\d{1,4}年|\d{1,2}月\d{1,2}日|(?:近日|日前|昨日|今天|昨天|今年|去年|据|目前|当天|"
    r"此外|同时|另外|其中|随后|然而|但是|因此|所以|对此|为此|截至|近年来|记者|本报|过去|過去)[，,]?)"
)


# particles and measure words that attach to what precedes them: no sentence starts with one
PARTICLES = frozenset("的了着过地得们吗呢吧么")
# ...but these words, which begin with one, open sentences (过去，加装一部电梯要…)
_PARTICLE_OPENERS = ("过去", "過去", "的确", "的確", "得益于", "得益於", "着眼", "着力", "地处", "地處")


def opens_with_particle(text: str) -> bool:
    """Does ``text`` begin with a particle, which needs the words before it?

    >>> opens_with_particle("的发展"), opens_with_particle("过去，加装电梯要跑多个部门")
    (True, False)
    """
    return text[:1] in PARTICLES and not text.startswith(_PARTICLE_OPENERS)


def starts_mid_sentence(text: str) -> float:
    """How likely a block begins in the middle of a sentence, 0..1.

    >>> starts_mid_sentence("燕、巫丹，组成"), starts_mid_sentence("近日，区委书记"), starts_mid_sentence("经促部门要")
    (1.0, 0.1, 0.5)
    """
    if _MID_START_RE.match(text):
        return 1.0
    if opens_with_particle(text):
        return 0.95
    if _FRESH_START_RE.match(text):
        return 0.1
    return 0.5


# a short clause that opens a line and ends at a clause mark (为主题，)
_SHORT_CLAUSE_RE = regex.compile(r"^\p{Han}{1,4}[，、；,;]")
_CLOSERS = ("”", "’", "」", "』", "）", "》", ")")


def sentence_goes_on(head: str, tail: str) -> bool:
    """Does the headline-like line ``head`` rather begin a sentence that ``tail`` goes on
    with? A headline never ends in 、; a paragraph's first line whose closing quote hangs
    past the column is one cell short, as a headline may be, but its sentence runs into the
    next line: a particle, or a clause too short to open a paragraph of its own, and no
    fresh start.

    >>> sentence_goes_on("音乐会以“家乡的河”", "为主题，演奏了"), sentence_goes_on("江门掀起“招商热浪”", "全员参与招商，")
    (True, False)
    """
    if head.endswith("、"):
        return True
    if not head.endswith(_CLOSERS):
        return False
    return opens_with_particle(tail) or (
        _SHORT_CLAUSE_RE.match(tail) is not None and starts_mid_sentence(tail) > 0.1
    )


def continues_cut(block: RawBlock, text: str) -> bool:
    """May ``block`` (its text ``text``) be the rest of a paragraph cut elsewhere?

    Untangled columns know more than the text: a block that follows a paragraph's end in its
    own column stream begins a paragraph, unless its text plainly cannot (燕、巫丹，…) or its
    first line was full (no lost indent: the stream's split there may be wrong). So does a
    hard-wrapped block whose first line is short by the indent (``indented``).
    """
    if not (block.follows_end or block.indented) or block.open_start:
        return True
    return starts_mid_sentence(text) >= 1.0


def word_across(head: str, tail: str) -> bool:
    """Does a common word (2-4 characters) run across the join of ``head`` and ``tail``?

    >>> word_across("招商引资等领域提", "供专业支撑"), word_across("等领域提", "期间，大家")
    (True, False)
    """
    if not head or not tail:
        return False
    return _word_across_join(head[-3:], tail[:3])


@functools.lru_cache(maxsize=8192)
def _word_across_join(head: str, tail: str) -> bool:
    """:func:`word_across` of the (at most) three characters either side of the cut.

    Memoized: rejoin asks it for every open article against each block and the next few,
    so the same few characters come up again and again on one page.
    """
    return spans_word(head, tail, lexicon()) > 0


def join_texts(head: str, tail: str) -> str:
    """Join two halves of a paragraph; a space only between two Latin words.

    >>> join_texts("流调溯源是疫情控制的“最强", "大脑”，讲求快速。")
    '流调溯源是疫情控制的“最强大脑”，讲求快速。'
    >>> join_texts("来自香港的占64%;", "远高于其他地区")
    '来自香港的占64%；远高于其他地区'
    """
    # the last character only: searching a long growing paragraph would make joins quadratic
    if _LATIN_END_RE.search(head[-1:]) and _LATIN_START_RE.match(tail):
        return head + " " + tail
    joined = head + tail
    if head[-1:] in _ASCII_MARKS or tail[:1] in _ASCII_MARKS:
        # a mark at the cut had no context on one side when its half was normalized
        lo, hi = max(0, len(head) - 8), len(head) + 8
        window = fix_cjk_punct(joined[lo:hi])
        if len(window) == len(joined[lo:hi]):
            joined = joined[:lo] + window + joined[hi:]
    return joined
