"""Warnings, not silence: what parse could not do well is listed with its line span."""

from __future__ import annotations

import newsclean


def _warnings(data: str | bytes) -> list[tuple[str, tuple[int, int]]]:
    return [(w.action, w.lines) for w in newsclean.parse(data).warnings]


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
