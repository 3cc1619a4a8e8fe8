"""Property: whatever a clerk's file holds, an import either succeeds or says why in a KnownError;
a refused import changes nothing (digest of every table), and no stored unit name breaks the name
rules. Files are the sample workbooks and CSVs, mutated in their cells, types, encodings, zip
members and bytes.
"""

from __future__ import annotations

import functools
import io
import tempfile
import zipfile
from pathlib import Path

import openpyxl
from hypothesis import given
from hypothesis import strategies as st

from app.database import open_database
from app.errors import KnownError
from app.names import name_problem, normalize_name
from fuzz.conftest import fresh_copy, stored_names, table_digest

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "samples"
WORKBOOKS = ["pingli_2017_quota.xlsx", "rugao_2020_monthly_plan.xlsx"]
CSVS = ["pingli_2017_quota.csv", "rugao_2020_monthly_plan.csv", "shouxian_2018_schedule.csv"]

# Cell values clerks, programs and accidents put into tables.
INVISIBLE = st.sampled_from(
    ["\u200b", "\ufeff", "\u00ad", "\x00", "\x07", "\u2028", "\u3000", "\t", "\n", "\r"]
)
TEXT = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.sampled_from("城关镇县医院中学局；;、，,0123456789（）()“\"' 　"), max_size=40),
    st.builds(
        lambda a, i, b: a + i + b,
        st.sampled_from(["城关", "县医院", "组织部7"]),
        INVISIBLE,
        st.text(max_size=5),
    ),
    st.sampled_from(
        [
            "组织部7；宣传部5；统战部3",
            "卫健系统600（全年）",
            "主题词：献血 计划 通知",
            "抄送：县委办，县政府办。",
            "平利县献血领导小组办公室 2017年3月5日",
            "合计",
            "注：以上指标为最低任务数",
            "12345",
            "——",
            "。，、",
            "=SUM(B2:B9)",
            "1e20",
            "9" * 400,
            "3月上旬",
            "全年",
        ]
    ),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)
NUMBER = st.one_of(
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([2**62, 2**63 - 1, 1e20, 1e308, 0.5, -1]),
)
CELL = st.one_of(TEXT, NUMBER, st.none(), st.dates(), st.booleans())


def _mutate_workbook(data: bytes, draw: st.DrawFn) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb.worksheets[draw(st.integers(0, len(wb.worksheets) - 1))]
    for _ in range(draw(st.integers(1, 8))):
        row = draw(st.integers(1, max(ws.max_row, 1) + 2))
        col = draw(st.integers(1, max(ws.max_column, 1) + 1))
        value = draw(CELL)
        if isinstance(value, str):
            value = "".join(ch for ch in value if ch.isprintable() or ch in "\n\t")[:32000]
        if draw(st.booleans()) and draw(st.integers(0, 4)) == 0:
            value = f"=B{row}*2"  # a formula saved without its value
        cell = ws.cell(row=row, column=col)
        if type(cell).__name__ != "MergedCell":  # a merged area's other cells hold no value
            cell.value = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _mutate_zip(data: bytes, draw: st.DrawFn) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    victim = draw(st.sampled_from(names))
    how = draw(st.sampled_from(["drop", "truncate", "garble", "empty"]))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in names:
            body = src.read(name)
            if name == victim:
                if how == "drop":
                    continue
                if how == "truncate":
                    body = body[: draw(st.integers(0, max(len(body) - 1, 0)))]
                elif how == "garble":
                    pos = draw(st.integers(0, max(len(body) - 1, 0)))
                    body = body[:pos] + draw(st.binary(min_size=1, max_size=16)) + body[pos + 1 :]
                else:
                    body = b""
            dst.writestr(name, body)
    return out.getvalue()


def _mutate_bytes(data: bytes, draw: st.DrawFn) -> bytes:
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        how = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        pos = draw(st.integers(0, max(len(buf) - 1, 0)))
        if how == "flip" and buf:
            buf[pos] = draw(st.integers(0, 255))
        elif how == "insert":
            buf[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        elif how == "delete":
            del buf[pos : pos + draw(st.integers(1, 8))]
        else:
            del buf[pos:]
    return bytes(buf)


def _mutate_csv(data: bytes, draw: st.DrawFn) -> bytes:
    text = data.decode("utf-8-sig")
    lines = text.splitlines()
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, max(len(lines) - 1, 0)))
        cells = lines[i].split(",") if lines else [""]
        j = draw(st.integers(0, len(cells)))
        value = draw(CELL)
        how = draw(st.sampled_from(["set", "quote", "line", "delim"]))
        if how == "set":
            cells[min(j, len(cells) - 1)] = str(value)
        elif how == "quote":
            cells[min(j, len(cells) - 1)] = '"' + cells[min(j, len(cells) - 1)]
        elif how == "delim":
            cells.insert(j, draw(st.sampled_from([";", "\t", ",,", '"a,b"'])))
        if how == "line":
            lines.insert(i, str(value))
        elif lines:
            lines[i] = ",".join(cells)
    text = "\n".join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "latin-1"]))
    return text.encode(encoding, errors="ignore")


@st.composite
def mutated_file(draw: st.DrawFn) -> tuple[str, bytes]:
    if draw(st.booleans()):
        name = draw(st.sampled_from(WORKBOOKS))
        data = (SAMPLES / name).read_bytes()
        how = draw(st.sampled_from(["cells", "cells", "zip", "bytes"]))
        data = {"cells": _mutate_workbook, "zip": _mutate_zip, "bytes": _mutate_bytes}[how](data, draw)
    else:
        name = draw(st.sampled_from(CSVS))
        data = (SAMPLES / name).read_bytes()
        data = _mutate_csv(data, draw) if draw(st.integers(0, 3)) else _mutate_bytes(data, draw)
    return name, data


STATION_HEADER = [
    "献血码",
    "献血者姓名",
    "血型",
    "Rh(D)",
    "性别",
    "证件号码",
    "所属单位",
    "采血日期",
    "采血形式",
    "采血量",
]


def _station_rows() -> list[list]:
    from app.donations.idcard import check_digit

    people = [("刘洋", "19900412", "1", "A", "城关镇"), ("陈静", "19950903", "2", "O", "县人民医院"),
              ("杨帆", "19880125", "1", "B", "县第一中学"), ("黄磊", "19791201", "3", "AB", "新单位甲")]  # fmt: skip
    rows = []
    for i, (name, birth, sex, abo, unit) in enumerate(people * 2):
        first17 = f"612401{birth}0{i % 10}{sex}"
        day = f"2024-0{1 + i % 6}-1{i % 9}"
        rows.append(
            [
                f"0124{i:08d}",
                name,
                abo,
                "阳性",
                "男" if int(sex) % 2 else "女",
                first17 + check_digit(first17),
                unit,
                day,
                "街头",
                "400ml",
            ]
        )
    return rows


@functools.cache  # once: openpyxl stamps the time, and hypothesis needs the same bytes every run
def station_file(kind: str) -> tuple[str, bytes]:
    """A blood-station export (the shape tests/app/donations uses), as .csv or .xlsx."""
    rows = [STATION_HEADER, *_station_rows()]
    if kind == "csv":
        return "station.csv", "\n".join(",".join(r) for r in rows).encode("utf-8")
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    out = io.BytesIO()
    wb.save(out)
    return "station.xlsx", out.getvalue()


@st.composite
def mutated_station_file(draw: st.DrawFn) -> tuple[str, bytes]:
    name, data = station_file(draw(st.sampled_from(["csv", "xlsx"])))
    if name.endswith(".csv"):
        return name, _mutate_csv(data, draw) if draw(st.integers(0, 3)) else _mutate_bytes(data, draw)
    how = draw(st.sampled_from(["cells", "cells", "zip", "bytes"]))
    return name, {"cells": _mutate_workbook, "zip": _mutate_zip, "bytes": _mutate_bytes}[how](data, draw)


def _check_import(template: Path, name: str, data: bytes, which: str, accept_valid: bool) -> None:
    from app.donations import station_import
    from app.plans import importing as plan_import
    from app.roster import importing as roster_import

    with tempfile.TemporaryDirectory() as folder:
        path = fresh_copy(template, Path(folder))
        source = Path(folder) / name
        source.write_bytes(data)
        before = table_digest(path)
        db = open_database(path, backup=False)
        try:
            year = 2020 if "rugao" in name else 2018 if "shouxian" in name else 2017
            if which == "station":
                station_import.import_station_file(db, source)
            elif which == "roster":
                preview = roster_import.preview_roster_import(db, source, year)
                roster_import.commit_roster_import(db, preview, accept_valid=accept_valid)
            else:
                preview = plan_import.preview_plan_import(db, source, year)
                plan_import.commit_plan_import(db, preview, accept_valid=accept_valid)
            changed = True
        except KnownError:
            changed = False
        finally:
            db.close()
        if not changed:
            assert table_digest(path) == before, "a refused import changed the database"
        for stored in stored_names(path):
            assert name_problem(stored) is None, f"stored name breaks the rules: {stored!r}"
            assert normalize_name(stored) == stored, f"stored name is not normalised: {stored!r}"


@given(file=mutated_file(), accept_valid=st.booleans())
def test_roster_import_of_any_file_succeeds_or_refuses_cleanly(demo_template, file, accept_valid):
    _check_import(demo_template, *file, "roster", accept_valid)


@given(file=mutated_file(), accept_valid=st.booleans())
def test_plan_import_of_any_file_succeeds_or_refuses_cleanly(demo_template, file, accept_valid):
    _check_import(demo_template, *file, "plan", accept_valid)


@given(file=mutated_station_file())
def test_donations_import_of_any_file_succeeds_or_refuses_cleanly(demo_template, file):
    _check_import(demo_template, *file, "station", False)
