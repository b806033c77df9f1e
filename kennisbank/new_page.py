"""`make nieuw`: start a valid page of any type from its template in sjablonen/.

    python -m kennisbank.new_page --type artikel --dossier buurtkracht --titel "Een buurtcommunity starten"
"""
from __future__ import annotations

import argparse
import datetime
import re
import sys
import unicodedata
from pathlib import Path

from kennisbank.content import addresses, sources, vocabulary

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = "sjablonen"


class NewPageError(Exception):
    """Something the author must change in the command."""


def slug(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")


def destination(root: Path, page_type: str, title: str, dossier: str | None) -> Path:
    name = slug(title)
    if not name:
        raise NewPageError("de titel heeft geen letters of cijfers. Geef een titel, bijvoorbeeld TITEL=\"Een "
                           "buurtcommunity starten\".")
    if page_type == "artikel":
        dossiers = sorted(p.name for p in (root / "dossiers").iterdir() if p.is_dir())
        if dossier not in dossiers:
            raise NewPageError(f"zeg in welk dossier het artikel komt: DOSSIER={' of DOSSIER='.join(dossiers)}.")
        return root / "dossiers" / dossier / f"{name}.md"
    if page_type == "dossier":
        return root / "dossiers" / (dossier or name) / "index.md"
    return root / _source_folder(addresses.TYPE_FOLDERS[page_type]) / f"{name}.md"


def _source_folder(site_folder: str) -> str:
    """Where the files of a folder on the site are: 'e-book' -> 'ebook', 'actueel' -> 'docs/actueel'."""
    for collection in sources.COLLECTIONS:
        if site_folder == collection.site_path or site_folder.startswith(collection.site_path + "/"):
            return collection.folder + site_folder.removeprefix(collection.site_path)
    return f"{sources.DOCS.folder}/{site_folder}".rstrip("/")


def next_chapter(root: Path) -> int:
    pages, _ = sources.load(root)
    numbers = [p.source.meta.get("hoofdstuk") for p in pages if p.source.meta.get("type") == "hoofdstuk"]
    return max([n for n in numbers if isinstance(n, int)], default=0) + 1


def create(root: Path, page_type: str, title: str, dossier: str | None = None,
           today: datetime.date | None = None) -> Path:
    vocab = vocabulary.load(root)
    if page_type not in vocab.types:
        raise NewPageError(f"het type '{page_type}' bestaat niet. Kies TYPE={' of TYPE='.join(vocab.types)}.")
    title = " ".join(title.split())
    limit = vocab.fields["title"].max_length
    if limit is not None and len(title) > limit:
        raise NewPageError(f"de titel is {len(title)} tekens lang; maak hem korter, hoogstens {limit} tekens.")
    if any(character in title for character in "\"'\\"):
        raise NewPageError("zet geen aanhalingstekens of backslash in de titel.")
    path = destination(root, page_type, title, dossier)
    if path.exists():
        raise NewPageError(f"{path.relative_to(root)} bestaat al. Kies een andere titel of open dat bestand.")
    template = (root / TEMPLATES / f"{page_type}.md").read_text(encoding="utf-8")
    text = template.format(
        titel=_yaml_text(title),
        datum=(today or datetime.date.today()).isoformat(),
        thema=next(iter(vocab.value_lists["themas"])),
        hoofdstuk=next_chapter(root) if page_type == "hoofdstuk" else "",
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _yaml_text(text: str) -> str:
    # Quoted when YAML would otherwise read it as something else (a colon, a leading symbol, a number).
    plain = (re.fullmatch(r"[A-Za-zÀ-ÿ][^:#]*", text)
             and not re.search(r"\s-\s|^(ja|nee|yes|no|true|false|on|off)$", text, re.I))
    return text if plain else '"' + text + '"'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make nieuw", description="Maak een nieuwe pagina uit een sjabloon.")
    parser.add_argument("--type", required=True, help="artikel, dossier, hoofdstuk, kaart, interventie of pagina")
    parser.add_argument("--titel", required=True)
    parser.add_argument("--dossier", default=None)
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    try:
        path = create(options.root, options.type, options.titel, options.dossier or None)
    except NewPageError as error:
        print(f"make nieuw: {error}", file=sys.stderr)
        return 2
    print(f"Nieuwe pagina: {path.relative_to(options.root)}. Open het bestand en vul de tekst in; "
          "daarna ziet u de pagina met make serve.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
