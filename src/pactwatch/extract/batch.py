"""Extract from many input items, reporting bad ones and going on with the rest."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..errors import InputError
from ..ingest.readers import InputDocument
from ..model import Extraction
from .pipeline import Extractor


@dataclass
class BatchSummary:
    documents: int = 0
    agreements: int = 0
    failed: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def extract_documents(
    items: Iterable[InputDocument | InputError],
    extractor: Extractor,
    emit: Callable[[Extraction], None],
    on_problem: Callable[[str], None] = lambda message: None,
    on_progress: Callable[[BatchSummary], None] = lambda summary: None,
) -> BatchSummary:
    """Run ``extractor`` on every readable item and pass each result to ``emit``, in input order.

    An unreadable item, or one the extractor fails on, is reported through
    ``on_problem`` (naming the item and the reason) and recorded in the
    summary; the batch goes on.
    """
    summary = BatchSummary()
    for item in items:
        if isinstance(item, InputError):
            summary.failed.append(item)
            on_problem(f"error: {item}")
            on_progress(summary)
            continue
        for warning in item.warnings:
            summary.warnings.append(warning)
            on_problem(f"warning: {warning}")
        try:
            result = extractor(item.text, item.published, item.id, title=item.title, url=item.url)
        except Exception as error:  # one bad document must not stop the batch
            failure = InputError(item.source or item.id, f"extraction failed: {type(error).__name__}: {error}")
            summary.failed.append(failure)
            on_problem(f"error: {failure}")
            on_progress(summary)
            continue
        summary.documents += 1
        summary.agreements += len(result.agreements)
        emit(result)
        on_progress(summary)
    return summary
