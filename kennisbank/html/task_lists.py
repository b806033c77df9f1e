"""Checklists ("- [ ] ..." in Markdown) whose checkboxes a screen reader can name.

pymdownx.tasklist writes the checkbox in an empty <label>, with the item's text after it: the
checkbox has no name (axe rule 'label', WCAG 4.1.2). Moving the text into the label gives the
checkbox the item's text as its name, and changes nothing on screen.
"""
from __future__ import annotations

import re

# The label as pymdownx.tasklist (custom_checkbox) writes it, and the item's text up to the end of
# the item, its paragraph or a nested list; a block inside the text leaves the item as it is.
_EMPTY_LABEL = re.compile(
    r'(?P<open><label class="task-list-control">)(?P<box><input type="checkbox"[^>]*>)'
    r'(?P<indicator><span class="task-list-indicator"></span>)</label>'
    r"(?P<text>(?:(?!</?(?:li|p|ul|ol|div|label|table|pre|blockquote)\b).)*?)"
    r"(?P<end></li>|</p>|(?=\s*<(?:ul|ol)\b))",
    re.DOTALL,
)


def label_checkboxes(page_html: str) -> str:
    return _EMPTY_LABEL.sub(
        lambda m: f"{m['open']}{m['box']}{m['indicator']}{m['text']}</label>{m['end']}", page_html
    )
