"""Extraction: read a news article, write down every technology-cooperation fact with its evidence.

>>> from pactwatch.extract import Extractor
>>> extractor = Extractor()
>>> result = extractor("Seoul and Rome signed a memorandum of understanding on chips on 19 January 2026.")
>>> [a.kind for a in result.agreements]
['mou']
"""

from .pipeline import COMPONENTS, Component, ExtractOptions, Extractor, extract_text

__all__ = ["COMPONENTS", "Component", "ExtractOptions", "Extractor", "extract_text"]
