"""Hypothesis strategies for newspaper text: Han runs, CJK punctuation, page lines, pages.

Import with ``from strategies import page`` (``tests/conftest.py`` puts tests/ on sys.path).
"""

from __future__ import annotations

from hypothesis import strategies as st

# A small, frequent alphabet keeps generated text plausible and lets bigrams repeat, so the
# topic scorer in rejoin has something to work with.
HAN = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下"
    "过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都"
    "两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重"
    "新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想"
    "已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知"
    "较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研质队报疫防控街道"
)
PUNCT_FULL = "，。、；：？！“”‘’（）《》—…"
PUNCT_ASCII = ",;:?!()"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡"
GIVEN = "明华伟芳敏静丽强磊军洋勇艳杰娟涛超秀霞平刚桂英榕婵溪燕慧"


def han_text(min_size: int = 1, max_size: int = 20) -> st.SearchStrategy[str]:
    """A run of common Han characters."""
    return st.text(alphabet=HAN, min_size=min_size, max_size=max_size)


def cjk_punct(*, ascii_folded: bool = True) -> st.SearchStrategy[str]:
    """One Chinese punctuation mark, or (if ``ascii_folded``) its ASCII fold."""
    alphabet = PUNCT_FULL + (PUNCT_ASCII if ascii_folded else "")
    return st.sampled_from(alphabet)


def person_name() -> st.SearchStrategy[str]:
    """A plausible two- or three-character Chinese name."""
    return st.builds(
        lambda s, g: s + g,
        st.sampled_from(SURNAMES),
        st.text(alphabet=GIVEN, min_size=1, max_size=2),
    )


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """Clauses of Han text joined by commas, ended by a full stop (ASCII or not)."""
    clauses = draw(st.lists(han_text(2, 12), min_size=1, max_size=4))
    comma = draw(st.sampled_from("，,、；"))
    end = draw(st.sampled_from("。。。！？!?"))
    body = comma.join(clauses)
    if draw(st.booleans()):
        k = draw(st.integers(0, len(body)))
        body = body[:k] + "“" + draw(han_text(2, 6)) + "”" + body[k:]
    if draw(st.booleans()):
        body += draw(st.sampled_from(["24.41万元", "BA.5", "2.5公斤", "7月15日", "“5+2”"]))
    return body + end


def headline() -> st.SearchStrategy[str]:
    """A short line with no sentence inside it, sometimes of two parts."""
    return st.one_of(
        han_text(4, 16),
        st.builds(lambda a, b: f"{a} {b}", han_text(4, 10), han_text(4, 10)),
        st.builds(lambda a, b: f"{a}——{b}", han_text(4, 10), han_text(4, 10)),
    )


@st.composite
def lead(draw: st.DrawFn) -> str:
    """A lead paragraph: dateline, credits in brackets, then sentences."""
    dateline = draw(st.sampled_from(["江门日报讯", "本报讯", "新华社北京7月15日电 "]))
    open_, close = draw(st.sampled_from([("(", ")"), ("（", "）")]))
    role = draw(st.sampled_from(["记者/", "记者 ", "通讯员/", "见习记者/"]))
    credit = f"{open_}{role}{draw(person_name())}{close}" if "电" not in dateline else ""
    return dateline + credit + "".join(draw(st.lists(sentence(), min_size=1, max_size=3)))


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    """Body text: one or more sentences, optionally indented."""
    indent = draw(st.sampled_from(["", "", "\u3000\u3000", "  "]))
    return indent + "".join(draw(st.lists(sentence(), min_size=1, max_size=4)))


@st.composite
def byline(draw: st.DrawFn) -> str:
    """A credits-only line: ``□文/图 江门日报记者 X`` or ``通讯员 Y``."""
    shape = draw(st.sampled_from(["□文/图 江门日报记者 {}", "通讯员 {}", "记者 {} 通讯员 {}"]))
    return shape.format(draw(person_name()), draw(person_name()))


def furniture() -> st.SearchStrategy[str]:
    """A page header or footer line."""
    return st.sampled_from(
        [
            "江门日报 2022年7月16日 星期六 A2 江海新闻",
            "责任编辑：王芳",
            "A05",
            "2025年9月28日 星期日 A09 综合",
            "校对：李明",
        ]
    )


def jump() -> st.SearchStrategy[str]:
    """A jump note: （上接第1版） / （下转A4版）."""
    return st.builds(
        lambda d, p: f"（{d}{p}版）",
        st.sampled_from(["上接", "下转", "接上", "转"]),
        st.sampled_from(["A1", "第1", "A4", "3", "第12"]),
    )


def newspaper_line() -> st.SearchStrategy[str]:
    """One line of a page, of any of the shapes a page is made of."""
    return st.one_of(
        headline(),
        lead(),
        paragraph(),
        byline(),
        furniture(),
        jump(),
        st.just(""),
        sentence(),  # a short line alone: caption-like
    )


@st.composite
def page(draw: st.DrawFn, *, max_lines: int = 25) -> str:
    """A page: lines of newspaper shapes, blank lines between some of them, maybe cut mid-line."""
    lines = draw(st.lists(newspaper_line(), min_size=0, max_size=max_lines))
    if lines and draw(st.booleans()):
        # cut one line in two across a blank line, as a column break does
        i = draw(st.integers(0, len(lines) - 1))
        k = draw(st.integers(0, len(lines[i])))
        lines[i : i + 1] = [lines[i][:k], "", lines[i][k:]]
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
    text = sep.join(lines)
    if draw(st.booleans()):
        text += "\n"
    return text


@st.composite
def structured_page(draw: st.DrawFn) -> str:
    """A well-formed page: articles of headline, lead and paragraphs, blank-line separated."""
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        parts.append(draw(headline()))
        if draw(st.booleans()):
            parts.append(draw(byline()))
            parts += draw(st.lists(paragraph(), min_size=1, max_size=3))
        else:
            parts.append(draw(lead()))
            parts += draw(st.lists(paragraph(), min_size=0, max_size=3))
    return "\n\n".join(p.strip() for p in parts) + "\n"
