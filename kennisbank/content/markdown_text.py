"""Markdown source with its code masked, so checks do not look inside code examples."""
from __future__ import annotations

import functools
import re

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")


@functools.lru_cache(maxsize=16)  # the checks of a page each ask for it, one after the other
def mask_code(body: str) -> str:
    """The body with fenced and inline code replaced by spaces; line numbers stay the same."""
    lines = body.split("\n")
    fence = None
    for index, line in enumerate(lines):
        match = _FENCE.match(line)
        if fence:
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = None
            lines[index] = ""
        elif match:
            fence = match.group(1)
            lines[index] = ""
        else:
            lines[index] = _INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line)
    return "\n".join(lines)
