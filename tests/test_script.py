"""Tests for parse(script=...): Simplified <-> Traditional output, names left as printed.

The pages are small excerpts written by hand for these tests (not devset pages).
"""

from __future__ import annotations

import pytest

from newsclean import Article, Options, detect_script, parse

# A Traditional page: title, dateline and credits, two paragraphs.
TRADITIONAL_PAGE = (
    "區委常委會會議召開 部署疫情防控工作\n"
    "\n"
    "本報訊(記者 陳嬋 通訊員 余志堅)7月15日,區委書記聶加偉主持召開區委常委會會議。"
    "會議強調,要堅持人民至上、生命至上,鞏固疫情防控成果。\n"
    "\n"
    "余志堅表示,全區上下要繼續發揚連續作戰的作風。\n"
)
# The same page in Simplified characters; the second paragraph has words that Taiwan
# writes differently (软件 -> 軟體, 网络 -> 網路 with s2twp; 軟件, 網絡 with s2t).
SIMPLIFIED_PAGE = (
    "区委常委会会议召开 部署疫情防控工作\n"
    "\n"
    "本报讯(记者 陈婵 通讯员 余志坚)7月15日,区委书记聂加伟主持召开区委常委会会议。"
    "会议强调,要坚持人民至上、生命至上,巩固疫情防控成果。\n"
    "\n"
    "余志坚表示,要加快软件和网络基础设施建设,发扬连续作战的作风。\n"
)

SIMPLIFIED_TITLE = "区委常委会会议召开 部署疫情防控工作"
TRADITIONAL_TITLE = "區委常委會會議召開 部署疫情防控工作"
SIMPLIFIED_LEAD = (
    "7月15日，区委书记聂加伟主持召开区委常委会会议。"
    "会议强调，要坚持人民至上、生命至上，巩固疫情防控成果。"
)
TRADITIONAL_LEAD = (
    "7月15日，區委書記聶加偉主持召開區委常委會會議。"
    "會議強調，要堅持人民至上、生命至上，鞏固疫情防控成果。"
)


def _article(data: str | bytes, **options: object) -> Article:
    doc = parse(data, **options)
    assert len(doc.articles) == 1
    return doc.articles[0]


def _texts(article: Article) -> list[str]:
    return [article.title, *(b.text for b in article.blocks)]


# ---------------------------------------------------------------- the excerpts themselves


def test_excerpts_are_in_the_script_they_claim() -> None:
    assert detect_script(TRADITIONAL_PAGE) == "traditional"
    assert detect_script(SIMPLIFIED_PAGE) == "simplified"


# ---------------------------------------------------------------- simplified


def test_script_simplified_converts_a_traditional_page() -> None:
    a = _article(TRADITIONAL_PAGE, script="simplified")
    assert a.title == SIMPLIFIED_TITLE
    assert [b.text for b in a.blocks] == [
        SIMPLIFIED_LEAD,
        "余志堅表示，全区上下要继续发扬连续作战的作风。",  # the credited name as printed
    ]
    for text in _texts(a):
        assert detect_script(text.replace("余志堅", "")) in ("simplified", "unknown")


def test_script_simplified_converts_big5_bytes() -> None:
    a = _article(TRADITIONAL_PAGE.encode("big5"), script="simplified")
    assert a.title == SIMPLIFIED_TITLE
    assert a.blocks[0].text == SIMPLIFIED_LEAD


def test_script_simplified_leaves_a_simplified_page_as_it_is() -> None:
    assert _article(SIMPLIFIED_PAGE, script="simplified") == _article(SIMPLIFIED_PAGE)


def test_script_can_be_given_in_options() -> None:
    a = _article(TRADITIONAL_PAGE, options=Options(script="simplified"))
    assert a == _article(TRADITIONAL_PAGE, script="simplified")


# ---------------------------------------------------------------- traditional


def test_script_traditional_converts_a_simplified_page() -> None:
    a = _article(SIMPLIFIED_PAGE, script="traditional")
    assert a.title == TRADITIONAL_TITLE
    assert [b.text for b in a.blocks] == [
        TRADITIONAL_LEAD,
        "余志坚表示，要加快軟件和網絡基礎設施建設，發揚連續作戰的作風。",
    ]


def test_script_traditional_is_s2t() -> None:
    assert _article(SIMPLIFIED_PAGE, script="traditional") == _article(
        SIMPLIFIED_PAGE, script="s2t"
    )


# ---------------------------------------------------------------- OpenCC configs


def test_script_opencc_config_s2twp_uses_taiwan_words() -> None:
    a = _article(SIMPLIFIED_PAGE, script="s2twp")
    assert a.title == TRADITIONAL_TITLE
    assert a.blocks[1].text == "余志坚表示，要加快軟體和網路基礎設施建設，發揚連續作戰的作風。"


@pytest.mark.parametrize(
    ("config", "lead"),
    [
        ("t2s", SIMPLIFIED_LEAD),
        ("tw2s", SIMPLIFIED_LEAD),
        ("hk2s", SIMPLIFIED_LEAD),
    ],
)
def test_script_opencc_config_to_simplified(config: str, lead: str) -> None:
    a = _article(TRADITIONAL_PAGE, script=config)
    assert (a.title, a.blocks[0].text) == (SIMPLIFIED_TITLE, lead)


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk", "s2twp"])
def test_script_opencc_config_to_traditional(config: str) -> None:
    a = _article(SIMPLIFIED_PAGE, script=config)
    assert a.title == TRADITIONAL_TITLE
    assert a.credits[1].name == "余志坚"


# ---------------------------------------------------------------- keep


@pytest.mark.parametrize("page", [TRADITIONAL_PAGE, SIMPLIFIED_PAGE])
def test_script_keep_leaves_the_text_alone(page: str) -> None:
    kept = parse(page, script="keep")
    assert kept == parse(page)  # "keep" is the default
    a = kept.articles[0]
    printed = page.replace(",", "，")  # normalization widens ASCII commas, nothing else
    for text in _texts(a):
        assert text in printed


def test_script_keep_leaves_mixed_text_alone() -> None:
    page = "區委常委會會議召開\n\n本报讯 区委书记主持召开會議。\n"
    a = _article(page, script="keep")
    assert a.title == "區委常委會會議召開"
    assert a.blocks[0].text.endswith("区委书记主持召开會議。")


# ---------------------------------------------------------------- names are protected


def test_script_s2t_keeps_credited_names() -> None:
    a = _article(SIMPLIFIED_PAGE, script="s2t")
    assert [(c.role, c.name) for c in a.credits] == [("記者", "陈婵"), ("通訊員", "余志坚")]
    # The credited name is kept wherever it appears in the article, not 餘志堅.
    assert a.blocks[1].text.startswith("余志坚表示")
    assert "餘志堅" not in "".join(_texts(a))


def test_script_t2s_keeps_credited_names() -> None:
    a = _article(TRADITIONAL_PAGE, script="t2s")
    assert [(c.role, c.name) for c in a.credits] == [("记者", "陳嬋"), ("通讯员", "余志堅")]
    assert a.blocks[1].text.startswith("余志堅表示")


@pytest.mark.parametrize(
    ("page", "script", "dateline"),
    [
        (SIMPLIFIED_PAGE, "traditional", "本报讯"),
        (TRADITIONAL_PAGE, "simplified", "本報訊"),
    ],
)
def test_script_keeps_the_dateline_as_printed(page: str, script: str, dateline: str) -> None:
    # Options: "Names in credits and datelines are never converted."
    assert _article(page, script=script).dateline == dateline


def test_script_converts_a_name_that_is_not_credited() -> None:
    # Only credited names are protected: the same name in an uncredited article is text.
    page = "区委常委会会议召开\n\n本报讯 余志坚表示，要发扬连续作战的作风。\n"
    a = _article(page, script="s2t")
    assert "餘志堅" in a.blocks[0].text


# ---------------------------------------------------------------- invalid values


@pytest.mark.parametrize("script", ["bogus", "S2T", "", "zh-hant"])
def test_script_invalid_value_is_a_clear_error(script: str) -> None:
    with pytest.raises(ValueError, match=r"unknown script conversion") as err:
        parse(SIMPLIFIED_PAGE, script=script)
    message = str(err.value)
    assert repr(script) in message
    for valid in ("keep", "simplified", "traditional", "s2twp"):
        assert valid in message


def test_script_invalid_value_is_an_error_on_a_page_without_articles() -> None:
    with pytest.raises(ValueError, match=r"unknown script conversion"):
        parse("", script="bogus")


def test_script_converts_page_furniture_and_leftovers_too() -> None:
    page = "聯合報 2025年9月28日 星期日 A09 綜合\n\n區領導檢查疫情防控工作\n\n本報訊 昨天，會議召開。\n\n巾幗不讓鬚眉\n"
    doc = parse(page, script="simplified")
    assert doc.furniture == ("联合报 2025年9月28日 星期日 A09 综合",)
    assert [lo.text for lo in doc.leftovers] == ["巾帼不让须眉"]
    assert doc.articles[0].title == "区领导检查疫情防控工作"
