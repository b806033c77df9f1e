"""No function in kennisbank/ or hooks/ gives a local the name of something its module imports or defines.

A local `sources = [...]` in a module that imports `kennisbank.content.sources` hides the module for the rest of
the function: the next `sources.load(...)` there fails only when that line runs. Ruff has no rule for this
(pylint's redefined-outer-name), so this test is the rule. Module-level names a function sets with `global` are
meant to be the same name and do not count.
"""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def module_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(target.id for target in targets if isinstance(target, ast.Name))
    return names


def shadowed(path: Path) -> list[str]:
    """'line: name' for every local of a function in the file at path that hides a module-level name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    outer = module_names(tree)
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        arguments = function.args
        bound = [(a.arg, function.lineno) for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs]
        bound += [(node.id, node.lineno) for node in ast.walk(function)
                  if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)]
        declared_global = {name for node in ast.walk(function) if isinstance(node, ast.Global) for name in node.names}
        found += [f"{line}: {name}" for name, line in bound if name in outer and name not in declared_global]
    return found


def test_no_local_hides_a_module_level_name():
    files = sorted([*(ROOT / "kennisbank").rglob("*.py"), *(ROOT / "hooks").glob("*.py")])
    assert len(files) > 50
    assert [f"{path.relative_to(ROOT)}:{found}" for path in files for found in shadowed(path)] == []


def test_the_rule_finds_a_local_that_hides_an_import(tmp_path):
    module = tmp_path / "example.py"
    module.write_text("from kennisbank.content import sources\n\n\ndef run(pages):\n"
                      "    sources = [page.source for page in pages]\n    return sources\n", encoding="utf-8")
    assert shadowed(module) == ["5: sources"]
