"""Running a step over many input items: bad items are reported by name and skipped, the rest go on."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from ..errors import InputError
from ..model import InputDocument
from .formats import SkippedInput


@dataclass
class BatchSummary:
    """What a batch did; commands extend it with their own counts."""

    documents: int = 0
    agreements: int = 0
    failed: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


S = TypeVar("S", bound=BatchSummary)


def triage(item: InputDocument | InputError, summary: BatchSummary,
           on_problem: Callable[[str], None]) -> InputDocument | None:
    """The document to process, or None for an item that is a note or an error (recorded and reported)."""
    if isinstance(item, SkippedInput):  # deliberately not processed: a note, not a failure
        summary.warnings.append(str(item))
        on_problem(f"note: {item}")
        return None
    if isinstance(item, InputError):
        summary.failed.append(item)
        on_problem(f"error: {item}")
        return None
    for warning in item.warnings:
        summary.warnings.append(warning)
        on_problem(f"warning: {warning}")
    return item


def failed(summary: BatchSummary, item: InputDocument, verb: str, reason: str,
           on_problem: Callable[[str], None]) -> None:
    """Record that ``item`` failed at ``verb`` for ``reason``, and report it by name."""
    failure = InputError(item.source or item.id, f"{verb}: {reason}")
    summary.failed.append(failure)
    on_problem(f"error: {failure}")


def run_batch(items: Iterable[InputDocument | InputError], step: Callable[[InputDocument], None], summary: S,
              verb: str, on_problem: Callable[[str], None] = lambda message: None,
              on_progress: Callable[[S], None] = lambda summary: None) -> S:
    """Call ``step`` on every readable item, in order.

    An unreadable item, or one ``step`` fails on, is recorded in ``summary`` and
    reported through ``on_problem`` as "error: <item>: <verb>: <reason>"; the batch goes on.
    """
    for item in items:
        doc = triage(item, summary, on_problem)
        if doc is not None:
            try:
                step(doc)
            except Exception as error:  # one bad document must not stop the batch
                failed(summary, doc, verb, f"{type(error).__name__}: {error}", on_problem)
        on_progress(summary)
    return summary
