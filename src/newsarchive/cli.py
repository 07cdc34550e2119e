"""Command line: ``python build.py [build|serve] [options]``.

With no arguments the bundled seeds are built into _site/.  Configuration comes
from site.yaml (the one in the current folder, else the project's), command-line
options win over it.
"""
from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path
from typing import NoReturn, Sequence

from .config import PROJECT_ROOT, Config, ConfigError, load_config
from .console import printable
from . import hosting


COMMANDS = ("build", "serve")


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, metavar="FILE",
                        help="site configuration (default: ./site.yaml if present, else the project's site.yaml)")
    common.add_argument("--content", type=Path, metavar="DIR", help="folder of article files (.txt, .md, .html, .docx)")
    common.add_argument("--out", type=Path, metavar="DIR", help="output folder for the site")
    common.add_argument("--base-url", metavar="URL",
                        help="where the site is served, e.g. https://user.github.io/news-archive/")
    common.add_argument("--executor", metavar="WHERE",
                        help="where per-article and per-page work runs: local (this machine's processes, "
                             "the default), dask-local (a Dask cluster on this machine) or dask://HOST:PORT "
                             "(a Dask scheduler; needs pip install 'newsarchive[distributed]')")
    common.add_argument("--quiet", action="store_true", help="print only problems and the summary")
    common.add_argument("--verbose", action="store_true",
                        help="also print the traceback of each unexpected error met in a file or the build")

    ap = argparse.ArgumentParser(
        prog="build.py",
        description="Build a searchable static site from a folder of Chinese news articles. "
                    "Without a command, 'build' is run: python build.py --content DIR --out DIR.")
    sub = ap.add_subparsers(dest="command", metavar="{build,serve}")
    b = sub.add_parser("build", parents=[common], help="build the site once (the default command)")
    b.add_argument("--strict", action="store_true",
                   help="exit with status 1 when any file was skipped or produced a warning")
    s = sub.add_parser("serve", parents=[common],
                       help="build, serve on 127.0.0.1 and rebuild when content, templates, "
                            "static files or site.yaml change")
    s.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 = any free port)")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    return ap


def _with_default_command(argv: Sequence[str]) -> list[str]:
    """'build.py --out X' means 'build.py build --out X'; top-level --help stays top-level."""
    argv = list(argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "build")
    return argv


def config_path(args: argparse.Namespace) -> Path | None:
    """--config, else ./site.yaml, else the project's site.yaml, else none (defaults)."""
    if args.config is not None:
        return args.config
    for candidate in (Path.cwd() / "site.yaml", PROJECT_ROOT / "site.yaml"):
        if candidate.is_file():
            return candidate
    return None


def resolve_config(args: argparse.Namespace) -> Config:
    return load_config(config_path(args), content=args.content, output=args.out, base_url=args.base_url,
                       executor=args.executor)


def run_build(config: Config, quiet: bool = False, strict: bool = False, verbose: bool = False) -> int:
    """Build and print the report; the exit status: 0 built, 1 built with problems
    under ``strict``, 2 not built.  Never raises an Exception: ``serve`` calls it
    again on every change, and one failed build must not end the server."""
    try:
        return _run_build(config, quiet, strict, verbose)
    except Exception as e:
        print(f"error: the build failed: {type(e).__name__}: {e}", file=sys.stderr)
        if verbose:
            traceback.print_exc()
        else:
            print("(run with --verbose for the traceback)", file=sys.stderr)
        return 2


def _run_build(config: Config, quiet: bool, strict: bool, verbose: bool) -> int:
    import jinja2

    from .executors import ExecutorError
    from .pipeline import BuildError, build
    from .search import SearchDataError, snippets_bundled
    from .texts import TextStoreError
    from .writer import WriteError

    try:
        result = build(config, progress=not quiet)
    except (BuildError, WriteError, ConfigError, SearchDataError, ExecutorError, TextStoreError) as e:
        print(f"error: {printable(e)}", file=sys.stderr)
        return 2
    except jinja2.TemplateSyntaxError as e:
        print(printable(f"error: template {e.filename or e.name}, line {e.lineno}: {e.message}"), file=sys.stderr)
        return 2
    except jinja2.TemplateError as e:
        print(f"error: template problem: {printable(e)}", file=sys.stderr)
        return 2
    except OSError as e:  # the disk full, a folder read-only: the build cannot go on
        print(f"error: {printable(os_error_text(e))}", file=sys.stderr)
        return 2
    report = result.report
    for p in report.skipped + report.warnings:
        print(printable(p), file=sys.stderr)
    if verbose:
        for path, trace in report.traces:
            print(f"{printable(path)}: traceback:\n{trace}", file=sys.stderr)
    done = result.written
    files = "file" if done.written == 1 else "files"
    print(f"{report.summary()}; site in {printable(config.output)}: {done.written} {files} written, "
          f"{done.unchanged} kept, {done.removed} removed")
    print(printable(site_line(result.site, config.host)))
    built = len(result.articles)        # what the search stage decided on
    if not quiet and not snippets_bundled(config, built):
        print(f"search: {built} article{'' if built == 1 else 's'}, more than offline_snippets_up_to "
              f"({config.offline_snippets_up_to}): results cut their snippets from the article pages "
              f"over http(s); the site opened from disk shows results without them")
    if not quiet:
        stages = ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items())
        print(f"timings: {stages}")
    return 1 if strict and report.problems else 0


def os_error_text(e: OSError) -> str:
    """What went wrong where, e.g. ``/srv/site/.cache: Permission denied``."""
    if e.filename is None:
        return e.strerror or str(e)
    where = f"{e.filename} -> {e.filename2}" if e.filename2 is not None else f"{e.filename}"
    return f"{where}: {e.strerror}"


def site_line(size: hosting.SiteSize, host: str) -> str:
    """The site's bytes, files and largest file, and the host it was checked against."""
    return f"{hosting.describe(size)}; checked against {hosting.hosts()[host].name} (host: {host})"


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(_with_default_command(sys.argv[1:] if argv is None else argv))
    try:
        config = resolve_config(args)
    except ConfigError as e:
        print(f"error: {printable(e)}", file=sys.stderr)
        return 2
    if args.command == "serve":
        from .serve import serve

        return serve(config, host=args.host, port=args.port, quiet=args.quiet, config_file=config_path(args),
                     verbose=args.verbose)
    return run_build(config, quiet=args.quiet, strict=args.strict, verbose=args.verbose)


def exit_now(code: int) -> NoReturn:
    """End the process with ``code`` once the output is flushed, without freeing the
    build's objects one by one: a large archive's millions of them took longer to
    free than an incremental build takes, and the OS reclaims them at once."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def run() -> NoReturn:
    """The ``newsarchive`` command."""
    exit_now(main())


if __name__ == "__main__":
    run()
