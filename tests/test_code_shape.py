"""The size guide of the code (issue 13): no function over about 60 lines and
no class over about 300 without a reason written next to it.

A reason is a comment starting with `# long:` on the line of the `def`/`class`
or the line above it (after any decorators it is the line above the def).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "streams"
MAX_FUNCTION_LINES = 60
MAX_CLASS_LINES = 300


def _reason(lines: list[str], node: ast.AST) -> bool:
    for k in (node.lineno - 1, node.lineno - 2):
        if 0 <= k < len(lines) and "# long:" in lines[k]:
            return True
    return False


def oversized(path: Path, root: Path = ROOT.parent) -> list[str]:
    text = path.read_text("utf-8")
    lines = text.splitlines()
    out = []
    for node in ast.walk(ast.parse(text, str(path))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            limit = MAX_FUNCTION_LINES
        elif isinstance(node, ast.ClassDef):
            limit = MAX_CLASS_LINES
        else:
            continue
        size = node.end_lineno - node.lineno + 1
        if size > limit and not _reason(lines, node):
            out.append(f"{path.relative_to(root)}:{node.lineno} {node.name}: {size} lines > {limit}")
    return out


def test_no_function_or_class_over_the_size_guide_without_a_reason():
    found = [line for path in sorted(ROOT.rglob("*.py")) for line in oversized(path)]
    assert not found, "over the size guide, with no `# long:` reason:\n" + "\n".join(found)


def test_the_check_sees_a_long_function(tmp_path):
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES + 1))
    sample = tmp_path / "sample.py"
    sample.write_text(f"def f():\n{body}\n\n\n# long: a table of constants\ndef g():\n{body}\n")
    found = oversized(sample, tmp_path)
    assert len(found) == 1 and " f: " in found[0]
