"""Results worked out from one file, kept until what they were worked out from changes.

Several hooks ask for the same results in one build, and `mkdocs serve` keeps the process between
rebuilds: after one edit, only the edited file's results are worked out again. Each file keeps only its
latest result, so a cache holds no more entries than the site has files, however many edits come by.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

Result = TypeVar("Result")


def per_file(make: Callable[..., Result]) -> Callable[..., Result]:
    """`make(file, *inputs)`, kept per `file` with the inputs it came from, and made again when they differ.

    `file` only names the slot; the inputs must be everything the result depends on. They are compared with
    ==, which is quick for the same objects: a page's Source read once per change of the file, the vocabulary.
    """
    kept: dict[object, tuple[tuple, Result]] = {}

    @functools.wraps(make)
    def cached(file, *inputs):
        known = kept.get(file)
        if known is None or known[0] != inputs:
            known = kept[file] = (inputs, make(file, *inputs))
        return known[1]

    return cached
