"""Every build starts with a fresh session (kennisbank/session.py): the content is read once, when a hook first
asks for it, and shared by every hook of that build; a preview's rebuild after a save reads it anew."""
from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.plugins import event_priority

from kennisbank.session import SESSION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


@event_priority(1000)  # before every other hook: they read this build's content from the session
def on_config(config: MkDocsConfig) -> None:
    SESSION.start_build()
