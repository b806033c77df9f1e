"""An Atom feed of the news and of new and updated articles (/feed.xml).

Our own, not mkdocs-rss-plugin: that plugin runs `git log` once per page, cannot see pages that hooks add,
and warns (which stops our strict build) outside Git or in a shallow clone. This reads the dates the rest of the
site uses: `datum` from the front matter and the one `git log` of kennisbank/content/git_dates.py.
"""
from __future__ import annotations

import datetime
import xml.etree.ElementTree as etree
from collections.abc import Callable

from kennisbank.content import addresses
from kennisbank.content.entries import NEWS, Entry, SiteContent
from kennisbank.finding import news

LIMIT = 20
ATOM = "http://www.w3.org/2005/Atom"


def updated_at(entry: Entry) -> datetime.datetime | None:
    """When the entry last changed for readers: its last commit if that is on or after publication, else publication."""
    dates = entry.dates
    if dates.changed and (dates.published is None or dates.changed.date() >= dates.published):
        return dates.changed
    return _midnight(dates.published) if dates.published else None


def newest(site: SiteContent, limit: int = LIMIT) -> list[Entry]:
    """The newest news items (by the day of the news) and the most recently published or updated articles,
    up to `limit` of each, newest first (by title when equally new). News items are chosen by their own day: an
    edit does not make old news new, and an edit of many pages at once must not push the news out of the feed
    (the news as on /actueel/: news.items)."""
    latest_news = [entry for _, entry in news.items(site)][:limit]
    by_title = sorted((e for e in site.entries if e.is_article and e.type != NEWS and updated_at(e)),
                      key=lambda e: e.title.casefold())
    articles = sorted(by_title, key=_updated, reverse=True)[:limit]
    return sorted(sorted(latest_news + articles, key=lambda e: e.title.casefold()), key=_updated, reverse=True)


def _updated(entry: Entry) -> datetime.datetime:
    """updated_at of an entry in the feed: newest() takes only the entries that have one."""
    return updated_at(entry) or _midnight(datetime.date.min)


def atom(site: SiteContent, url_of: Callable[[str], str], site_name: str, site_url: str, limit: int = LIMIT) -> str:
    """The feed as XML; url_of gives a page's absolute URL by its site path."""
    etree.register_namespace("", ATOM)
    entries = newest(site, limit)
    feed = etree.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "nl"})
    _add(feed, "title", site_name)
    _add(feed, "subtitle", "Nieuws, en nieuwe en bijgewerkte artikelen, praktijkkaarten, interventies en hoofdstukken")
    _add(feed, "id", site_url)
    _add(feed, "link", rel="self", href=site_url.rstrip("/") + "/" + addresses.FEED)
    _add(feed, "link", rel="alternate", type="text/html", href=site_url)
    newest_date = max((_updated(e) for e in entries), default=None)
    _add(feed, "updated", (newest_date or _midnight(datetime.date.today())).isoformat())
    _add(etree.SubElement(feed, f"{{{ATOM}}}author"), "name", site_name)
    for entry in entries:
        item = etree.SubElement(feed, f"{{{ATOM}}}entry")
        url = url_of(entry.site_uri)
        _add(item, "title", entry.title)
        _add(item, "id", url)
        _add(item, "link", rel="alternate", type="text/html", href=url)
        if entry.dates.published:
            _add(item, "published", _midnight(entry.dates.published).isoformat())
        updated = updated_at(entry)
        if updated is not None:  # the entries chosen for the feed all have one
            _add(item, "updated", updated.isoformat())
        if entry.author:
            _add(etree.SubElement(item, f"{{{ATOM}}}author"), "name", entry.author)
        if entry.description:
            _add(item, "summary", entry.description)
        for code in entry.themes:
            _add(item, "category", term=code, label=site.label("themas", code))
    return etree.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


def _add(parent: etree.Element, tag: str, text: str | None = None, **attributes: str) -> etree.Element:
    element = etree.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    element.text = text
    return element


def _midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(), tzinfo=datetime.UTC)
