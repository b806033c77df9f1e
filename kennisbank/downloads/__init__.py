"""The downloads: the e-book as PDF and EPUB, a PDF per article and intervention, the practice cards.

publish.py is the entry point (called by hooks/downloads.py); README.md beside this file explains the design.
"""
