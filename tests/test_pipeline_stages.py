"""pipeline._parse: the stages the benchmark times are those of parse() itself."""

from __future__ import annotations

from pathlib import Path

from newsclean import parse, pipeline
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
