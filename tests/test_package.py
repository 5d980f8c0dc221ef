"""Packaging: version, public names, the py.typed marker."""

from __future__ import annotations

import importlib.metadata
from importlib.resources import files

import newsclean


def test_version_matches_metadata() -> None:
    assert newsclean.__version__ == importlib.metadata.version("newsclean")


def test_all_names_exist() -> None:
    missing = [n for n in newsclean.__all__ if not hasattr(newsclean, n)]
    assert missing == []
    assert len(set(newsclean.__all__)) == len(newsclean.__all__)


def test_all_covers_the_stages() -> None:
    stages = {"decode", "normalize", "split_lines", "find_blocks", "classify", "group_articles"}
    assert stages | {"parse", "Document", "NewscleanError"} <= set(newsclean.__all__)


def test_errors_share_a_base() -> None:
    assert issubclass(newsclean.DecodeError, newsclean.NewscleanError)
    assert issubclass(newsclean.UnsupportedInputError, newsclean.NewscleanError)


def test_py_typed_ships() -> None:
    assert files("newsclean").joinpath("py.typed").is_file()
    dist = importlib.metadata.distribution("newsclean")
    shipped = {str(f) for f in dist.files or ()}
    # editable installs list a .pth instead of the files; then the source tree must have it
    assert "newsclean/py.typed" in shipped or any(f.endswith(".pth") for f in shipped)
