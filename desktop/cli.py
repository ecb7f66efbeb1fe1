"""Command line: parsed before any QApplication exists, so --version and --check never need a display."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.model.views import VIEWS


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, e.g. 1280x800, not {text!r}") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000 pixels")
    return w, h


class _VersionAction(argparse.Action):
    """--version, reading the version only when asked: its metadata lookup would slow every start."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs) -> None:
        kwargs.setdefault("help", "show the version and exit")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace, values, option_string=None) -> None:
        from desktop import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ankle-guide",
        description="Guided self-massage for ankle pain and tension.",
    )
    p.add_argument("--version", action=_VersionAction)
    p.add_argument("--list-routines", action="store_true", help="print one line per routine and exit")
    p.add_argument(
        "--check",
        nargs="+",
        metavar="FILE",
        type=Path,
        help="validate routine (.toml) and diagram (.svg) files, or every one in a folder; "
        "exit 1 if any has a problem",
    )
    p.add_argument("--routine", metavar="ID", help="open this routine")
    p.add_argument("--side", choices=("right", "left", "both"), help="which foot to work on")
    p.add_argument("--step", type=int, metavar="N", help="with --routine: go to step N (1-based)")
    p.add_argument("--view", choices=VIEWS, help="diagram view to show")
    p.add_argument("--zone", metavar="ZONE", help="highlight this zone (with --screenshot)")
    p.add_argument("--follow-along", action="store_true", help="start in fullscreen follow-along mode")
    p.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render the window to a PNG and exit")
    p.add_argument(
        "--size",
        type=_size,
        metavar="WxH",
        help="window size (default: as last closed, or 1280x800; --screenshot: 1280x800)",
    )
    p.add_argument(
        "--export-history", type=Path, metavar="PATH", help="write all sessions to a CSV file and exit"
    )
    p.add_argument(
        "--force", action="store_true", help="with --export-history: replace an existing file at PATH"
    )
    p.add_argument(
        "--import-routine", type=Path, metavar="FILE", help="check a routine file and add it to your routines"
    )
    p.add_argument(
        "--print-history",
        type=Path,
        metavar="OUT.pdf",
        help="write a history report for a clinician to a PDF",
    )
    p.add_argument(
        "--reminders-only", action="store_true", help="run in the background for reminders (autostart)"
    )
    p.add_argument(
        "--print-routine", nargs=2, metavar=("ID", "OUT.pdf"), help="write a routine's printed card to a PDF"
    )
    return p


def _check(paths: Sequence[Path]) -> int:
    """--check: each file's problems, or "FILE: OK", as soon as it is checked; 1 if any has a problem."""
    from desktop.checks import check_each
    from desktop.model.problems import Problem

    failed = checked = 0
    for path, lines in check_each(paths):
        checked += 1
        failed += bool(lines)
        for line in lines or [str(Problem(str(path), "OK"))]:
            print(line, flush=True)
    if not failed:
        print(f"{checked} file(s) OK")
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.check:
        return _check(args.check)
    if args.list_routines:
        from desktop.model.library import load_library
        from desktop.paths import user_routines_dir

        library = load_library(user_dir=user_routines_dir())
        for routine in library.routines:
            minutes, seconds = divmod(round(routine.total_seconds), 60)
            count = len(routine.steps)
            steps = f"{count} step" if count == 1 else f"{count} steps"
            print(f"{routine.id}\t{routine.title}\t{steps}\t{minutes}:{seconds:02d} per foot")
        for problem in library.problems:
            print(f"skipped: {problem}", file=sys.stderr)
        return 0
    if args.import_routine:
        from desktop.routine_cli import import_routine_cli

        return import_routine_cli(args.import_routine)
    if args.print_history:
        from desktop.routine_cli import print_history_cli

        return print_history_cli(args.print_history)
    if args.print_routine:
        from desktop.routine_cli import print_routine_cli

        return print_routine_cli(args.print_routine[0], Path(args.print_routine[1]))
    if args.export_history:
        from desktop.history_export import export_history_cli

        return export_history_cli(args.export_history, force=args.force)

    from desktop import collector
    from desktop.qt.pyside_features import skip_source_scans

    collector.pause()  # until the first paint: start-up makes objects to keep, not garbage
    skip_source_scans()  # a window is wanted: PySide6 now, before the many modules that follow
    from desktop.logfile import route_qt_messages, start_logging

    start_logging()  # warnings and errors to a small log file for problem reports (desktop.logfile)
    claim = None
    if not args.screenshot:  # one window per user (desktop.single_instance); a screenshot renders alone
        from desktop.single_instance import claim_for_window

        exit_code, claim = claim_for_window(args)
        if exit_code is not None:
            return exit_code
    from desktop.startup import run_app

    route_qt_messages()
    return run_app(args, instance=claim)
