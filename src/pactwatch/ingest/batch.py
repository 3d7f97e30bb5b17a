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


def run_batch(items: Iterable[InputDocument | InputError], step: Callable[[InputDocument], None], summary: S,
              verb: str, on_problem: Callable[[str], None] = lambda message: None,
              on_progress: Callable[[S], None] = lambda summary: None) -> S:
    """Call ``step`` on every readable item, in order.

    An unreadable item, or one ``step`` fails on, is recorded in ``summary`` and
    reported through ``on_problem`` as "error: <item>: <verb>: <reason>"; the batch goes on.
    """
    for item in items:
        if isinstance(item, SkippedInput):  # deliberately not processed: a note, not a failure
            summary.warnings.append(str(item))
            on_problem(f"note: {item}")
        elif isinstance(item, InputError):
            summary.failed.append(item)
            on_problem(f"error: {item}")
        else:
            for warning in item.warnings:
                summary.warnings.append(warning)
                on_problem(f"warning: {warning}")
            try:
                step(item)
            except Exception as error:  # one bad document must not stop the batch
                failure = InputError(item.source or item.id, f"{verb}: {type(error).__name__}: {error}")
                summary.failed.append(failure)
                on_problem(f"error: {failure}")
        on_progress(summary)
    return summary
