"""hooks/navigation_cache.py renders Material's menu once per section and folder: every page of the real site
must be letter for letter what Material renders without it."""
import os
import subprocess
import sys

from conftest import ROOT, make_site

HTML_PAGES = "**/*.html"


def test_every_page_is_the_same_as_with_materials_own_menu(real_build, tmp_path):
    plain = make_site(tmp_path, {})
    for name in ("docs", "dossiers", "ebook", "data"):
        subprocess.run(["cp", "-r", str(real_build.root / name), str(plain)], check=True)
    (plain / "overrides" / "partials" / "nav.html").unlink()
    config = plain / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - hooks/navigation_cache.py\n", ""), encoding="utf-8")
    assert "navigation_cache" not in config.read_text(encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)], cwd=plain,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    ours = sorted(path.relative_to(real_build.site) for path in real_build.site.glob(HTML_PAGES))
    assert ours == sorted(path.relative_to(plain / "site") for path in (plain / "site").glob(HTML_PAGES))
    different = [str(path) for path in ours
                 if (real_build.site / path).read_bytes() != (plain / "site" / path).read_bytes()]
    assert different == []


def test_most_pages_reuse_a_menu(tmp_path):
    site = make_site(tmp_path, {})
    for name in ("docs", "dossiers", "ebook", "data"):
        subprocess.run(["cp", "-r", str(ROOT / name), str(site)], check=True)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-v", "-f", str(site / "mkdocs.yml")], cwd=site,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    line = next(line for line in result.stderr.splitlines() if "Navigatiemenu:" in line)
    reused, rendered = (int(word) for word in line.split() if word.isdigit())
    assert reused >= 60 and rendered <= reused / 4, line
