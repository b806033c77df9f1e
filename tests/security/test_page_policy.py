"""The page's own Content-Security-Policy (a <meta> element, for hosts that send no headers, as GitHub Pages):
a script that got into a built page after the sanitiser is refused by the browser."""
from __future__ import annotations

from conftest import serve

INJECTED = ("<script>window.__kbxInline = 1</script>"
            "<script src=\"data:text/javascript,window.__kbxData=1\"></script>")
INJECTED_BODY = '<img src="/nergens.png" onerror="window.__kbxHandler = 1"><a id="kbx" href="javascript:void(0)">x</a>'


def test_every_page_carries_the_policy(fixture_build):
    pages = list(fixture_build.site.rglob("*.html"))
    without = [str(path) for path in pages
               if 'http-equiv="refresh"' not in (text := path.read_text(encoding="utf-8"))
               and '<meta http-equiv="Content-Security-Policy"' not in text]
    assert pages and without == []


def test_an_injected_script_is_blocked_by_the_pages_own_policy(fixture_build, tmp_path, browser):
    site = tmp_path / "site"
    (site).mkdir()
    html = fixture_build.html("/")
    # After the policy, as an attacker who got past the sanitiser would put it: in the head and in the body.
    html = html.replace("</head>", INJECTED + "</head>", 1).replace("</article>", INJECTED_BODY + "</article>", 1)
    (site / "index.html").write_text(html, encoding="utf-8")
    for folder in ("assets", "pagefind"):
        source = fixture_build.site / folder
        if source.exists():
            (site / folder).symlink_to(source)
    url, server = serve(site)
    tab = browser.new_page()
    violations = []
    tab.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text
           else None)
    try:
        tab.goto(url + "/", wait_until="load")
        tab.click("#kbx")
        ran = tab.evaluate("[window.__kbxInline, window.__kbxData, window.__kbxHandler]")
    finally:
        tab.close()
        server.shutdown()
    assert ran == [None, None, None]
    assert len(violations) >= 3, violations  # the browser says it refused them: the policy did it, not chance
