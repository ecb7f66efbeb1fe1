"""`python -m benchmarks [--quick] [--json] [--only NAME,...]`: measure, print a table or one JSON object.

Every figure comes from a probe run in a fresh process against throwaway user folders (see README.md).
The exit status is 0 when every probe ran (budgets are reported, never asserted), 1 when one failed,
2 for a bad command line.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import time

from benchmarks.harness import ProbeFailed, Sandbox, machine
from benchmarks.report import BUDGETS, notes, table, verdicts
from benchmarks.suite import GROUPS, KEYS


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="a few seconds per figure, fewer runs (for CI)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    p.add_argument("--only", metavar="NAME,...", help=f"only these figures; one of: {', '.join(KEYS)}")
    return p


def _clean(value: object) -> object:
    """Round floats for reading and turn NaN into null, so the output is strict JSON."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 3)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    wanted = KEYS
    if args.only:
        wanted = tuple(name.strip() for name in args.only.split(",") if name.strip())
        unknown = [name for name in wanted if name not in KEYS]
        if unknown:
            parser.error(f"unknown figure(s) {', '.join(unknown)}; known: {', '.join(KEYS)}")
    figures: dict[str, object] = {}
    details: dict[str, object] = {}
    errors: dict[str, str] = {}
    started = time.monotonic()
    about = machine()
    with Sandbox() as sandbox:
        print("[benchmarks] warming up (bytecode cache, history database) ...", file=sys.stderr, flush=True)
        try:
            sandbox.warm_up()
        except (ProbeFailed, subprocess.TimeoutExpired) as exc:
            errors["warm_up"] = str(exc)
        for group in GROUPS:
            if not any(key in wanted for key in group.keys):
                continue
            print(f"[benchmarks] {group.name} ...", file=sys.stderr, flush=True)
            t = time.monotonic()
            try:
                values, more = group.run(sandbox, args.quick)
            except (ProbeFailed, subprocess.TimeoutExpired, KeyError, ValueError) as exc:
                errors[group.name] = str(exc)
                values, more = dict.fromkeys(group.keys), {}
                print(f"[benchmarks] {group.name} failed: {exc}", file=sys.stderr, flush=True)
            figures.update(values)
            details[group.name] = more
            print(
                f"[benchmarks] {group.name} done in {time.monotonic() - t:.1f} s", file=sys.stderr, flush=True
            )
    met = verdicts(figures, details)  # judged on everything measured: some budgets combine two figures
    figures = {key: figures.get(key) for key in KEYS if key in wanted}
    met = {key: met.get(key) for key in figures}
    about["seconds"] = time.monotonic() - started
    about["mode"] = "quick" if args.quick else "full"
    if args.json:
        out = {
            **figures,
            "budgets": {k: {"budget": BUDGETS[k].text, "met": met[k]} for k in figures},
            "machine": about,
            "details": details,
            "errors": errors,
        }
        print(json.dumps(_clean(out), indent=2, ensure_ascii=False))
    else:
        print(table(figures, met))
        print()
        for line in notes(figures, details):
            print("- " + line)
        print(
            f"- machine: {about['nproc']} × {about['cpu']}, Python {about['python']}, load average at start "
            f"{about['loadavg_at_start']}; {about['mode']} run took {about['seconds']:.0f} s"
        )
        for name, error in errors.items():
            print(f"- {name} FAILED: {error}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
