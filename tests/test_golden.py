"""Golden pages: ``parse(raw bytes).to_dict()`` equals the hand-written JSON beside the page.

Each ``fixtures/pages/<name>.txt`` or ``<name>.bin`` with a ``<name>.json`` is one case; the
JSON is the truth as a careful reader sees the page, written by hand (see fixtures/README.md).
``pytest --update-goldens`` rewrites the JSON from the current output: read the diff before
committing it. Known differences are ``xfail(strict=True)`` with the reason, so a fix shows up
as an XPASS that asks for the marker to be removed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from contract import ARTICLE_KEYS, CONTRACT_KEYS

import newsclean

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"

# page name -> reason: the whole-page comparison is known to fail (reported to the lead)
KNOWN_PAGE_FAILURES: dict[str, str] = {}
# (page, article index) -> reason
KNOWN_ARTICLE_FAILURES: dict[tuple[str, int], str] = {}


def _source(json_path: Path) -> Path:
    for suffix in (".txt", ".bin"):
        p = json_path.with_suffix(suffix)
        if p.exists():
            return p
    raise FileNotFoundError(f"no .txt or .bin page beside {json_path.name}")


def golden_names() -> list[str]:
    return sorted(
        p.stem
        for p in PAGES.glob("*.json")
        if p.with_suffix(".txt").exists() or p.with_suffix(".bin").exists()
    )


def _expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _actual(name: str) -> dict[str, Any]:
    # the whole of to_dict(), never cut to a list of keys: a change to any key of the output
    # (bylines went unchecked that way) fails here
    raw = _source(PAGES / f"{name}.json").read_bytes()
    return newsclean.parse(raw).to_dict()


def _page_params() -> list[Any]:
    out = []
    for name in golden_names():
        marks = []
        if name in KNOWN_PAGE_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_PAGE_FAILURES[name]))
        out.append(pytest.param(name, id=name, marks=marks))
    return out


def _article_params() -> list[Any]:
    out = []
    for name in golden_names():
        for i in range(len(_expected(name)["articles"])):
            marks = []
            if (name, i) in KNOWN_ARTICLE_FAILURES:
                reason = KNOWN_ARTICLE_FAILURES[name, i]
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            out.append(pytest.param(name, i, id=f"{name}-{i}", marks=marks))
    return out


def test_golden_pages_exist() -> None:
    names = golden_names()
    assert "seed" in names
    assert len(names) >= 6
    for json_path in PAGES.glob("*.json"):
        assert _source(json_path).exists()


@pytest.mark.parametrize("name", _page_params())
def test_golden_page_matches(name: str, update_goldens: bool) -> None:
    got = _actual(name)
    if update_goldens:
        text = json.dumps(got, ensure_ascii=False, indent=2) + "\n"
        (PAGES / f"{name}.json").write_text(text, encoding="utf-8")
        pytest.skip(f"rewrote {name}.json: read the diff before committing")
    assert got == _expected(name)


@pytest.mark.parametrize(("name", "index"), _article_params())
def test_golden_article_matches(name: str, index: int) -> None:
    """Article by article, so one known difference does not hide a regression elsewhere."""
    got = _actual(name)["articles"]
    exp = _expected(name)["articles"][index]
    # find the article by its title, so a missing or extra article elsewhere shows up here once
    by_title = [a for a in got if a["title"] == exp["title"]]
    assert by_title, f"no article titled {exp['title']!r}: {[a['title'] for a in got]}"
    assert by_title[0] == exp


@pytest.mark.parametrize("name", golden_names())
def test_golden_furniture_and_leftovers_match(name: str) -> None:
    got, exp = _actual(name), _expected(name)
    assert got["furniture"] == exp["furniture"]
    assert got["leftovers"] == exp["leftovers"]


def test_golden_to_dict_keys_are_all_documented() -> None:
    # the output has exactly the contract's keys, each in the README's schema
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    schema = readme.split("## Output", 1)[1].split("```")[1]
    d = newsclean.parse((PAGES / "seed.txt").read_bytes()).to_dict()
    assert list(d) == list(CONTRACT_KEYS)
    assert all(list(a) == list(ARTICLE_KEYS) for a in d["articles"])
    keys = [*CONTRACT_KEYS, *ARTICLE_KEYS]
    assert [k for k in keys if f'"{k}"' not in schema] == []


@pytest.mark.parametrize("name", golden_names())
def test_golden_json_has_every_key(name: str) -> None:
    # a golden written before a key was added would fail the page test without saying why
    exp = _expected(name)
    assert list(exp) == list(CONTRACT_KEYS)
    assert [list(a) for a in exp["articles"]] == [list(ARTICLE_KEYS)] * len(exp["articles"])


def test_golden_gbk_page_equals_its_utf8_twin() -> None:
    assert _expected("byline_gbk") == _expected("byline_two_line")
    gbk = (PAGES / "byline_gbk.bin").read_bytes()
    utf8 = (PAGES / "byline_two_line.txt").read_bytes()
    assert gbk.decode("gbk") == utf8.decode("utf-8")
    assert newsclean.parse(gbk).to_dict() == newsclean.parse(utf8).to_dict()


def test_golden_bin_pages_are_not_utf8() -> None:
    for p in PAGES.glob("*.bin"):
        with pytest.raises(UnicodeDecodeError):
            p.read_bytes().decode("utf-8")


def test_golden_json_is_canonical() -> None:
    """The JSON files are written with ensure_ascii=False, indent=2 and a final newline."""
    for p in PAGES.glob("*.json"):
        text = p.read_text(encoding="utf-8")
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n", p.name


def test_golden_seed_invariants() -> None:
    """What the brief says a reader sees on the seed page, checked on the hand-written JSON."""
    exp = _expected("seed")
    arts = exp["articles"]
    assert len(arts) == 8
    assert all(a["kicker"] is None for a in arts)
    assert [a["dateline"] for a in arts[:6]] == ["江门日报讯"] * 6
    text = json.dumps(exp, ensure_ascii=False)
    for kept in ("24.41万元", "60778.13元", "2.5公斤", "BA.5", "“5+2”", "大数据+网格化"):
        assert kept in text
    for split in ("最强大脑”", "汇报。", "对于一些", "他强调，经促部门", "黎妙燕"):
        assert split in text
    body = "".join(b["text"] for a in arts for b in a["blocks"])
    assert not any(c in body for c in ",;?!():")
