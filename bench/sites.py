"""The sites the benchmark builds: ours (our configuration and hooks) and plain MkDocs + Material on the same
Markdown, in .cache/bench/ (not in Git)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bench.corpus import write_corpus  # noqa: E402
from conftest import make_site, real_site  # noqa: E402

WORK = ROOT / ".cache" / "bench"


class _AnyTag(yaml.SafeLoader):
    """Reads mkdocs.yml without MkDocs: a tag such as !relative gives its plain value."""


_AnyTag.add_multi_constructor("!", lambda loader, suffix, node: loader.construct_scalar(node))


def synthetic(pages: int) -> Path:
    """Our site with `pages` synthetic pages (bench/corpus.py)."""
    root = _fresh(f"ours-{pages}")
    make_site(root, {})
    write_corpus(root, pages)
    return root


def real() -> Path:
    """Our site with the shipped content."""
    return real_site(_fresh("ours-echt"))


def plain(ours: Path) -> Path:
    """The same Markdown as plain MkDocs + Material builds it: one docs folder (the collections in it at the
    paths our hooks give them), our theme features (navigation.prune among them) and Markdown extensions
    less our own, Material's own search, no hooks, no stylesheets or scripts of ours."""
    root = _fresh(f"plain-{ours.name.removeprefix('ours-')}")
    shutil.copytree(ours / "docs", root / "docs", ignore=shutil.ignore_patterns("assets"))
    shutil.copytree(ours / "dossiers", root / "docs" / "dossiers")
    shutil.copytree(ours / "ebook", root / "docs" / "e-book", ignore=shutil.ignore_patterns("*.yml"))
    config = yaml.load((ours / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTag)
    extensions = [ext for ext in config["markdown_extensions"]
                  if not (ext if isinstance(ext, str) else next(iter(ext))).startswith("kennisbank")]
    plain_config = {"site_name": config["site_name"], "site_url": config["site_url"],
                    "theme": {"name": "material", "language": "nl", "features": config["theme"]["features"]},
                    "markdown_extensions": extensions, "plugins": ["search"]}
    (root / "mkdocs.yml").write_text(yaml.safe_dump(plain_config, allow_unicode=True, sort_keys=False),
                                     encoding="utf-8")
    return root


def _fresh(name: str) -> Path:
    root = WORK / name
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    return root
