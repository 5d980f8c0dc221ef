"""Fast paths against the plain definitions they replace: the same results, bit for bit.

Each optimised function is compared with a straightforward reference written here (the code
it replaced), on generated text, so that a speed-up can never change what ``parse`` gives.
"""

from __future__ import annotations

import math
from collections import Counter

import regex
from hypothesis import given
from hypothesis import strategies as st
from strategies import HAN, PUNCT_FULL

from newsclean.lines import cells
from newsclean.rejoin import Background, Profile, bigrams

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
