"""rejoin: joining paragraph halves, mid-sentence starts, choosing the article a block joins."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import RawBlock, rejoin
from newsclean.rejoin import Profile, choose_stream, join_texts, starts_mid_sentence


def _choose(
    text: str, streams: list[_Stream], last: _Stream | None, page: list[str], **kw: Any
) -> tuple[_Stream, str]:
    """choose_stream for ``text`` (a block at line 10) on a page of ``page`` and ``text``."""
    df = rejoin.Background(page if text in page else [*page, text])
    return choose_stream(text, RawBlock(text, (10, 10)), streams, last, df=df, **kw)


@dataclass
class _Stream:
    profile: Profile = field(default_factory=Profile)
    open: bool = False
    name: str = ""
    touched: int = 0

    @property
    def tail(self) -> str:
        return self.last_text if self.open else ""

    last_text: str = ""


def _stream(name: str, *texts: str, open_: bool = False, touched: int = 0) -> _Stream:
    s = _Stream(open=open_, name=name, touched=touched, last_text=texts[-1] if texts else "")
    for t in texts:
        s.profile.add(t)
    return s


# ----------------------------------------------------------------------------- join_texts
def test_join_texts_cut_inside_a_quotation() -> None:
    assert join_texts("流调溯源是疫情控制的“最强", "大脑”，讲求快速。") == (
        "流调溯源是疫情控制的“最强大脑”，讲求快速。"
    )


def test_join_texts_cut_inside_a_name() -> None:
    assert join_texts("她与今年刚入职江海疾控的黎妙", "燕、巫丹，组成") == (
        "她与今年刚入职江海疾控的黎妙燕、巫丹，组成"
    )


def test_join_texts_after_a_comma() -> None:
    assert join_texts("他强调，", "经促部门要做好工作。") == "他强调，经促部门要做好工作。"


def test_join_texts_space_only_between_latin_words() -> None:
    assert join_texts("使用Python", "is fine") == "使用Python is fine"
    assert join_texts("变异株BA.", "5为最强") == "变异株BA.5为最强"
    assert join_texts("共24", "万元") == "共24万元"


def test_join_texts_empty_halves() -> None:
    assert join_texts("", "正文。") == "正文。"
    assert join_texts("正文", "") == "正文"


# ----------------------------------------------------------------------------- starts_mid
@pytest.mark.parametrize(
    "text",
    [
        "燕、巫丹，组成“江海流调姐妹花”",
        "，会议召开。",
        "杂，奥密克戎BA.5正在成为",
        "报。近期，面对",
    ],
)
def test_starts_mid_sentence_clear_continuations(text: str) -> None:
    assert starts_mid_sentence(text) == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "近日，区委书记聂加伟",
        "“你这几天都去过哪？”",
        "7月7日，在市委、市政府",
        "2022年，全区",
        "据了解，",
    ],
)
def test_starts_mid_sentence_fresh_starts_score_low(text: str) -> None:
    assert starts_mid_sentence(text) < 0.5


def test_starts_mid_sentence_undecided_in_between() -> None:
    score = starts_mid_sentence("经促部门要做好疫情防控")
    assert 0.1 < score < 1.0


def test_starts_mid_sentence_two_chars_and_comma_can_open() -> None:
    # 当天，/ 其间， open paragraphs: not a continuation
    assert starts_mid_sentence("当天，调研组一行") < 1.0
    assert starts_mid_sentence("其间，已怀孕6个月") < 1.0


def test_starts_mid_sentence_empty() -> None:
    assert 0.0 <= starts_mid_sentence("") <= 1.0


# ----------------------------------------------------------------------------- choose_stream
FLU = "流调溯源指挥中心流调人员连续作战，流调队伍快速开展流调溯源，流调人员昼夜不息。"
CHARITY = "区慈善会派发暖心包，慈善会募集捐款，暖心包包含米面和口罩，慈善会感谢爱心捐赠。"


def test_choose_stream_follows_an_open_paragraph() -> None:
    flu = _stream("flu", FLU, open_=True)
    charity = _stream("charity", CHARITY)
    text = "燕、巫丹，组成流调姐妹花，快速开展流调溯源。"
    best, _ = _choose(text, [flu, charity], charity, [FLU, CHARITY])
    assert best is flu


def test_choose_stream_stays_with_last_for_a_fresh_paragraph() -> None:
    flu = _stream("flu", FLU)
    charity = _stream("charity", CHARITY)
    text = "截至目前，区慈善会共募集捐款，累计派发暖心包4882个。"
    best, reason = _choose(text, [flu, charity], charity, [FLU, CHARITY])
    assert best is charity
    assert reason == ""


def test_choose_stream_moves_by_topic_and_says_why() -> None:
    flu = _stream("flu", FLU)
    charity = _stream("charity", CHARITY)
    text = "流调人员通过电话询问流调对象，流调溯源指挥中心灯火通明，流调队伍连续作战。"
    best, reason = _choose(text, [flu, charity], charity, [FLU, CHARITY])
    assert best is flu
    assert reason


FILLERS = (
    "区总工会送清凉，慰问便民健康服务站守门员，送去绿豆汤和防暑药品。",
    "江海区舞蹈家协会创作抗疫舞蹈作品，文艺工作者用作品致敬一线。",
    "区领导带队到鹤山调研人才工作，学习先进经验，推进人才强区。",
)


def _far_and_near(text: str) -> tuple[_Stream, _Stream, list[_Stream]]:
    """The flu article, then three others, then the charity article that took the last block."""
    flu = _stream("flu", FLU, touched=1)
    others = [_stream(f"o{i}", t, touched=2 + i) for i, t in enumerate(FILLERS)]
    charity = _stream("charity", CHARITY, touched=9)
    return flu, charity, [flu, *others, charity]


def test_choose_stream_needs_more_topic_to_go_further_back() -> None:
    # a weak topical tie to an article four articles back does not outweigh reading order
    text = "流调队伍的流调人员昼夜不息，慈善会送来口罩。"
    flu, charity, streams = _far_and_near(text)
    best, _ = _choose(text, streams, charity, [FLU, CHARITY, *FILLERS])
    assert best is charity
    # the same block right after the flu article goes back to it
    flu.touched = 8
    best, _ = _choose(text, streams, charity, [FLU, CHARITY, *FILLERS])
    assert best is flu


def test_choose_stream_strong_topic_reaches_far_back() -> None:
    text = "流调人员通过电话询问流调对象，流调溯源指挥中心灯火通明，流调队伍连续作战。"
    flu, charity, streams = _far_and_near(text)
    best, reason = _choose(text, streams, charity, [FLU, CHARITY, *FILLERS])
    assert best is flu
    assert reason


def test_choose_stream_single_stream() -> None:
    only = _stream("only", FLU)
    text = "完全无关的内容。"
    best, _ = _choose(text, [only], None, [])
    assert best is only


def test_choose_stream_leaves_a_word_cut_for_the_block_that_completes_it() -> None:
    # two paragraphs cut at column ends; the block after them could continue either, but the
    # one cut inside a word (…领域提) waits for the block that completes it (供专业支撑…)
    spring = _stream("spring", "今年的春节天气偏冷，记者走进村里的住宅楼和超市，过年", open_=True, touched=1)
    trade = _stream("trade", "推介会上，专家们就产业研究、招商引资等领域提", open_=True, touched=2)
    text = "期间，大家正琢磨着发展特色农业、生态农业……"
    nxt = "供专业支撑，并就重点产业项目研判等事项出谋划策。"
    page = [spring.last_text, trade.last_text, text, nxt]
    best, _ = _choose(text, [spring, trade], trade, page, upcoming=[nxt])
    assert best is spring
    best, _ = _choose(nxt, [spring, trade], trade, page)
    assert best is trade


def test_word_across() -> None:
    assert rejoin.word_across("听取相关工作汇", "报。近期")
    assert not rejoin.word_across("听取相关工作汇", "")
    assert not rejoin.word_across("", "报。")


def test_join_texts_fixes_a_mark_left_ascii_at_the_cut() -> None:
    # normalized alone, "占64%;" had nothing after its ";" to say it is Chinese
    assert join_texts("来自香港的占64%;", "远高于其他地区") == "来自香港的占64%；远高于其他地区"
    assert join_texts("版本号为3.11", "，已经发布") == "版本号为3.11，已经发布"


@given(st.text(alphabet="流调人员，a 本报讯（）", max_size=30), st.data())
def test_background_cut_from_gives_the_bigrams_of_the_piece(
    whole: str, data: st.DataObject
) -> None:
    # any piece of a page's text: its bigrams taken from the whole's are the ones it has
    start = data.draw(st.integers(0, len(whole)))
    part = whole[start : data.draw(st.integers(start, len(whole)))]
    df = rejoin.Background([whole])
    df.cut_from(part, whole)
    assert df._pairs_of(part) == rejoin._pairs(part)
