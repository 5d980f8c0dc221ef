"""Warnings, not silence: what parse could not do well is listed with its line span."""

from __future__ import annotations

from pathlib import Path

import newsclean

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


def _warnings(data: str | bytes, **options: str) -> list[tuple[str, tuple[int, int]]]:
    return [(w.action, w.lines) for w in newsclean.parse(data, **options).warnings]


def test_replacement_characters_are_reported_on_their_lines() -> None:
    data = "标题在此\n\n本报讯 昨天，会议召开。\n".encode() + b"\xff\x80\xfe\xe4\xbd\n"
    assert ("replaced", (4, 4)) in _warnings(data)


def test_clean_bytes_give_no_decode_warning() -> None:
    assert _warnings("标题在此\n\n本报讯 昨天，会议召开。\n".encode()) == []


def test_article_without_a_headline_is_reported() -> None:
    assert ("no-headline", (1, 1)) in _warnings("本报讯 昨天，会议召开。\n")


def test_orphan_intertitle_at_the_end_is_reported() -> None:
    text = "区领导检查疫情防控工作\n\n本报讯 昨天，会议召开。\n\n巾帼不让须眉\n"
    doc = newsclean.parse(text)
    assert [lo.text for lo in doc.leftovers] == ["巾帼不让须眉"]
    assert ("orphan", (5, 5)) in [(w.action, w.lines) for w in doc.warnings]


def test_warnings_are_in_the_meta_dict() -> None:
    d = newsclean.parse("本报讯 昨天，会议召开。\n").to_dict(meta=True)
    assert d["warnings"][0]["action"] == "no-headline"
    assert d["warnings"][0]["lines"] == [1, 1]


def test_replacement_characters_already_in_the_input_are_reported() -> None:
    text = "标题在此\r\n\r\n本报讯 昨天\ufffd会议召开。\r\n"
    assert ("replacement-in-input", (3, 3)) in _warnings(text)


def test_lone_surrogates_in_a_str_are_replaced_and_reported() -> None:
    doc = newsclean.parse("标题在此\n\n本报讯 昨天\ud800会议召开。\n", script="simplified")
    assert "\ufffd" in doc.articles[0].blocks[0].text
    assert [(w.action, w.lines) for w in doc.warnings] == [("replaced", (3, 3))]
    doc.to_json()  # writable: no surrogate is left


def test_a_lead_without_a_headline_is_reported_once() -> None:
    assert [a for a, _ in _warnings("本报讯 昨天，会议召开。\n")] == ["no-headline"]


def test_text_and_markdown_keep_the_leftovers() -> None:
    doc = newsclean.parse("区领导检查疫情防控工作\n\n本报讯 昨天，会议召开。\n\n巾帼不让须眉\n")
    assert doc.to_text().endswith("\n\n巾帼不让须眉\n")
    assert "- 巾帼不让须眉" in doc.to_markdown()


def test_a_forced_encoding_that_gives_no_chinese_is_reported() -> None:
    gbk = (PAGES / "byline_gbk.bin").read_bytes()
    assert "suspect-encoding" in [a for a, _ in _warnings(gbk, encoding="big5")]
    assert "suspect-encoding" not in [a for a, _ in _warnings(gbk, encoding="gbk")]
    utf8 = (PAGES / "seed.txt").read_bytes()
    assert "suspect-encoding" in [a for a, _ in _warnings(utf8, encoding="utf-16")]
