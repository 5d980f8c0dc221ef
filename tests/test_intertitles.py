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
