"""The site's addresses: where a page of each kind lives, and which site paths say what about a page."""
from __future__ import annotations

DOSSIERS = "dossiers"  # every dossier is a folder here: dossiers/<dossier>/index.md is its landing page


def dossier_of(site_uri: str) -> str | None:
    """The dossier a site path lies in: 'dossiers/buurtkracht/abcd.md' -> 'buurtkracht', and so for its landing page
    'dossiers/buurtkracht/index.md'; None outside a dossier."""
    parts = site_uri.split("/")
    return parts[1] if len(parts) >= 3 and parts[0] == DOSSIERS else None


def is_dossier_landing(site_uri: str) -> bool:
    """'dossiers/buurtkracht/index.md': the dossier's own start page."""
    return dossier_of(site_uri) is not None and site_uri.count("/") == 2 and site_uri.endswith("/index.md")


def dossier_article(site_uri: str) -> str | None:
    """The dossier of a page right inside a dossier's folder, not its landing page: 'dossiers/x/abcd.md' -> 'x'."""
    return dossier_of(site_uri) if site_uri.count("/") == 2 and not is_dossier_landing(site_uri) else None


def dossier_landing(dossier: str) -> str:
    return f"{DOSSIERS}/{dossier}/index.md"
