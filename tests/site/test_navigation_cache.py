"""hooks/navigation_cache.py renders Material's menu once per section and folder: every page of the real site
must be letter for letter what Material renders without it."""
from conftest import real_site, run_build

HTML_PAGES = "**/*.html"


def test_every_page_is_the_same_as_with_materials_own_menu(real_build, tmp_path):
    plain = real_site(tmp_path)
    (plain / "overrides" / "partials" / "nav.html").unlink()
    config = plain / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - hooks/navigation_cache.py\n", ""),
                      encoding="utf-8")
    assert "navigation_cache" not in config.read_text(encoding="utf-8")
    build = run_build(plain)
    assert build.returncode == 0, build.output
    ours = sorted(path.relative_to(real_build.site) for path in real_build.site.glob(HTML_PAGES))
    assert ours == sorted(path.relative_to(build.site) for path in build.site.glob(HTML_PAGES))
    different = [str(path) for path in ours
                 if (real_build.site / path).read_bytes() != (build.site / path).read_bytes()]
    assert different == []


def test_most_pages_reuse_a_menu(tmp_path):
    build = run_build(real_site(tmp_path), "-v")
    assert build.returncode == 0, build.output
    line = next(line for line in build.output.splitlines() if "Navigatiemenu:" in line)
    reused, rendered = (int(word) for word in line.split() if word.isdigit())
    assert reused >= 60 and rendered <= reused / 4, line
