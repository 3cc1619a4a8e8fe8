"""Typed errors. A `KnownError` is the user's or the environment's problem and gets a plain
Chinese message; anything else is a bug and goes to the crash handler."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.i18n import translate


class KnownError(Exception):
    """An error with a message fit to show the clerk as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DatabaseError(KnownError):
    """The database file cannot be used as it is (missing, locked, read-only, corrupt, too new)."""


class DatabaseMissing(DatabaseError):
    pass


class DatabaseLocked(DatabaseError):
    pass


class DatabaseReadOnly(DatabaseError):
    pass


class DatabaseCorrupt(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class DiskFull(KnownError):
    pass


class WriterError(KnownError):
    """A file could not be generated because the writer failed on a file of its own (a template,
    a font, a bundled resource) or on bad data: the target the clerk chose is not to blame.
    *culprit* names that other file when there is one."""

    def __init__(self, message: str, culprit: str | None = None) -> None:
        super().__init__(message)
        self.culprit = culprit


class OfficeNotSet(KnownError):
    """The office's own details (red header, 发文字号 prefix …) are not filled in yet.

    Raised instead of making a notice with blanks or with another county's names. The GUI opens
    设置 on it; the command line exits 2 and names ``office set``. `missing` lists the empty
    fields (keys of ``app.office.settings.FIELD_LABELS``).
    """

    command = "office set"

    def __init__(self, message: str, missing: list[str] | tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.missing = list(missing)


class Cancelled(KnownError):
    """The clerk pressed 取消: the service stopped at its next check and wrote nothing."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or translate("errors", "操作已取消，未做任何修改。"))


# -- cancelling long service calls --------------------------------------------------------------
# Services that read or write many rows or files (imports, exports, documents) take two optional
# keyword arguments: ``cancelled()`` — has the clerk pressed 取消? — and ``progress(done, total)``.
# They call the step :func:`checkpoint` makes between chunks of work; it raises Cancelled inside
# the service's one transaction (or before its files are moved into place), so nothing is
# written. The GUI passes its task state's methods, the command line passes nothing.
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


@dataclass
class RowProblem:
    """One problem in an input file, named by sheet row (1-based, as Excel shows it) and field."""

    row: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"第{self.row}行" if self.row else ""
        what = f"“{self.field}”" if self.field else ""
        return f"{where}{what}：{self.message}" if (where or what) else self.message


@dataclass
class InputError(KnownError):
    """Bad input: nothing was written. Carries every problem found, not only the first."""

    summary: str
    problems: list[RowProblem] = field(default_factory=list)

    def __post_init__(self) -> None:
        KnownError.__init__(self, self.summary)

    def __str__(self) -> str:
        if not self.problems:
            return self.summary
        lines = [self.summary, *(str(p) for p in self.problems[:20])]
        if len(self.problems) > 20:
            lines.append(f"……另有{len(self.problems) - 20}处问题")
        return "\n".join(lines)
