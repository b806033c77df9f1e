"""The search results page, /zoeken/?q=...: a plain link to it shows the results, so a search can be shared.

The page is generated (no source file), is not in the navigation and not in the index. Without
JavaScript it says how to find pages otherwise; docs/assets/zoeken.js fills in the results and filters.
"""
from __future__ import annotations

import yaml

QUERY_PARAMETER = "q"

TITLE = "Zoeken in de kennisbank"
DESCRIPTION = "Zoek in alle artikelen, praktijkkaarten, interventies en hoofdstukken van het e-book."

# One HTML block: Markdown leaves it as it is. The data-kb-* attributes are what zoeken.js looks for.
# A backslash at the end of a line joins it to the next (for short source lines; the HTML has no line break there).
_BODY = f"""<div class="kb-zoekpagina" data-kb-zoekpagina>
<form class="kb-zoekpagina__formulier" role="search" method="get" action="./">
<label class="kb-zoekpagina__label" for="kb-zoekpagina-vak">Waar zoekt u naar?</label>
<div class="kb-zoekpagina__rij">
<input class="kb-zoekpagina__invoer" id="kb-zoekpagina-vak" type="search" name="{QUERY_PARAMETER}" \
autocomplete="off" spellcheck="false" aria-describedby="kb-zoekpagina-uitleg">
<button class="md-button md-button--primary" type="submit">Zoeken</button>
</div>
<p class="kb-zoekpagina__uitleg" id="kb-zoekpagina-uitleg">Typ een of meer woorden of een vraag. \
U ziet eerst de pagina's met al uw woorden, daarna die met de meeste.</p>
</form>
<noscript><p class="kb-zoekpagina__melding">Zoeken werkt alleen als JavaScript aan staat in uw browser. \
Zonder JavaScript vindt u pagina's via het menu en via de overzichten per thema.</p></noscript>
<div class="kb-zoekpagina__inhoud">
<div class="kb-zoekpagina__filters" data-kb-zoekfilters hidden></div>
<div class="kb-zoekpagina__uitkomst">
<p class="kb-zoekpagina__status" role="status" data-kb-zoekstatus></p>
<ol class="kb-zoekpagina__resultaten" data-kb-zoekresultaten></ol>
<button class="md-button" type="button" data-kb-meer hidden>Meer resultaten</button>
</div>
</div>
</div>
"""


def markdown() -> str:
    meta = {"title": TITLE, "description": DESCRIPTION, "type": "pagina", "hide": ["navigation", "toc"]}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + _BODY
