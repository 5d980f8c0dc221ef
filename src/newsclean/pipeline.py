"""parse(): the stages composed, decode -> normalize -> lines -> blocks -> articles -> document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import regex

from .articles import group_articles
from .classify import classify, line_role, normalize_headline
from .convert import convert_script, get_converter
from .decode import check_encoding, chinese_score, decode, mixed_note, sniff_binary
from .errors import UnsupportedInputError
from .layout import detect_mode, find_blocks, interleaved
from .lines import split_lines, unflatten
from .model import Article, Credit, Document, Kind, RawBlock, Step, raw_block_with
from .normalize import has_stray_spaces, looks_folded, normalize, normalize_and_explain
from .options import DEFAULT_OPTIONS, Options

#: The stages of :func:`parse`, in order, as ``_parse`` reports them to its ``lap`` callback.
STAGES = ("decode", "normalize", "lines", "blocks", "blocks.normalize", "classify", "articles")

_TYPE_ERROR = (
    "newsclean.parse() takes the page as str or bytes, not {name}; "
    "read a file with open(path, 'rb').read()"
)


def parse(data: str | bytes, *, options: Options | None = None, **overrides: Any) -> Document:
    """Parse one page of newspaper text into articles.

    Options can be given as one :class:`Options` or as its fields by name.

    >>> doc = parse("标题在此\\n\\n本报讯(记者 李明)昨天,会议召开。\\n")
    >>> doc.articles[0].title, doc.articles[0].dateline, doc.articles[0].blocks[0].text
    ('标题在此', '本报讯', '昨天，会议召开。')
    """
    opts = options or DEFAULT_OPTIONS
    if overrides:
        opts = replace(opts, **overrides)
    if opts.script != "keep":
        get_converter(opts.script)  # a bad name fails here, on any page, not only on one to convert
    if opts.encoding is not None:
        check_encoding(opts.encoding)
    return _parse(data, opts)


def _no_lap(stage: str) -> None:
    pass


def _parse(data: str | bytes, opts: Options, lap: Callable[[str], None] = _no_lap) -> Document:
    """:func:`parse` itself; ``lap(stage)`` is called as each of :data:`STAGES` ends.

    The benchmark passes a clock as ``lap`` to time the stages of the real pipeline.
    """
    encoding: str | None = None
    warnings: list[Step] = []
    meta: dict[str, Any] = {}
    replaced = 0
    repaired: str | None = None
    mixed: tuple[tuple[str, int], ...] = ()
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        kind = sniff_binary(raw)
        if kind is not None:
            raise UnsupportedInputError(kind)
        decoded = decode(raw, encoding=opts.encoding, errors=opts.errors)
        text, encoding = decoded.text, decoded.encoding
        replaced, repaired, mixed = decoded.replaced, decoded.repaired, decoded.mixed
        if opts.encoding is not None:
            suspect = _suspect_encoding(raw, text, encoding)
            if suspect:
                warnings.append(Step("decode", "suspect-encoding", suspect))
    elif isinstance(data, str):
        # lone surrogates cannot be written out as UTF-8 (nor converted by OpenCC)
        text, replaced = _SURROGATE_RE.subn("\ufffd", data)
    else:
        raise TypeError(_TYPE_ERROR.format(name=type(data).__name__))
    lap("decode")

    text, steps = normalize_and_explain(text, options=opts, keep_layout=True)
    trace = list(steps) if opts.explain else []
    lap("normalize")
    # a page whose line breaks were lost upstream is broken into lines again; every span
    # below (the decode warnings' too) counts those lines
    text, flattened = unflatten(text)
    meta["flattened"] = flattened > 0
    if replaced:
        detail = f"{replaced} undecodable characters replaced"
        warnings.append(Step("decode", "replaced", detail, _span_of(text, "\ufffd")))
    elif "\ufffd" in text:
        detail = "the input holds replacement characters (U+FFFD): text was lost before it"
        warnings.append(Step("decode", "replacement-in-input", detail, _span_of(text, "\ufffd")))
    if mixed:
        span = (1, max(1, len(text.splitlines())))
        warnings.append(Step("decode", "mixed-encodings", mixed_note(mixed), span))
    if repaired:
        span = (1, max(1, len(text.splitlines())))
        warnings.append(Step("decode", "mojibake", f"repaired: {repaired}", span))
    if flattened:
        detail = "line breaks were lost upstream: restored at spaces or after sentences"
        warnings.append(Step("lines", "flattened", detail, (1, text.count("\n") + 1)))
    lines = split_lines(text)
    meta["mode"] = detect_mode([ln for ln in lines if ln.text])
    meta["folded"] = looks_folded(text)
    meta["interleaved"] = interleaved(lines, mode=meta["mode"])
    lap("lines")
    blocks = find_blocks(lines, role=line_role, mode=meta["mode"], mixed=meta["interleaved"])
    lap("blocks")
    blocks = normalize_blocks(blocks, options=opts)
    lap("blocks.normalize")
    blocks = classify(blocks, max_title_chars=opts.max_title_chars, mixed=meta["interleaved"])
    blocks = normalize_headlines(blocks, options=opts)
    lap("classify")
    grouped = group_articles(
        blocks, join_threshold=opts.join_threshold, mixed=meta["interleaved"]
    )
    articles, furniture, leftovers = grouped.articles, grouped.furniture, grouped.leftovers
    if opts.script != "keep":
        articles = tuple(convert_article(a, to=opts.script) for a in articles)
        furniture = tuple(convert_script(f, to=opts.script) for f in furniture)
        leftovers = tuple(
            replace(lo, text=convert_script(lo.text, to=opts.script)) for lo in leftovers
        )
    if opts.explain:
        trace += grouped.trace
    doc = Document(
        articles=articles,
        furniture=furniture,
        leftovers=leftovers,
        encoding=encoding,
        warnings=tuple(warnings) + grouped.warnings,
        trace=tuple(trace),
        meta=meta,
    )
    lap("articles")
    return doc


_SURROGATE_RE = regex.compile(r"[\ud800-\udfff]")


_PAGE_MIN_HAN = 300


def _suspect_encoding(raw: bytes, text: str, encoding: str) -> str:
    """Why a forced encoding looks wrong ("" if it does not): the text does not read as
    Chinese, and detection finds an encoding in which it does."""
    if sum(1 for c in text[:2000] if c > "\x7f") < 20 or chinese_score(text) >= 1.5:
        return ""
    auto = decode(raw, errors="replace")
    if chinese_score(auto.text) < chinese_score(text) + 1.0:
        return ""
    return f"the text decoded as {encoding} does not read as Chinese; it reads as {auto.encoding}"


def _span_of(text: str, needle: str) -> tuple[int, int]:
    """The first and last line (1-based) holding ``needle``; (0, 0) if none does."""
    first = text.find(needle)
    if first < 0:
        return (0, 0)
    last = text.rfind(needle)
    return (text.count("\n", 0, first) + 1, text.count("\n", 0, last) + 1)


def normalize_headlines(
    blocks: tuple[RawBlock, ...], *, options: Options | None = None
) -> tuple[RawBlock, ...]:
    """Normalize headlines and intertitles again from their raw text, keeping one space between
    their parts (``艺 术 节   送 戏`` -> ``艺术节 送戏``), which body normalization closes.

    On a page whose extractor scattered spaces (``has_stray_spaces`` of all its blocks) a
    single space in a headline says nothing either; a few lines can't tell (the spaces of one
    two-part headline would look scattered), so short texts never count as such a page."""
    opts = options or DEFAULT_OPTIONS
    heads = [b for b in blocks if b.kind in (Kind.TITLE, Kind.INTERTITLE)]
    # the page's spaces are counted only if a headline has one to keep or drop
    stray_spaces = any(" " in (b.raw or b.text) for b in heads) and has_stray_spaces(
        "\n".join(b.raw or b.text for b in blocks), min_han=_PAGE_MIN_HAN
    )

    def norm(t: str) -> str:
        return normalize(t, options=opts)

    return tuple(
        raw_block_with(
            b,
            text=normalize_headline(b.raw, norm, stray_spaces=stray_spaces) or b.text,
            kind=b.kind,
            raw=b.raw,
        )
        if b.kind in (Kind.TITLE, Kind.INTERTITLE)
        else b
        for b in blocks
    )


def normalize_blocks(
    blocks: tuple[RawBlock, ...], *, options: Options | None = None
) -> tuple[RawBlock, ...]:
    """Run the full text normalization on each block, now that its lines are joined."""
    out = []
    for b in blocks:
        text = normalize(b.text, options=options)
        if text:
            out.append(raw_block_with(b, text=text, kind=b.kind, raw=b.text))
    return tuple(out)


def convert_article(article: Article, *, to: str) -> Article:
    """Convert an article's script; names in credits and the dateline are left as printed."""
    protect = tuple(c.name for c in article.credits)
    if article.dateline:
        protect += (article.dateline,)

    def conv(s: str | None) -> str | None:
        return None if s is None else convert_script(s, to=to, protect=protect)

    return replace(
        article,
        title=conv(article.title) or "",
        subtitle=conv(article.subtitle),
        kicker=conv(article.kicker),
        credits=tuple(Credit(conv(c.role) or c.role, c.name) for c in article.credits),
        blocks=tuple(replace(b, text=conv(b.text) or "") for b in article.blocks),
    )
