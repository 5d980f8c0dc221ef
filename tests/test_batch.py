"""The batch side of ``newsclean parse``: many inputs, processes, JSONL, resume, stdin."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from newsclean.batch import expand_inputs, ordered_map
from newsclean.cli import main

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "pages" / "seed.txt"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


def _page(n: int) -> bytes:
    """A small page of its own: a headline and the seed's first paragraphs, varied by n."""
    paras = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    body = "\n\n".join(paras[1 + n % 3 : 4 + n % 3])
    return f"第{n}条新闻标题\n\n{body}\n".encode()


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """``pages/`` with four UTF-8 pages (one in a subdirectory), a GBK ``.bin`` and a note."""
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    for i, name in enumerate(["b.txt", "a.txt", "sub/c.txt"]):
        (root / name).write_bytes(_page(i))
    (root / "d.bin").write_bytes(_page(3).decode("utf-8").encode("gbk"))
    (root / "notes.md").write_text("not a page", encoding="utf-8")
    return root


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def _jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_expand_inputs_walks_directories_sorted_and_skips_other_files(pages: Path) -> None:
    found = list(expand_inputs([str(pages)]))
    assert found == [str(pages / n) for n in ["a.txt", "b.txt", "d.bin", "sub/c.txt"]]


def test_expand_inputs_expands_globs_and_keeps_stdin(pages: Path) -> None:
    found = list(expand_inputs([str(pages / "*.txt"), "-"]))
    assert found == [str(pages / "a.txt"), str(pages / "b.txt"), "-"]


def test_expand_inputs_keeps_a_glob_without_match_to_report_it(tmp_path: Path) -> None:
    assert list(expand_inputs([str(tmp_path / "*.txt")])) == [str(tmp_path / "*.txt")]


def test_parse_single_input_prints_one_json_object(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(["parse", str(pages / "a.txt"), "--format", "json"], capsys)
    doc = json.loads(out)
    assert status == 0
    assert isinstance(doc, dict)
    assert doc["articles"][0]["title"] == "第1条新闻标题"
    assert "source" not in doc


def test_parse_directory_as_json_gives_an_array_with_sources(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(["parse", str(pages)], capsys)
    docs = json.loads(out)
    assert status == 0
    assert [d["source"] for d in docs] == list(expand_inputs([str(pages)]))
    assert docs[2]["articles"][0]["title"] == "第3条新闻标题"  # the GBK page


def test_parse_glob_as_jsonl(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(["parse", str(pages / "*.txt"), "-f", "jsonl"], capsys)
    records = _jsonl(out)
    assert status == 0
    assert err == ""
    assert [r["source"] for r in records] == [str(pages / "a.txt"), str(pages / "b.txt")]
    assert all(r["articles"] for r in records)


def test_parse_jobs_2_output_identical_to_jobs_1(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(8):
        (pages / f"more{i}.txt").write_bytes(_page(i + 4))
    outputs = {}
    for fmt in ("jsonl", "json", "markdown"):
        for jobs in ("1", "2"):
            status, out, _ = _run(["parse", str(pages), "-f", fmt, "--jobs", jobs], capsys)
            assert status == 0
            outputs[fmt, jobs] = out
        assert outputs[fmt, "1"] == outputs[fmt, "2"]
    assert len(_jsonl(outputs["jsonl", "1"])) == 12


def test_parse_failing_input_gives_error_line_and_exit_1(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = pages / "c0.bin"
    bad.write_bytes(PDF)
    missing = pages / "missing.txt"
    status, out, err = _run(["parse", str(pages), str(missing), "-f", "jsonl", "-j", "2"], capsys)
    records = _jsonl(out)
    assert status == 1
    assert len(records) == 6
    by_source = {r["source"]: r for r in records}
    assert set(by_source[str(bad)]) == {"source", "error"}
    assert "PDF" in by_source[str(bad)]["error"]
    assert set(by_source[str(missing)]) == {"source", "error"}
    assert sum("articles" in r for r in records) == 4
    assert err.splitlines()[0].startswith(f"newsclean: {bad}: ")
    assert "PDF" in err.splitlines()[0]
    assert err.splitlines()[1].startswith(f"newsclean: {missing}: ")


def test_parse_failing_single_input_prints_nothing_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(PDF)
    status, out, err = _run(["parse", str(bad)], capsys)
    assert (status, out) == (1, "")
    assert err.startswith(f"newsclean: {bad}: input looks like a PDF file")


def test_parse_resume_skips_done_inputs_and_appends(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "out.jsonl"
    full = tmp_path / "full.jsonl"
    assert main(["parse", str(pages), "-f", "jsonl", "-o", str(full)]) == 0
    first_two = full.read_text(encoding="utf-8").splitlines(keepends=True)[:2]
    # a killed run: two complete lines and a cut one
    out_file.write_text("".join(first_two) + '{"source": "cut', encoding="utf-8")
    status, out, _ = _run(["parse", str(pages), "--resume", "-o", str(out_file)], capsys)
    assert (status, out) == (0, "")
    assert out_file.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    # nothing left to do: nothing appended
    assert main(["parse", str(pages), "--resume", "-o", str(out_file), "-f", "jsonl"]) == 0
    assert out_file.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_parse_resume_needs_output(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse", str(pages), "--resume"])
    assert exc.value.code == 2
    assert "--resume needs -o" in capsys.readouterr().err


def test_parse_quiet_writes_nothing_on_stderr(
    pages: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _, _, err = _run(["parse", str(pages), "-f", "jsonl", "--quiet"], capsys)
    assert err == ""
    _, _, err = _run(["parse", str(pages), "-f", "jsonl"], capsys)
    assert "4/4" in err  # the progress counter, shown on a terminal only


def test_parse_no_progress_when_stderr_is_not_a_terminal(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, err = _run(["parse", str(pages), "-f", "jsonl"], capsys)
    assert err == ""


def test_parse_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data = _page(7).decode("utf-8").encode("gb18030")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, out, _ = _run(["parse", "-", "-f", "jsonl"], capsys)
    (record,) = _jsonl(out)
    assert status == 0
    assert record["source"] == "-"
    assert record["articles"][0]["title"] == "第7条新闻标题"


def test_parse_output_file(pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    status, out, _ = _run(["parse", str(pages / "a.txt"), "-o", str(target)], capsys)
    assert (status, out) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8"))["articles"]


def test_parse_no_inputs_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    status, out, err = _run(["parse", str(empty)], capsys)
    assert (status, out) == (1, "")
    assert "no input files" in err


def test_ordered_map_keeps_order_with_processes() -> None:
    assert list(ordered_map(abs, range(-50, 0), jobs=2, ahead=3)) == list(range(50, 0, -1))


def test_parse_same_file_twice_in_a_copy_has_its_own_source(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.txt"
    shutil.copy(pages / "a.txt", copy)
    _, out, _ = _run(["parse", str(pages / "a.txt"), str(copy), "-f", "jsonl"], capsys)
    first, second = _jsonl(out)
    assert first.pop("source") != second.pop("source")
    assert first == second


def test_parse_refuses_output_that_is_an_input(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = pages / "a.txt"
    before = page.read_bytes()
    status, _, err = _run(["parse", str(page), "-o", str(page)], capsys)
    assert status == 2
    assert "is also an input" in err
    assert page.read_bytes() == before  # not emptied
    status, _, _ = _run(["parse", str(pages), "-o", str(pages / "b.txt")], capsys)
    assert status == 2


def test_parse_resume_keeps_a_complete_last_line_without_newline(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full = tmp_path / "full.jsonl"
    assert main(["parse", str(pages), "-f", "jsonl", "-o", str(full)]) == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    out_file = tmp_path / "out.jsonl"
    # the second record is whole but its newline was never written: it is redone, not lost
    out_file.write_text(lines[0] + lines[1].rstrip("\n"), encoding="utf-8")
    status, _, _ = _run(["parse", str(pages), "--resume", "-o", str(out_file)], capsys)
    assert status == 0
    assert out_file.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_parse_resume_into_a_directory_is_one_error_line(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(["parse", str(pages), "--resume", "-o", str(tmp_path)], capsys)
    assert (status, out) == (1, "")
    assert err.startswith(f"newsclean: {tmp_path}: cannot resume")


def test_parse_directory_of_one_page_is_still_an_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "only.txt").write_bytes(_page(1))
    for arg in (str(tmp_path), str(tmp_path / "*.txt")):
        _, out, _ = _run(["parse", arg], capsys)
        (doc,) = json.loads(out)
        assert doc["source"] == str(tmp_path / "only.txt")


def test_parse_glob_matching_a_directory_walks_it(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(["parse", str(pages / "s*"), "-f", "jsonl"], capsys)
    assert status == 0
    assert [r["source"] for r in _jsonl(out)] == [str(pages / "sub" / "c.txt")]


def test_output_is_utf8_whatever_the_locale(pages: Path, tmp_path: Path) -> None:
    import subprocess

    page = tmp_path / "emoji.txt"
    page.write_bytes("第1条新闻标题\n\n天气晴好😀，市民出游。\n".encode())
    env = {"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "gbk", "LC_ALL": "C"}
    for cmd in (["parse", str(page)], ["normalize", str(page)]):
        run = subprocess.run(
            [sys.executable, "-m", "newsclean", *cmd], capture_output=True, env=env, check=False
        )
        assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
        assert "😀" in run.stdout.decode("utf-8")
