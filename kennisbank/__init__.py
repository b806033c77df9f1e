"""The kennisbank's own logic: content model, front-matter schema and checks.

Plain Python that does not import MkDocs, so that it can move to another
site generator; the files in ``hooks/`` only connect it to MkDocs.
"""
