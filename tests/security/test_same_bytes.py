"""Same commit, same bytes: two builds of the same sources give identical files, PDFs, EPUB and search index
included."""
from __future__ import annotations

from conftest import real_site, run_build


def _files(site):
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()}


def test_two_builds_of_the_same_sources_are_byte_identical(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")  # 1 December 2025, as `make site` takes it from the commit
    first, second = (run_build(real_site(tmp_path_factory.mktemp(name))) for name in ("eerste", "tweede"))
    assert first.returncode == 0 and second.returncode == 0, first.output + second.output
    one, two = _files(first.site), _files(second.site)
    assert set(one) == set(two)
    assert any(name.endswith(".pdf") for name in one) and any(name.endswith(".epub") for name in one)
    assert any(name.startswith("pagefind/filter/") for name in one)  # Pagefind's filter files, made stable
    assert sorted(name for name in one if one[name] != two[name]) == []
