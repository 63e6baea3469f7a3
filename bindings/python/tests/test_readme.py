"""The README's pandas example, run as it is written there, so that the two cannot drift."""

import ast
import re

from conftest import ROOT


def readme_python_blocks():
    """The ```python blocks of the README's "From Python" section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### From Python\n", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    return re.findall(r"^```python\n(.*?)^```$", section, flags=re.S | re.M)


def test_the_readme_pandas_example_runs():
    (block,) = [b for b in readme_python_blocks() if "import pandas" in b]
    assert "Series" in block or ".map(" in block
    exec(compile(block, "README.md (From Python, pandas)", "exec"), {})


def test_the_readme_first_example_shows_what_it_returns():
    block = readme_python_blocks()[0]
    tree = ast.parse(block)
    *setup, last = tree.body
    namespace = {}
    exec(compile(ast.Module(setup, type_ignores=[]), "README.md", "exec"), namespace)
    result = eval(compile(ast.Expression(last.value), "README.md", "eval"), namespace)
    # The comment under the call shows the first mention whole, wrapped over two lines.
    shown = " ".join(line.lstrip("# ").strip() for line in block.splitlines() if line.startswith("#"))
    assert repr(result[0]) in shown, (repr(result[0]), shown)
    assert [m["value"] for m in result if m["type"] == "date"] == ["2024-10-03"]
