"""The tagged structure of a PDF as a screen reader meets it, read with pikepdf, and what is wrong with it.

`faults(path)` lists every fault in words: orphans (an element that the ParentTree names but that the tree does
not reach, or whose parent does not list it), marked content outside the tree, page furniture as content,
heading order, list and link structure, empty Spans, Notes without ID and figures without /Alt.
A label (Lbl) belongs to a list item or a note, or is a footnote's number in the text: a Lbl around its Link.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name

HEADINGS = {f"/H{level}": level for level in range(1, 7)}


@dataclass
class Node:
    """A structure element, kept after the PDF is closed: its type and its child elements."""
    kind: str
    children: list[Node] = field(default_factory=list)


@dataclass
class Tree:
    elements: list[Dictionary] = field(default_factory=list)  # in reading order, while the PDF is open
    nodes: list[Node] = field(default_factory=list)  # the same, after
    root: Node = field(default_factory=lambda: Node("/StructTreeRoot"))
    faults: list[str] = field(default_factory=list)
    pagination_artifacts: int = 0  # marked-content sequences /Artifact <</Type /Pagination>>
    pages: int = 0


def kids(element: Dictionary) -> list:
    found = element.get("/K")
    if found is None:
        return []
    return list(found) if isinstance(found, Array) else [found]


def is_element(kid) -> bool:
    return isinstance(kid, Dictionary) and kid.get("/Type") != Name.OBJR and "/S" in kid


def element_kids(element: Dictionary) -> list[Dictionary]:
    return [kid for kid in kids(element) if is_element(kid)]


def text_of(pdf_element: Dictionary) -> str:
    return str(pdf_element.get("/S"))


def read(path: Path) -> Tree:
    tree = Tree()
    with pikepdf.open(path) as pdf:
        root = pdf.Root.StructTreeRoot
        _walk(root, tree, tree.root)
        reached = {element.objgen for element in tree.elements}
        _check_marked_content(pdf, root, reached, tree)
        _check_elements(tree)
    tree.elements = []
    return tree


def faults(path: Path) -> list[str]:
    return read(path).faults


def _walk(parent: Dictionary, tree: Tree, parent_node: Node) -> None:
    for kid in element_kids(parent):
        if kid.get("/P") is None or kid.P.objgen != parent.objgen:
            tree.faults.append(f"{text_of(kid)} is listed by {text_of(parent)} but its /P is another element")
        node = Node(text_of(kid))
        parent_node.children.append(node)
        tree.elements.append(kid)
        tree.nodes.append(node)
        _walk(kid, tree, node)


def _parent_tree(node: Dictionary):
    if "/Nums" in node:
        nums = node.Nums
        for index in range(0, len(nums), 2):
            yield int(nums[index]), nums[index + 1]
    for kid in node.get("/Kids", []):
        yield from _parent_tree(kid)


def _check_marked_content(pdf: pikepdf.Pdf, root: Dictionary, reached: set, tree: Tree) -> None:
    entries = dict(_parent_tree(root.ParentTree))
    for number, page in enumerate(pdf.pages, 1):
        tree.pages += 1
        marks = entries.get(int(page.obj.get("/StructParents", -1)))
        owners = list(marks) if isinstance(marks, Array) else []
        depth = 0  # marked-content sequences open around the current one
        for instruction in pikepdf.parse_content_stream(page, "BDC BMC EMC"):
            operator = str(instruction.operator)
            depth += {"BDC": 1, "BMC": 1, "EMC": -1}[operator]
            if operator != "BDC":
                continue
            tag, properties = instruction.operands[0], instruction.operands[1]
            if depth > 1 and not (isinstance(properties, Dictionary) and "/MCID" in properties):
                continue  # a property list inside marked content (/ActualText, /Lang): part of its owner
            if tag == Name.Artifact:
                if isinstance(properties, Dictionary) and properties.get("/Type") == Name.Pagination:
                    tree.pagination_artifacts += 1
                continue
            mcid = int(properties.get("/MCID", -1)) if isinstance(properties, Dictionary) else -1
            owner = owners[mcid] if 0 <= mcid < len(owners) else None
            if not isinstance(owner, Dictionary) or owner.objgen not in reached:
                tree.faults.append(f"page {number}: marked content {tag} MCID {mcid} belongs to no element in the "
                                   "tree (an orphan: page furniture must be an /Artifact)")
    for key, value in entries.items():
        if isinstance(value, Dictionary) and value.objgen not in reached:
            tree.faults.append(f"ParentTree key {key}: annotation owner {text_of(value)} is not in the tree")


def _check_elements(tree: Tree) -> None:
    previous_level = 0
    for element in tree.elements:
        kind = text_of(element)
        parent_kind = text_of(element.P) if isinstance(element.get("/P"), Dictionary) else ""
        if kind in HEADINGS:
            level = HEADINGS[kind]
            if level > previous_level + 1:
                tree.faults.append(f"{kind} '{_snippet(element)}' follows H{previous_level}: a level is skipped")
            previous_level = level
        elif kind == "/Span" and not kids(element):
            tree.faults.append("an empty Span")
        elif kind == "/LI":
            inner = [text_of(kid) for kid in element_kids(element)]
            if "/LBody" not in inner or set(inner) - {"/Lbl", "/LBody"}:
                tree.faults.append(f"LI with {inner or 'nothing'} instead of Lbl and LBody")
        elif kind == "/Link" and "/Link" in _ancestors(element):
            tree.faults.append("a Link inside a Link")
        elif kind == "/Note" and "/ID" not in element:
            tree.faults.append("a Note without /ID")
        elif kind == "/Figure" and not str(element.get("/Alt", "")).strip():
            tree.faults.append("a Figure without /Alt")
        if kind == "/LBody" and parent_kind != "/LI":
            tree.faults.append(f"{kind} outside an LI (in {parent_kind})")
        if kind == "/Lbl" and parent_kind not in ("/LI", "/Note") and not _is_note_reference(element):
            tree.faults.append(f"{kind} outside an LI or Note (in {parent_kind})")
        for kid in kids(element):
            if (isinstance(kid, Dictionary) and kid.get("/Type") == Name.OBJR
                    and kid.Obj.get("/Subtype") == Name.Link and kind != "/Link"):
                tree.faults.append(f"a link annotation in {kind}, not in a Link")


def _is_note_reference(element: Dictionary) -> bool:
    """A footnote's number in the text: a Lbl that is one Link (to its Note), as Typst tags it."""
    return [text_of(kid) for kid in element_kids(element)] == ["/Link"]


def _ancestors(element: Dictionary) -> list[str]:
    found = []
    parent = element.get("/P")
    while isinstance(parent, Dictionary) and "/S" in parent:
        found.append(text_of(parent))
        parent = parent.get("/P")
    return found


def _snippet(element: Dictionary) -> str:
    return str(element.get("/T", element.get("/Alt", "")))[:40]


def kinds(tree: Tree) -> list[str]:
    return [node.kind for node in tree.nodes]
