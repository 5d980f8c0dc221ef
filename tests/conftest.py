"""Shared test configuration: hypothesis profiles, the ``--update-goldens`` option, paths.

Profiles: ``dev`` (the default, ~50 examples) and ``ci`` (~300 examples); pick one with the
environment variable ``HYPOTHESIS_PROFILE``. Neither has a deadline: no test here asserts
anything about time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
PAGES = ROOT / "fixtures" / "pages"

# --import-mode=importlib does not put tests/ on sys.path; the helper modules live there.
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

settings.register_profile(
    "dev",
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite fixtures/pages/*.json from the current output instead of comparing "
        "(read the git diff before committing: the goldens are hand-checked truth)",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    """Whether ``--update-goldens`` was given."""
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture
def pages_dir() -> Path:
    """``fixtures/pages``: golden pages and their hand-written JSON."""
    return PAGES


@pytest.fixture
def seed_bytes() -> bytes:
    """The raw bytes of the seed page."""
    return (PAGES / "seed.txt").read_bytes()


@pytest.fixture(autouse=True, scope="session")
def _private_lexicon_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests (and the processes they start) cache jieba's word list in a temporary directory,
    never in the user's ~/.cache."""
    if "NEWSCLEAN_CACHE_DIR" not in os.environ:
        os.environ["NEWSCLEAN_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
