"""Options refuse bad values with a clear ValueError naming the option, never a traceback later."""

from __future__ import annotations

from typing import Any

import pytest

import newsclean
from newsclean import Options

PAGE = "标题在此\n\n本报讯 昨天，会议召开。\n"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("max_title_chars", None),
        ("max_title_chars", "48"),
        ("max_title_chars", 0),
        ("join_threshold", float("nan")),
        ("join_threshold", "0.5"),
        ("join_threshold", 5),
        ("join_threshold", -0.1),
        ("explain", "yes"),
        ("pangu_spacing", 1),
        ("errors", "ignore"),
        ("script", None),
        ("script", "simplfied"),  # a typo fails here, not on every record of a batch
        ("encoding", 5),
        ("encoding", "rot13"),
    ],
)
def test_bad_option_is_a_value_error_naming_it(field: str, value: Any) -> None:
    with pytest.raises(ValueError, match=field):
        Options(**{field: value})
    with pytest.raises(ValueError, match=field):
        newsclean.parse(PAGE, **{field: value})


@pytest.mark.parametrize("encoding", ["rot13", "base64", "zlib", "idna", "nonexistent"])
def test_encoding_that_is_not_a_text_codec_is_refused(encoding: str) -> None:
    with pytest.raises(ValueError, match="encoding"):
        newsclean.parse(PAGE.encode(), encoding=encoding)


def test_good_options_pass() -> None:
    doc = newsclean.parse(PAGE.encode("gbk"), encoding="GBK", join_threshold=0, explain=True)
    assert doc.articles[0].title == "标题在此"
