"""Immutable values passed between the stages, and the JSON contract.

Every stage takes these values and returns new ones; nothing is mutated in place.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

_COUNTED_RE = re.compile(r"[^\W_]", re.UNICODE)


class BlockType(StrEnum):
    """The kinds of block an article body is made of (the contract's ``type``)."""

    PARAGRAPH = "paragraph"
    INTERTITLE = "intertitle"
    CAPTION = "caption"


class Kind(StrEnum):
    """What a raw block was classified as, before articles are assembled."""

    FURNITURE = "furniture"  # 报眉/报脚: paper name, date, page number, editor line
    JUMP = "jump"  # 转版 note: （上接第1版） / （下转A4版）
    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"  # a line made only of credits: □文/图 记者 X
    PARAGRAPH = "paragraph"
    INTERTITLE = "intertitle"
    CAPTION = "caption"


Span = tuple[int, int]
"""First and last 1-based line numbers (in the normalized text) a value came from."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the normalized page text.

    ``text`` has no trailing white space; ``indent`` is the width of the leading white space
    that was removed (an ideographic space counts 2, an ASCII space 1).
    """

    number: int
    text: str
    indent: int = 0


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A run of lines that belongs together, before articles are assembled."""

    text: str
    lines: Span
    kind: Kind = Kind.PARAGRAPH
    # set by layout: the block starts/ends where a column ends rather than where a paragraph does
    open_start: bool = False
    open_end: bool = False
    # blank lines before the block: extractors leave a wide gap where a picture stood
    gap_before: int = 0
    raw: str = ""  # the text before normalization, for headlines (their spaces matter)
    # set by layout: a line of it is wider than its column, so it spans columns (a headline)
    wide: bool = False
    # set by untangle: in its own column stream it follows a paragraph that ended there, so it
    # begins a paragraph and is no column's continuation of a paragraph cut elsewhere
    follows_end: bool = False
    # set by layout: its first line is short by a paragraph's indent and a full line follows,
    # so it begins a paragraph (hard-wrapped text, not untangled)
    indented: bool = False


def raw_block_with(b: RawBlock, *, text: str, kind: Kind, raw: str) -> RawBlock:
    """``dataclasses.replace(b, text=text, kind=kind, raw=raw)``, without its per-call walk
    over the fields (~5 us; the pipeline makes one per block). Every field is passed."""
    return RawBlock(
        text,
        b.lines,
        kind,
        b.open_start,
        b.open_end,
        b.gap_before,
        raw,
        b.wide,
        b.follows_end,
        b.indented,
    )


@dataclass(frozen=True, slots=True)
class Credit:
    """A credited person or organisation: ``Credit("记者", "何榕")``."""

    role: str
    name: str


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, intertitle or caption of an article."""

    type: BlockType
    text: str
    lines: Span = (0, 0)


@dataclass(frozen=True, slots=True)
class Article:
    """One article of the page. ``lines`` spans every input line it was built from."""

    title: str
    subtitle: str | None = None
    kicker: str | None = None
    dateline: str | None = None
    credits: tuple[Credit, ...] = ()
    bylines: tuple[str, ...] = ()  # the credits as printed: □文/图 江门日报记者 蔡昭璐
    blocks: tuple[Block, ...] = ()
    continued_from: bool = False
    continued_to: bool = False
    lines: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Step:
    """One thing a stage did that a user may want explained."""

    stage: str
    action: str
    detail: str
    lines: Span = (0, 0)


@dataclass(frozen=True, slots=True)
class Leftover:
    """Text that could not be placed in an article or in the furniture."""

    text: str
    lines: Span


@dataclass(frozen=True, slots=True)
class Document:
    """The parsed page. ``to_dict()`` gives the JSON contract."""

    articles: tuple[Article, ...] = ()
    furniture: tuple[str, ...] = ()
    leftovers: tuple[Leftover, ...] = ()
    encoding: str | None = None
    warnings: tuple[Step, ...] = ()
    trace: tuple[Step, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self, *, meta: bool = False) -> dict[str, Any]:
        """Return the contract's dict; ``meta=True`` adds line spans, encoding and the trace."""
        arts = []
        for a in self.articles:
            d: dict[str, Any] = {
                "title": a.title,
                "subtitle": a.subtitle,
                "kicker": a.kicker,
                "dateline": a.dateline,
                "credits": [{"role": c.role, "name": c.name} for c in a.credits],
                "bylines": list(a.bylines),
                "blocks": [_block_dict(b, meta) for b in a.blocks],
                "continued_from": a.continued_from,
                "continued_to": a.continued_to,
            }
            if meta:
                d["lines"] = [list(s) for s in a.lines]
            arts.append(d)
        out: dict[str, Any] = {
            "articles": arts,
            "furniture": list(self.furniture),
            "leftovers": [lo.text for lo in self.leftovers],
        }
        if meta:
            out["leftover_lines"] = [list(lo.lines) for lo in self.leftovers]
            out["encoding"] = self.encoding
            out["warnings"] = [_step_dict(s) for s in self.warnings]
            out["trace"] = [_step_dict(s) for s in self.trace]
            out["meta"] = dict(self.meta)
        return out

    def to_json(self, *, meta: bool = False, indent: int | None = 2) -> str:
        """Serialize ``to_dict()`` as JSON, Chinese kept readable."""
        return dumps_json(self.to_dict(meta=meta), indent=indent)

    def to_text(self) -> str:
        """Clean article text: the headline (kicker, title, ——subtitle), then one block per
        line; articles separated by a blank line.

        Datelines, credits and page furniture are left out (this is the text of the articles);
        leftovers, text that could be placed in no article, come last so none is dropped.
        """
        parts = []
        for a in self.articles:
            lines = [x for x in (a.kicker, a.title) if x]
            if a.subtitle:
                lines.append("——" + a.subtitle)
            lines += [b.text for b in a.blocks]
            parts.append("\n".join(lines))
        if self.leftovers:
            parts.append("\n".join(lo.text for lo in self.leftovers))
        return "\n\n".join(parts) + ("\n" if parts else "")

    def to_markdown(self) -> str:
        """Render the articles as Markdown: ``#`` titles, ``##`` intertitles, ``>`` captions;
        then leftovers and page furniture, each as a list after a rule."""
        parts = []
        for a in self.articles:
            lines = []
            if a.kicker:
                lines.append(f"*{a.kicker}*\n")
            lines.append(f"# {a.title or '（无题）'}\n")
            if a.subtitle:
                lines.append(f"**——{a.subtitle}**\n")
            head = "　".join(
                x for x in (a.dateline, "　".join(f"{c.role} {c.name}" for c in a.credits)) if x
            )
            if head:
                lines.append(f"_{head}_\n")
            for b in a.blocks:
                if b.type is BlockType.INTERTITLE:
                    lines.append(f"## {b.text}\n")
                elif b.type is BlockType.CAPTION:
                    lines.append(f"> {b.text}\n")
                else:
                    lines.append(b.text + "\n")
            parts.append("\n".join(lines))
        if self.leftovers:
            parts.append("---\n\n" + "\n".join(f"- {lo.text}" for lo in self.leftovers) + "\n")
        if self.furniture:
            parts.append("---\n\n" + "\n".join(f"- {f}" for f in self.furniture) + "\n")
        return "\n".join(parts)

    def text_pieces(self) -> list[str]:
        """Every string the document holds: what the nothing-lost check counts."""
        out: list[str] = []
        for a in self.articles:
            out += [a.title, a.subtitle or "", a.kicker or "", a.dateline or ""]
            out += list(a.bylines)
            out += [b.text for b in a.blocks]
        out += list(self.furniture)
        out += [lo.text for lo in self.leftovers]
        return out

    def missing(self, normalized_text: str) -> Counter[str]:
        """Han characters, letters and digits of the (normalized) input not in the document.

        Empty when nothing was lost. Pass ``normalize(text)`` of the text that was parsed.
        """
        want = Counter(_COUNTED_RE.findall(normalized_text))
        have = Counter(_COUNTED_RE.findall("".join(self.text_pieces())))
        return want - have

    def check(self, normalized_text: str) -> None:
        """Raise ``AssertionError`` naming the characters lost, if any were."""
        lost = self.missing(normalized_text)
        if lost:
            sample = "".join(sorted(lost.elements()))[:40]
            raise AssertionError(f"{sum(lost.values())} characters lost: {sample}")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a document from ``to_dict(meta=True)`` (or the plain contract)."""
        arts = []
        for a in data.get("articles", []):
            arts.append(
                Article(
                    title=a["title"],
                    subtitle=a.get("subtitle"),
                    kicker=a.get("kicker"),
                    dateline=a.get("dateline"),
                    credits=tuple(Credit(c["role"], c["name"]) for c in a.get("credits", [])),
                    bylines=tuple(a.get("bylines", [])),
                    blocks=tuple(
                        Block(BlockType(b["type"]), b["text"], _span(b.get("lines")))
                        for b in a.get("blocks", [])
                    ),
                    continued_from=bool(a.get("continued_from")),
                    continued_to=bool(a.get("continued_to")),
                    lines=tuple(_span(s) for s in a.get("lines", [])),
                )
            )
        spans = data.get("leftover_lines") or [None] * len(data.get("leftovers", []))
        return cls(
            articles=tuple(arts),
            furniture=tuple(data.get("furniture", [])),
            leftovers=tuple(
                Leftover(t, _span(s)) for t, s in zip(data.get("leftovers", []), spans, strict=True)
            ),
            encoding=data.get("encoding"),
            warnings=tuple(_step(s) for s in data.get("warnings", [])),
            trace=tuple(_step(s) for s in data.get("trace", [])),
            meta=dict(data.get("meta", {})),
        )


class _UnusualValueError(Exception):
    """A value :func:`dumps_json` leaves to ``json.dumps``."""


_MAX_DEPTH = 32  # deeper (or circular) data goes to json.dumps, which says what is wrong


def dumps_json(obj: Any, *, indent: int | None = 2) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=indent)``, the same string, faster.

    With an indent, ``json`` encodes in Python, a generator per container; this writes the
    same text with one function and C-speed string escapes. Anything but dicts with string
    keys, lists, tuples, strings, ints, floats, booleans and None is left to ``json.dumps``.
    """
    if indent is None or not isinstance(indent, int) or isinstance(indent, bool):
        return json.dumps(obj, ensure_ascii=False, indent=indent)
    out: list[str] = []
    try:
        _emit(obj, out, "\n", " " * indent, 0)
    except _UnusualValueError:
        return json.dumps(obj, ensure_ascii=False, indent=indent)
    return "".join(out)


_encode_str = json.encoder.encode_basestring


def _emit(o: Any, out: list[str], nl: str, step: str, depth: int) -> None:
    """Append ``o`` as JSON; ``nl`` is a line break plus the indent of ``o``'s own line."""
    if isinstance(o, str):
        out.append(_encode_str(o))
    elif o is None:
        out.append("null")
    elif o is True:
        out.append("true")
    elif o is False:
        out.append("false")
    elif isinstance(o, int):
        out.append(int.__repr__(o))
    elif isinstance(o, float):
        if o != o or o in (float("inf"), float("-inf")):
            raise _UnusualValueError
        out.append(float.__repr__(o))
    elif depth >= _MAX_DEPTH:
        raise _UnusualValueError
    elif isinstance(o, dict):
        if not o:
            out.append("{}")
            return
        inner = nl + step
        sep = "{" + inner
        for k, v in o.items():
            if not isinstance(k, str):
                raise _UnusualValueError
            out.append(sep)
            out.append(_encode_str(k))
            out.append(": ")
            _emit(v, out, inner, step, depth + 1)
            sep = "," + inner
        out.append(nl + "}")
    elif isinstance(o, (list, tuple)):
        if not o:
            out.append("[]")
            return
        inner = nl + step
        sep = "[" + inner
        for v in o:
            out.append(sep)
            _emit(v, out, inner, step, depth + 1)
            sep = "," + inner
        out.append(nl + "]")
    else:
        raise _UnusualValueError


def _block_dict(b: Block, meta: bool) -> dict[str, Any]:
    d: dict[str, Any] = {"type": b.type.value, "text": b.text}
    if meta:
        d["lines"] = list(b.lines)
    return d


def _step_dict(s: Step) -> dict[str, Any]:
    return {"stage": s.stage, "action": s.action, "detail": s.detail, "lines": list(s.lines)}


def _step(d: Mapping[str, Any]) -> Step:
    return Step(d["stage"], d["action"], d["detail"], _span(d.get("lines")))


def _span(s: Sequence[int] | None) -> Span:
    if not s:
        return (0, 0)
    return (int(s[0]), int(s[1]))
