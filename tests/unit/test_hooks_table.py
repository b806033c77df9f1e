"""The README's table of hooks is the hooks as they are: every hook in mkdocs.yml, each of its events, its priority."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


class _AnyTag(yaml.SafeLoader):
    """mkdocs.yml without MkDocs: a tag such as !relative gives its plain value."""


_AnyTag.add_multi_constructor("!", lambda loader, suffix, node: loader.construct_scalar(node))


def hook_events() -> set[tuple[str, str, int]]:
    """(hook file, event, priority) of every on_* function of every hook mkdocs.yml names; 0 is MkDocs' default."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTag)
    found = set()
    for hook in config["hooks"]:
        tree = ast.parse((ROOT / hook).read_text(encoding="utf-8"))
        for function in tree.body:
            if isinstance(function, ast.FunctionDef) and function.name.startswith("on_"):
                priority = 0
                for decorator in function.decorator_list:
                    if isinstance(decorator, ast.Call) and getattr(decorator.func, "id", "") == "event_priority":
                        priority = ast.literal_eval(decorator.args[0])
                found.add((hook, function.name, priority))
    return found


def table_rows() -> set[tuple[str, str, int]]:
    """The rows of the README's hooks table: | `hooks/x.py` | `on_event` | priority | why |"""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^ *\| `(hooks/\w+\.py)` \| `(on_\w+)` \| (-?\d+) \|", readme, flags=re.MULTILINE)
    return {(hook, event, int(priority)) for hook, event, priority in rows}


def test_the_readme_lists_every_hook_event_with_its_priority():
    actual, listed = hook_events(), table_rows()
    assert actual, "no hooks found in mkdocs.yml"
    assert actual - listed == set(), f"in the code, not in the README's table: {sorted(actual - listed)}"
    assert listed - actual == set(), f"in the README's table, not in the code: {sorted(listed - actual)}"
