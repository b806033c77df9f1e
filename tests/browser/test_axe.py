"""WCAG 2.0, 2.1 and 2.2, levels A and AA (2.2 adds target size; EN 301 549 is moving to it), checked by axe-core in
Chromium on every page type, light and dark."""
import pytest
from browser_helpers import AXE, PAGE_TYPES, site  # noqa: F401 (site is a fixture)

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SCHEMES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material's data-md-color-scheme

RUN_AXE = """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
  .then(result => result.violations.map(v => ({
    rule: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html, summary: n.failureSummary})),
  })))"""


def format_violations(url: str, scheme: str, violations: list[dict]) -> list[str]:
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            summary = " ".join(node["summary"].split())
            lines.append(f"{url} [{scheme}] rule '{violation['rule']}' ({violation['impact']}): {violation['help']}\n"
                         f"    element: {node['target']}  {node['html'][:200]}\n    {summary}")
    return lines


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_no_wcag_violations(browser, site, page_type, scheme):
    urls = site.urls(page_type)
    assert AXE.is_file(), f"{AXE} is missing: `make test` installs it (npm ci)"
    context = browser.new_context(color_scheme=scheme, bypass_csp=True)  # axe-core is injected as a script
    failures = []
    for url in urls:
        page = context.new_page()
        page.goto(site.base + url, wait_until="load")
        # The check must really see the scheme it claims to check.
        assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[scheme], url
        page.add_script_tag(path=str(AXE))
        failures += format_violations(url, scheme, page.evaluate(RUN_AXE, WCAG_TAGS))
        page.close()
    context.close()
    assert not failures, f"{len(failures)} WCAG violations:\n" + "\n".join(failures)
