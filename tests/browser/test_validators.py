"""Two independent checks of the built site: the Nu Html Checker (valid HTML) on every page type, and
Lighthouse 12.2.3 (accessibility, SEO, best practices, layout shift) in Chromium on five page types, mobile.

Both come from npm, at the exact versions in package-lock.json. Lighthouse's scores are asserted, never its
timings (timings belong in bench/).
"""
import json
import os
import re
import subprocess

import pytest
from browser_helpers import PAGE_TYPES, site  # noqa: F401 (site is a fixture)

from conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM = "/usr/bin/chromium"

# The Nu Html Checker's errors that come from Material's own templates, and why they stay (README.md, "Wat de
# HTML-controle nog meldt"). Anything else is ours and fails the test.
MATERIAL_ERRORS = (
    # base.html: autocomplete="off" on the hidden checkboxes of the menu and search. Firefox would otherwise
    # restore a checked box on "back": the menu would be open on return. Only a copy of base.html could drop it.
    re.compile(r"^Attribute “autocomplete” is only allowed when the input type is"),
    # partials/nav-item.html: tabindex="" on the label of a section without a page of its own; browsers read an
    # empty tabindex as none, so nothing changes for a reader.
    re.compile(r"^Bad value “” for attribute “tabindex” on element “label”"),
    # partials/nav.html: a label for the page's table of contents (__toc) on a page that has none.
    re.compile(r"^The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control"),
)


def _file_of(site, url: str):
    path = url.split("?")[0].strip("/")
    if url == "/deze-pagina-bestaat-niet/":
        return site.build.site / "404.html"
    return site.build.site / path / "index.html" if path else site.build.site / "index.html"


def test_html_of_every_page_type_is_valid_apart_from_materials_templates(site):
    assert VNU.is_file(), f"{VNU} is missing: `make test` installs it (npm ci)"
    files = sorted({_file_of(site, url) for urls in site.pages.values() for url in urls})
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
                         capture_output=True, text=True, timeout=600, check=False)
    messages = json.loads(run.stderr)["messages"]
    ours = [f"{m['url'].rsplit('/site/', 1)[-1]}:{m.get('lastLine', '?')}: {m['message']}\n    {m.get('extract', '')!r}"
            for m in messages if m["type"] == "error" or m.get("subType") == "fatal"
            if not any(pattern.search(m["message"]) for pattern in MATERIAL_ERRORS)]
    assert len(files) >= len([urls for urls in site.pages.values() if urls])
    assert not ours, f"{len(ours)} HTML errors from our own markup:\n" + "\n".join(ours[:30])


LIGHTHOUSE_PAGE_TYPES = ("home", "article", "ebook-chapter", "intervention", "overview")
CATEGORIES = ("accessibility", "seo", "best-practices")
MAX_LAYOUT_SHIFT = 0.05


@pytest.mark.parametrize("page_type", LIGHTHOUSE_PAGE_TYPES)
def test_lighthouse_mobile_scores_100_and_nothing_shifts(site, page_type, tmp_path):
    assert LIGHTHOUSE.is_file(), f"{LIGHTHOUSE} is missing: `make test` installs it (npm ci)"
    url = site.base + site.urls(page_type)[0]
    report = tmp_path / "lighthouse.json"
    # Lighthouse's default is a mobile phone (Moto G Power) on a throttled connection.
    run = subprocess.run(["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
                          f"--only-categories={','.join(CATEGORIES)},performance",
                          "--chrome-flags=--headless=new --no-sandbox"],
                         capture_output=True, text=True, timeout=300, env={**os.environ, "CHROME_PATH": CHROMIUM},
                         check=False)
    assert report.is_file(), run.stdout + run.stderr
    result = json.loads(report.read_text(encoding="utf-8"))
    failing = [f"{category}: {audit['id']} ({audit['title']})"
               for category in CATEGORIES for reference in result["categories"][category]["auditRefs"]
               if reference["weight"] and (audit := result["audits"][reference["id"]])["score"] is not None
               and audit["score"] < 1]
    scores = {category: result["categories"][category]["score"] for category in CATEGORIES}
    assert scores == dict.fromkeys(CATEGORIES, 1), f"{url}: {scores}\n" + "\n".join(failing)
    shift = result["audits"]["cumulative-layout-shift"]["numericValue"]
    assert shift <= MAX_LAYOUT_SHIFT, f"{url}: layout shift {shift:.3f}"
