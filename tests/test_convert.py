"""Tests for newsclean.convert: OpenCC conversion, protected spans, script detection."""

from __future__ import annotations

import pytest

from newsclean.convert import CONFIGS, convert_script, detect_script, get_converter


@pytest.mark.parametrize(
    ("text", "to", "expected"),
    [
        ("区委常委会会议召开", "s2t", "區委常委會會議召開"),
        ("区委常委会会议召开", "traditional", "區委常委會會議召開"),
        ("區委常委會會議召開", "t2s", "区委常委会会议召开"),
        ("區委常委會會議召開", "simplified", "区委常委会会议召开"),
        ("发布会在江门举行", "s2t", "發佈會在江門舉行"),
        ("软件和网络", "s2twp", "軟體和網路"),  # Taiwan phrases
        ("鼠標", "hk2s", "鼠标"),
        ("今天天气很好", "keep", "今天天气很好"),
        ("", "s2t", ""),
        ("ABC 123", "t2s", "ABC 123"),
    ],
)
def test_conversion(text: str, to: str, expected: str) -> None:
    assert convert_script(text, to=to) == expected


def test_round_trip_of_a_sentence() -> None:
    text = "7月15日，区委书记主持召开区委常委会会议，研究部署疫情防控工作。"
    assert convert_script(convert_script(text, to="s2t"), to="t2s") == text


def test_names_are_converted_without_protection() -> None:
    for config in ("s2t", "s2tw", "s2hk"):
        assert convert_script("余志坚", to=config) == "餘志堅"


def test_protect_keeps_names() -> None:
    text = "区人大常委会主任余志坚、政协副主席邹德昌列席会议。"
    out = convert_script(text, to="s2t", protect=("余志坚", "邹德昌"))
    assert out == "區人大常委會主任余志坚、政協副主席邹德昌列席會議。"


def test_protect_edge_cases() -> None:
    assert convert_script("余志坚", to="s2t", protect=("余志坚",)) == "余志坚"
    assert convert_script("余志坚说余志坚", to="s2t", protect=("余志坚",)) == "余志坚說余志坚"
    assert convert_script("会议", to="s2t", protect=("",)) == "會議"
    assert convert_script("会议", to="s2t", protect=("不在文中",)) == "會議"
    # overlapping protections: the longer one wins
    out = convert_script("记者余志坚报道", to="s2t", protect=("余志", "余志坚"))
    assert out == "記者余志坚報道"
    assert convert_script("a.b*c 会", to="s2t", protect=("a.b*c",)) == "a.b*c 會"


def test_protect_with_keep() -> None:
    assert convert_script("余志坚", to="keep", protect=("余志坚",)) == "余志坚"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区委常委会会议召开，研究部署疫情防控工作", "simplified"),
        ("區委常委會會議召開，研究部署疫情防控工作", "traditional"),
        ("立法會議員選舉將於明年舉行", "traditional"),
        ("区委常委会会议召开 區委常委會會議召開", "mixed"),
        ("人民 2020", "unknown"),
        ("Hello, world!", "unknown"),
        ("", "unknown"),
        ("乾隆年间，这里是著名的商埠。", "simplified"),  # 乾 and 著 are Simplified too
        ("干涉、皇后、公里", "unknown"),  # 干 后 里 are Traditional too
        ("他幹了一件大事", "traditional"),
    ],
)
def test_detect_script(text: str, expected: str) -> None:
    assert detect_script(text) == expected


def test_detect_script_with_a_few_stray_characters() -> None:
    simplified = "区委常委会会议召开，研究部署疫情防控工作。" * 10
    assert detect_script(simplified + "區") == "simplified"
    traditional = convert_script(simplified, to="s2t")
    assert detect_script(traditional + "区") == "traditional"


def test_converter_is_cached() -> None:
    assert get_converter("s2t") is get_converter("s2t")
    assert get_converter("traditional") is get_converter("s2t")
    assert get_converter("simplified") is get_converter("t2s")


@pytest.mark.parametrize("bad", ["s2x", "zh-hant", "S2T", ""])
def test_bad_config(bad: str) -> None:
    with pytest.raises(ValueError, match="valid: keep, simplified, traditional") as err:
        convert_script("会议", to=bad)
    assert "s2t" in str(err.value)


def test_configs_listed() -> None:
    for name in ("s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "t2tw"):
        assert name in CONFIGS
