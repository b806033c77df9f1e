"""A small site with an e-book (boek.yml, three chapters with a figure, footnote, details, table and links),
an article, an intervention and two cards, built once with PDFs and EPUB for the tests in this folder.

Test modules import the fixture book_build; the build is shared through _builds (pytest would otherwise
make one per importing module).
"""
from __future__ import annotations

import io

import pytest
from PIL import Image

from conftest import FIXTURE_FILES, Build, make_site, page, run_build

BOOK_YML = """titel: Stappen in buurt- en dorpskracht
ondertitel: Een proefboek voor de tests
uitgever: Proefuitgeverij
jaar: 2026
taal: nl
licentie: CC BY 4.0
trefwoorden: [proef, buurtkracht]
onderwerp: Een boek om de pdf en de epub mee te testen.
colofon: |
  Dit is het colofon van het proefboek.
"""

RICH_CHAPTER = page("hoofdstuk", title="Samen verder", hoofdstuk=3,
                    body="""Dit hoofdstuk heeft alles wat een boek nodig heeft.[^bron] Daarna volgt de rest.

## Een figuur

<figure markdown>
![Schets van een buurt met drie straten](schets.png)
<figcaption>Figuur 1. Een schets van de buurt.</figcaption>
</figure>

## Meer weten

??? note "Wat er in het blok staat"
    Deze tekst staat in een ingeklapt blok.

## Een checklist

- [ ] Het eerste punt om af te vinken
- [x] Het tweede punt

| Kolom | Waarde |
|---|---|
| Buurt | Dorp |

Lees nog eens [het begin van het boek](het-eerste-idee.md#begin), of kijk op
[de website van Movisie](https://www.movisie.nl/).

[^bron]: Een voetnoot met de bron van dit hoofdstuk.
""")


def png() -> bytes:
    data = io.BytesIO()
    Image.new("RGB", (60, 40), (11, 85, 112)).save(data, format="PNG")
    return data.getvalue()


BOOK_FILES = {
    **FIXTURE_FILES,
    "ebook/boek.yml": BOOK_YML,
    "ebook/samen-verder.md": RICH_CHAPTER,
    "ebook/schets.png": png(),
    "docs/praktijkkaarten/verbinden.md": page("kaart", title="Verbinden", basisfunctie="verbinden",
                                              body="Een tweede kaart.\n\n## Vragen\n\n- Wie helpt?\n"),
}


_builds: dict[str, Build] = {}


@pytest.fixture(scope="session")
def book_build(tmp_path_factory) -> Build:
    if "book" not in _builds:
        _builds["book"] = run_build(make_site(tmp_path_factory.mktemp("book"), BOOK_FILES))
    build = _builds["book"]
    assert build.returncode == 0, build.output
    return build
