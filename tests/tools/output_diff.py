"""Byte-identity check of `diplo extract` output between this checkout and a git revision.

Runs `diplo extract` over the gold files (development and held-out) and the
seed, once with this working tree's code and once with the code of REV (checked
out with `git worktree add` into a temporary folder and put first on
PYTHONPATH, same venv), drops the timestamps (received_at, processed_at, at),
and prints every line that differs, except in held-out files: of those it
prints only how many lines differ (held-out gold is never read, not even in a
diff).  Exit status 0 when identical, 1 otherwise.

    .venv/bin/python tests/tools/output_diff.py              # against HEAD
    .venv/bin/python tests/tools/output_diff.py 9809b01      # against a revision
    .venv/bin/python tests/tools/output_diff.py HEAD~1 -- extra.txt more.jsonl

Run it before every commit that touches streams/extract/.  The inputs are
always this checkout's files, so both sides read the same paragraphs.
"""

from __future__ import annotations

import argparse
import difflib
import glob
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[2]
TIMESTAMPS = ("received_at", "processed_at", "at")
DEFAULT_INPUTS = ("tests/gold/id/*.jsonl", "tests/gold/en/*.jsonl", "tests/gold/heldout/*/*.jsonl", "seeds/*.txt")
# Imports the package from PYTHONPATH (the tree under test) and says which one it got.
RUNNER = ("import sys, streams; print('code from', streams.__file__, file=sys.stderr); "
          "from streams.cli import main; sys.exit(main(['extract', *sys.argv[1:]]))")


def inputs(extra: list[str]) -> list[str]:
    files = [f for pattern in DEFAULT_INPUTS for f in sorted(glob.glob(str(ROOT / pattern)))]
    return files + [str(Path(f).resolve()) for f in extra]


def run_extract(tree: Path, files: list[str]) -> list[str]:
    """The extractor of `tree` over `files`: one normalised JSON line per output line."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    proc = subprocess.run([sys.executable, "-c", RUNNER, *files], cwd=tree, env=env,
                          capture_output=True, check=False)
    origin = proc.stderr.decode(errors="replace").splitlines()[:1]
    if proc.returncode != 0 or not origin or str(tree) not in origin[0]:
        sys.stderr.write(proc.stderr.decode(errors="replace"))
        raise SystemExit(f"extract failed in {tree} (exit {proc.returncode})")
    lines = []
    for raw in proc.stdout.splitlines():
        obj = orjson.loads(raw)
        for key in TIMESTAMPS:
            obj.pop(key, None)
        lines.append(orjson.dumps(obj).decode())
    return lines


def _held_out(path: str) -> bool:
    return "/heldout/" in path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("rev", nargs="?", default="HEAD", help="git revision to compare with (default HEAD)")
    p.add_argument("extra", nargs="*", help="more input files (.txt or .jsonl)")
    args = p.parse_args(argv)
    files = inputs(args.extra)
    groups = ([f for f in files if not _held_out(f)], [f for f in files if _held_out(f)])
    with tempfile.TemporaryDirectory(prefix="diplo-diff-") as tmp:
        old_tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(old_tree), args.rev],
                       check=True)
        try:
            old = [run_extract(old_tree, group) if group else [] for group in groups]
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old_tree)], check=False)
    new = [run_extract(ROOT, group) if group else [] for group in groups]
    diff = list(difflib.unified_diff(old[0], new[0], f"extract@{args.rev}", "extract@working-tree", n=0,
                                     lineterm=""))
    for line in diff:
        print(line)
    hidden = sum(1 for a, b in zip(old[1], new[1], strict=False) if a != b) + abs(len(old[1]) - len(new[1]))
    if hidden:
        print(f"held-out: {hidden} output lines differ (not shown)")
    same = not diff and not hidden
    print(f"{len(files)} files, {len(old[0]) + len(old[1])} / {len(new[0]) + len(new[1])} output lines: "
          f"{'IDENTICAL' if same else 'DIFFERENT'}", file=sys.stderr)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
