"""How a long service call hears 取消 and says how far it got.

Services that read or write many rows or files (imports, exports, documents) take two optional
keyword arguments: ``cancelled()`` — has the clerk pressed 取消? — and ``progress(done, total)``.
They call :func:`checkpoint`'s result between chunks of work; it raises
:class:`app.errors.Cancelled` inside the service's one transaction, so nothing is written.
Plain Python: the GUI passes its task state's methods, the command line passes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from app.errors import Cancelled

CancelCheck = Callable[[], bool]
ProgressReport = Callable[[int, int], None]
Step = Callable[[int, int], None]


def checkpoint(cancelled: CancelCheck | None = None, progress: ProgressReport | None = None) -> Step:
    """A ``step(done, total)`` that raises :class:`Cancelled` once cancelled, else reports progress."""

    def step(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, total)

    return step
