"""The ``newsclean`` command: ``parse`` pages (one, or a batch in N processes), ``normalize`` text.

A batch is streamed: inputs are parsed in order with a bounded number in flight, and each
result is written as soon as it and every input before it are done, so the output is the same
bytes whatever ``--jobs`` is and memory does not grow with the number of inputs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from . import __version__
from .batch import (
    PAGE_SUFFIXES as PAGE_SUFFIXES,
)
from .batch import (
    STDIN,
    done_sources,
    drop_partial_line,
    error_message,
    expand_inputs,
    is_glob,
    ordered_map,
    parse_source,
)
from .batch import (
    parse_record as parse_record,
)
from .convert import get_converter
from .decode import check_encoding, decode, mixed_note
from .errors import NewscleanError
from .normalize import normalize
from .options import Options

# the batch functions live in newsclean.batch; parse_record, expand_inputs, ordered_map and
# PAGE_SUFFIXES stay importable from here, where the README named them before
__all__ = ["FORMATS", "main"]

FORMATS = ("json", "jsonl", "markdown", "text")

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


def _render(job: _Job) -> _Outcome:
    """Parse one input and render it in the output format (runs in the worker processes)."""
    try:
        doc = parse_source(job.source, job.data, job.options)
    except Exception as e:
        return _Outcome(job.source, error=error_message(e))
    meta = job.meta or job.options.explain
    if job.format == "json" and job.single:
        return _Outcome(job.source, doc.to_json(meta=meta) + "\n")
    if job.format in ("json", "jsonl"):
        record = {"source": job.source, **doc.to_dict(meta=meta)}
        if job.format == "jsonl":
            return _Outcome(job.source, json.dumps(record, ensure_ascii=False) + "\n")
        return _Outcome(job.source, json.dumps(record, ensure_ascii=False, indent=2))
    return _Outcome(job.source, doc.to_markdown() if job.format == "markdown" else doc.to_text())


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
            drop_partial_line(args.output)
            done = done_sources(args.output)
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
    return len(inputs) == 1 and (item == STDIN or not (os.path.isdir(item) or is_glob(item)))


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
