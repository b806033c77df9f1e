"""Same commit, same bytes: two builds of the same sources give identical files, PDFs and EPUB included.

Pagefind 1.5.2 writes its filter and metadata files in hash-map order (Pagefind/pagefind#638: "other files will
still change"), so those are compared by what they hold (the pages in the index), not byte for byte.
"""
from __future__ import annotations

import json

from conftest import real_site, run_build

PAGEFIND_UNSTABLE = ("pagefind/filter/", "pagefind/pagefind.", "pagefind/pagefind-entry.json")


def _files(site):
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()}


def test_two_builds_of_the_same_sources_are_byte_identical(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")  # 1 December 2025, as `make site` takes it from the commit
    first, second = (run_build(real_site(tmp_path_factory.mktemp(name))) for name in ("eerste", "tweede"))
    assert first.returncode == 0 and second.returncode == 0, first.output + second.output
    one, two = _files(first.site), _files(second.site)
    stable = {name for name in one if not name.startswith(PAGEFIND_UNSTABLE)}
    assert stable == {name for name in two if not name.startswith(PAGEFIND_UNSTABLE)}
    assert any(name.endswith(".pdf") for name in stable) and any(name.endswith(".epub") for name in stable)
    different = sorted(name for name in stable if one[name] != two[name])
    assert different == []
    entry = [json.loads(files["pagefind/pagefind-entry.json"]) for files in (one, two)]
    assert [e["languages"]["nl"]["page_count"] for e in entry] == [entry[0]["languages"]["nl"]["page_count"]] * 2
