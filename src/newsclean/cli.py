"""The ``newsclean`` command: ``parse`` pages, ``normalize`` text."""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .errors import NewscleanError
from .normalize import normalize
from .options import Options
from .pipeline import parse

FORMATS = ("json", "jsonl", "markdown", "text")
_PAGE_SUFFIXES = (".txt", ".bin", ".text")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean, structured articles from the raw text of Chinese newspaper pages.",
    )
    p.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    pp = sub.add_parser("parse", help="parse pages into articles")
    pp.add_argument("inputs", nargs="+", metavar="FILE", help="files, directories, globs; - = stdin")
    pp.add_argument("--format", "-f", choices=FORMATS, default="json")
    pp.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    pp.add_argument("--encoding", help="decode input with this codec instead of detecting one")
    pp.add_argument("--strict", action="store_true", help="fail on undecodable bytes")
    pp.add_argument(
        "--script", default="keep", help="keep (default), simplified, traditional, or an OpenCC config"
    )
    pp.add_argument("--meta", action="store_true", help="add line spans, encoding and warnings")
    pp.add_argument("--explain", action="store_true", help="add the trace of what was changed")
    pp.add_argument("--jobs", "-j", type=int, default=1, help="parse in N processes")
    pp.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    pn = sub.add_parser("normalize", help="normalize text from stdin (or files) to stdout")
    pn.add_argument("inputs", nargs="*", metavar="FILE")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 an input failed, 2 usage)."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "normalize":
            return _normalize(args)
        return _parse(args)
    except BrokenPipeError:
        # the reader went away (newsclean ... | head): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


def _normalize(args: argparse.Namespace) -> int:
    status = 0
    if not args.inputs:
        sys.stdout.write(normalize(sys.stdin.read()))
        return 0
    for path in args.inputs:
        try:
            sys.stdout.write(normalize(Path(path).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as e:
            print(f"newsclean: {path}: {e}", file=sys.stderr)
            status = 1
    return status


def expand_inputs(inputs: Sequence[str]) -> Iterator[str]:
    """Files as given, directories walked for page files, globs expanded, ``-`` kept."""
    for item in inputs:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs.sort()
                for f in sorted(files):
                    if f.endswith(_PAGE_SUFFIXES) and not f.endswith(".truth.json"):
                        yield os.path.join(root, f)
        elif any(ch in item for ch in "*?[") and not os.path.exists(item):
            yield from sorted(glob.glob(item, recursive=True))
        else:
            yield item


def _options(args: argparse.Namespace) -> Options:
    return Options(
        encoding=args.encoding,
        errors="strict" if args.strict else "replace",
        script=args.script,
        explain=args.explain,
    )


def parse_file(path: str, options: Options, meta: bool) -> dict[str, Any]:
    """Parse one input; return its document dict, or ``{"error": ...}``. Picklable for workers."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            data = Path(path).read_bytes()
        doc = parse(data, options=options)
        return doc.to_dict(meta=meta or options.explain) | {"_doc": doc}
    except (OSError, NewscleanError, LookupError, ValueError) as e:
        return {"error": str(e) or e.__class__.__name__}


def _parse(args: argparse.Namespace) -> int:
    paths = list(expand_inputs(args.inputs))
    if not paths:
        print("newsclean: no input files found", file=sys.stderr)
        return 1
    options = _options(args)
    out: TextIO
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    status = 0
    try:
        results = _run(paths, options, args.meta, args.jobs)
        single = len(paths) == 1 and args.format == "json"
        collected: list[dict[str, Any]] = []
        for i, (path, res) in enumerate(zip(paths, results, strict=True)):
            if "error" in res:
                status = 1
                print(f"newsclean: {path}: {res['error']}", file=sys.stderr)
                if args.format == "jsonl":
                    out.write(json.dumps({"source": path, "error": res["error"]}) + "\n")
                continue
            doc = res.pop("_doc")
            if args.format == "jsonl":
                out.write(json.dumps({"source": path, **res}, ensure_ascii=False) + "\n")
            elif args.format == "json":
                if single:
                    out.write(json.dumps(res, ensure_ascii=False, indent=2) + "\n")
                else:
                    collected.append({"source": path, **res})
            else:
                if len(paths) > 1:
                    out.write(f"{'' if i == 0 else chr(10)}==> {path} <==\n")
                out.write(doc.to_markdown() if args.format == "markdown" else doc.to_text())
            if not args.quiet and len(paths) > 1 and sys.stderr.isatty():
                print(f"\r{i + 1}/{len(paths)}", end="", file=sys.stderr)
        if collected:
            out.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
        out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    return status


def _run(paths: list[str], options: Options, meta: bool, jobs: int) -> Iterator[dict[str, Any]]:
    if jobs <= 1 or len(paths) < 2 or "-" in paths:
        return (parse_file(p, options, meta) for p in paths)
    ex = ProcessPoolExecutor(max_workers=jobs)
    # map keeps the input order, so output is the same whatever the number of jobs
    return _drain(ex, ex.map(parse_file, paths, [options] * len(paths), [meta] * len(paths)))


def _drain(ex: ProcessPoolExecutor, it: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    with ex:
        yield from it
