"""Tests for newsclean.normalize: the case file, each fixer, both modes, and properties."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.model import Step
from newsclean.normalize import (
    collapse_cjk_spaces,
    curl_quotes,
    fix_cjk_punct,
    fix_dashes,
    fix_ellipsis,
    fix_line_breaks,
    fix_odd_spaces,
    fix_sentence_period,
    looks_folded,
    narrow_alnum,
    normalize,
    normalize_and_explain,
    pangu_space,
    remove_control_chars,
    widen_cjk_punct,
)
from newsclean.options import Options

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "fixtures" / "cases" / "normalize.txt"


def _load_casefile() -> ModuleType:
    # tests/ is not a package and importlib mode keeps it off sys.path: load by file path
    name = "newsclean_tests_casefile"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("casefile.py"))
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


casefile = _load_casefile()


def _case_params() -> list[object]:
    params: list[object] = []
    for case in casefile.read_cases(CASES):
        marks = [pytest.mark.xfail(strict=True, reason="known failure")] if case.xfail else []
        params.append(pytest.param(case.input, case.expected, id=case.id, marks=marks))
    return params


# --- the case file ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), _case_params())
def test_case(text: str, expected: str) -> None:
    assert normalize(text) == expected
    assert normalize(expected) == expected  # the expected output is itself a fixed point


def test_case_file_is_large_and_well_formed() -> None:
    cases = casefile.read_cases(CASES)
    assert len(cases) >= 60
    assert len({c.id for c in cases}) == len(cases)
    assert all(c.id.startswith("normalize/") for c in cases)


def test_read_cases_format(tmp_path: Path) -> None:
    f = tmp_path / "demo.txt"
    f.write_text("## First Part\n\na\n\nb\n.\nc\n.\n\n!fail\nx\n.\ny\n.\n", encoding="utf-8")
    cases = casefile.read_cases(f)
    assert [(c.id, c.input, c.expected, c.xfail) for c in cases] == [
        ("demo/first-part_001", "a\n\nb", "c", False),
        ("demo/first-part_002", "x", "y", True),
    ]
    f.write_text("## s\na\n.\nb\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not closed"):
        casefile.read_cases(f)


# --- one fixer at a time ----------------------------------------------------------------------


def test_fix_line_breaks() -> None:
    assert fix_line_breaks("一\r\n二\r三\u2028四\u2029五\x85六") == "一\n二\n三\n四\n五\n六"
    assert fix_line_breaks("一\n\n二") == "一\n\n二"
    # CR CR LF is CRLF converted twice on its way through Windows: one break, no blank line
    assert fix_line_breaks("一\r\r\n二\r\n\r\n三") == "一\n二\n\n三"
    # two lone CRs are two breaks (old Mac text): a blank line
    assert fix_line_breaks("一\r\r二") == "一\n\n二"


def test_remove_control_chars() -> None:
    assert remove_control_chars("\ufeff疫\u200b情\u200d防\u2060控\u00ad") == "疫情防控"
    assert remove_control_chars("工\x00作\x1b\x7f\x9b") == "工作"
    assert remove_control_chars("\t缩进\n下一行") == "\t缩进\n下一行"


def test_fix_odd_spaces() -> None:
    assert fix_odd_spaces("A\u00a0B\u2003C\u202fD\u205fE") == "A B C D E"
    assert fix_odd_spaces("\u3000\u3000正文") == "\u3000\u3000正文"


def test_narrow_alnum() -> None:
    assert narrow_alnum("ＢＡ．５") == "BA.5"
    assert narrow_alnum("２０２２年７月１５日") == "2022年7月15日"
    assert narrow_alnum("ｐｙｔｈｏｎ３．１１") == "python3.11"
    assert narrow_alnum("，（）：；！？。") == "，（）：；！？。"  # punctuation is never folded
    assert narrow_alnum("全文完．") == "全文完．"


def test_fix_sentence_period() -> None:
    assert fix_sentence_period("会议结束.") == "会议结束。"
    assert fix_sentence_period('会议结束."') == '会议结束。"'
    assert fix_sentence_period("会议结束.\n下一段") == "会议结束。\n下一段"
    assert fix_sentence_period("增长2.5个百分点,BA.5") == "增长2.5个百分点,BA.5"
    assert fix_sentence_period("访问新浪.com") == "访问新浪.com"


def test_widen_cjk_punct() -> None:
    assert widen_cjk_punct("来(返)江海区") == "来（返）江海区"
    assert widen_cjk_punct("(记者/何榕)") == "（记者/何榕）"
    assert widen_cjk_punct("函数f(x)的值") == "函数f(x)的值"
    assert widen_cjk_punct("what?!好的") == "what？！好的"
    assert widen_cjk_punct("比分3:1") == "比分3:1"
    assert widen_cjk_punct("时间:10:30") == "时间：10:30"
    assert widen_cjk_punct("“好”,他说") == "“好”，他说"
    assert widen_cjk_punct(",,,,") == ",,,,"


def test_curl_quotes() -> None:
    assert curl_quotes('"好的"') == "“好的”"
    assert curl_quotes("'好的'") == "‘好的’"
    assert curl_quotes('说:"今天') == "说:“今天"
    assert curl_quotes('今天"') == "今天”"
    assert curl_quotes('“好的"') == "“好的”"
    assert curl_quotes('"ok" and "fine"') == '"ok" and "fine"'
    assert curl_quotes("Xi'an的天气") == "Xi'an的天气"


def test_fix_ellipsis() -> None:
    assert fix_ellipsis("未知...") == "未知……"
    assert fix_ellipsis("未知......") == "未知……"
    assert fix_ellipsis("未知。。。") == "未知……"
    assert fix_ellipsis("未知…") == "未知……"
    assert fix_ellipsis("未知……") == "未知……"
    assert fix_ellipsis("and so on...") == "and so on..."


def test_fix_dashes() -> None:
    assert fix_dashes("流调人--致敬") == "流调人——致敬"
    assert fix_dashes("流调人—致敬") == "流调人——致敬"
    assert fix_dashes("流调人——致敬") == "流调人——致敬"
    assert fix_dashes("流调人-致敬") == "流调人——致敬"
    assert fix_dashes("低至-5℃") == "低至-5℃"
    assert fix_dashes("5-10人") == "5-10人"


def test_fix_cjk_punct_joint() -> None:
    # the quote makes the comma Chinese and the comma the quote: solved together, in one call
    assert fix_cjk_punct('"a",好') == "“a”，好"
    assert fix_cjk_punct('好(1):"a"') == "好（1）：“a”"


def test_collapse_cjk_spaces() -> None:
    assert collapse_cjk_spaces("疫 情 防 控") == "疫情防控"
    assert collapse_cjk_spaces("番 禺 15 名") == "番禺15名"
    assert collapse_cjk_spaces("今年共有 15 名志愿者") == "今年共有 15 名志愿者"
    assert collapse_cjk_spaces("A 股\t行情 Python\t3.11") == "A 股行情 Python 3.11"
    assert collapse_cjk_spaces("（记者/何榕　见习记者/郑凯瑜）") == "（记者/何榕 见习记者/郑凯瑜）"
    assert collapse_cjk_spaces("\u3000\u3000正文  \n  第二行") == "正文\n第二行"


def test_pangu_space_is_opt_in() -> None:
    text = "变异株BA.5为"
    assert normalize(text) == text
    assert normalize(text, options=Options(pangu_spacing=True)) == "变异株 BA.5 为"
    assert pangu_space("变异株 BA.5 为") == "变异株 BA.5 为"


# --- keep_layout ------------------------------------------------------------------------------


def test_keep_layout_only_fixes_characters() -> None:
    page = "　　江门日报讯(记者/何榕)ＢＡ．５,\r\n疫 情  防 控\u2028\u00a0最后一行 \n"
    out = normalize(page, keep_layout=True)
    assert out == "　　江门日报讯(记者/何榕)BA.5,\n疫 情  防 控\n 最后一行 \n"
    assert out.count("\n") == 3
    assert out.count(" ") == page.count(" ") + 1  # the NBSP became a space, nothing else
    assert out.count("\u3000") == page.count("\u3000")


def test_keep_layout_steps() -> None:
    _, steps = normalize_and_explain("一\r\n二ＡＢ", keep_layout=True)
    assert [s.action for s in steps] == ["fix_line_breaks", "narrow_alnum"]
    assert steps[1].lines == (2, 2)


# --- explain ----------------------------------------------------------------------------------


def test_explain_reports_only_fixers_that_changed() -> None:
    text = "第一行没有问题。\n第二行,有 问题."
    out, steps = normalize_and_explain(text)
    assert out == normalize(text) == "第一行没有问题。\n第二行，有问题。"
    assert all(isinstance(s, Step) and s.stage == "normalize" for s in steps)
    assert [s.action for s in steps] == [
        "fix_sentence_period",
        "fix_cjk_punct",
        "collapse_cjk_spaces",
    ]
    assert all(s.lines == (2, 2) for s in steps)
    assert steps[1].detail == "1 change (punct 1)"


def test_explain_on_clean_text_is_empty() -> None:
    text = "区委常委会会议召开，研究部署疫情防控工作。"
    assert normalize_and_explain(text) == (text, ())


# --- looks_folded -----------------------------------------------------------------------------


def test_looks_folded() -> None:
    folded = "江门日报讯(记者/何榕)7月15日,区委书记主持会议,传达学习精神;研究部署工作:一是防反弹。"
    assert looks_folded(folded)
    assert not looks_folded(normalize(folded))
    assert not looks_folded("He said, (really): yes; no!")
    assert not looks_folded("")


# --- properties -------------------------------------------------------------------------------

_PIECES = [
    *"疫情防控工作区委书记江门日报讯何榕",
    *",;:?!().\"'-—…/+",
    *"0123456789ABafx",
    *"，。、“”‘’（）《》：",
    " ",
    "  ",
    "\u3000",
    "\t",
    "\n",
    "\r\n",
    "\u00a0",
    "\u200b",
    "...",
    "--",
    "１",
    "Ａ",
    "．",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
_TOKENS = ["24.41", "60778.13", "1,700", "10:30", "3:1", "BA.5", "http://a.cn/x?y=1", "a.b@x.com"]


def _han(text: str) -> Counter[str]:
    return Counter(regex.findall(r"\p{Han}", text))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=150, deadline=None)
@given(texts)
def test_idempotent_with_pangu(text: str) -> None:
    opts = Options(pangu_spacing=True)
    once = normalize(text, options=opts)
    assert normalize(once, options=opts) == once


@settings(max_examples=150, deadline=None)
@given(texts)
def test_keep_layout_idempotent_and_keeps_lines_and_spaces(text: str) -> None:
    out = normalize(text, keep_layout=True)
    assert normalize(out, keep_layout=True) == out
    lines = len(regex.split("\r\n|[\r\n\u2028\u2029\x85]", text))
    assert out.count("\n") == lines - 1
    assert out.count(" ") == text.count(" ") + text.count("\u00a0")
    assert out.count("\u3000") == text.count("\u3000")
    assert out.count("\t") == text.count("\t")


@settings(max_examples=200, deadline=None)
@given(texts)
def test_han_preserved(text: str) -> None:
    assert _han(normalize(text)) == _han(text)
    assert _han(normalize(text, keep_layout=True)) == _han(text)


@settings(max_examples=200, deadline=None)
@given(texts, st.sampled_from(_TOKENS), st.sampled_from(["汉", " ", "，"]), texts)
def test_numbers_urls_survive(before: str, token: str, sep: str, after: str) -> None:
    out = normalize(before + sep + token + sep + after)
    assert token in out
