"""Extract from many input items, reporting bad ones and going on with the rest."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..errors import InputError
from ..ingest.batch import BatchSummary, run_batch
from ..ingest.readers import InputDocument
from ..model import Extraction
from .pipeline import Extractor

__all__ = ["BatchSummary", "extract_documents"]


def extract_documents(
    items: Iterable[InputDocument | InputError],
    extractor: Extractor,
    emit: Callable[[Extraction], None],
    on_problem: Callable[[str], None] = lambda message: None,
    on_progress: Callable[[BatchSummary], None] = lambda summary: None,
) -> BatchSummary:
    """Run ``extractor`` on every readable item and pass each result to ``emit``, in input order."""
    summary = BatchSummary()

    def step(item: InputDocument) -> None:
        result = extractor(item.text, item.published, item.id, title=item.title, url=item.url)
        summary.documents += 1
        summary.agreements += len(result.agreements)
        emit(result)

    return run_batch(items, step, summary, "extraction failed", on_problem, on_progress)
