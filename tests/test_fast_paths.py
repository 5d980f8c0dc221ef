"""Fast paths against the plain definitions they replace: the same results, bit for bit.

Each optimised function is compared with a straightforward reference written here (the code
it replaced), on generated text, so that a speed-up can never change what ``parse`` gives.
"""

from __future__ import annotations

import dataclasses
import importlib
import itertools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass

import pytest
import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from strategies import HAN, PUNCT_FULL

from newsclean import uniclass
from newsclean.classify import (
    CAPTION_RE,
    _caption_marked,
    _is_lead,
    parse_lead,
)
from newsclean.columns import FINAL_RE, ends_final, lexicon, spans_word
from newsclean.layout import detect_mode
from newsclean.lines import cells, wider_than
from newsclean.model import BlockType, Kind, Line, RawBlock, dumps_json, raw_block_with
from newsclean.options import Options
from newsclean.rejoin import (
    ADJACENT_BONUS,
    DISTANCE_COST,
    OPEN_BONUS,
    WORD_BONUS,
    Background,
    Profile,
    bigrams,
    choose_stream,
    starts_mid_sentence,
    word_across,
)

# the module, not the function newsclean re-exports under the same name
nz = importlib.import_module("newsclean.normalize")

_RUN_RE = regex.compile(r"\p{Han}+")

# few distinct characters, so bigrams repeat across texts and the scores have work to do
_TEXT = st.text(alphabet=HAN[:12] + PUNCT_FULL[:4] + "ab1 ", max_size=60)


def _bigrams_ref(text: str) -> Counter[str]:
    c: Counter[str] = Counter()
    for run in _RUN_RE.findall(text):
        c.update(run[i : i + 2] for i in range(len(run) - 1))
    return c


def _similarity_ref(a: Profile, b: Profile, bg: Background) -> float:
    if not a.total or not b.total:
        return 0.0
    rest = max(1, bg.total - a.total)
    acc = 0.0
    n = 0
    for k, v in a.counts.items():
        elsewhere = bg.counts.get(k, 0) - v
        if elsewhere <= 0:
            continue
        n += 1
        chance = 1.0 - math.exp(-b.total * elsewhere / rest)
        acc += (1.0 if k in b.counts else 0.0) - chance
    return acc / max(n, 8)


_WIDE_REF_RE = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6"
    r"\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u300a-\u300f\u25a0-\u25ff\u2460-\u24ff]"
)


@given(st.text(alphabet=HAN[:8] + PUNCT_FULL + "abc 12\t\u3000ＡＢ·—かカ한■①\u00e9"))
def test_cells_counts_every_wide_character(text: str) -> None:
    assert cells(text) == (len(text) + len(_WIDE_REF_RE.findall(text))) / 2


@given(st.text())
def test_cells_any_text(text: str) -> None:
    assert cells(text) == (len(text) + len(_WIDE_REF_RE.findall(text))) / 2


@given(_TEXT)
def test_bigrams_same_counts_in_same_order(text: str) -> None:
    assert list(bigrams(text).items()) == list(_bigrams_ref(text).items())


@given(st.text())
def test_bigrams_any_text(text: str) -> None:
    assert list(bigrams(text).items()) == list(_bigrams_ref(text).items())


def test_bigrams_astral_han() -> None:
    assert bigrams("𠀀𠀁a𠀂字") == _bigrams_ref("𠀀𠀁a𠀂字") == Counter({"𠀀𠀁": 1, "𠀂字": 1})


@given(st.lists(_TEXT, min_size=1, max_size=12), st.data())
def test_similarity_is_the_plain_loop(texts: list[str], data: st.DataObject) -> None:
    bg = Background(texts)
    profiles = []
    for _ in range(data.draw(st.integers(1, 5))):
        p = Profile()
        for t in data.draw(st.lists(st.sampled_from(texts), max_size=4)):
            p.add(t)
        profiles.append(p)
    probe = Profile()
    probe.add(data.draw(st.sampled_from(texts)))
    for p in profiles:
        assert probe.similarity(p, bg) == _similarity_ref(probe, p, bg)
    # the probe's cached view follows it as it grows
    probe.add(data.draw(_TEXT))
    for p in profiles:
        assert probe.similarity(p, bg) == _similarity_ref(probe, p, bg)
        assert p.similarity(probe, bg) == _similarity_ref(p, probe, bg)


@given(st.lists(_TEXT, max_size=8))
def test_background_and_profile_count_as_before(texts: list[str]) -> None:
    bg = Background(texts)
    ref: Counter[str] = Counter()
    for t in texts:
        ref.update(_bigrams_ref(t))
    assert bg.counts == ref
    assert (bg.total, bg.vocab) == (sum(ref.values()), len(ref) + 1)
    p = Profile()
    for t in texts:
        p.add(t)
    assert list(p.counts.items()) == list(ref.items())
    assert p.total == sum(ref.values())


@dataclass
class _Stream:
    profile: Profile
    open: bool
    touched: int = 0
    last_text: str = ""

    @property
    def tail(self) -> str:
        return self.last_text if self.open else ""


def _choose_stream_ref(
    text: str,
    block: RawBlock,
    streams: list[_Stream],
    last: _Stream | None,
    df: Background,
    threshold: float,
    upcoming: list[str],
) -> tuple[_Stream, str]:
    probe = Profile()
    probe.add(text)
    open_pull = OPEN_BONUS * (0.5 / max(threshold, 0.05))
    mid = 1.0 if block.open_start else starts_mid_sentence(text)
    best: _Stream | None = None
    best_score = -math.inf
    recency = sorted((s.touched for s in streams), reverse=True)
    for s in streams:
        score = _similarity_ref(probe, s.profile, df)
        between = max(0, recency.index(s.touched) - (0 if last is None or s is last else 1))
        score -= DISTANCE_COST * between
        if s.open:
            score += open_pull * (1.5 if s is last and mid > 0.2 else mid)
            if word_across(s.tail, text):
                score += WORD_BONUS
            elif any(word_across(s.tail, u) for u in upcoming):
                score -= WORD_BONUS
        if s is last:
            score += ADJACENT_BONUS
        if score > best_score:
            best, best_score = s, score
    assert best is not None
    reason = "" if best is last else f"moved to an earlier article (score {best_score:.2f})"
    return best, reason


@settings(max_examples=300)
@given(
    st.lists(_TEXT, min_size=2, max_size=10),
    st.data(),
    st.sampled_from([0.05, 0.3, 0.5, 0.9]),
)
def test_choose_stream_is_the_plain_loop(
    texts: list[str], data: st.DataObject, threshold: float
) -> None:
    """Same article and reason, ties included (duplicate articles score exactly alike)."""
    df = Background(texts)
    streams = []
    for _ in range(data.draw(st.integers(1, 8))):
        profile = Profile()
        for t in data.draw(st.lists(st.sampled_from(texts), max_size=3)):
            profile.add(t)
        touched = data.draw(st.integers(0, 6))
        tail = data.draw(st.sampled_from(texts))
        streams.append(_Stream(profile, data.draw(st.booleans()), touched, tail))
        if data.draw(st.booleans()):  # the same article twice: an exact tie
            twin = Profile()
            twin.add("".join(data.draw(st.lists(st.sampled_from(texts), max_size=3))))
            streams.append(_Stream(twin, streams[-1].open, touched, tail))
    last = data.draw(st.sampled_from([None, *streams]))
    text = data.draw(st.sampled_from(texts))
    upcoming = data.draw(st.lists(st.sampled_from(texts), max_size=2))
    block = RawBlock(text, (1, 1), open_start=data.draw(st.booleans()))
    got = choose_stream(
        text, block, streams, last, df=df, threshold=threshold, upcoming=upcoming
    )
    want = _choose_stream_ref(text, block, streams, last, df, threshold, upcoming)
    assert got[0] is want[0]
    assert got[1] == want[1]


@given(st.lists(_TEXT, min_size=1, max_size=8), st.lists(_TEXT, max_size=4))
def test_profile_counts_alike_with_or_without_the_page(texts: list[str], more: list[str]) -> None:
    """A profile counted from the Background's bigrams equals one counted on its own."""
    df = Background(texts)
    via_page, alone = Profile(), Profile()
    for t in texts + more:  # ``more`` may hold texts the page does not
        via_page.add(t)
        alone.add(t)
    via_page._count(df)
    assert list(via_page.counts.items()) == list(alone.counts.items())
    assert via_page.total == alone.total


_CAPTION_ALPHABET = "图圖为為上下左右：▲△摄攝供资料片新华社发記记者照（）()来源取自的会议，。 \n"


_CAPTION_PIECES = [
    *_CAPTION_ALPHABET,
    *HAN[:3],
    "\u3000",
    "\t",
    "图为",
    "记者 李明 摄",
    "新华社记者李明摄",
    "受访供图",
    "资料图片",
    "新华社发",
    "照片）",
    "图片来源网络",
    "（图片）",
    "(图片)",
    "（圖取自",
    "(圖取自",
    "▲",
]


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(_CAPTION_PIECES), max_size=12).map("".join))
def test_caption_taken_apart_finds_the_same(text: str) -> None:
    assert _caption_marked(text) == bool(CAPTION_RE.search(text))


_LEAD_PIECES = [
    *"（）()【】 ，。电讯7月15日",
    *HAN[:3],
    "本报讯",
    "江门日报讯",
    "新华社北京7月15日电",
    "记者/何榕",
    "记者 李明 ",
    "何榕、李明",
    "中新网7月15日消息",
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_LEAD_PIECES), max_size=10).map("".join))
def test_is_lead_is_parse_lead_found(text: str) -> None:
    assert _is_lead(text) == (parse_lead(text) is not None)


_NORMALIZE_ALPHABET = (
    HAN[:6]
    + PUNCT_FULL
    + ",;:?!()\"'-.…—― －。\t\u3000\n\r\u2028\x85\x07\u200b\u00a0\u2002ＡＢ１．"
    + "ab12"
)


@settings(max_examples=400)
@given(
    st.text(alphabet=_NORMALIZE_ALPHABET, max_size=40),
    st.booleans(),
    st.booleans(),
)
def test_normalize_shortcut_is_the_full_chain(text: str, keep_layout: bool, pangu: bool) -> None:
    """A text the one-scan test passes is one every fixer of the chain leaves as it is."""
    opts = Options(pangu_spacing=pangu)
    want = text
    steps = []
    for name, fixer in nz._fixers(opts, keep_layout):
        new = fixer(want)[0]
        if new != want:
            steps.append(name)
        want = new
    assert nz.normalize(text, options=opts, keep_layout=keep_layout) == want
    got, got_steps = nz.normalize_and_explain(text, options=opts, keep_layout=keep_layout)
    assert got == want
    assert [s.action for s in got_steps] == steps


@given(st.lists(st.text(alphabet="一二，ab 1" + "\u3000—―", max_size=90), max_size=12))
def test_detect_mode_measures_only_where_length_leaves_doubt(texts: list[str]) -> None:
    lines = [Line(i + 1, t) for i, t in enumerate(texts)]
    shown = [t for t in texts if t]
    # the news-briefs rule (eight lines or more, a third of them ending a sentence: —— does)
    # may call short lines a paragraph each; this checks the length rule alone
    assume(len(shown) < 8 or sum(map(ends_final, shown)) < 0.35 * len(shown))
    widths = [cells(t) for t in texts if t]
    want = "lines" if not widths or sum(w > 30 for w in widths) / len(widths) >= 0.25 else "wrapped"
    assert detect_mode(lines) == want


@given(
    st.text(alphabet="一二，ab 1\u3000—―", max_size=200),
    st.sampled_from([0, 5, 16, 36, 48.5, 60, 80]),
)
def test_wider_than_is_cells_above_the_limit(text: str, limit: float) -> None:
    assert wider_than(text, limit) == (cells(text) > limit)


@given(st.text(alphabet="０１９ＡＺａｚ．一，a1. \n" + "\uff0f\uff20\uff5b", max_size=60))
def test_narrow_alnum_run_by_run_is_translate_of_the_whole(text: str) -> None:
    from newsclean import chardata as cd

    n = len(cd.FULLWIDTH_ALNUM_RE.findall(text))
    want = text.translate(cd.ALNUM_WIDTH_MAP) if n else text
    want, m = cd.FULLWIDTH_DOT_RE.subn(".", want)
    assert nz._narrow_alnum(text) == (want, n + m, "")


@settings(max_examples=60)
@given(st.lists(_TEXT, min_size=2, max_size=6), st.data())
def test_choose_stream_leaves_out_only_articles_too_far_back_to_win(
    texts: list[str], data: st.DataObject
) -> None:
    """On a file of many pages the far articles are skipped; the choice stays the plain one."""
    df = Background(texts)
    streams = []
    for touched in range(data.draw(st.integers(30, 80))):
        profile = Profile()
        profile.add(data.draw(st.sampled_from(texts)))
        tail = data.draw(st.sampled_from(texts))
        streams.append(_Stream(profile, data.draw(st.booleans()), touched, tail))
    last = streams[-1]
    text = data.draw(st.sampled_from(texts))
    block = RawBlock(text, (1, 1), open_start=data.draw(st.booleans()))
    threshold = data.draw(st.sampled_from([0.05, 0.5]))
    got = choose_stream(text, block, streams, last, df=df, threshold=threshold)
    want = _choose_stream_ref(text, block, streams, last, df, threshold, [])
    assert got[0] is want[0]
    assert got[1] == want[1]


def _collapse_line_ref(line: str, digits: bool, keep_slogans: bool) -> str:
    """The plain definition of ``_collapse_line``: told up front whether slogans keep spaces."""
    cd = nz.cd
    line = line.strip(cd.LINE_SPACE)
    if not cd.SPACE_RUN_RE.search(line):
        return line
    spaced = digits and nz._letter_spaced(line)
    slogans = (
        {m.end(1) for m in nz._SLOGAN_RE.finditer(line)} if keep_slogans and not spaced else ()
    )

    def repl(m: regex.Match[str]) -> str:
        s, e = m.span()
        a, b = line[s - 1], line[e]
        ca, cb = nz._is_chinese(a), nz._is_chinese(b)
        if a in nz._RUN_MARKS and b in nz._RUN_MARKS:
            return " "
        if ca and cb:
            if s in slogans:
                return " "
            if cd.CREDIT_LEFT_RE.search(line, max(0, s - 5), s) and cd.CREDIT_RIGHT_RE.match(
                line, e, e + 7
            ):
                return " "
            return ""
        if spaced and (
            (ca and b.isascii() and b.isdigit()) or (cb and a.isascii() and a.isdigit())
        ):
            return ""
        return " "

    return cd.SPACE_RUN_RE.sub(repl, line)


def _collapse_ref(text: str, digits: bool) -> tuple[str, int, str]:
    """The plain definition: the text's stray-space count taken first, whatever its lines."""
    lines = text.split("\n")
    n = 0
    keep = not nz.has_stray_spaces(text)
    for i, line in enumerate(lines):
        new = _collapse_line_ref(line, digits, keep)
        if new != line:
            lines[i] = new
            n += 1
    return ("\n".join(lines) if n else text), n, f"{n} lines" if n else ""


_SPACES_PIECES = [
    *"“”「」《 \u3000\t\n，。—…/a1",
    "“疫情 防控”",
    "「的一是 在不了」",
    "疫 情",
    "防控工作",
    "记者/何榕 ",
    "—— —",
]
# pieces, so that slogans and stray spaces come together often
_SPACES_TEXT = st.lists(st.sampled_from(_SPACES_PIECES), max_size=20).map("".join)


@settings(max_examples=800)
@given(_SPACES_TEXT, st.booleans())
def test_collapse_counts_stray_spaces_only_for_a_slogan(text: str, digits: bool) -> None:
    assert nz._collapse_cjk_spaces(text, digits) == _collapse_ref(text, digits)


@settings(max_examples=500)
@given(st.text(alphabet=HAN[:4] + PUNCT_FULL[:6] + ",;:?!,,(\n a1", max_size=50))
def test_simple_punct_split_is_the_sub(text: str) -> None:
    cd = nz.cd
    want = cd.SIMPLE_PUNCT_RE.subn(lambda m: m[0].translate(cd.ASCII_TO_FULLWIDTH_PUNCT_MAP), text)
    assert nz._widen_simple_punct(text) == want


_JSON_LEAF = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # nan and inf too: json.dumps writes NaN / Infinity
    | st.text(alphabet=HAN[:3] + '"\\\n\t\u2028\x00a😀', max_size=6)
)
_JSON = st.recursive(
    _JSON_LEAF,
    lambda inner: st.lists(inner, max_size=4)
    | st.lists(inner, max_size=3).map(tuple)
    | st.dictionaries(st.text(alphabet='ab"一\n', max_size=3), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=500)
@given(_JSON, st.sampled_from([None, 0, 1, 2, 4]))
def test_dumps_json_is_json_dumps(obj: object, indent: int | None) -> None:
    assert dumps_json(obj, indent=indent) == json.dumps(obj, ensure_ascii=False, indent=indent)


def test_dumps_json_deep_and_odd_values_go_to_json() -> None:
    deep: list[object] = []
    for _ in range(40):
        deep = [deep, {"k": 1}]
    odd = {"a": {1: "int key"}, "b": Kind.TITLE, "c": BlockType.CAPTION}
    for obj in (deep, odd):
        assert dumps_json(obj) == json.dumps(obj, ensure_ascii=False, indent=2)


def test_raw_block_with_passes_every_field() -> None:
    # a field added to RawBlock must be added to raw_block_with too
    assert [f.name for f in dataclasses.fields(RawBlock)] == [
        "text", "lines", "kind", "open_start", "open_end", "gap_before", "raw", "wide",
        "follows_end", "indented",
    ]


@given(
    st.builds(
        RawBlock,
        text=st.text(max_size=3),
        lines=st.tuples(st.integers(0, 9), st.integers(0, 9)),
        kind=st.sampled_from(Kind),
        open_start=st.booleans(),
        open_end=st.booleans(),
        gap_before=st.integers(0, 5),
        raw=st.text(max_size=3),
        wide=st.booleans(),
        follows_end=st.booleans(),
        indented=st.booleans(),
    ),
    st.text(max_size=3),
    st.sampled_from(Kind),
    st.text(max_size=3),
)
def test_raw_block_with_is_replace(b: RawBlock, text: str, kind: Kind, raw: str) -> None:
    got = raw_block_with(b, text=text, kind=kind, raw=raw)
    assert got == dataclasses.replace(b, text=text, kind=kind, raw=raw)


# every character at the edge of a need's class, and some beside them
_NEEDS_ALPHABET = (
    "\r\n\t\x00\x08\x0b\x1f\x20\x7e\x7f\x84\x85\x86\x9f\xa0\xad\xae\u1680\u1fff\u2000\u200a"
    "\u200b\u200f\u2010\u2028\u2029\u202a\u202e\u202f\u2030\u205f\u2060\u2061\u2065\u2066"
    "\u2069\u206a\ufeff\uff0e\uff0f\uff10\uff19\uff1a\uff20\uff21\uff3a\uff3b\uff40\uff41"
    "\uff5a\uff5b.,;:?!()\"'-―－—…。 \u3000a一"
)


@settings(max_examples=1000)
@given(st.text(alphabet=_NEEDS_ALPHABET, max_size=8))
def test_needs_classes_find_what_the_fixers_patterns_find(text: str) -> None:
    cd = nz.cd
    plain = {  # the patterns the needs were first written as
        "fix_line_breaks": cd.LINE_BREAK_RE,
        "remove_control_chars": cd.CONTROL_RE,
        "fix_odd_spaces": cd.ODD_SPACE_RE,
        "narrow_alnum": regex.compile(f"{cd.FULLWIDTH_ALNUM_RE.pattern}|\uff0e"),
        "fix_sentence_period": regex.compile(r"\."),
        "fix_cjk_punct": cd.ENGINE_CANDIDATE_RE,
        "collapse_cjk_spaces": cd.SPACE_RUN_RE,
    }
    for fixers in (nz._LAYOUT_FIXERS, nz._FULL_FIXERS):
        want = any(plain[name].search(text) for name, _ in fixers)
        assert (nz._CHAIN_NEEDS[id(fixers)].search(text) is not None) == want
        for needs, group in nz._CHAIN_GATES[id(fixers)]:
            want = any(plain[name].search(text) for name, _ in group)
            assert (needs.search(text) is not None) == want


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_LEAD_PIECES), max_size=10).map("".join))
def test_every_dateline_holds_a_dateline_end(text: str) -> None:
    from newsclean.classify import _DATELINE_ENDS, DATELINE_RE

    m = DATELINE_RE.match(text)
    if m:
        assert any(e in m.group(0) for e in _DATELINE_ENDS)


_FOLD_PIECES = [*",;:?!()，；：？！（）", "一", "二", "a", "1", " ", "一,", ",二", "(一)"]


@settings(max_examples=800)
@given(st.lists(st.sampled_from(_FOLD_PIECES), max_size=30).map("".join))
def test_looks_folded_counts_first(text: str) -> None:
    cd = nz.cd
    ascii_marks = len(cd.FOLDED_ASCII_RE.findall(text))
    want = ascii_marks >= 3 and ascii_marks > 3 * len(cd.FULLWIDTH_PUNCT_RE.findall(text))
    assert nz.looks_folded(text) == want


def _spans_word_ref(a: str, b: str, lex: frozenset[str]) -> float:
    best = 0.0
    for k in (1, 2, 3):
        for m in (1, 2, 3):
            if 2 <= k + m <= 4 and k <= len(a) and m <= len(b) and a[-k:] + b[:m] in lex:
                best = max(best, 1.0 if k + m == 2 else 1.25)
    return best


# every join of two to four of these characters is a word: each of the six is tried
_LEX = frozenset(
    a + b for a in HAN[:4] for b in HAN[:4] if a != b
) | frozenset(HAN[i : i + 3] for i in range(4)) | frozenset(HAN[i : i + 4] for i in range(3))


@given(st.text(alphabet=HAN[:5] + "a", max_size=4), st.text(alphabet=HAN[:5] + "a", max_size=4))
def test_spans_word_longest_first_is_the_plain_loop(a: str, b: str) -> None:
    for lex in (_LEX, frozenset(), lexicon()):
        assert spans_word(a, b, lex) == _spans_word_ref(a, b, lex)


_CREDIT_END_PIECES = [*"（）()。！？”、 \u3000\n\x1c\t", "张三", "李", "a", "1", "（记者 王五）"]


@settings(max_examples=800)
@given(st.lists(st.sampled_from(_CREDIT_END_PIECES), max_size=12).map("".join))
def test_trailing_credit_searched_only_where_it_can_end(text: str) -> None:
    """The end tests pass every text the patterns match (they skip only hopeless searches)."""
    from newsclean.classify import (
        _SPACED_NAME_END_RE,
        _TRAILING_CREDIT_RE,
        _ends_in_han,
        _may_end_in_credit,
    )

    if _TRAILING_CREDIT_RE.search(text):
        assert _may_end_in_credit(text)
    if _SPACED_NAME_END_RE.search(text):
        assert _ends_in_han(text.rstrip())


_FINAL_ALPHABET = "。！？!?…”’」』）)—：:\n\r a字“"


@settings(max_examples=1000)
@given(
    st.text(alphabet=_FINAL_ALPHABET, max_size=8)
    | st.text(max_size=8)
    # a note in brackets and a date stamp after it (…。（編輯：卓怡萱）1131120), or near misses
    | st.tuples(
        st.text(alphabet=_FINAL_ALPHABET + "（(", max_size=6),
        st.text(alphabet="0123456789a", min_size=6, max_size=8),
    ).map("".join)
)
def test_ends_final_is_the_pattern(text: str) -> None:
    assert ends_final(text) == bool(FINAL_RE.search(text))


_EVERY_CODE_POINT = "".join(map(chr, range(0x110000)))


@pytest.mark.parametrize("prop", ["Han", "Hiragana", "Katakana", "Hangul"])
def test_uniclass_is_the_regex_script(prop: str) -> None:
    """The tables are what the installed regex calls the script (else: update them), and the
    classes for re match the same code points as \\p{...} does."""
    assert getattr(uniclass, "_" + prop.upper()) == uniclass.scan(prop)
    ours = re.findall(f"[{getattr(uniclass, prop.upper())}]+", _EVERY_CODE_POINT)
    assert ours == regex.findall(rf"\p{{{prop}}}+", _EVERY_CODE_POINT)


def test_uniclass_falls_back_to_a_scan() -> None:
    """Tables that an older or newer Unicode version contradicts at a run's border (a run
    regex does not have, or one it makes longer) are replaced by a scan."""
    assert uniclass._checked("Han", (*uniclass._HAN, (0xE0000, 0xE0001))) == uniclass.scan("Han")
    assert uniclass._checked("Han", ((0x4E00, 0x9FFE),)) == uniclass.scan("Han")
    assert uniclass._checked("Han", uniclass._HAN) is uniclass._HAN


@settings(max_examples=500)
@given(st.text(alphabet=HAN[:4] + " \u3000“”a，", max_size=40), st.sampled_from([0, 5, 20]))
def test_has_stray_spaces_counts_spaces_first(text: str, min_han: int) -> None:
    han = len(text) - len(text.encode("ascii", "ignore"))
    want = False
    if han and han >= min_han:  # the definition, scanning for gaps and slogans
        gaps = len(nz._HAN_GAP_RE.findall(text)) - len(nz._SLOGAN_RE.findall(text))
        want = gaps * 1000 > nz.STRAY_SPACE_RATE * han
    assert nz.has_stray_spaces(text, min_han=min_han) == want


# pieces of every branch of _FURNITURE_TOKEN_RE (each character a token may end with among
# them), and of tokens that are none
_FURNITURE_PIECES = [
    "2025年", "9月", "28日", "2025-9-28", "星期", "周", "日", "一", "天", "周二", "周三",
    "星期四", "周五", "星期六", "农历", "農曆", "八月初七", "第", "A", "A09", "12", "版", "十",
    "今日", "本版", "江门", "日报", "晚報", "联合报", "新闻", "要聞", "综合", "社会", "社會",
    "经济", "經濟", "国际", "國際", "体育", "文化", "副刊", "特刊", "时评", "時評", "观察",
    "专版", "字", "，", "。", "１２", "٣", "x", "-",
]  # fmt: skip


def test_furniture_token_is_the_pattern_on_every_join_of_pieces() -> None:
    from newsclean.classify import _FURNITURE_TOKEN_RE, _furniture_token

    for n in (1, 2, 3):
        for parts in itertools.product(_FURNITURE_PIECES, repeat=n):
            token = "".join(parts)
            assert _furniture_token(token) == (_FURNITURE_TOKEN_RE.match(token) is not None)


@given(st.text(min_size=1, max_size=6))
def test_furniture_token_is_the_pattern(token: str) -> None:
    from newsclean.classify import _FURNITURE_TOKEN_RE, _furniture_token

    assert _furniture_token(token) == (_FURNITURE_TOKEN_RE.match(token) is not None)


def test_is_han_and_is_chinese_on_every_code_point() -> None:
    han, chinese = regex.compile(r"\p{Han}"), nz.cd.CHINESE_CHAR_RE
    assert not uniclass.is_han("")
    assert not nz._is_chinese("")
    for c in _EVERY_CODE_POINT:
        assert uniclass.is_han(c) == (han.match(c) is not None), hex(ord(c))
        assert nz._is_chinese(c) == (chinese.match(c) is not None), hex(ord(c))


_BYLINE_START_PIECES = [
    *"□■●◆★文图圖/／:：|丨 -—+＋会",
    "记者", "記者", "通讯员", "摄影", "统筹", "视频", "口述", "编译", "新华社", "经济日报",
    "江门", "李明", "区文联", "a", "1", "。",
]  # fmt: skip


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_BYLINE_START_PIECES), max_size=10).map("".join))
def test_byline_start_scans_for_literals_first(text: str) -> None:
    """Every line the byline pattern finds a start in holds one of the literals scanned for
    first (the scan skips only hopeless searches)."""
    from newsclean.classify import _BYLINE_NEEDLE_RE, _BYLINE_START_RE, _byline_start

    want = _BYLINE_START_RE.search(text) is not None
    assert _byline_start(text) == want
    if want:
        assert _BYLINE_NEEDLE_RE.search(text) is not None


_EDITOR_PIECES = [
    *"本版（()）:：/ |一二三审李明\u3000a1",
    "责任编辑", "編輯", "美编", "校对", "值班主任", "设计", "图片编辑", "二审", "王五", "2024",
]  # fmt: skip


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_EDITOR_PIECES), max_size=10).map("".join))
def test_editor_tests_look_at_the_first_character_first(text: str) -> None:
    """The editors' line and note tests are the patterns, found only where they can start."""
    from newsclean.classify import _EDITOR_NOTE_RE, _EDITOR_RE, _editor_line, _editor_note

    assert _editor_line(text) == (_EDITOR_RE.match(text) is not None)
    assert _editor_note(text) == (_EDITOR_NOTE_RE.fullmatch(text.strip()) is not None)


@settings(max_examples=800)
@given(st.lists(st.sampled_from([*"■□◆●▶【】 \u3000李明a1", "老街区", "新网红"]), max_size=8).map("".join))
def test_marked_heading_starts_with_a_mark(text: str) -> None:
    from newsclean.classify import _HEADING_STARTS, _MARKED_HEADING_RE

    if _MARKED_HEADING_RE.match(text):
        assert text[:1] in _HEADING_STARTS
