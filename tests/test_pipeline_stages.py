"""pipeline._parse: the stages the benchmark times are those of parse() itself."""

from __future__ import annotations

from pathlib import Path

from newsclean import Document, parse, pipeline
from newsclean.options import DEFAULT_OPTIONS

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "pages" / "seed.txt"


def test_laps_come_once_per_stage_in_order() -> None:
    laps: list[str] = []
    doc = pipeline._parse(SEED.read_bytes(), DEFAULT_OPTIONS, laps.append)
    assert tuple(laps) == pipeline.STAGES
    assert doc.to_json(meta=True) == parse(SEED.read_bytes()).to_json(meta=True)


def test_text_input_laps_too() -> None:
    laps: list[str] = []
    pipeline._parse("标题在此\n\n本报讯(记者 李明)昨天,会议召开。\n", DEFAULT_OPTIONS, laps.append)
    assert tuple(laps) == pipeline.STAGES


_PAGE = """青溪日报 2024年6月3日 星期一 A05 经济

夏季果蔬供应充足
——全市主要农贸市场走访见闻

□文/图 记者 戴明远

进入六月，本地蔬菜和时令水果大量上市。连日来，记者走访城区多家农贸市场和超市发现，果蔬品种丰富，供应充足，价格总体平稳。

城北农贸市场里人头攒动。摊主邹建华说，今年本地蔬菜上市比往年早了一周左右，每天清晨五点就有菜农送货上门，最新鲜的菜不到中午就卖完了。

市农业农村局相关负责人表示，全市今年夏季蔬菜种植面积稳定在十二万亩以上，预计总产量可满足市民日常需求。进入汛期后，相关部门已建立应急调运机制，确保极端天气下蔬菜供应不断档、价格不大起大落。

两条公交线路今起调整

本报讯（通讯员 林启航 记者 戴明远）记者6月2日从市公交集团获悉，为方便滨河新区居民出行，12路和25路公交线路自6月3日起调整走向。

调整后，12路延伸至湿地公园北门，25路增设滨河驿站、体育中心两个站点，首末班时间保持不变。市公交集团提醒，乘客可通过小程序查询车辆实时位置。

据了解，市公交集团今年还将新开三条社区微循环线路，优化十余条既有线路，进一步提高公交站点五百米覆盖率，方便市民就近乘车。

责任编辑：何思远
"""


def test_a_page_whose_line_breaks_were_lost_reads_as_the_page() -> None:
    # text gathered into one field upstream: every line break became a space
    flat = parse(" ".join(_PAGE.split()))
    page = parse(_PAGE)
    assert flat.meta["flattened"]
    assert not page.meta["flattened"]
    assert [w.action for w in flat.warnings] == ["flattened"]

    def view(doc: Document) -> list[tuple[object, ...]]:
        return [
            (a.title, a.subtitle, a.dateline, a.credits, [b.text for b in a.blocks])
            for a in doc.articles
        ]

    assert view(flat) == view(page)
    assert "责任编辑：何思远" in flat.furniture
