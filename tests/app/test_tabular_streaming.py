"""app.tabular.stream_rows gives exactly what read_rows gives, row by row, with the same errors."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from app.errors import KnownError
from app.tabular import read_rows, stream_rows
from app.tabular.cells import FormulaWithoutValue


def streamed(path: Path, top: int = 3) -> list[tuple[str, bool, list]]:
    with stream_rows(path, top=top) as opened:
        return [(s.name, s.hidden, list(s.rows())) for s in opened.sheets]


def read(path: Path) -> list[tuple[str, bool, list]]:
    return [(s.name, s.hidden, s.rows) for s in read_rows(path)]


def _plain(sheets):
    """FormulaWithoutValue compares by identity: compare its formula."""
    return [
        (name, hidden, [(n, [f"={c.formula}" if isinstance(c, FormulaWithoutValue) else c for c in cells])
                        for n, cells in rows])
        for name, hidden, rows in sheets
    ]  # fmt: skip


def same(path: Path, top: int = 3) -> list[tuple[str, bool, list]]:
    got = _plain(streamed(path, top))
    assert got == _plain(read(path))
    return got


def test_samples_read_the_same(samples: Path):
    for path in sorted(samples.glob("*.*")):
        if path.suffix in (".xlsx", ".csv"):
            for top in (0, 2, 50):
                same(path, top)


def test_a_workbook_starting_at_c3_with_dates_floats_hidden_sheet_and_a_blank_one(tmp_path: Path):
    path = tmp_path / "x.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("名单")
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write(2, 2, "姓名")
    ws.write(2, 3, "日期")
    ws.write(3, 2, "刘洋")
    ws.write_datetime(3, 3, dt.datetime(2024, 3, 5), date)
    ws.write(4, 3, 5.0)
    ws.write(5, 4, 2.5)
    ws.write_datetime(6, 2, dt.datetime(2024, 3, 5, 8, 30), wb.add_format({"num_format": "yyyy-mm-dd hh:mm"}))
    hidden = wb.add_worksheet("隐藏")
    hidden.write(0, 1, "x")
    hidden.hide()
    wb.add_worksheet("空")
    wb.close()
    got = same(path)
    rows = got[0][2]
    assert rows[0] == (1, []) and rows[3] == (4, [None, None, "刘洋", dt.date(2024, 3, 5)])
    assert rows[4] == (5, [None, None, None, 5]) and rows[5] == (6, [None, None, None, None, 2.5])
    assert got[1][:2] == ("隐藏", True) and got[2] == ("空", False, [])


def test_formula_cells_without_a_value_are_marked_in_the_stream_too(tmp_path: Path):
    path = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["单位", "人口数"])
    ws.append(["城关镇", "=B3*2"])
    for i in range(40):
        ws.append([f"单位{i}", i])
    ws["D30"] = "=SUM(B2:B20)"
    wb.save(path)
    got = same(path, top=1)
    rows = got[0][2]
    assert rows[1] == (2, ["城关镇", "=B3*2"]) and rows[29][1][3] == "=SUM(B2:B20)"


def test_messy_workbook_from_openpyxl(tmp_path: Path):
    path = tmp_path / "指标.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [
        ["平利县2018年无偿献血募集指标分解表"],
        [],
        ["序号", "单 位", "募集指标\n（单位）"],
        [1, "城关镇", 520],
    ]:
        ws.append(row)
    ws.merge_cells("A1:C1")
    wb.save(path)
    same(path)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("gbk.csv", "旬阳县\n单位\t指标\n城关镇\t520\n\n长安镇\t200\n".encode("gbk")),
        ("bom.csv", "\ufeff单位;指标\r\n城关镇;520\r\n".encode()),
        ("u16.txt", "单位\t指标\r\n城关镇\t520\r\n".encode("utf-16")),
        ("lines.csv", '单位,指标\n"城关\n镇",520\n\n长安镇,200\n'.encode()),
        ("导出.xls", "单位\t指标\n城关镇\t520\n".encode("gbk")),
        ("long.csv", ("单位,指标\n" + "".join(f"城关镇{i},{i}\n" for i in range(30_000))).encode()),
    ],
)
def test_text_reads_the_same(tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    same(path)


def test_the_first_rows_are_read_before_the_rest_is_asked_for(tmp_path: Path):
    path = tmp_path / "long.csv"
    path.write_text("单位,指标\n" + "".join(f"城关镇{i},{i}\n" for i in range(5000)), encoding="utf-8")
    with stream_rows(path, top=4) as opened:
        sheet = opened.sheets[0]
        assert [n for n, _ in sheet.head().rows] == [1, 2, 3, 4]
        assert next(sheet.rest) == (5, ["城关镇3", "3"])
        assert sheet.estimated_rows >= 5001


def _zero(p: Path) -> None:
    p.write_bytes(b"")


def _empty_book(p: Path) -> None:
    openpyxl.Workbook().save(p)


def _blank_csv(p: Path) -> None:
    p.write_text("\n ,,\n", encoding="utf-8")


def _image(p: Path) -> None:
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)


def _password(p: Path) -> None:
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptionInfo".encode("utf-16-le"))


def _html(p: Path) -> None:
    p.write_text("<html><body><table><tr><td>单位</td></tr></table></body></html>", encoding="utf-8")


def _garbled(p: Path) -> None:
    p.write_bytes(b"a,b\n\x81\x30\xff\xff,1\n")


def _damaged(p: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["单位", "指标"])
    wb.save(p)
    p.write_bytes(p.read_bytes()[:300])


def _docx(p: Path) -> None:
    p.write_bytes(b"PK\x03\x04rest")


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("zero.xlsx", _zero, "文件“zero.xlsx”是空的"),
        ("空白.xlsx", _empty_book, "文件“空白.xlsx”里没有任何数据"),
        ("空.csv", _blank_csv, "文件“空.csv”里没有任何数据"),
        ("照片.xlsx", _image, "“照片.xlsx”不是 Excel 文件"),
        ("加密.xlsx", _password, "“加密.xlsx”设置了打开密码"),
        ("网页.xls", _html, "其实是网页"),
        ("乱码.csv", _garbled, "无法识别“乱码.csv”的文字编码"),
        ("坏.xlsx", _damaged, "“坏.xlsx”已损坏"),
        ("通知.docx", _docx, "不支持的文件类型“.docx”"),
        ("nope.xlsx", None, "找不到文件“nope.xlsx”"),
    ],
)
def test_files_that_cannot_be_read_give_the_same_message(tmp_path: Path, name, make, message):
    path = tmp_path / name
    if make is not None:
        make(path)
    with pytest.raises(KnownError, match=re.escape(message)) as streamed_error:
        streamed(path)
    with pytest.raises(KnownError) as read_error:
        read_rows(path)
    assert str(streamed_error.value) == str(read_error.value)


def test_a_broken_quote_is_reported_with_its_line_when_the_stream_reaches_it(tmp_path: Path):
    path = tmp_path / "r.csv"
    path.write_text('单位,人口数\n城关镇,100\n"县医院,50\n中学,30\n城南",40\n', encoding="utf-8")
    with pytest.raises(KnownError) as read_error:
        read_rows(path)
    with pytest.raises(KnownError) as streamed_error:
        streamed(path, top=1)
    assert str(streamed_error.value) == str(read_error.value) and "第3行" in str(read_error.value)
