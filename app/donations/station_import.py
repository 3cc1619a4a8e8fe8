"""The blood station's monthly export (.xlsx, .xls, .csv): preview, then commit in one transaction.

The preview (:func:`preview_station_import`) reads the file through :mod:`app.tabular` (header by
meaning, title rows, repeated headers and notes at the foot tolerated), checks every row and names
each one it cannot take with its sheet row and the reason (check digit, impossible date, amount not
allowed, duplicate 献血码, missing ID number…). Rows already in the database (same 献血码, or the
same person, day and kind) are counted, not added again, so importing a file twice adds nothing.
Units the roster lacks are listed (the command line creates them; the GUI lets the clerk map them).
Eligibility warnings never reject a row.

The commit (:func:`commit_station_import`) writes units, donors and donations with Core bulk
inserts in ONE transaction; a cancel (a callable polled between chunks) rolls everything back.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.database import Database
from app.donations import station_commit
from app.donations.eligibility import RuleSet
from app.donations.eligibility_rules import rules_in
from app.donations.idcard import IdNumberError, age_on, parse_id
from app.donations.search import normalize_code, normalize_name
from app.donations.station_headers import remember_header as remember_header  # the import's public API
from app.donations.station_headers import remember_headers, station_fields
from app.donations.station_rejects import save_rejects as save_rejects  # the import's public API
from app.donations.station_rows import (
    FIELD_LABELS,
    RejectedRow,
    StationRow,
    category_of,
    date_problem,
    header_unit,
    kind_and_amount,
    number_lost,
    sex_of,
)
from app.errors import KnownError, RowProblem
from app.i18n import translate
from app.names import name_problem
from app.names import normalize_name as normalize_unit
from app.tabular import (
    HEADER_SCAN_ROWS,
    FieldSpec,
    SheetStream,
    clean_text,
    find_table,
    is_note,
    normalize_header,
    parse_date,
    parse_number,
    stream_rows,
    total_word,
)

CTX = "station_import"
CHUNK = 2000

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ImportCancelled(KnownError):
    """The clerk cancelled; nothing was written."""


@dataclass
class NewUnit:
    """A unit name the roster does not know, with the rows naming it and similar roster names."""

    name: str
    rows: int
    suggestions: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class StationPreview:
    """What an import would do, row by row. Writes nothing."""

    path: Path
    sheet: str
    header_row: int
    headers: dict[str, str]  # field key → header text as found
    accepted: list[StationRow]
    rejected: list[RejectedRow]
    already: int  # rows already in the database
    new_units: list[NewUnit]
    warnings: list[RowProblem]
    skipped: list[str]
    new_donors: int
    units: dict[str, int] = field(default_factory=dict)  # unit name as written → unit id

    @property
    def rejected_problems(self) -> list[RowProblem]:
        return [RowProblem(r.row, r.field, r.reason) for r in self.rejected]


@dataclass
class StationImportResult:
    imported: int
    already: int
    new_donors: int
    new_units: list[str]
    rejected: list[RowProblem]
    warnings: list[RowProblem]


def _check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled(translate("station_import", "已取消导入，没有写入任何数据"))


def _blank(cell: object) -> bool:
    return cell is None or (type(cell) is str and not cell.strip())


def _at(cells: list, col: int | None) -> object:
    return cells[col] if col is not None and col < len(cells) else None


def _text(cell: object) -> str:
    """A text cell, trimmed (the common plain string costs one check)."""
    if cell is None:
        return ""
    if type(cell) is str and cell.isprintable() and " " not in cell:
        return cell
    return clean_text(cell)


def _locate(
    sheets: list[SheetStream], fields: tuple[FieldSpec, ...]
) -> list[tuple[SheetStream, int, dict[str, int], dict[str, str]]]:
    """Each sheet of the export (the station splits a year by month: 一月, 二月…) with the row
    number of its header, the column of each field and the header texts, found by
    :func:`app.tabular.find_table` on the first rows of each sheet only: the rows below are streamed
    here, once, by column (a hundred thousand rows through the general reader cost more than the
    rest of the import, and held as lists they cost hundreds of MB). Rows on two sheets are
    found again and counted once, as in a re-import."""
    table = find_table([s.head() for s in sheets], fields)
    found = []
    for sheet in sheets:
        if sheet.name == table.sheet:
            found.insert(0, (sheet, table.header_row, dict(table.columns), dict(table.headers)))
        elif sheet.name in table.other_sheets:
            other = find_table([sheet.head()], fields)
            found.append((sheet, other.header_row, dict(other.columns), dict(other.headers)))
    return found


def preview_station_import(
    db: Database,
    path: Path | str,
    *,
    header_map: dict[str, str] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    today: _dt.date | None = None,
) -> StationPreview:
    """Read *path* and say what an import would do; writes nothing.

    *header_map* maps a header text in the file to a field key (``{"采集方式": "kind"}``) for
    columns the built-in synonyms miss; it is remembered when the import is committed.

    Raises:
        KnownError: not a workbook, empty, unreadable (from :func:`app.tabular.stream_rows`).
        InputError: no recognisable header: names the columns missing and the headers found.
        ImportCancelled: *cancel* returned True.
    """
    path = Path(path)
    today = today or _dt.date.today()
    with db.session() as s:  # the GB 18467 version in force (amounts, intervals), read once
        rules = rules_in(s, today)
    with stream_rows(path, top=HEADER_SCAN_ROWS + 1) as opened:
        _check_cancel(cancel)
        parts = _locate(opened.sheets, station_fields(db, header_map))
        del opened.sheets[:]  # the other sheets' cells are not needed
        total = sum(max(sheet.estimated_rows - header_row, 0) for sheet, header_row, _, _ in parts)
        seen: tuple[dict, dict] = ({}, {})  # 献血码 and (person, day, kind) across the sheets
        preview, done = None, 0
        while parts:
            sheet, header_row, cols, headers = parts.pop(0)
            where = (
                ""
                if preview is None
                else translate("station_import", "工作表“{sheet}”").format(sheet=sheet.name)
            )
            rows = sheet.rows(below=header_row)
            step = _offset(progress, done, total)
            part = _read_station_rows(rows, total, cols, headers, today, rules, step, cancel, seen, where)
            done += max(sheet.estimated_rows - header_row, 0)
            if preview is None:
                preview = part
                preview.path, preview.sheet, preview.header_row = path, sheet.name, header_row
            else:
                for name in ("accepted", "rejected", "warnings", "skipped"):
                    getattr(preview, name).extend(getattr(part, name))
            del sheet, rows  # calamine's copy of the sheet goes now, before the database look-ups
    _check_cancel(cancel)
    with db.session() as s:
        station_commit.against_database(s, preview, rules, cancel=cancel)
    preview.rejected.sort(key=lambda r: r.row)
    preview.warnings.sort(key=lambda p: p.row)
    return preview


def _offset(progress: Progress | None, done: int, total: int) -> Progress | None:
    """*progress* for a sheet after others: its rows counted after theirs."""
    if progress is None or not done:
        return progress
    return lambda at, _total: progress(min(done + at, total), total)


def _read_station_rows(
    rows: Iterator[tuple[int, list]],
    total: int,
    cols: dict[str, int],
    headers: dict[str, str],
    today: _dt.date,
    rules: RuleSet,
    progress: Progress | None,
    cancel: Cancel | None,
    seen: tuple[dict, dict] | None = None,
    where: str = "",
) -> StationPreview:
    """Check each streamed row and keep only compact results: accepted rows (slotted, their
    repeated texts and dates shared), rejects with reasons, warnings. The sheet is never held.
    *seen* holds the 献血码 and (person, day, kind) of the sheets read before; *where* names a
    sheet after the first in front of each reason ("工作表“二月”：")."""
    whole_ml, doses = rules.whole_blood_ml, rules.platelet_doses
    accepted: list[StationRow] = []
    rejected: list[RejectedRow] = []
    warnings: list[RowProblem] = []
    skipped: list[str] = []
    codes_seen: dict[str, int] = seen[0] if seen else {}
    keys_seen: dict[tuple[str, _dt.date, str], int] = seen[1] if seen else {}
    where = f"{where}：" if where else ""
    ids_cache: dict[object, object] = {}
    amounts: dict[tuple, tuple[str, int, int] | str] = {}  # few distinct cells: read each once
    categories: dict[str, str | bool | None] = {}
    unit_problems: dict[str, str | bool | None] = {}
    label = FIELD_LABELS
    c_id, c_name, c_date = cols["id_number"], cols["name"], cols["date"]
    c_code, c_abo, c_rh, c_sex, c_age = (cols.get(k) for k in ("code", "abo", "rh", "sex", "age"))
    c_kind, c_form, c_amount, c_unit = (cols.get(k) for k in ("kind", "form", "amount", "unit"))
    c_phone, c_address, c_cert = (cols.get(k) for k in ("phone", "address", "certificate"))
    echo = (normalize_header(headers["name"]), normalize_header(headers["id_number"]))
    bare_unit = header_unit(headers.get("amount", ""))
    not_data = translate("station_import", "不是献血记录（说明、合计或空行）")

    def reject(number: int, cells: list, key: str, reason: str) -> None:
        raw = {k: (cells[c] if c < len(cells) else None) for k, c in cols.items()}
        rejected.append(
            RejectedRow(number, where + reason, translate("StationImport", label.get(key, key)), raw)
        )

    shared: dict[object, object] = {}  # one object per distinct unit, address, blood type, day…

    def one(value):
        return shared.setdefault(value, value)

    index = 0
    for index, (number, cells) in enumerate(rows):
        if index % CHUNK == 0:
            _check_cancel(cancel)
            if progress is not None:
                progress(min(index, total), max(total, index))
        width = len(cells)
        id_raw = cells[c_id] if c_id < width else None
        name_raw = cells[c_name] if c_name < width else None
        if _blank(id_raw) or _blank(name_raw):
            filled = [c for c in cells if not _blank(c)]
            # A donation names at least a person, an ID and a day: with fewer cells, or opening
            # with 合计/总计 or a note (注, 主题词, 抄送, 制表人…), this is no donation.
            if len(filled) < 3 or total_word(filled[0], cells, (c_name,)) or is_note(filled[0]):
                if filled:
                    skipped.append(f"{where}第{number}行：{not_data}")
                continue
        if (
            isinstance(name_raw, str)
            and isinstance(id_raw, str)
            and normalize_header(name_raw) == echo[0]
            and normalize_header(id_raw) == echo[1]
        ):
            skipped.append(where + translate("station_import", "第{row}行：重复的表头").format(row=number))
            continue
        # 身份证号 first: most rejects are here, and the row's person comes from it.
        info = ids_cache.get(id_raw) if type(id_raw) is str else None
        if info is None:
            try:
                info = parse_id(id_raw, today=today)
            except IdNumberError as exc:
                reject(number, cells, "id_number", str(exc))
                continue
            if type(id_raw) is str:
                ids_cache[id_raw] = info
        name = one(normalize_name(_text(name_raw)))
        if not name:
            reject(number, cells, "name", translate("station_import", "缺少姓名"))
            continue
        raw_day = cells[c_date] if c_date < width else None
        if type(raw_day) is _dt.date:
            day = raw_day
        elif _blank(raw_day):
            reject(number, cells, "date", translate("station_import", "缺少采血日期"))
            continue
        else:
            try:
                day = parse_date(raw_day)
            except ValueError:
                reject(number, cells, "date", date_problem(raw_day))
                continue
        if day > today:
            reject(
                number,
                cells,
                "date",
                translate("station_import", "采血日期{day}在今天之后").format(day=day.isoformat()),
            )
            continue
        if day <= info.birth_date:
            reject(
                number,
                cells,
                "date",
                translate("station_import", "采血日期{day}早于出生日期").format(day=day.isoformat()),
            )
            continue
        sex = _text(_at(cells, c_sex))
        if sex and sex != info.sex and sex_of(sex) not in (info.sex, None):
            reject(
                number,
                cells,
                "sex",
                translate("station_import", "性别“{sex}”与身份证号（{id_sex}）不符，身份证号可能抄错").format(
                    sex=sex, id_sex=info.sex
                ),
            )
            continue
        age = _at(cells, c_age)
        if age is not None and type(age) is not int:
            try:
                age = parse_number(age)
            except ValueError:
                age = None
        if isinstance(age, int | float) and abs(age - age_on(info.birth_date, day)) > 1:
            reject(
                number,
                cells,
                "age",
                translate("station_import", "年龄{age}与身份证号（{real}岁）不符，身份证号可能抄错").format(
                    age=int(age), real=age_on(info.birth_date, day)
                ),
            )
            continue
        form = _text(_at(cells, c_form))
        amount_key = (_text(_at(cells, c_kind)), form, _at(cells, c_amount))
        known = amounts.get(amount_key)
        if known is None:
            try:
                known = kind_and_amount(amount_key[0], form, amount_key[2], whole_ml, doses, bare_unit)
            except ValueError as exc:
                known = str(exc)
            amounts[amount_key] = known
        if isinstance(known, str):
            reject(number, cells, "amount", known)
            continue
        kind, volume_ml, n_doses = known
        category = categories.get(form, False)
        if category is False:
            category = categories[form] = category_of(form)
        if category is None:
            category = "街头个人"
            warnings.append(
                RowProblem(
                    number,
                    translate("StationImport", label["form"]),
                    where + translate("station_import", "采血形式“{form}”按街头个人计").format(form=form),
                )
            )
        code_raw, cert_raw = _at(cells, c_code), _at(cells, c_cert)
        lost = number_lost("code", code_raw) or number_lost("certificate", cert_raw)
        if lost:
            reject(number, cells, *lost)
            continue
        code = normalize_code(code_raw)
        if code:
            first = codes_seen.get(code)
            if first is not None:
                reject(
                    number,
                    cells,
                    "code",
                    translate("station_import", "献血码“{code}”与第{row}行重复").format(code=code, row=first),
                )
                continue
            codes_seen[code] = number
        else:
            key = (info.number, day, kind)
            first = keys_seen.get(key)
            if first is not None:
                reject(
                    number,
                    cells,
                    "date",
                    translate("station_import", "与第{row}行是同一人同一天的同一种献血").format(row=first),
                )
                continue
            keys_seen[key] = number
        unit_text = _text(_at(cells, c_unit))
        why = unit_problems.get(unit_text, False)  # a few hundred units in 100,000 rows
        if why is False:
            why = unit_problems[unit_text] = name_problem(normalize_unit(unit_text)) if unit_text else None
        if why:
            reject(number, cells, "unit", why)  # a unit name that is not one unit's name is never stored
            continue
        accepted.append(
            StationRow(
                number,
                info.number,
                name,
                info.sex,
                info.birth_date,
                one(_text(_at(cells, c_abo))),
                one(_text(_at(cells, c_rh))),
                _text(_at(cells, c_phone)),
                one(_text(_at(cells, c_address))),
                one(unit_text),
                one(day),
                kind,
                volume_ml,
                n_doses,
                category,
                code,
                normalize_code(cert_raw),
            )
        )
    if progress is not None:
        progress(max(total, index), max(total, index))
    return StationPreview(
        path=Path(),
        sheet="",
        header_row=0,
        headers=headers,
        accepted=accepted,
        rejected=rejected,
        already=0,
        new_units=[],
        warnings=warnings,
        skipped=skipped,
        new_donors=0,
    )


def commit_station_import(
    db: Database,
    preview: StationPreview,
    *,
    unit_map: dict[str, int] | None = None,
    entered_by: str = "",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> StationImportResult:
    """Write the accepted rows in ONE transaction with Core bulk inserts.

    *unit_map* maps a unit name from the file to an existing unit (remembered as an alias); other
    unknown names become new units. Rows that entered the database since the preview are counted
    as already there. A cancel rolls back everything.
    """
    with db.session() as s:
        result = station_commit.write(
            s,
            preview,
            unit_map or {},
            entered_by=entered_by,
            progress=progress,
            cancel=cancel,
            check=_check_cancel,
        )
        remember_headers(s, preview.headers)
    return result


def import_station_file(
    db: Database,
    path: Path | str,
    *,
    entered_by: str = "",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> tuple[StationPreview, StationImportResult]:
    """Preview and commit in one go, creating unknown units (the command line's import)."""
    preview = preview_station_import(db, path, progress=progress, cancel=cancel)
    return preview, commit_station_import(
        db, preview, entered_by=entered_by, progress=progress, cancel=cancel
    )
