"""Python-Markdown extension: the first time a page uses a glossary term, it links to the glossary with a tooltip.

Why a Markdown extension and not a pass over the finished HTML: it works on the element tree, so it knows
for certain which text is inside a heading, link, code or abbreviation (and leaves it alone); its link to the
glossary goes through MkDocs like an author's link, so it becomes relative (the site works offline) and MkDocs
checks that the anchor exists; and an extension runs unchanged in MkDocs' successors, which do not run hooks.

The pattern, readable without CSS, JavaScript, mouse or sight:

    <span class="kb-begrip"><a href="/begrippen.md#wmo" aria-describedby="kb-begrip-wmo">Wmo</a><span
      id="kb-begrip-wmo" role="tooltip" hidden>Wmo staat voor ...</span></span>

The link works everywhere (also on touch screens, where a title attribute never shows); a screen reader reads
the definition as the link's description; CSS shows it on hover and keyboard focus (docs/assets/vinden.css) and
docs/assets/artikel.js lets Escape close it (WCAG 1.4.13).

    markdown_extensions:
      - kennisbank.html.glossary_extension:
          bestand: !relative $config_dir/docs/begrippen.md   # the glossary's source file
          pagina: /begrippen.md                              # the glossary's path on the site
"""
from __future__ import annotations

import os
import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER, HTML_PLACEHOLDER_RE, AtomicString

from kennisbank.content import glossary

# Text inside these is left alone: headings, links, code and what already explains a word.
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
SKIPPED_TAGS = HEADINGS | {"a", "code", "pre", "kbd", "samp", "abbr", "dfn", "script", "style", "button", "label",
                           "summary"}
SKIPPED_CLASSES = frozenset({"admonition-title", "kb-begrip"})
_RAW_TAG = re.compile(r"\s*<(?P<closing>/?)(?P<name>[a-zA-Z][a-zA-Z0-9]*)")


class GlossaryExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "bestand": ["docs/begrippen.md", "the glossary's Markdown file"],
            "pagina": ["/begrippen.md", "the glossary's path on the site, as in a link"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        # After the inline patterns (20) and the table of contents (5); before MkDocs makes links relative (0).
        md.treeprocessors.register(GlossaryTreeprocessor(md, self), "kennisbank_glossary", 4)

    def terms(self) -> list[glossary.Term]:
        return glossary.load(os.fspath(self.getConfig("bestand")))


class GlossaryTreeprocessor(Treeprocessor):
    def __init__(self, md, extension: GlossaryExtension):
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        headings = [h for h in root.iter() if h.tag in HEADINGS]
        own_headings = {self._heading_text(h).casefold() for h in headings} | {h.get("id") for h in headings}
        self.unused: dict[str, glossary.Term] = {}
        for term in self.extension.terms():
            if term.anchor in own_headings or any(name.casefold() in own_headings for name in term.names):
                continue  # the page explains the term itself (the glossary page does, for every term)
            for name in term.names:
                self.unused.setdefault(name.casefold(), term)
        if not self.unused:
            return
        # The longest first: "Eigen Kracht-conferentie" before "Eigen kracht".
        names = sorted(self.unused, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])", re.IGNORECASE)
        self.link = self.extension.getConfig("pagina")
        self.inside_skipped_html = 0
        self._walk(root)

    def _heading_text(self, heading: etree.Element) -> str:
        """The heading as readers see it: without its permalink, with the text of inline HTML it holds."""
        parts = [heading.text or ""]
        for child in heading:
            if "headerlink" not in (child.get("class") or "").split():
                parts.append("".join(child.itertext()))
            parts.append(child.tail or "")
        stash = self.md.htmlStash.rawHtmlBlocks
        text = HTML_PLACEHOLDER_RE.sub(lambda m: str(stash[int(m.group(1))]), "".join(parts))
        return glossary.plain_text(text)

    def _walk(self, element: etree.Element) -> None:
        if element.text and not isinstance(element.text, AtomicString):
            element.text, new = self._split(element.text)
            for index, child in enumerate(new):
                element.insert(index, child)
        # Children are walked in document order, so an author's <abbr> placeholder comes before the text it holds.
        for child in list(element):
            if child.tag not in SKIPPED_TAGS and not SKIPPED_CLASSES & set((child.get("class") or "").split()):
                self._walk(child)
            if child.tail and not isinstance(child.tail, AtomicString):
                child.tail, new = self._split(child.tail)
                position = list(element).index(child) + 1
                for offset, item in enumerate(new):
                    element.insert(position + offset, item)

    def _split(self, text: str) -> tuple[str, list[etree.Element]]:
        """The text up to the first unused term, and the explained terms, each with the text after it as tail."""
        head = ""
        elements: list[etree.Element] = []

        def keep(part: str) -> None:
            nonlocal head
            if elements:
                elements[-1].tail = (elements[-1].tail or "") + part
            else:
                head += part

        # An author's inline HTML (<abbr>Wmo</abbr>) is still a placeholder here, around text in the tree.
        for index, part in enumerate(HTML_PLACEHOLDER_RE.split(text)):
            if index % 2:
                self._follow_raw_html(int(part))
                keep(HTML_PLACEHOLDER % part)
                continue
            if self.inside_skipped_html:
                keep(part)
                continue
            position = 0
            for match in self.pattern.finditer(part):
                term = self.unused.get(match.group(0).casefold())
                if term is None:
                    continue  # used already: only the first time on a page
                for name in term.names:
                    self.unused.pop(name.casefold(), None)
                keep(part[position:match.start()])
                elements.append(self._explained(match.group(0), term))
                elements[-1].tail = ""
                position = match.end()
            keep(part[position:])
        return head, elements

    def _follow_raw_html(self, number: int) -> None:
        """Count the author's open <a>, <abbr>, <code> ... tags: text inside them stays as it is."""
        raw = self.md.htmlStash.rawHtmlBlocks[number]
        if not isinstance(raw, str):
            return
        tag = _RAW_TAG.match(raw)
        if tag is None or tag["name"].lower() not in SKIPPED_TAGS or raw.rstrip().endswith("/>") \
                or (not tag["closing"] and f"</{tag['name'].lower()}" in raw.lower()):
            return
        self.inside_skipped_html = max(0, self.inside_skipped_html + (-1 if tag["closing"] else 1))

    def _explained(self, word: str, term: glossary.Term) -> etree.Element:
        tooltip_id = f"kb-begrip-{term.anchor}"
        wrapper = etree.Element("span", {"class": "kb-begrip"})
        link = etree.SubElement(wrapper, "a", {"href": f"{self.link}#{term.anchor}", "aria-describedby": tooltip_id})
        link.text = AtomicString(word)
        tooltip = etree.SubElement(wrapper, "span", {"id": tooltip_id, "class": "kb-begrip__uitleg", "role": "tooltip",
                                                      "hidden": "hidden"})
        tooltip.text = AtomicString(term.definition)
        return wrapper


def makeExtension(**kwargs):
    return GlossaryExtension(**kwargs)
