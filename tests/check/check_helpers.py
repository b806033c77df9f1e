import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

# What `make check` reads besides the content.
CHECK_FILES = ("mkdocs.yml", "vocabulaire.yml", "verboden-formuleringen.yml", "leesbaarheid.yml", "woordenlijst.txt",
               "sjablonen")


@pytest.fixture
def check_root(tmp_path):
    for name in CHECK_FILES:
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, tmp_path / name)
    for folder in ("docs", "dossiers/buurtkracht", "ebook"):
        (tmp_path / folder).mkdir(parents=True)
    # The banned phrasings, without the shipped content's sentences still to rewrite (not in this site).
    phrasings = tmp_path / "verboden-formuleringen.yml"
    phrasings.write_text(phrasings.read_text(encoding="utf-8").split("\nnog_herschrijven:")[0] + "\n", encoding="utf-8")
    return tmp_path


def run_check(root, *options):
    result = subprocess.run([sys.executable, "-m", "kennisbank.check", "--root", str(root), *options],
                            capture_output=True, text=True, timeout=300, cwd=ROOT, check=False)
    return result.returncode, result.stdout + result.stderr
