"""The PDF's structure tree made right for PDF/UA after WeasyPrint has written it (pikepdf, in place).

WeasyPrint 70 tags the document as it lays it out, with faults a screen reader hears:
- the running heads, footers and page numbers (CSS margin boxes) are marked as content whose structure elements
  are orphans (not in the tree): here their marked content becomes a pagination artifact;
- a link with a ::before or ::after (the contents' page numbers) is a Link inside a Link: here one Link; an
  element inside a link has a link annotation of its own, outside any Link: here it joins its Link;
- a list item without a bullet has no LBody, and a text run without text leaves an empty Span: completed, removed;
- it has no Note: <aside> (the footnotes, notes.py) becomes one, with the ID that PDF/UA asks of a Note.
Link annotations also get the Print flag (without it, checkers say print and screen differ).
Figures keep WeasyPrint's /Alt (the alt text; our checks refuse an image without one).
"""
from __future__ import annotations

from pathlib import Path

import pikepdf
import weasyprint.pdf.tags
from pikepdf import Array, Dictionary, Name

_weasyprint_pdf_tag = weasyprint.pdf.tags._get_pdf_tag


def _pdf_tag(tag):
    return "Note" if tag == "aside" else _weasyprint_pdf_tag(tag)


weasyprint.pdf.tags._get_pdf_tag = _pdf_tag

_PAGINATION = Dictionary(Type=Name.Pagination)


def repair(path: Path) -> None:
    """Rewrite the tagged PDF at path with the faults above mended."""
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        root = pdf.Root.get("/StructTreeRoot")
        if not isinstance(root, Dictionary):
            return
        reachable = {element.objgen for element in _elements(root)}
        _furniture_as_artifacts(pdf, root.ParentTree, reachable)
        _print_links(pdf)
        owners = _owners(root.ParentTree)
        for element in list(_elements(root)):
            _mend(pdf, element, owners)
        pdf.save(path, deterministic_id=True)  # the same document, the same bytes: its /ID from its content, not chance


def _print_links(pdf: pikepdf.Pdf) -> None:
    for page in pdf.pages:
        for annotation in page.obj.get("/Annots", []):
            if annotation.get("/Subtype") == Name.Link:
                annotation.F = int(annotation.get("/F", 0)) | 4  # bit 3: Print


def _kids(element: Dictionary) -> list:
    kids = element.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, Array) else [kids]


def _is_element(kid) -> bool:
    return isinstance(kid, Dictionary) and kid.get("/Type") != Name.OBJR and "/S" in kid


def _elements(parent):
    for kid in _kids(parent):
        if _is_element(kid):
            yield kid
            yield from _elements(kid)


def _numbers(tree: pikepdf.Object):
    """The (key, value) pairs of a number tree (the ParentTree)."""
    if "/Nums" in tree:
        nums = tree.Nums
        for index in range(0, len(nums), 2):
            yield int(nums[index]), nums[index + 1]
    for kid in tree.get("/Kids", []):
        yield from _numbers(kid)


def _furniture_as_artifacts(pdf: pikepdf.Pdf, parent_tree: pikepdf.Object, reachable: set) -> None:
    """Marked content whose structure element is an orphan (the margin boxes) becomes /Artifact /Pagination."""
    by_key = dict(_numbers(parent_tree))
    for page in pdf.pages:
        marks = by_key.get(int(page.obj.get("/StructParents", -1)))
        if not isinstance(marks, Array):
            continue
        orphans = {mcid for mcid, element in enumerate(marks)
                   if isinstance(element, Dictionary) and element.objgen not in reachable}
        if not orphans:
            continue
        instructions = [_as_artifact(instruction, orphans) for instruction in pikepdf.parse_content_stream(page)]
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(instructions))
        for mcid in orphans:
            marks[mcid] = None


def _as_artifact(instruction, mcids: set[int]):
    operands = instruction.operands
    if (str(instruction.operator) == "BDC" and len(operands) == 2 and isinstance(operands[1], Dictionary)
            and int(operands[1].get("/MCID", -1)) in mcids):
        return pikepdf.ContentStreamInstruction([Name.Artifact, _PAGINATION], instruction.operator)
    return instruction


def _mend(pdf: pikepdf.Pdf, element: Dictionary, owners: dict) -> None:
    kind = element.S
    parent = element.get("/P")
    if kind == Name.Link and isinstance(parent, Dictionary) and parent.get("/S") == Name.Link:
        _merge_into_parent(element, parent, owners)
    elif kind != Name.Link and any(_is_link_annotation(kid) for kid in _kids(element)):
        _annotations_to_link(element, owners)
    if kind == Name.Span and not _kids(element):
        _remove(element, parent)
    elif kind == Name.LI and not any(_is_element(kid) and Name.LBody == kid.S for kid in _kids(element)):
        _add_body(pdf, element, owners)
    elif kind == Name.Note and "/ID" not in element:
        element.ID = pikepdf.String(f"note-{element.objgen[0]}")


def _is_link_annotation(kid) -> bool:
    return (isinstance(kid, Dictionary) and kid.get("/Type") == Name.OBJR
            and kid.Obj.get("/Subtype") == Name.Link)


def _annotations_to_link(element: Dictionary, owners: dict) -> None:
    """A link annotation that WeasyPrint put in an element inside a Link (a <span> in an <a>) moves to that Link."""
    link = element.get("/P")
    while isinstance(link, Dictionary) and link.get("/S") not in (Name.Link, None):
        link = link.get("/P")
    if not isinstance(link, Dictionary) or link.get("/S") != Name.Link:
        return
    kids = _kids(element)
    moved = [kid for kid in kids if _is_link_annotation(kid)]
    element.K = Array([kid for kid in kids if not _is_link_annotation(kid)])
    link.K = Array(_kids(link) + moved)
    keys = {int(kid.Obj.StructParent) for kid in moved if "/StructParent" in kid.Obj}
    for array, index, key in owners.get(element.objgen, []):
        if key in keys:
            array[index] = link
            owners.setdefault(link.objgen, []).append((array, index, key))


def _merge_into_parent(element: Dictionary, parent: Dictionary, owners: dict) -> None:
    """A Link inside a Link: its content and annotations go to the outer Link, in its place."""
    kids = _kids(parent)
    index = next(i for i, kid in enumerate(kids) if _is_element(kid) and kid.objgen == element.objgen)
    moved = _kids(element)
    parent.K = Array(kids[:index] + moved + kids[index + 1:])
    _hand_over(owners, element, parent)
    for kid in moved:
        if _is_element(kid):
            kid.P = parent


def _remove(element: Dictionary, parent) -> None:
    if isinstance(parent, Dictionary):
        parent.K = Array([kid for kid in _kids(parent) if not (_is_element(kid) and kid.objgen == element.objgen)])


def _add_body(pdf: pikepdf.Pdf, item: Dictionary, owners: dict) -> None:
    """A list item without LBody: everything but its label goes into a new LBody."""
    kids = _kids(item)
    labels = [kid for kid in kids if _is_element(kid) and Name.Lbl == kid.S]
    content = [kid for kid in kids if not (_is_element(kid) and Name.Lbl == kid.S)]
    body = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.LBody, P=item, K=Array(content)))
    if "/Pg" in item:
        body.Pg = item.Pg
    for kid in content:
        if _is_element(kid):
            kid.P = body
    if any(not _is_element(kid) for kid in content):
        _hand_over(owners, item, body)
    item.K = Array([*labels, body])


def _owners(parent_tree: pikepdf.Object) -> dict:
    """Where the ParentTree names each structure element, found once per PDF: objgen -> [(array, index, key)];
    key is the ParentTree key of an annotation's own entry (a link's /StructParent), None for marked content."""
    owners: dict = {}
    for node in _number_nodes(parent_tree):
        nums = node.Nums
        for index in range(1, len(nums), 2):
            value = nums[index]
            if isinstance(value, Array):
                for mcid, element in enumerate(value):
                    if isinstance(element, Dictionary):
                        owners.setdefault(element.objgen, []).append((value, mcid, None))
            elif isinstance(value, Dictionary):
                owners.setdefault(value.objgen, []).append((nums, index, int(nums[index - 1])))
    return owners


def _number_nodes(tree: pikepdf.Object):
    if "/Nums" in tree:
        yield tree
    for kid in tree.get("/Kids", []):
        yield from _number_nodes(kid)


def _hand_over(owners: dict, old: Dictionary, new: Dictionary) -> None:
    """Marked content and annotations that belonged to old now belong to new."""
    for array, index, key in owners.pop(old.objgen, []):
        array[index] = new
        owners.setdefault(new.objgen, []).append((array, index, key))
