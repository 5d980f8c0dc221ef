"""Classified blocks -> articles, furniture and leftovers.

A headline opens an article; bylines and the dateline at the head of the lead paragraph go to
it. Body blocks are then placed: on a real page the columns of several articles are read one
after the other, so the block after an article's text may belong to another article, and a
paragraph cut at the end of a column continues further on. Each body block goes to the
article it fits best (see :mod:`newsclean.rejoin`), and a block that continues an unfinished
paragraph is joined to it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from .classify import (
    JUMP_RE,
    jump_direction,
    parse_credit_lead,
    parse_credits,
    parse_lead,
    split_editor_notes,
    split_subtitle,
    split_trailing_credit,
)
from .columns import ends_final
from .lines import cells
from .model import Article, Block, BlockType, Credit, Kind, Leftover, RawBlock, Span, Step
from .rejoin import (
    Background,
    Profile,
    bigram_set,
    choose_stream,
    continues_cut,
    join_texts,
    opens_with_particle,
    reach,
    starts_mid_sentence,
    word_across,
)

# Kind's members under module names, for the per-block loops: on Python 3.11 each ``Kind.X``
# goes through the enum metaclass's __getattr__ hook, ~5x the cost of a plain attribute.
# They are the members themselves: ``is`` and ``in`` tests are unchanged.
_FURNITURE, _JUMP, _TITLE, _BYLINE = Kind.FURNITURE, Kind.JUMP, Kind.TITLE, Kind.BYLINE
_PARAGRAPH, _INTERTITLE, _CAPTION = Kind.PARAGRAPH, Kind.INTERTITLE, Kind.CAPTION

# A body that starts with one character and a comma (杂，奥密克戎…) starts mid-sentence.
_MID_SENTENCE_START_RE = regex.compile(
    r"^(?:[，。、；：,;:！？!?）)”’」』]|\p{Han}{1,2}[，。、；：,;:])"
)


# how many blocks ahead rejoin looks for the block that completes a word cut at a column end
_LOOKAHEAD = 5


@dataclass(frozen=True, slots=True)
class Grouped:
    """What ``group_articles`` found."""

    articles: tuple[Article, ...]
    furniture: tuple[str, ...]
    leftovers: tuple[Leftover, ...]
    trace: tuple[Step, ...] = ()
    warnings: tuple[Step, ...] = ()


@dataclass(slots=True)
class _Piece:
    """A block of an article being assembled; a paragraph's text grows as its halves join."""

    type: BlockType
    text: str
    lines: Span
    open_start: bool = False  # its first line was full: it began in mid-paragraph


@dataclass
class _Draft:
    """An article while it is being assembled (local to one call, never shared)."""

    heads: list[tuple[str, Span]] = field(default_factory=list)
    dateline: str | None = None
    credits: list[Credit] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    body: list[_Piece] = field(default_factory=list)
    captions: list[tuple[str, Span]] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    open: bool = False
    # a caption came right after its open paragraph: a picture cut it there, so its open end
    # says nothing of a continuation elsewhere
    pictured: bool = False
    continued_from: bool = False
    continued_to: bool = False
    profile: Profile = field(default_factory=Profile)
    touched: int = 0  # index of the last block it took, for recency in rejoin
    headless: bool = False  # opened by a lead with no headline (and so reported)
    order: int = 0  # its place among the drafts

    @property
    def tail(self) -> str:
        """The unfinished paragraph, for rejoin's word-across-the-cut test."""
        if self.open and self.body and self.body[-1].type is BlockType.PARAGRAPH:
            return self.body[-1].text
        return ""


def group_articles(
    blocks: Sequence[RawBlock], *, join_threshold: float = 0.5, mixed: bool = False
) -> Grouped:
    """Assemble articles from classified blocks.

    ``mixed``: the blocks were untangled from columns mixed line by line, so their spans
    overlap and say nothing of what was printed inside what.
    """
    profiles_df = Background(b.text for b in blocks)
    drafts: list[_Draft] = []
    furniture: list[str] = []
    leftovers: list[Leftover] = []
    trace: list[Step] = []
    warnings: list[Step] = []
    pending_intertitles: list[RawBlock] = []
    pending_from = False
    last_stream: _Draft | None = None
    captions: list[RawBlock] = []
    prev_kind: Kind | None = None

    # drafts by when they last took text (or were opened), the most recent last; choose_stream
    # needs only those within reach
    recent: dict[int, _Draft] = {}
    far = reach(join_threshold)

    def new_draft() -> _Draft:
        nonlocal pending_from
        # a headline just printed is recent in reading order, though it has no text yet
        d = _Draft(continued_from=pending_from, order=len(drafts), touched=now)
        pending_from = False
        drafts.append(d)
        recent[id(d)] = d
        return d

    now = 0
    for n, b in enumerate(blocks, 1):
        now = n
        kind = b.kind
        # captions right under a headline that has no text yet: a photo story
        photo = (
            drafts[-1]
            if drafts
            and not drafts[-1].body
            and (prev_kind is _TITLE or (prev_kind is _CAPTION and drafts[-1].captions))
            else None
        )
        if kind in (_FURNITURE, _JUMP):
            # as printed: normalizing would close the spaces between its fields
            furniture.append(" ".join((b.raw or b.text).split()))
            if kind is _JUMP:
                if jump_direction(b.text) == "from":
                    if drafts and not drafts[-1].body:
                        drafts[-1].continued_from = True
                    else:
                        pending_from = True
                elif last_stream is not None:
                    last_stream.continued_to = True
                    last_stream.open = False
                    # an intertitle right before the jump heads the part printed there (a line
                    # with a clause in it is no heading but words cut from their text: it
                    # waits as it did)
                    waiting = []
                    for it in pending_intertitles:
                        if _CLAUSE_IN_RE.search(it.text):
                            waiting.append(it)
                        else:
                            last_stream.body.append(_Piece(BlockType.INTERTITLE, it.text, it.lines))
                            last_stream.spans.append(it.lines)
                    pending_intertitles[:] = waiting
            continue
        if kind is _TITLE and not mixed and _inside_last_paragraph(b, last_stream):
            # printed inside a paragraph whose halves were joined around it (a lead cut in
            # its credits): no new article's headline stands there, an intertitle does
            kind = _INTERTITLE
            trace.append(Step("articles", "intertitle", "headline inside a paragraph", b.lines))
        if kind is _TITLE:
            # a subtitle (——…) is a headline's last deck: a headline after it is another's
            if prev_kind is _TITLE and drafts and not drafts[-1].body and not (
                drafts[-1].heads and _has_subtitle(drafts[-1].heads[-1][0])
            ):
                d = drafts[-1]
            else:
                d = new_draft()
            d.heads.append((b.text, b.lines))
            d.spans.append(b.lines)
            d.profile.add(b.text)
        elif kind is _BYLINE:
            # with no headline waiting for its text, credits printed after a body are its own
            d = _head_target(drafts, last_stream) or last_stream or new_draft()
            d.credits += parse_credits(b.raw or b.text)
            d.bylines.append(b.text)
            d.spans.append(b.lines)
        elif kind is _INTERTITLE:
            pending_intertitles.append(b)
        elif kind is _CAPTION:
            if photo is None and prev_kind is not _TITLE and last_stream is not None and (
                last_stream.open
            ):
                # a picture cut the paragraph just read (not a photo story under its own
                # headline: the story before it stays as it ended)
                last_stream.pictured = True
            if photo is not None:
                photo.captions.append((b.text, b.lines))  # a picture under its own headline
                photo.spans.append(b.lines)
                photo.profile.add(b.text)
                photo.touched = n
                recent.pop(id(photo), None)
                recent[id(photo)] = photo
            else:
                captions.append(b)
        else:
            text = b.text
            text, jumps = _strip_jumps(text)
            furniture += jumps
            text, notes = split_editor_notes(text)
            furniture += notes
            lead = parse_lead(text, b.raw)
            head = _head_target(drafts, last_stream)
            if lead is None and head is not None:
                lead = parse_credit_lead(text)  # 本报记者 李明 报道：… under its headline
            if lead is not None and head is None and drafts and not drafts[-1].body:
                head = drafts[-1]  # a lead under a headline and its picture
            if lead is None and head is None and _lead_without_text(last_stream):
                # 本报讯 记者X | 通讯员Y报道：…: the extractor cut the credits into two boxes
                more = parse_credit_lead(text)
                if more is not None and last_stream is not None:
                    last_stream.credits += more.credits
                    last_stream.bylines.append(more.credit_text)
                    text, head = more.rest, last_stream
            if lead is not None and (head is None or head.dateline is not None):
                head = new_draft()
                head.headless = True
                warnings.append(Step("articles", "no-headline", "lead without a headline", b.lines))
            if lead is not None and head is not None:
                d = head
                d.dateline = lead.dateline
                d.credits += lead.credits
                if lead.credit_text:
                    d.bylines.append(lead.credit_text)
                text = lead.rest
            elif head is not None:
                d = head
            elif not drafts or pending_from:
                d = new_draft()  # the first text, or a story continued from another page
            else:
                upcoming = [
                    x.text for x in blocks[n : n + _LOOKAHEAD] if x.kind is _PARAGRAPH
                ]
                streams, last = _within_reach(drafts, recent, far), last_stream
                asked = _answered(text, streams)
                if asked is not None:
                    # 答：… answers the 问：… just read: an interview goes on, whatever words
                    # the answer shares with the story beside it
                    streams = [asked]
                if pending_intertitles and last is not None and last.open and len(streams) > 1:
                    # an intertitle never cuts a sentence: the text under it does not finish
                    # the paragraph left open just above it
                    streams, last = [x for x in streams if x is not last], None
                d, reason = choose_stream(
                    text,
                    b,
                    streams,
                    last,
                    df=profiles_df,
                    threshold=join_threshold,
                    upcoming=upcoming,
                )
                if reason:
                    trace.append(Step("articles", "place", reason, b.lines))
            for it in pending_intertitles:
                d.body.append(_Piece(BlockType.INTERTITLE, it.text, it.lines))
                d.spans.append(it.lines)
            if pending_intertitles:
                d.open = False
            pending_intertitles.clear()
            before = text
            text, trailing = split_trailing_credit(text, b.raw)
            d.credits += trailing
            if trailing:
                d.bylines.append(before[len(text) :].strip())
            if (
                d.open
                and d.body
                and d.body[-1].type is BlockType.PARAGRAPH
                and not lead
                and continues_cut(b, text)
            ):
                piece = d.body[-1]
                first = piece.lines[0]
                if d is not last_stream and not _plainly_continues(piece.text, text, b):
                    warnings.append(
                        Step(
                            "rejoin",
                            "low-confidence-join",
                            f"line {b.lines[0]} joined to a paragraph cut at line {first}"
                            " across other text, with nothing to show the sentence goes on",
                            (first, b.lines[1]),
                        )
                    )
                piece.text = join_texts(piece.text, text)
                piece.lines = (first, b.lines[1])
                trace.append(Step("rejoin", "merge", f"continued at line {b.lines[0]}", b.lines))
                if not trailing and _CLOSED_END_RE.search(text):
                    # a credit in brackets cut at a line end: whole only now (…通讯员 邱玉珍|汤敏仪）)
                    whole, trailing = split_trailing_credit(piece.text)
                    if trailing:
                        d.credits += trailing
                        d.bylines.append(piece.text[len(whole) :].strip())
                        piece.text = whole
            elif text:
                d.body.append(_Piece(BlockType.PARAGRAPH, text, b.lines, b.open_start and not lead))
            d.spans.append(b.lines)
            if text is not b.text:
                profiles_df.cut_from(text, b.text)  # its bigrams are a run of the block's
            d.profile.add(text)
            d.touched = n
            recent.pop(id(d), None)  # most recent last
            recent[id(d)] = d
            d.open = b.open_end and not trailing and not jumps
            d.pictured = False
            if jumps and jump_direction(" ".join(jumps)) == "to":
                d.continued_to = True
            if jumps and jump_direction(" ".join(jumps)) == "from" and len(d.body) <= 1:
                d.continued_from = True
            last_stream = d
        prev_kind = kind

    for it in pending_intertitles:
        leftovers.append(Leftover(it.text, it.lines))
        warnings.append(Step("articles", "orphan", "intertitle with no text after it", it.lines))
    if captions and not drafts:
        new_draft()
    # articles by where they start (taken before captions join them)
    by_start = sorted(
        ((min((sp[0] for sp in d.spans), default=0), i) for i, d in enumerate(drafts))
    )
    for c in captions:
        d = _caption_target(c, drafts, by_start, profiles_df, mixed=mixed)
        d.captions.append((c.text, c.lines))
        d.spans.append(c.lines)

    for d in drafts:
        _join_printed_after(d, trace)
    drafts = _leads_printed_after(_headlines_printed_after(drafts), mixed=mixed)
    _share_out_headlines(drafts, profiles_df)
    if mixed:
        drafts = _headlines_to_leads(drafts, profiles_df)
        _swap_headlines(drafts, profiles_df)
    articles = tuple(_finish(d, warnings, mixed=mixed) for d in drafts)
    return Grouped(articles, tuple(furniture), tuple(leftovers), tuple(trace), tuple(warnings))


def _ends_final(paras: list[Block]) -> bool:
    """The last paragraph ends a sentence, seen on its normalized text: layout saw the raw text,
    where ASCII marks (好." or 储备.) do not count as final."""
    return bool(paras) and ends_final(paras[-1].text)


def _inside_last_paragraph(b: RawBlock, last: _Draft | None) -> bool:
    """Does ``b`` stand on a line inside the span of the paragraph just read?"""
    if last is None or not last.body or last.body[-1].type is not BlockType.PARAGRAPH:
        return False
    first, end = last.body[-1].lines
    return b.lines[1] == b.lines[0] and first < b.lines[0] < end


def _join_printed_after(d: _Draft, trace: list[Step]) -> None:
    """An article's last paragraph left unfinished goes before its own paragraph that began in
    mid-paragraph after a finished one: the extractor gave the two boxes the other way round
    (…共接到… printed before 到6月17日20时为止，)."""
    if d.continued_to or len(d.body) < 3 or d.body[-1].type is not BlockType.PARAGRAPH:
        return
    last = d.body[-1]
    if ends_final(last.text):
        return
    for k in range(1, len(d.body) - 1):
        piece, before = d.body[k], d.body[k - 1]
        if (
            piece.type is BlockType.PARAGRAPH
            and piece.open_start
            and before.type is BlockType.PARAGRAPH
            and ends_final(before.text)
        ):
            detail = (
                f"line {last.lines[0]} goes before the paragraph at line {piece.lines[0]},"
                " printed after it"
            )
            piece.text = join_texts(last.text, piece.text)
            piece.lines = (min(last.lines[0], piece.lines[0]), max(last.lines[1], piece.lines[1]))
            d.body.pop()
            d.open = False
            trace.append(Step("rejoin", "merge", detail, last.lines))
            return


def _headlines_printed_after(drafts: list[_Draft]) -> list[_Draft]:
    """A headline with nothing under it, right after a text that has none, is that text's.

    Some extractors give a box in the order the PDF drew it: the body, then its headline.
    """
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and d.heads
            and not d.body
            and not d.captions
            and not prev.heads
            and prev.body
            and not d.continued_from
            and d.dateline is None
        ):
            prev.heads = d.heads
            prev.spans += d.spans
            prev.credits += d.credits
            prev.bylines += d.bylines
            continue
        out.append(d)
    return out


def _share_out_headlines(drafts: list[_Draft], df: Background) -> None:
    """Headlines printed side by side, given together, go to the texts under them.

    Columns read line by line give the headlines of articles set beside each other one after
    another (or two on one line, a space between), and then the articles: the first takes
    them all and the others start with a lead and no headline. The headlines (cut at their
    spaces if there are fewer lines than articles; a ——subtitle kept with its title) are
    given out by :func:`_best_owners`, each to an article whose text shares its words; one
    that no text shares (a kicker) goes with the headline under it. Nothing moves unless
    every article gets a headline it shares words with.
    """
    for i, d in enumerate(drafts):
        if not d.heads:
            continue
        group = [d]
        pooled: list[tuple[str, Span]] = []  # headlines of leads that took another's
        for e in drafts[i + 1 :]:
            # a lead with no headline, or text continued from another page (上接…): the
            # headline beside this one may be its; so may a lead's under a headline that
            # shares none of its words, where the row of headlines is long (旧书义卖助学 |
            # 本报讯…新航站楼…: a column's foot headline printed before the next column)
            if e.heads and len(d.heads) > 2 and e.dateline is not None and not _shares_head(e, df):
                pooled += e.heads
            elif e.heads or not (e.headless or e.continued_from):
                break
            group.append(e)
        if len(group) < 2:
            continue
        lines = list(d.heads) + pooled
        if len(lines) < len(group):
            lines = [(p, span) for h, span in lines for p in h.split()]
        units: list[list[tuple[str, Span]]] = []
        for line in lines:
            if units and line[0].startswith(("—", "-")):
                units[-1].append(line)  # a subtitle stays under its title
            else:
                units.append([line])
        # fewer headlines than articles: a row of them (three or more) still goes out, each to
        # the text that shares its words, where every one finds such a text
        partial = len(units) < len(group)
        if partial and len(units) < _ROW_MIN:
            continue  # an article would get no headline: _best_owners finds no owners
        texts = [
            df.bigram_set([p.text for p in g.body] + [c for c, _ in g.captions])
            for g in group
        ]
        shares = []
        for unit in units:
            pairs = bigram_set("".join(text for text, _ in unit))
            row = [_share(pairs, t) for t in texts]
            # text continued from another page may have its headline there: it takes one
            # here only if it shares more of it than the article under it (高质量发展 is
            # everyone's)
            kept = zip(row, group, strict=True)
            shares.append([x if g is d or g.headless or x > row[0] else 0.0 for x, g in kept])
        owner = _best_owners(shares, len(group), partial=partial)
        if owner is None:
            continue
        for k in range(len(owner) - 2, -1, -1):  # a kicker goes with the headline under it
            if owner[k] is None:
                owner[k] = owner[k + 1]
        for k in range(1, len(owner)):  # one after the last that shares words, with that one
            if owner[k] is None:
                owner[k] = owner[k - 1]
        for k, g in enumerate(group):
            g.heads = [line for unit, o in zip(units, owner, strict=True) if o == k for line in unit]
            g.headless = False


# a headline whose article took less text than this on a mixed page may have lost it to a lead
# that came with no headline
_STRANDED_CHARS = 80
# ...if at least this share of its words is in that lead's text
_STRANDED_SHARE = 0.3
# how many articles away (in reading order) a headline's own text may have been read: the
# search stays linear on a page of many articles
_HEAD_REACH = 8


# a row of at least this many headlines goes out even to fewer articles than it has
_ROW_MIN = 3


def _shares_head(d: _Draft, df: Background) -> bool:
    """Does ``d``'s text share any word of its headlines?"""
    words = bigram_set("".join(t for t, _ in d.heads))
    return _share(words, df.bigram_set([p.text for p in d.body])) > 0


def _share(words: set[str], text: set[str]) -> float:
    """How much of a headline's ``words`` (Han bigrams) ``text`` holds, 0..1."""
    return len(words & text) / len(words) if words else 0.0


def _headlines_to_leads(drafts: list[_Draft], df: Background) -> list[_Draft]:
    """On a page whose columns were mixed, a headline may be read far from its lead: it
    opens an article that takes almost no text, and the lead (本报讯…) comes before or after
    it with no headline. Such a headline goes to the headless lead nearby whose text shares
    most of its words (at least :data:`_STRANDED_SHARE`); the little text it took goes after
    that text."""
    leads = [d for d in drafts if d.headless and not d.heads and d.dateline is not None]
    if not leads:
        return drafts
    texts = {id(d): df.bigram_set([p.text for p in d.body]) for d in leads}
    by_order = {d.order: d for d in leads}
    gone: set[int] = set()
    for h in drafts:
        if not h.heads or h.dateline is not None or h.continued_from:
            continue
        if sum(len(p.text) for p in h.body) >= _STRANDED_CHARS:
            continue
        words = bigram_set("".join(t for t, _ in h.heads))
        if not words:
            continue
        near = (by_order.get(k) for k in range(h.order - _HEAD_REACH, h.order + _HEAD_REACH + 1))
        free = [d for d in near if d is not None and not d.heads]
        if not free:
            continue
        best = max(free, key=lambda d: _share(words, texts[id(d)]))
        if _share(words, texts[id(best)]) < _STRANDED_SHARE:
            continue
        best.heads = h.heads
        best.headless = False
        best.body += h.body
        best.captions += h.captions
        best.credits += h.credits
        best.bylines += h.bylines
        best.spans += h.spans
        gone.add(id(h))
    return [d for d in drafts if id(d) not in gone]


def _swap_headlines(drafts: list[_Draft], df: Background) -> None:
    """On a page whose columns were mixed, a headline whose text shares none of its words
    changes places with the headline of the text that holds at least :data:`_STRANDED_SHARE`
    of them, if that text shares none of its own headline's words either: a lead read after
    another article's headline took that headline."""
    texts = [df.bigram_set([p.text for p in d.body]) for d in drafts]
    words = [bigram_set("".join(t for t, _ in d.heads)) for d in drafts]

    def share(i: int, j: int) -> float:
        return _share(words[i], texts[j])

    for i, a in enumerate(drafts):
        if not a.heads or share(i, i) > 0.0:
            continue
        best, best_share = -1, _STRANDED_SHARE
        for j in range(max(0, i - _HEAD_REACH), min(len(drafts), i + _HEAD_REACH + 1)):
            b = drafts[j]
            if j != i and b.heads and b.body and (x := share(i, j)) >= best_share and share(j, j) == 0.0:
                best, best_share = j, x
        if best < 0:
            continue
        b = drafts[best]
        a.heads, b.heads = b.heads, a.heads
        words[i], words[best] = words[best], words[i]


def _best_owners(
    shares: list[list[float]], n: int, limit: int = 4096, *, partial: bool = False
) -> list[int | None] | None:
    """Give each headline (a row of ``shares``: how much of it each of ``n`` articles shares)
    to an article that shares some of it, so that every article gets one and the shares add up
    to the most; None if that can't be done (or would take more than ``limit`` tries). A
    headline that no article shares is left to its neighbours (None).

    ``partial``: fewer headlines than articles; each headline goes to an article of its own
    that shares it, or none moves."""
    options: list[list[int | None]] = [
        [k for k in range(n) if row[k] > 0] or [None] for row in shares
    ]
    if partial and any(o == [None] for o in options):
        return None
    if math.prod(len(o) for o in options) > limit:
        return None
    best: tuple[int | None, ...] | None = None
    best_sum = -1.0
    need = len(shares) if partial else n
    for pick in itertools.product(*options):
        if len({k for k in pick if k is not None}) < need:
            continue
        total = sum(row[k] for row, k in zip(shares, pick, strict=True) if k is not None)
        if total > best_sum:
            best, best_sum = pick, total
    return None if best is None else list(best)


def _has_subtitle(head: str) -> bool:
    return head.startswith(("—", "-")) or split_subtitle(head)[1] is not None


def _leads_printed_after(drafts: list[_Draft], *, mixed: bool = False) -> list[_Draft]:
    """A dateline and credits with no text of their own, right after an article that has
    none, are that article's: the extractor gave its lead box after its text. On pages not
    ``mixed``, so is a lead with no headline right after a headline that has only its
    story's end (:func:`_end_printed_first`)."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and d.dateline is not None
            and not d.heads
            and not d.body
            and not d.captions
            and prev.dateline is None
            and prev.heads
            and prev.body
        ):
            prev.dateline = d.dateline
            prev.credits += d.credits
            prev.bylines += d.bylines
            prev.spans += d.spans
            prev.continued_from = False  # it has its lead: it starts on this page
            continue
        if prev is not None and not mixed and _end_printed_first(prev, d):
            # the extractor gave the story's end (a box that starts in mid-paragraph) above
            # its lead: the lead and what follows it come first, the end after them
            prev.dateline = d.dateline
            prev.credits += d.credits
            prev.bylines += d.bylines
            prev.spans += d.spans
            # what the story took after its lead was printed goes on from the lead; the end
            # printed above the lead closes it
            lead = min(sp[0] for sp in d.spans) if d.spans else 0
            after = [p for p in prev.body if p.lines[0] > lead]
            before = [p for p in prev.body if p.lines[0] <= lead]
            ahead = d.body + after
            if (
                ahead
                and before
                and ahead[-1].type is BlockType.PARAGRAPH
                and before[0].type is BlockType.PARAGRAPH
                and before[0].open_start
                and not ends_final(ahead[-1].text)
            ):
                # the paragraph left unfinished goes on in the end printed above the lead
                # (…对规模以上 | 工业增长的贡献率超过六成。)
                cut, end = ahead[-1], before[0]
                end.text = join_texts(cut.text, end.text)
                end.lines = (min(cut.lines[0], end.lines[0]), max(cut.lines[1], end.lines[1]))
                end.open_start = cut.open_start
                ahead.pop()
            prev.body = ahead + before
            prev.captions += d.captions
            prev.open = d.open
            continue
        out.append(d)
    return out


def _end_printed_first(prev: _Draft, d: _Draft) -> bool:
    """Is ``d``, opened by a lead with no headline, the beginning of ``prev``, a headline
    whose text so far is only the end of a story (its first block began in mid-paragraph)?"""
    return (
        d.headless
        and d.dateline is not None
        and not d.heads
        and bool(d.body)
        and prev.dateline is None
        and bool(prev.heads)
        and bool(prev.body)
        and prev.body[0].open_start
        and not prev.continued_from
        and not prev.credits
    )


_order = operator.attrgetter("order")


def _within_reach(drafts: list[_Draft], recent: dict[int, _Draft], far: int) -> list[_Draft]:
    """The drafts rejoin could place a block in, in the drafts' order (ties go to the first).

    Those that took text longer ago than ``far`` others can't win (rejoin.reach); skipping
    them keeps a file of many pages linear.
    """
    if len(drafts) <= far + 1:
        return drafts
    near = list(itertools.islice(reversed(recent.values()), far + 1))
    return sorted(near, key=_order)


def _head_target(drafts: Sequence[_Draft], last_stream: _Draft | None) -> _Draft | None:
    """The article just opened by a headline and still waiting for its text.

    A headline over a picture may have none: what follows its caption is placed by content.
    """
    d = drafts[-1] if drafts else None
    if d is not None and not d.body and d is not last_stream and not d.captions:
        return d
    return None


def _lead_without_text(d: _Draft | None) -> bool:
    """Has ``d`` read its dateline and nothing after it yet?"""
    return d is not None and d.dateline is not None and not d.body


def _plainly_continues(head: str, tail: str, block: RawBlock) -> bool:
    """The second half of a cut paragraph shows it: it starts mid-sentence or ends a cut word."""
    return block.open_start or starts_mid_sentence(tail) >= 0.95 or word_across(head, tail)


def _strip_jumps(text: str) -> tuple[str, list[str]]:
    """Take jump notes printed inside a paragraph (at its start or end) out of it."""
    if "版" not in text:  # in every note: most paragraphs need no search
        return text, []
    jumps = [m.group(0) for m in JUMP_RE.finditer(text)]
    if not jumps:
        return text, []
    return JUMP_RE.sub("", text).strip(), jumps


# a caption printed between an article's own blocks is that article's unless another shares
# clearly more of its words (a place name alone is not enough)
_INSIDE_BONUS = 0.5
# A caption stands near its picture's article: it is matched against this many articles on
# each side of where it was printed (a page holds a few; a file of many pages, thousands).
_CAPTION_REACH = 12


def _caption_target(
    c: RawBlock,
    drafts: Sequence[_Draft],
    by_start: Sequence[tuple[int, int]],
    df: Background,
    *,
    mixed: bool = False,
) -> _Draft:
    """A caption goes to the nearby article whose words it shares most (the article printed
    around it, on a page not mixed, counted ahead by :data:`_INSIDE_BONUS`), else the nearest
    one that starts before it. ``by_start`` holds (first line, index) of the drafts, sorted."""
    at = bisect.bisect_left(by_start, (c.lines[0], -1))
    near = by_start[max(0, at - _CAPTION_REACH) : at + _CAPTION_REACH]
    probe = Profile()
    probe.add(c.text)
    best, best_sim = None, 0.08
    # the innermost article printed around it (one article may stand between another's halves)
    around = None if mixed else _innermost(drafts, [i for _, i in near], c.lines[0])
    for _, i in sorted(near, key=lambda si: si[1]):  # in the drafts' order, as ties go
        sim = probe.similarity(drafts[i].profile, df)
        if i == around:
            sim += _INSIDE_BONUS
        if sim > best_sim:
            best, best_sim = drafts[i], sim
    if best is not None:
        return best
    return drafts[by_start[at - 1][1]] if at else drafts[0]


def _innermost(drafts: Sequence[_Draft], candidates: Sequence[int], line: int) -> int | None:
    """Of ``candidates`` (leaving out leads that found no headline), the draft whose text
    begins before ``line`` and ends after it, with the fewest lines between its first and
    last; None if there is none."""
    best, best_width = None, math.inf
    for i in candidates:
        spans = drafts[i].spans
        if not spans or drafts[i].headless:
            continue  # a lead that found no headline: the page's order is in doubt there
        first, last = min(sp[0] for sp in spans), max(sp[1] for sp in spans)
        if first < line < last and last - first < best_width:
            best, best_width = i, last - first
    return best


# a column's name printed on the title's line: 【今日关注】…, ■ 民生观察 …
_COLUMN_LABEL_RE = regex.compile(r"(【[^】\s]{2,8}】|[■●◆□▲]\s*[^\s■●◆□▲]{2,6}\s+)(?=\S)")


# a headline line that ends so goes on in the next line: …改造项目120个，| 惠及居民3万户
_WRAP_ENDS = ("，", ",", "、")


# a clause mark inside a line: words of a sentence, no heading
_CLAUSE_IN_RE = regex.compile(r"[，,；;、]")
# a paragraph that ends in a closing bracket may end in a credit
_CLOSED_END_RE = regex.compile(r"[）)]\s*$")


# a clause that is only a number and a measure word wants its noun (…，20个 | 签约项目…); a
# count after its noun ends a title (新增企业120家), and so does a sum (万人, 亿元)
_COUNT_END_RE = regex.compile(r"(?:^|[，,、 ])[\d０-９一二三四五六七八九十百千两]+[个名项家所座条位件批支种辆艘架场個項條輛場]$")


def _wrapped(head: str, tail: str, *, lines: int, mixed: bool) -> bool:
    """Is ``tail`` the rest of the headline line ``head``, wrapped inside a phrase: ``head``
    ends in a comma, or a word runs across the break? A wrap's first line fills the line, so
    the second is no wider (a subtitle under a short title is). Headlines gathered from mixed
    columns (``mixed``) may be anyone's: there only a headline of two lines with a word cut
    across them is one line."""
    if tail.startswith(("—", "-")):
        return False
    if _COUNT_END_RE.search(head):
        return True  # a count wants its noun: …推介招商，20个 | 签约项目总投资逾200亿元
    if mixed:
        return lines == 2 and word_across(head, tail)
    if split_subtitle(head)[1] is not None:
        return False
    if head.endswith(_WRAP_ENDS):
        return True
    return cells(tail) <= cells(head) and word_across(head, tail)


_ANSWER_RE = regex.compile(r"^答[：:]")
_QUESTION_RE = regex.compile(r"^[问問][：:]")


def _answered(text: str, streams: Sequence[_Draft]) -> _Draft | None:
    """The one article whose last paragraph is the question (问：…) that ``text`` (答：…)
    answers; None if ``text`` answers nothing or more than one article ends in a question."""
    if not (text.startswith("答") and _ANSWER_RE.match(text)):  # most blocks answer nothing
        return None
    asked = [
        d
        for d in streams
        if d.body and d.body[-1].type is BlockType.PARAGRAPH and _QUESTION_RE.match(d.body[-1].text)
    ]
    return asked[0] if len(asked) == 1 else None


# a line this long under a title at most half as long is its deck, not a title set large
_DECK_CELLS = 16
_SHORT_TITLE_CELLS = 12


def _deck_under(first: str, second: str) -> bool:
    """Is ``second``, a headline line under ``first``, a subtitle printed without its dash
    (崛起于大学院墙之外 | 青年工人严家骏摘取世界金奖的坎坷经历说明改革势在必行) rather than the
    title under a kicker? A title is set large, so it is short; a deck is long."""
    a, b = cells(first.replace(" ", "")), cells(second.replace(" ", ""))
    return b >= _DECK_CELLS and b >= 2 * a and a <= _SHORT_TITLE_CELLS


def _most_shared(parts: list[str], d: _Draft) -> int:
    """The index of the headline part to take for the title: the usual one (1, after a
    kicker) unless the draft's text shares none of its Han bigrams and another part, no
    ——deck, shares the most of its own."""
    text = bigram_set("".join(p.text for p in d.body))
    if _share(bigram_set(parts[1]), text) > 0.0:
        return 1
    best, best_share = 1, 0.0
    for k, part in enumerate(parts[2:], start=2):
        if not part.startswith(("—", "-")) and (x := _share(bigram_set(part), text)) > best_share:
            best, best_share = k, x
    return best


def _finish(d: _Draft, warnings: list[Step], *, mixed: bool = False) -> Article:
    heads = [h for h, _ in d.heads]
    kicker = subtitle = None
    title = ""
    if heads:
        # Lines wrapped inside a phrase are first joined into the line they were printed as.
        # Then one line: title [——subtitle]; three or more: kicker first. Two: a second line
        # after a dash, or wrapped over two lines (a deck is long; it is the title that is
        # short and set large), is a subtitle; otherwise the first is the kicker (引题) over
        # the title, as papers print it.
        units: list[list[str]] = []
        for h in heads:
            if units and _wrapped(units[-1][-1], h, lines=len(heads), mixed=mixed):
                units[-1].append(h)
            else:
                units.append([h])
        parts = [functools.reduce(join_texts, u) for u in units]
        if (
            len(parts) == 2
            and not parts[1].startswith(("—", "-"))
            and len(units[1]) == 1
            and split_subtitle(parts[0])[1] is None
            and not _deck_under(parts[0], parts[1])
        ):
            kicker = parts.pop(0)
        if len(parts) >= 3 and mixed:
            # headlines of several articles gathered from mixed columns: a title the text
            # under it does not use gives way to a later part that it does
            k = _most_shared(parts, d)
            if k > 1:
                kicker, parts = " ".join(parts[:k]), parts[k:]
        if len(parts) >= 3 and kicker is None:
            kicker = parts.pop(0)
        title, subtitle = split_subtitle(parts[0])
        label = _COLUMN_LABEL_RE.match(title)
        if label and kicker is None:
            kicker, title = label.group(1).strip(), title[label.end() :]  # 【今日关注】标题
        rest = [subtitle] + [p.lstrip("—- ") for p in parts[1:]]
        subtitle = " ".join(x for x in rest if x) or None
    elif not d.headless:  # a lead without a headline was reported when it came
        span = d.spans[0] if d.spans else (0, 0)
        warnings.append(Step("articles", "no-headline", "article without a headline", span))
    blocks = [Block(p.type, p.text, p.lines) for p in d.body]
    blocks += [Block(BlockType.CAPTION, x, s) for x, s in d.captions]
    paras = [b for b in blocks if b.type is BlockType.PARAGRAPH]
    first = paras[0].text if paras else ""
    continued_from = d.continued_from or (
        d.dateline is None
        and bool(first)
        and (bool(_MID_SENTENCE_START_RE.match(first)) or opens_with_particle(first))
    )
    seen: set[tuple[str, str]] = set()
    credits = []
    for c in d.credits:
        if (c.role, c.name) not in seen:
            seen.add((c.role, c.name))
            credits.append(c)
    return Article(
        title=title,
        subtitle=subtitle,
        kicker=kicker,
        dateline=d.dateline,
        credits=tuple(credits),
        bylines=tuple(d.bylines),
        blocks=tuple(blocks),
        continued_from=continued_from,
        continued_to=d.continued_to or (d.open and not d.pictured and not _ends_final(paras)),
        lines=tuple(sorted(d.spans)),
    )
