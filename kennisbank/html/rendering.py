"""Markdown to HTML with the extensions mkdocs.yml names, so that `make check` sees the HTML the site will have.

The site build renders through MkDocs; this reads the same `markdown_extensions` list without importing MkDocs.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import markdown
import yaml

from kennisbank.problems import ContentError, Problem

CONFIG_FILE = "mkdocs.yml"


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml's own tags: `!relative $config_dir/...` and `$docs_dir/...` as paths, `!ENV` as its default."""

    root: Path  # the folder of mkdocs.yml
    docs_dir: str


def _relative(loader: _ConfigLoader, node: yaml.ScalarNode) -> str:
    value = loader.construct_scalar(node)
    for variable, folder in (("$config_dir", loader.root), ("$docs_dir", loader.root / loader.docs_dir)):
        value = value.replace(variable, str(folder))
    return value


def _environment(loader: _ConfigLoader, node: yaml.ScalarNode | yaml.SequenceNode | yaml.MappingNode):
    value = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    return value[-1] if len(value) > 1 else None


_ConfigLoader.add_constructor("!relative", _relative)
_ConfigLoader.add_constructor("!ENV", _environment)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _read_config(root: Path) -> dict:
    try:
        text = (root / CONFIG_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError([Problem(CONFIG_FILE, None, f"het bestand kan niet gelezen worden ({error}). Zet het terug "
                                    "uit Git: git checkout mkdocs.yml")]) from None
    loader = _ConfigLoader(text)
    docs_dir = re.search(r"^docs_dir:\s*['\"]?([^'\"\s#]+)", text, re.MULTILINE)
    loader.root, loader.docs_dir = root, docs_dir.group(1) if docs_dir else "docs"
    try:
        return loader.get_single_data() or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ContentError([Problem(CONFIG_FILE, mark.line + 1 if mark else None,
                                    f"het bestand is geen geldige YAML ({error}).")]) from None
    finally:
        loader.dispose()


@functools.lru_cache(maxsize=4)
def renderer(root: Path) -> markdown.Markdown:
    """A Markdown converter configured as the site's; call .reset() between pages."""
    extensions, configs = [], {}
    for item in _read_config(Path(root)).get("markdown_extensions") or []:
        if isinstance(item, dict):
            for name, options in item.items():
                extensions.append(name)
                configs[name] = options or {}
        else:
            extensions.append(item)
    return markdown.Markdown(extensions=extensions, extension_configs=configs)


def to_html(root: Path, body: str) -> str:
    converter = renderer(Path(root))
    converter.reset()
    return converter.convert(body)
