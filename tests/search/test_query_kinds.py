"""Issue 17: queries of six kinds typed into the real search box in Chromium; per kind, at least 9 in 10 find
their page among the first five results (zoekvragen-soorten.yml). bench/search.py prints the same figures."""
import pytest
from search_helpers import KINDS, reader, recall, site  # noqa: F401

GOAL = 0.9


def test_there_are_at_least_80_queries_of_six_kinds():
    assert len(KINDS) == 6 and sum(map(len, KINDS.values())) >= 80


@pytest.mark.parametrize("kind", list(KINDS))
def test_recall_at_five_per_kind(site, reader, kind):
    score, misses = recall(reader, KINDS[kind], site.pages)
    assert score >= GOAL, f"{kind}: recall@5 {score:.2f}; niet gevonden:\n" + "\n".join(misses)
