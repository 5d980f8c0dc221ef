"""The ``newsclean`` command, run in-process through ``main`` (plus one run of each entry point)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from contract import ARTICLE_KEYS, CONTRACT_KEYS

from newsclean.cli import main

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
SMALL = "标题在此\n\n本报讯(记者 李明)昨天,会议召开。\n"


class _Stdin:
    """A stand-in for sys.stdin with a binary ``.buffer``."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)

    def read(self) -> str:
        return self.buffer.read().decode("utf-8")


@pytest.fixture
def page(tmp_path: Path) -> Path:
    p = tmp_path / "page.txt"
    p.write_text(SMALL, encoding="utf-8")
    return p


def _check_contract(doc: dict[str, object]) -> None:
    assert set(doc) >= set(CONTRACT_KEYS)
    for a in doc["articles"]:  # type: ignore[attr-defined]
        assert set(a) >= set(ARTICLE_KEYS)
        for b in a["blocks"]:
            assert b["type"] in ("paragraph", "intertitle", "caption")


def test_main_parse_json(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(page), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    doc = json.loads(out)
    _check_contract(doc)
    a = doc["articles"][0]
    assert (a["title"], a["dateline"]) == ("标题在此", "本报讯")
    assert a["credits"] == [{"role": "记者", "name": "李明"}]
    assert a["blocks"] == [{"type": "paragraph", "text": "昨天，会议召开。"}]
    assert err == ""


def test_main_parse_json_of_the_seed_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(PAGES / "seed.txt")]) == 0
    doc = json.loads(capsys.readouterr().out)
    _check_contract(doc)
    assert len(doc["articles"]) >= 7


def test_main_parse_jsonl(page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text("另一标题\n\n本报讯 今天，天气晴。\n", encoding="utf-8")
    assert main(["parse", str(page), str(other), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    docs = [json.loads(line) for line in lines]
    assert [d["source"] for d in docs] == [str(page), str(other)]
    for d in docs:
        _check_contract(d)


def test_main_parse_markdown(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(page), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "# 标题在此" in out
    assert "昨天，会议召开。" in out


def test_main_parse_text(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(page), "--format", "text"]) == 0
    assert capsys.readouterr().out == "标题在此\n昨天，会议召开。\n"


def test_main_parse_output_file(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    assert main(["parse", str(page), "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    _check_contract(json.loads(out.read_text(encoding="utf-8")))


def test_main_parse_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(SMALL.encode("utf-8")))
    assert main(["parse", "-"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["articles"][0]["title"] == "标题在此"


def test_main_parse_stdin_gbk(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin((PAGES / "byline_gbk.bin").read_bytes()))
    assert main(["parse", "-"]) == 0
    doc = json.loads(capsys.readouterr().out)
    expected = json.loads((PAGES / "byline_gbk.json").read_text(encoding="utf-8"))
    assert [a["title"] for a in doc["articles"]] == [a["title"] for a in expected["articles"]]
    assert doc["articles"][0]["credits"] == expected["articles"][0]["credits"]
    assert doc["articles"][0]["blocks"] == expected["articles"][0]["blocks"]


def test_main_parse_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["parse", str(empty)]) == 0
    assert json.loads(capsys.readouterr().out) == {"articles": [], "furniture": [], "leftovers": []}


@pytest.mark.parametrize(
    ("name", "data"),
    [("scan.pdf", b"%PDF-1.7\n1 0 obj\n"), ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")],
)
def test_main_parse_binary_junk_fails_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes
) -> None:
    junk = tmp_path / name
    junk.write_bytes(data)
    assert main(["parse", str(junk)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1
    assert str(junk) in err
    assert "Traceback" not in err


def test_main_parse_strict_rejects_undecodable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("区委常委会会议召开".encode() + b"\xff\xfe\x80\x81" + "研究部署".encode())
    assert main(["parse", str(bad), "--strict"]) == 1
    err = capsys.readouterr().err
    assert str(bad) in err
    assert "Traceback" not in err


def test_main_parse_replace_is_the_default_for_undecodable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("区委常委会会议召开".encode() + b"\xff" + "研究部署工作。".encode())
    assert main(["parse", str(bad)]) == 0
    json.loads(capsys.readouterr().out)


def test_main_parse_mixed_encodings_keeps_every_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a UTF-8 page with a GBK page appended: both read right, strict or not, and said so
    mixed = tmp_path / "mixed.txt"
    first = "标题在此\n\n本报讯（记者 李明）昨天，会议召开。\n\n"
    second = "区委常委会会议召开\n\n本报讯 7月15日，区委书记主持召开会议。\n"
    mixed.write_bytes(first.encode() + second.encode("gbk"))
    expected = "标题在此\n昨天，会议召开。\n\n区委常委会会议召开\n7月15日，区委书记主持召开会议。\n"
    for strict in ([], ["--strict"]):
        assert main(["parse", str(mixed), "--format", "text", *strict]) == 0
        assert capsys.readouterr().out == expected
    assert main(["parse", str(mixed), "--meta"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [(w["action"], w["detail"]) for w in doc["warnings"]] == [
        ("mixed-encodings", "mixed encodings, decoded line by line: 2 lines UTF-8, 2 lines GB18030")
    ]


def test_main_parse_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["parse", str(missing)]) == 1
    err = capsys.readouterr().err
    assert str(missing) in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["parse"],
        ["frobnicate"],
        ["parse", "x.txt", "--format", "xml"],
        ["parse", "--nope", "x"],
        ["parse", "x.txt", "--script", "bogus"],
        ["parse", "x.txt", "--encoding", "rot13"],
    ],
)
def test_main_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2
    assert capsys.readouterr().err


def test_main_batch_with_one_bad_file(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good2 = tmp_path / "good2.txt"
    good2.write_text("另一标题\n\n本报讯 今天，天气晴。\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"%PDF-1.4\n")
    assert main(["parse", str(page), str(bad), str(good2), "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["source"] for d in docs] == [str(page), str(bad), str(good2)]
    assert "error" in docs[1]
    assert docs[0]["articles"]
    assert docs[2]["articles"]
    assert len(err.splitlines()) == 1
    assert str(bad) in err


def test_main_batch_json_is_a_list(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert main(["parse", str(page), str(bad), str(page)]) == 1
    docs = json.loads(capsys.readouterr().out)
    assert isinstance(docs, list)
    # the failed input is a record of its own, in its place, as in JSONL
    assert [sorted(d) for d in docs][1] == ["error", "source"]
    assert docs[0]["articles"] == docs[2]["articles"]


def test_main_normalize_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("江门日报讯(记者/何榕)7月15日,区委书记主持召开会议.\n".encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["normalize"]) == 0
    assert capsys.readouterr().out == "江门日报讯（记者/何榕）7月15日，区委书记主持召开会议。\n"


def test_main_normalize_reads_gbk_whatever_the_locale(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = "区委书记主持召开会议(一),研究部署工作.\n".encode("gbk")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="ascii"))
    assert main(["normalize"]) == 0
    assert capsys.readouterr().out == "区委书记主持召开会议（一），研究部署工作。\n"
    (tmp_path / "p.txt").write_bytes(data)
    assert main(["normalize", str(tmp_path / "p.txt")]) == 0
    assert capsys.readouterr().out == "区委书记主持召开会议（一），研究部署工作。\n"


def test_main_parse_unwritable_output_is_one_line_and_exit_1(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(page), "-o", str(tmp_path / "no" / "dir" / "out.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "cannot write" in err


def test_main_parse_stdin_twice_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "-", "-"]) == 2
    assert "stdin" in capsys.readouterr().err


def test_main_normalize_file(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", str(page)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("标题在此\n")
    assert "本报讯（记者" in out
    assert "）昨天，会议召开。" in out


def test_main_version(capsys: pytest.CaptureFixture[str]) -> None:
    import newsclean

    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert newsclean.__version__ in capsys.readouterr().out


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def test_console_script_runs(page: Path) -> None:
    exe = Path(sys.executable).with_name("newsclean")
    if not exe.exists():
        pytest.skip(f"no console script next to {sys.executable}")
    r = subprocess.run(
        [str(exe), "parse", str(page), "--format", "json"],
        capture_output=True,
        check=False,
        env=_env(),
    )
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    assert json.loads(r.stdout.decode("utf-8"))["articles"][0]["title"] == "标题在此"


def test_python_dash_m_runs(page: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "newsclean", "parse", str(page), "--format", "text"],
        capture_output=True,
        check=False,
        env=_env(),
    )
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    assert r.stdout.decode("utf-8") == "标题在此\n昨天，会议召开。\n"


def test_main_normalize_reports_a_pdf_and_goes_on(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert main(["normalize", str(pdf), str(page)]) == 1
    out, err = capsys.readouterr()
    assert err.startswith(f"newsclean: {pdf}: ")
    assert out.startswith("标题在此\n")  # the file after it was still normalized
