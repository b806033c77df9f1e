"""Typst in a worker process: one compiler per process, with the prepared fonts loaded once, used for many documents.

pdf.py starts these processes (`start` is their initializer) and sends them documents (`render`). Processes and not
threads: two threads of one process were about as fast as two processes (Typst lets go of Python's lock), but the
memory a big document takes (the cards: 0.7 GB at 450 cards) stays in a process until it ends, and these end
after the PDF step, before the search index is made.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Final

import typst

PDF_STANDARD: Final = "ua-1"  # tagged (structure tree, MarkInfo), with the document language and title, fonts embedded
_compiler: typst.Compiler | None = None  # this process's compiler, made by start()
_layout = Path()  # print.typ, which every document imports


def start(font_folder: str, layout: str) -> None:
    """Make this process's compiler: the prepared fonts and Typst's own (for code), no system fonts. (This module
    imports only Typst: a process starts in a tenth of a second.)"""
    global _compiler, _layout
    _layout = Path(layout)
    _compiler = typst.Compiler(
        font_paths=typst.Fonts(include_system_fonts=False, include_embedded_fonts=True, font_paths=[font_folder]),
        ignore_system_fonts=True)


def render(source: str, images: dict[Path, str], timestamp: int | None) -> tuple[bytes | None, list[str]]:
    """The PDF of a Typst source, or None and Typst's messages. Its root is a fresh folder with the layout and
    the document's images and nothing else: a path in the source cannot reach any other file."""
    if _compiler is None:
        raise RuntimeError("typst_worker.start() was not called in this process")
    with tempfile.TemporaryDirectory(prefix="kennisbank-pdf-") as root:
        shutil.copyfile(_layout, Path(root, _layout.name))
        for path, name in images.items():
            shutil.copyfile(path, Path(root, name))
        try:
            pdf, warnings = _compiler.compile_with_warnings(input=source.encode(), root=root, format="pdf",
                                                            pdf_standards=[PDF_STANDARD], timestamp=timestamp)
        except typst.TypstError as error:
            return None, [error.message]
    messages = [warning.message for warning in warnings]  # a warning is something left out of the PDF
    if messages or not isinstance(pdf, bytes):
        return None, messages or ["Typst gaf geen pdf"]
    return pdf, []
