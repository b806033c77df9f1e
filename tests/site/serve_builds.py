"""Builds as `make serve` (mkdocs serve --dirty) makes them: a first build, then one rebuild after each edit,
in one process, into one folder. Run as a script so that each sequence starts in a fresh process:

    python tests/site/serve_builds.py <site root> <output folder> <edits as JSON: [[path, old, new], ...]>

It prints one line per build: "ok <seconds>" or "fout <seconds>", with MkDocs' log on stderr.
"""
import json
import logging
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError

SERVE_URL = "http://127.0.0.1:8000/"


def serve_build(root: Path, site_dir: Path, first: bool) -> bool:
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(site_dir))  # serve loads it anew for each build
    if first:
        config.plugins.on_startup(command="serve", dirty=True)
    config.site_url = SERVE_URL
    try:
        build(config, serve_url=SERVE_URL, dirty=True)
    except (Abort, PluginError):
        return False
    return True


def main(root: Path, site_dir: Path, edits: list) -> None:
    logging.basicConfig(format="%(levelname)s - %(message)s")
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    for number, edit in enumerate([None, *edits]):
        if edit:
            path, old, new = edit
            text = (root / path).read_text(encoding="utf-8")
            assert old in text, (path, old)
            (root / path).write_text(text.replace(old, new, 1), encoding="utf-8")
        started = time.perf_counter()
        built = serve_build(root, site_dir, first=number == 0)
        print("ok" if built else "fout", round(time.perf_counter() - started, 3), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), json.loads(sys.argv[3]))
