"""The ``newsclean`` command: ``parse`` pages (one, or a batch in N processes), ``normalize`` text.

A batch is streamed: inputs are parsed in order with a bounded number in flight, and each
result is written as soon as it and every input before it are done, so the output is the same
bytes whatever ``--jobs`` is and memory does not grow with the number of inputs.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO, TypeVar

from . import __version__
from .convert import get_converter
from .decode import check_encoding, decode, mixed_note
from .errors import NewscleanError
from .model import Document
from .normalize import normalize
from .options import Options
from .pipeline import parse

__all__ = ["FORMATS", "PAGE_SUFFIXES", "expand_inputs", "main", "parse_record"]

FORMATS = ("json", "jsonl", "markdown", "text")
PAGE_SUFFIXES = (".txt", ".bin")
STDIN = "-"
_AHEAD_PER_JOB = 4  # inputs in flight per worker process: enough to keep them busy, no more

_T = TypeVar("_T")
_R = TypeVar("_R")


# ------------------------------------------------------------------------------ arguments



def _encoding(value: str) -> str:
    """argparse type: a codec that is not a text encoding is a usage error (exit 2)."""
    try:
        check_encoding(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    return value


def _script(value: str) -> str:
    """argparse type: a bad --script is a usage error (exit 2), caught before any input."""
    if value != "keep":
        try:
            get_converter(value)
        except ValueError as e:
            raise argparse.ArgumentTypeError(str(e)) from None
    return value

def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean, structured articles from the raw text of Chinese newspaper pages.",
    )
    p.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    pp = sub.add_parser("parse", help="parse pages into articles")
    pp.add_argument(
        "inputs", nargs="+", metavar="FILE", help="files, directories, globs; - = stdin"
    )
    pp.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help="json (default: one file's document; an array of {source, ...} records, errors "
        "included, for several inputs, a directory or a glob), jsonl (one line per input, "
        "errors included), markdown, text",
    )
    pp.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    pp.add_argument(
        "--encoding", type=_encoding, help="decode input with this codec instead of detecting one"
    )
    pp.add_argument("--strict", action="store_true", help="fail on undecodable bytes")
    pp.add_argument(
        "--script",
        default="keep",
        type=_script,
        help="keep (default), simplified, traditional, or an OpenCC config",
    )
    pp.add_argument("--meta", action="store_true", help="add line spans, encoding and warnings")
    pp.add_argument("--explain", action="store_true", help="add the trace of what was changed")
    pp.add_argument(
        "--jobs", "-j", type=int, default=1, help="parse in N processes (0 = one per CPU)"
    )
    pp.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    pp.add_argument(
        "--resume",
        action="store_true",
        help="with -o OUT.jsonl: skip inputs whose source is already in OUT, append the rest",
    )
    pn = sub.add_parser("normalize", help="normalize text from stdin (or files) to stdout")
    pn.add_argument("inputs", nargs="*", metavar="FILE")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 an input failed, 2 usage)."""
    parser = _parser()
    args = parser.parse_args(argv)
    _utf8_stdout()
    try:
        if args.command == "normalize":
            return _normalize(args)
        _check_parse_args(parser, args)
        return _parse(args)
    except BrokenPipeError:
        # the reader went away (newsclean ... | head): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


def _utf8_stdout() -> None:
    """Write UTF-8 whatever the locale: JSON and Chinese text must not depend on LANG, and a
    console in GBK or ASCII would otherwise raise on the first character it lacks."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and (sys.stdout.encoding or "").lower().replace("-", "") != "utf8":
        # a stream that cannot change its codec now is left as it is
        with contextlib.suppress(ValueError, OSError):
            reconfigure(encoding="utf-8")


def _check_parse_args(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Fill in the format and reject combinations that make no sense (exit 2)."""
    if args.resume:
        if not args.output:
            parser.error("--resume needs -o OUT.jsonl")
        if args.format not in (None, "jsonl"):
            parser.error("--resume works with --format jsonl only")
        args.format = "jsonl"
    args.format = args.format or "json"
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per CPU) or more")
    if args.jobs == 0:
        args.jobs = os.cpu_count() or 1


def _options(args: argparse.Namespace) -> Options:
    return Options(
        encoding=args.encoding,
        errors="strict" if args.strict else "replace",
        script=args.script,
        explain=args.explain,
    )


# ------------------------------------------------------------------------------ normalize


def _normalize(args: argparse.Namespace) -> int:
    """Read bytes and decode them as parse does (UTF-8, GBK, Big5 ...), whatever the locale."""
    status = 0
    sources = args.inputs or [STDIN]
    for path in sources:
        try:
            data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
            decoded = decode(data, errors="replace")
        except (OSError, NewscleanError) as e:
            _report(path, str(e))
            status = 1
            continue
        if decoded.mixed:
            _report(path, mixed_note(decoded.mixed))
        if decoded.replaced:
            _report(path, f"{decoded.replaced} undecodable characters replaced with U+FFFD")
        sys.stdout.write(normalize(decoded.text))
    return status


# ------------------------------------------------------------------------------ inputs


def expand_inputs(inputs: Sequence[str]) -> Iterator[str]:
    """Yield files as given, directories walked for page files (sorted), globs expanded.

    ``-`` (stdin) is kept; a glob that matches nothing is yielded as it is, so that it is
    reported as an input that could not be read rather than silently dropped.
    """
    for item in inputs:
        if item == STDIN:
            yield item
        elif os.path.isdir(item):
            yield from _walk(item)
        elif _is_glob(item) and not os.path.exists(item):
            matches = sorted(glob.glob(item, recursive=True))
            for match in matches:  # a directory matched by a glob is walked like one named
                yield from _walk(match) if os.path.isdir(match) else [match]
            if not matches:
                yield item
        else:
            yield item


def _walk(directory: str) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(PAGE_SUFFIXES):
                yield os.path.join(root, name)


def _is_glob(item: str) -> bool:
    return any(ch in item for ch in "*?[")


def _done_sources(path: str) -> set[str]:
    """The ``source`` of every complete line of an earlier JSONL output (for ``--resume``)."""
    done: set[str] = set()
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut short when the last run was killed
                if isinstance(record, dict) and isinstance(record.get("source"), str):
                    done.add(record["source"])
    except FileNotFoundError:
        pass
    return done


def _drop_partial_line(path: str, *, chunk: int = 1 << 16) -> None:
    """Cut a last line that a killed run left without its newline, so appending is safe."""
    try:
        f = open(path, "rb+")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return
    with f:
        end = f.seek(0, os.SEEK_END)
        pos = end
        while pos > 0:
            start = max(0, pos - chunk)
            f.seek(start)
            block = f.read(pos - start)
            if pos == end and block.endswith(b"\n"):
                return
            newline = block.rfind(b"\n")
            if newline >= 0:
                f.truncate(start + newline + 1)
                return
            pos = start
        f.truncate(0)


# ------------------------------------------------------------------------------ parsing


@dataclass(frozen=True, slots=True)
class _Job:
    """One input to parse in a worker: its source name, and its bytes if already read."""

    source: str
    data: bytes | None
    options: Options
    format: str
    meta: bool
    single: bool


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What a worker sends back: the rendered output for one input, or why it failed."""

    source: str
    output: str = ""
    error: str | None = None


def _read(source: str, data: bytes | None) -> bytes:
    return data if data is not None else Path(source).read_bytes()


def _parse_source(source: str, data: bytes | None, options: Options) -> Document:
    return parse(_read(source, data), options=options)


def _error_message(e: Exception) -> str:
    if isinstance(e, (OSError, NewscleanError, LookupError, ValueError)):
        return str(e) or type(e).__name__
    # a bug; one bad page must not stop a batch of thousands, so it is reported like the rest
    return f"internal error: {type(e).__name__}: {e}"


def parse_record(
    source: str, *, options: Options | None = None, meta: bool = False, data: bytes | None = None
) -> dict[str, Any]:
    """Parse one input into a batch record: ``{"source", **to_dict()}`` or ``{"source", "error"}``.

    This is the record of ``--format jsonl``, the Dask bag and the Spark recipe. It is a pure
    function of the file's bytes (or ``data``) and picklable, so any executor can run it.

    >>> parse_record("missing.txt")["error"]
    "[Errno 2] No such file or directory: 'missing.txt'"
    """
    opts = options or Options()
    try:
        doc = _parse_source(source, data, opts)
    except Exception as e:
        return {"source": source, "error": _error_message(e)}
    return {"source": source, **doc.to_dict(meta=meta or opts.explain)}


def _render(job: _Job) -> _Outcome:
    """Parse one input and render it in the output format (runs in the worker processes)."""
    try:
        doc = _parse_source(job.source, job.data, job.options)
    except Exception as e:
        return _Outcome(job.source, error=_error_message(e))
    meta = job.meta or job.options.explain
    if job.format == "json" and job.single:
        return _Outcome(job.source, doc.to_json(meta=meta) + "\n")
    if job.format in ("json", "jsonl"):
        record = {"source": job.source, **doc.to_dict(meta=meta)}
        if job.format == "jsonl":
            return _Outcome(job.source, json.dumps(record, ensure_ascii=False) + "\n")
        return _Outcome(job.source, json.dumps(record, ensure_ascii=False, indent=2))
    return _Outcome(job.source, doc.to_markdown() if job.format == "markdown" else doc.to_text())


def ordered_map(
    fn: Callable[[_T], _R], items: Iterable[_T], *, jobs: int, ahead: int | None = None
) -> Iterator[_R]:
    """``map(fn, items)`` in ``jobs`` processes: results in input order, ``ahead`` in flight.

    Unlike ``Pool.imap`` this never runs more than ``ahead`` items ahead of the consumer, so
    a slow writer or a huge batch does not pile results up in memory.
    """
    if jobs <= 1:
        yield from map(fn, items)
        return
    limit = ahead or jobs * _AHEAD_PER_JOB
    ex = ProcessPoolExecutor(max_workers=jobs)
    pending: deque[Future[_R]] = deque()
    try:
        for item in items:
            pending.append(ex.submit(fn, item))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        ex.shutdown(wait=True, cancel_futures=True)


# ------------------------------------------------------------------------------ output


class _Writer:
    """Writes outcomes in one format as they come: nothing is collected."""

    def __init__(self, out: TextIO, fmt: str, single: bool) -> None:
        self.out = out
        self.format = fmt
        self.single = single
        self.written = 0

    def write(self, outcome: _Outcome) -> None:
        if outcome.error is not None:
            # an input that failed is a record of its own, in the array as in JSONL
            record = {"source": outcome.source, "error": outcome.error}
            if self.format == "jsonl":
                self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif self.format == "json" and not self.single:
                self.out.write(",\n" if self.written else "[\n")
                self.out.write(_indent(json.dumps(record, ensure_ascii=False, indent=2)))
                self.written += 1
            return
        if self.format == "json" and not self.single:
            self.out.write(",\n" if self.written else "[\n")
            self.out.write(_indent(outcome.output))
        elif self.format in ("markdown", "text") and not self.single:
            self.out.write(f"{chr(10) if self.written else ''}==> {outcome.source} <==\n")
            self.out.write(outcome.output)
        else:
            self.out.write(outcome.output)
        self.written += 1

    def close(self) -> None:
        if self.format == "json" and not self.single:
            self.out.write("\n]\n" if self.written else "[]\n")
        self.out.flush()


def _indent(text: str) -> str:
    # one array level of json.dumps(indent=2); JSON strings hold no raw newline
    return "  " + text.replace("\n", "\n  ")


class _Progress:
    """``done/total`` on stderr, rewritten in place; only for a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.done = 0

    def tick(self) -> None:
        self.done += 1
        if self.enabled:
            print(f"\r{self.done}/{self.total}", end="", file=sys.stderr, flush=True)

    def clear(self) -> None:
        if self.enabled and self.done:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


def _report(source: str, message: str) -> None:
    print(f"newsclean: {source}: {message}", file=sys.stderr)


# ------------------------------------------------------------------------------ batch


def _parse(args: argparse.Namespace) -> int:
    paths = list(expand_inputs(args.inputs))
    if not paths:
        print("newsclean: no input files found", file=sys.stderr)
        return 1
    # one file named as such: its document alone; a directory or glob gives an array
    # (with sources) however many files it holds, so scripts can rely on the shape
    single = len(paths) == 1 and _names_one_file(args.inputs)
    clash = _output_among_inputs(args.output, paths)
    if clash:
        print(f"newsclean: -o {args.output} is also an input ({clash})", file=sys.stderr)
        return 2
    if args.resume:
        try:
            # a line a killed run left unfinished goes first: it must not count as done
            _drop_partial_line(args.output)
            done = _done_sources(args.output)
        except OSError as e:
            _report(str(args.output), f"cannot resume: {e.strerror or e}")
            return 1
        paths = [p for p in paths if p not in done]
    if paths.count(STDIN) > 1:
        print("newsclean: '-' (stdin) can be read only once", file=sys.stderr)
        return 2
    jobs = _jobs(paths, _options(args), args, single)
    show = not args.quiet and len(paths) > 1 and sys.stderr.isatty()
    progress = _Progress(len(paths), enabled=show)
    status = 0
    try:
        out = _open_output(args.output, append=args.resume)
    except OSError as e:
        _report(str(args.output), f"cannot write: {e.strerror or e}")
        return 1
    try:
        writer = _Writer(out, args.format, single)
        for outcome in ordered_map(_render, jobs, jobs=min(args.jobs, len(paths))):
            if outcome.error is not None:
                status = 1
                progress.clear()
                _report(outcome.source, outcome.error)
            writer.write(outcome)
            progress.tick()
        writer.close()
    finally:
        if out is not sys.stdout:
            out.close()
    progress.clear()
    return status


def _names_one_file(inputs: Sequence[str]) -> bool:
    item = inputs[0]
    return len(inputs) == 1 and (item == STDIN or not (os.path.isdir(item) or _is_glob(item)))


def _output_among_inputs(output: str | None, paths: Sequence[str]) -> str | None:
    """The input that ``-o`` would overwrite before it is read, if any."""
    if output is None or not os.path.exists(output):
        return None
    for path in paths:
        try:
            if path != STDIN and os.path.samefile(path, output):
                return path
        except OSError:
            continue  # an input that does not exist is reported when it is read
    return None


def _jobs(
    paths: Sequence[str], options: Options, args: argparse.Namespace, single: bool
) -> Iterator[_Job]:
    for path in paths:
        data = sys.stdin.buffer.read() if path == STDIN else None
        yield _Job(path, data, options, args.format, args.meta, single)


def _open_output(path: str | None, *, append: bool) -> TextIO:
    """stdout, or the ``-o`` file (appended to with ``--resume``); the caller closes it."""
    if path is None:
        return sys.stdout
    return open(path, "a" if append else "w", encoding="utf-8")
