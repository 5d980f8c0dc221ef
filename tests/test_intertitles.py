"""Intertitle or headline: what a heading's surroundings say, on whole hand-made pages."""

from __future__ import annotations

import newsclean

# Paragraph-per-line e-paper text: a blank line between blocks, an intertitle set right on top
# of its text. The 港口 story is cut (…码头工人表示，) and finished after the other story's
# intertitle section.
_PAGE = """\
江门港口吞吐量再创新高

本报讯 今年以来，江门港口吞吐量持续增长，集装箱运输尤为活跃。

港口负责人介绍，新码头投入使用后，船舶平均等待时间缩短了一半。

乡村书屋办到家门口

本报讯 近日，蓬江区又有十家乡村书屋开门迎客，村民在家门口就能借书。

书屋管理员说，开放第一周就借出了三百多本书。

在码头作业区，一位在港口开了二十年吊车的码头工人表示，

夜读成了新习惯
“以前晚上没地方去，现在天天来看书。”村民李大伯说。

不少家长也带着孩子来书屋做作业，书屋的灯常常亮到晚上九点。

新码头让装卸一船货比过去快了整整一天。
"""


def test_heading_on_top_of_its_text_is_an_intertitle_of_the_right_article() -> None:
    doc = newsclean.parse(_PAGE)
    titles = [a.title for a in doc.articles]
    assert titles == ["江门港口吞吐量再创新高", "乡村书屋办到家门口"]
    port, books = doc.articles
    assert [(b.type.value, b.text[:6]) for b in books.blocks] == [
        ("paragraph", "近日，蓬江区"),
        ("paragraph", "书屋管理员说"),
        ("intertitle", "夜读成了新习"),
        ("paragraph", "“以前晚上没"),
        ("paragraph", "不少家长也带"),
    ]
    # the cut paragraph is whole again, across the other story's section
    assert port.blocks[-1].text == (
        "在码头作业区，一位在港口开了二十年吊车的码头工人表示，新码头让装卸一船货比过去快了整整一天。"
    )


def test_heading_with_a_blank_line_under_it_still_opens_an_article() -> None:
    page = _PAGE.replace("夜读成了新习惯\n", "夜读成了新习惯\n\n")
    titles = [a.title for a in newsclean.parse(page).articles]
    assert "夜读成了新习惯" in titles


# A paragraph cut inside a word (…在上午的外|交部…) at a column end, its first half alone like a
# headline, finished after a picture and a whole other story.
_FAR_CUT_PAGE = """\
两岸青年篮球赛在厦门开幕

本报讯 第五届两岸青年篮球邀请赛昨日在厦门开幕，来自两岸高校和社区的十六支球队将在五天里进行四十多场比赛。

组委会负责人林晓东在上午的外

开幕式现场。（资料图片）

社区食堂让老人吃上热饭

本报讯 记者日前走访市区多个社区发现，价格实惠、菜式丰富的社区食堂越来越受附近老人的欢迎。

食堂负责人说，每天中午来吃饭的老人有两百多位，不少子女也专门为父母办了饭卡。

交部例行记者会上介绍，本届比赛期间还将安排两岸青年参观鼓浪屿等地，开展多场交流活动。
"""


def test_headline_like_line_finished_far_on_inside_a_word_is_a_paragraph() -> None:
    doc = newsclean.parse(_FAR_CUT_PAGE)
    assert [a.title for a in doc.articles] == ["两岸青年篮球赛在厦门开幕", "社区食堂让老人吃上热饭"]
    game = doc.articles[0]
    paras = [b.text for b in game.blocks if b.type.value == "paragraph"]
    assert paras[-1] == (
        "组委会负责人林晓东在上午的外交部例行记者会上介绍，本届比赛期间还将安排两岸青年参观鼓浪屿等地，开展多场交流活动。"
    )


def test_a_title_ending_in_a_whole_word_stays_a_title() -> None:
    # 开工 is a word: 工|作 across the cut proves nothing
    page = _FAR_CUT_PAGE.replace("组委会负责人林晓东在上午的外", "新体育馆项目正式开工").replace(
        "交部例行记者会上介绍，", "作人员介绍，"
    )
    titles = [a.title for a in newsclean.parse(page).articles]
    assert "新体育馆项目正式开工" in titles


def test_a_paragraph_opening_with_a_word_that_begins_with_a_particle_follows_an_intertitle() -> None:
    # 过 is a particle, but 过去，… opens a sentence: the heading over it ends no cut paragraph
    page = (
        "老旧小区加装电梯提速\n\n"
        "本报讯 3月5日，记者从区住建局获悉，今年全区计划新装电梯120台。\n\n"
        "审批时间缩短一半\n\n"
        "过去，加装一部电梯要跑多个部门，审批少则三个月。今年起，区里推行“一窗受理”。\n\n"
        "东湖小区8栋是今年第一批开工的楼栋之一。\n"
    )
    (art,) = newsclean.parse(page).articles
    assert [(b.type.value, b.text[:4]) for b in art.blocks] == [
        ("paragraph", "3月5日"),
        ("intertitle", "审批时间"),
        ("paragraph", "过去，加"),
        ("paragraph", "东湖小区"),
    ]
