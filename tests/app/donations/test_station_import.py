"""Blood-station exports as they arrive: messy layouts, every reject reason, re-imports, cancel."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import func, insert, select

from app.donations import station_import as si
from app.donations.idcard import check_digit
from app.donations.masking import mask_id
from app.errors import InputError, KnownError
from app.tabular import read_rows
from db.models import AuditLog, Donation, Donor, ImportMapping, Unit, UnitAlias

D = dt.date
TODAY = D(2024, 6, 30)
HEADER = [
    "献血码", "献血者姓名", "血型", "Rh(D)", "性别", "年龄", "献血类型", "证件号码", "地址",
    "所属单位", "体检日期", "采血日期", "采血形式", "采血量", "献血证号",
]  # fmt: skip
PEOPLE = [
    ("刘洋", D(1990, 4, 12), True, "A", "阳性", "城关镇"),
    ("陈静", D(1995, 9, 3), False, "O", "阳性", "县人民医院"),
    ("杨帆", D(1988, 1, 25), True, "B", "阴性", "县第一中学"),
    ("黄磊", D(1979, 12, 1), True, "AB", "阳性", "县公安局"),
    ("赵敏", D(2000, 6, 18), False, "O", "阳性", "县农商银行"),
]


def pid(birth: D, male: bool, seq: int = 1) -> str:
    first17 = f"612401{birth:%Y%m%d}{seq % 100:02d}{1 if male else 2}"
    return first17 + check_digit(first17)


def row(i: int, day: D, *, code=None, amount="400ml", kind="全血", form="街头", **over):
    name, birth, male, abo, rh, unit = PEOPLE[i]
    values = {
        "献血码": code or f"0124{day:%Y%m%d}{i:04d}",
        "献血者姓名": name,
        "血型": abo,
        "Rh(D)": rh,
        "性别": "男" if male else "女",
        "年龄": (day - birth).days // 365,
        "献血类型": kind,
        "证件号码": pid(birth, male, i),
        "地址": "安康市汉滨区",
        "所属单位": unit,
        "体检日期": day,
        "采血日期": day,
        "采血形式": form,
        "采血量": amount,
        "献血证号": f"6124{day:%Y}{i:06d}",
    }
    values.update(over)
    return [values[h] for h in HEADER]


def preview(db, path, **kw):
    return si.preview_station_import(db, path, today=TODAY, **kw)


def count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_messy_export_title_rows_merged_header_reordered_spaces_full_width_and_a_foot(db, tmp_path, xlsx):
    order = [7, 0, 1, 2, 3, 4, 5, 11, 6, 13, 9, 14, 12, 10, 8]  # ID first, the rest shuffled
    header = [HEADER[i] for i in order]
    header[1] = " 献 血 码 "  # stray spaces
    header[2] = "姓  名"
    header[0] = "身份证号"
    rows = [row(i, D(2024, 3, 5) + dt.timedelta(days=i)) for i in range(5)]
    rows[1][HEADER.index("证件号码")] = (
        "６１２４０１" + rows[1][HEADER.index("证件号码")][6:]
    )  # full-width digits
    rows[2][HEADER.index("采血量")] = "４００ ml"
    rows[3][HEADER.index("献血者姓名")] = " 黄 磊 "
    path = xlsx(
        tmp_path / "2024年3月献血名单.xlsx",
        header,
        [[r[i] for i in order] for r in rows],
        titles=("安康市中心血站", "2024年3月份旬阳县献血者名单"),
        groups=[(0, 6, "献血者信息"), (7, 14, "采血信息")],
        foot=("主题词：无偿献血 名单", "制表：李梅    审核：王军"),
    )
    p = preview(db, path)
    assert p.header_row == 4 and p.rejected == [] and len(p.accepted) == 5
    assert [r.row for r in p.accepted] == [5, 6, 7, 8, 9]
    assert {r.name for r in p.accepted} >= {"黄磊"} and p.accepted[2].volume_ml == 400
    assert any("第10行" in s for s in p.skipped) and any("第11行" in s for s in p.skipped)
    assert {u.name for u in p.new_units} == {"城关镇", "县人民医院", "县第一中学", "县公安局", "县农商银行"}
    result = si.commit_station_import(db, p, entered_by="李梅")
    assert result.imported == 5 and result.new_donors == 5 and len(result.new_units) == 5
    with db.session() as s:
        d = s.scalars(select(Donor).where(Donor.name == "陈静")).one()
        assert (d.abo, d.rh, d.sex, d.birth_date) == ("O", "+", "女", D(1995, 9, 3))
        assert d.py_initials.startswith("cj") and d.id_number.startswith("612401")
        don = s.scalars(select(Donation).where(Donation.donor_id == d.id)).one()
        assert don.source == "import" and don.entered_by == "李梅" and don.unit_id == d.work_unit_id
        assert don.certificate_no == "6124" + "2024" + "000001"


def test_every_reject_reason_is_named_with_its_sheet_row(db, tmp_path, xlsx, new_id):
    with db.session() as s:
        other = s.execute(
            insert(Donor).values(id_number=new_id(D(1970, 1, 1), 9), name="孙丽")
        ).inserted_primary_key[0]
        s.execute(
            insert(Donation).values(
                donor_id=other, donated_on=D(2023, 1, 1), kind="whole", volume_ml=400, donation_code="TAKEN1"
            )
        )
    day = D(2024, 3, 5)
    good = pid(D(1990, 4, 12), True, 0)
    bad_check = good[:17] + ("0" if good[17] != "0" else "1")
    rows = [
        row(0, day),  # 5 fine
        row(0, day, **{"证件号码": bad_check, "献血码": "C1"}),  # 6 check digit
        row(1, day, **{"采血日期": "2024-02-30", "献血码": "C2"}),  # 7 impossible date
        row(1, day, amount="350", **{"献血码": "C3"}),  # 8 volume not allowed
        row(1, day, code=row(0, day)[0]),  # 9 duplicate 献血码 in the file
        row(2, day, **{"证件号码": None, "献血码": "C5"}),  # 10 missing ID
        row(2, day, **{"献血码": "TAKEN1"}),  # 11 献血码 used by someone else
        row(3, day, kind="单采血小板", amount="3治疗量", **{"献血码": "C7"}),  # 12 doses not allowed
        row(3, day, kind="机采血小板", amount="400ml", **{"献血码": "C8"}),  # 13 platelets in ml
        row(4, day, **{"性别": "男", "献血码": "C9"}),  # 14 sex does not match the ID
        row(4, day, **{"年龄": 40, "献血码": "C10"}),  # 15 age does not match
        row(4, day, **{"采血日期": D(2024, 7, 1), "献血码": "C11"}),  # 16 after today
        row(4, day, **{"献血者姓名": None, "献血码": "C12"}),  # 17 missing name
        row(4, day, kind="单采血浆", amount="600ml", **{"献血码": "C13"}),  # 18 not a kind we record
        row(4, day, **{"证件号码": 612401200006180000, "献血码": "C14"}),  # 19 ID stored as a number
        row(4, day, **{"采血日期": "下周三", "献血码": "C15"}),  # 20 not a date
        row(4, day, amount=None, **{"献血码": "C16"}),  # 21 no amount
        row(4, day, **{"所属单位": "新成立的县数据局", "献血码": "C17"}),  # 22 fine: a new unit
    ]
    path = xlsx(
        tmp_path / "rejects.xlsx",
        HEADER,
        rows,
        titles=("安康市中心血站", "2024年3月份献血者名单", "打印日期：2024-04-01"),
    )
    p = preview(db, path)
    reasons = {r.row: (r.field, r.reason) for r in p.rejected}
    expected = {
        6: ("证件号码", "校验码不对"),
        7: ("采血日期", "日期“2024-02-30”不存在"),
        8: ("采血量", "采血量“350”不允许：全血应为200、300、400ml"),
        9: ("献血码", "与第5行重复"),
        10: ("证件号码", "缺少身份证号"),
        11: ("献血码", "已用于孙丽2023-01-01的献血"),
        12: ("采血量", "单采血小板应为1、2个治疗量"),
        13: ("采血量", "应按治疗量记"),
        14: ("性别", "与身份证号（女）不符"),
        15: ("年龄", "年龄40与身份证号（23岁）不符"),
        16: ("采血日期", "在今天之后"),
        17: ("献血者姓名", "缺少姓名"),
        18: ("采血量", "不在登记范围"),
        19: ("证件号码", "存成了数字"),
        20: ("采血日期", "“下周三”不是日期"),
        21: ("采血量", "缺少采血量"),
    }
    assert sorted(reasons) == sorted(expected)
    for number, (field, words) in expected.items():
        assert reasons[number][0] == field, (number, reasons[number])
        assert words in reasons[number][1], (number, reasons[number])
    assert [r.row for r in p.accepted] == [5, 22]
    assert "新成立的县数据局" in [u.name for u in p.new_units]

    result = si.commit_station_import(db, p)
    assert result.imported == 2 and "新成立的县数据局" in result.new_units
    assert [problem.row for problem in result.rejected] == sorted(expected)

    # The rejects go back to the station as a workbook: sheet row, reason, the row's cells.
    out = si.save_rejects(p, tmp_path / "退回血站.xlsx")
    [sheet] = read_rows(out)
    header = sheet.rows[1][1]
    assert header[:3] == ["原表行号", "未导入原因", "献血码"]
    body = {r[0]: r for _, r in sheet.rows[2:]}
    assert sorted(body) == sorted(expected)
    # ID numbers go back masked, as everywhere they are shown (the row number finds the row).
    assert "校验码不对" in body[6][1] and body[6][header.index("证件号码")] == mask_id(bad_check)


def test_no_reason_warning_or_rejects_cell_quotes_a_full_id_number_or_phone(db, tmp_path, xlsx):
    day = D(2024, 3, 5)
    good = row(0, day)[HEADER.index("证件号码")]
    bad_check = good[:17] + ("0" if good[17] != "0" else "1")
    header = [*HEADER, "联系电话"]
    rows = [
        [*row(0, day, **{"证件号码": bad_check, "献血码": "M1"}), "13800001111"],  # check digit
        [*row(1, day, **{"证件号码": good[:16], "献血码": "M2"}), "13800002222"],  # 16 digits
        [*row(1, day, **{"证件号码": good[:17] + "Y", "献血码": "M3"}), "13800003333"],  # a letter
        [*row(1, day, **{"证件号码": good[:10] + "X" + good[11:], "献血码": "M4"}), ""],  # X inside
        [*row(2, day, **{"证件号码": 612401200006180000, "献血码": "M5"}), ""],  # lost digits
        [*row(3, day, **{"性别": "女", "献血码": "M6"}), "13800006666"],  # sex does not match
    ]
    p = preview(db, xlsx(tmp_path / "m.xlsx", header, rows))
    assert [r.row for r in p.rejected] == [2, 3, 4, 5, 6, 7]
    out = si.save_rejects(p, tmp_path / "退回.xlsx")
    [sheet] = read_rows(out)
    texts = [r.reason for r in p.rejected] + [w.message for w in p.warnings]
    texts += [str(c) for _, cells in sheet.rows for c in cells if c is not None]
    personal = [r[HEADER.index("证件号码")] for r in rows] + [r[-1] for r in rows]
    personal = [str(v)[:16] for v in personal if v] + [str(v)[-11:] for v in personal if v]
    assert not [t for t in texts for number in personal if number in t.replace(" ", "")], texts
    assert not [t for t in texts if re.search(r"(?<!\d)\d{17}[\dX](?!\d)", t)], texts
    assert "6124**********" + bad_check[-4:] in p.rejected[0].reason
    assert "6124********" + good[12:16] in p.rejected[1].reason
    phones = [cells[-1] for _, cells in sheet.rows[2:]]
    assert "138****1111" in phones and "13800001111" not in phones


DATE_CELLS = [
    D(2024, 3, 5),
    45356,
    "2024-03-05",
    "2024/3/5",
    "2024年3月5日",
    "2024.3.5",
    "20240305",
    "２０２４年３月５日",
]


def test_each_date_format(db, tmp_path, xlsx):
    """An Excel date cell, a serial number in a General cell, and the ways people type dates."""
    rows = [row(0, D(2024, 3, 5), code=f"D{i}", **{"采血日期": cell}) for i, cell in enumerate(DATE_CELLS)]
    p = preview(db, xlsx(tmp_path / "d.xlsx", HEADER, rows))
    assert p.rejected == [] and [r.donated_on for r in p.accepted] == [D(2024, 3, 5)] * len(DATE_CELLS)


VOLUMES = [
    ("全血", 400, ("whole", 400, 0)),
    ("全血", "400", ("whole", 400, 0)),
    ("全血", "400ml", ("whole", 400, 0)),
    ("全血", "300ML", ("whole", 300, 0)),
    ("全血", "200毫升", ("whole", 200, 0)),
    ("全血", "2U", ("whole", 400, 0)),
    ("全血", "1.5单位", ("whole", 300, 0)),
    ("", "400", ("whole", 400, 0)),
    ("单采血小板", "1治疗量", ("platelets", 0, 1)),
    ("机采血小板", "2个治疗量", ("platelets", 0, 2)),
    ("", "2治疗量", ("platelets", 0, 2)),
    ("血小板", 1, ("platelets", 0, 1)),
]


def test_each_volume_format(db, tmp_path, xlsx):
    rows = [row(0, D(2024, 3, 5), code=f"V{i}", kind=k, amount=a) for i, (k, a, _) in enumerate(VOLUMES)]
    p = preview(db, xlsx(tmp_path / "v.xlsx", HEADER, rows))
    assert p.rejected == []
    assert [(r.kind, r.volume_ml, r.doses) for r in p.accepted] == [e for _, _, e in VOLUMES]


def test_reimporting_the_same_file_adds_nothing(db, tmp_path, xlsx):
    rows = [row(i, D(2024, 3, 5)) for i in range(5)]
    rows.append(row(0, D(2023, 9, 1), code=None))  # no 献血码: same person, day and kind identify it
    rows[-1][0] = None
    path = xlsx(tmp_path / "m.xlsx", HEADER, rows)
    first = si.commit_station_import(db, preview(db, path))
    assert first.imported == 6
    again = preview(db, path)
    assert again.accepted == [] and again.already == 6 and again.rejected == []
    second = si.commit_station_import(db, again)
    assert second.imported == 0 and second.already == 6 and second.new_units == []
    assert count(db, Donation) == 6 and count(db, Donor) == 5 and count(db, Unit) == 5


def test_a_cancel_writes_nothing(db, tmp_path, xlsx):
    path = xlsx(
        tmp_path / "c.xlsx",
        HEADER,
        [row(i % 5, D(2017, 1, 1) + dt.timedelta(days=90 * i)) for i in range(30)],
    )
    p = preview(db, path)
    calls = []
    with pytest.raises(si.ImportCancelled, match="没有写入"):
        si.commit_station_import(
            db, p, cancel=lambda: len(calls) > 3 or (calls.append(1) is not None and False)
        )
    assert count(db, Donation) == count(db, Donor) == count(db, Unit) == count(db, AuditLog) == 0
    with pytest.raises(si.ImportCancelled):
        preview(db, path, cancel=lambda: True)


def test_progress_is_reported_up_to_the_total(db, tmp_path, xlsx):
    path = xlsx(
        tmp_path / "p.xlsx",
        HEADER,
        [row(i % 5, D(2017, 1, 1) + dt.timedelta(days=90 * i)) for i in range(25)],
    )
    seen: list[tuple[int, int]] = []
    p = preview(db, path, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 25) and seen[-1] == (25, 25)
    seen.clear()
    si.commit_station_import(db, p, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (25, 25)


def test_files_that_are_not_exports_are_refused_with_what_is_missing(db, tmp_path, xlsx):
    fake = tmp_path / "名单.xlsx"
    fake.write_text("这不是表格", encoding="utf-8")
    with pytest.raises(KnownError, match="不是 Excel 文件"):
        preview(db, fake)
    empty = tmp_path / "空.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(KnownError, match=r"是空的|没有任何数据"):
        preview(db, empty)
    other = xlsx(tmp_path / "名册.xlsx", ["单位", "人口数"], [["城关镇", 47277]])
    with pytest.raises(InputError) as info:
        preview(db, other)
    assert "献血者姓名" in str(info.value) and "证件号码" in str(info.value) and "采血日期" in str(info.value)
    assert count(db, Donation) == 0


def test_csv_in_gbk_and_tab_separated_xls(db, tmp_path):
    lines = [",".join(HEADER)] + [
        ",".join(str(c) for c in row(i, D(2024, 3, 5), **{"采血日期": "2024/3/5", "体检日期": "2024/3/5"}))
        for i in range(3)
    ]
    csv = tmp_path / "血站.csv"
    csv.write_bytes(("\n".join(["旬阳县献血名单", *lines]) + "\n").encode("gbk"))
    assert len(preview(db, csv).accepted) == 3
    xls = tmp_path / "血站导出.xls"
    xls.write_bytes("\n".join(line.replace(",", "\t") for line in lines).encode("gb18030"))
    assert len(preview(db, xls).accepted) == 3


def test_a_header_mapped_once_is_remembered(db, tmp_path, xlsx):
    header = [h if h != "献血类型" else "血液品种" for h in HEADER]
    header = [h if h != "采血量" else "规格" for h in header]
    rows = [row(0, D(2024, 3, 5), kind="机采血小板", amount="2治疗量")]
    path = xlsx(tmp_path / "h.xlsx", header, rows)
    unmapped = preview(db, path)  # no amount column: the row is rejected, never taken as whole blood
    assert unmapped.accepted == [] and "缺少采血量" in unmapped.rejected[0].reason
    p = preview(db, path, header_map={"血液品种": "kind", "规格": "amount"})
    assert p.accepted[0].kind == "platelets" and p.accepted[0].doses == 2
    si.commit_station_import(db, p)
    with db.session() as s:
        assert dict(s.execute(select(ImportMapping.header, ImportMapping.field)).tuples().all()) == {
            "血液品种": "kind",
            "规格": "amount",
        }
    path2 = xlsx(tmp_path / "h2.xlsx", header, [row(1, D(2024, 3, 6), kind="机采血小板", amount="1治疗量")])
    assert preview(db, path2).accepted[0].doses == 1


def test_an_unknown_unit_mapped_to_a_roster_unit_becomes_an_alias(db, tmp_path, xlsx):
    with db.session() as s:
        hospital = s.execute(insert(Unit).values(name="县人民医院", kind="医院")).inserted_primary_key[0]
    path = xlsx(tmp_path / "u.xlsx", HEADER, [row(1, D(2024, 3, 5), **{"所属单位": "县医院"})])
    p = preview(db, path)
    [new] = p.new_units
    assert new.name == "县医院" and new.suggestions[0] == (hospital, "县人民医院")
    result = si.commit_station_import(db, p, unit_map={"县医院": hospital})
    assert result.new_units == []
    with db.session() as s:
        assert s.scalar(select(UnitAlias.alias).where(UnitAlias.unit_id == hospital)) == "县医院"
        assert s.scalar(select(Donation.unit_id)) == hospital
    # Next month the alias is known.
    path2 = xlsx(
        tmp_path / "u2.xlsx",
        HEADER,
        [row(1, D(2024, 4, 9), kind="单采血小板", amount="1治疗量", **{"所属单位": "县医院"})],
    )
    assert preview(db, path2).new_units == []


def test_known_donors_keep_their_name_get_blanks_filled_and_warnings_never_reject(db, tmp_path, xlsx):
    _name, birth, male, *_ = PEOPLE[0]
    with db.session() as s:
        s.execute(
            insert(Donor).values(id_number=pid(birth, male, 0), name="刘阳", sex="男", birth_date=birth)
        )
        s.execute(
            insert(Donor).values(id_number=pid(birth, male, 77), name="刘洋", sex="男", birth_date=birth)
        )
        s.execute(
            insert(Donor).values(
                id_number=pid(D(1995, 9, 3), False, 55), name="陈静", sex="女", birth_date=D(1995, 9, 3)
            )
        )
    rows = [row(0, D(2024, 3, 5)), row(0, D(2024, 4, 5)), row(1, D(2024, 3, 5))]
    p = preview(db, tmp_path_file := xlsx(tmp_path / "k.xlsx", HEADER, rows))
    words = [w.message for w in p.warnings]
    assert any("已登记为“刘阳”" in w for w in words)
    assert any("不足6个月" in w for w in words)  # the second whole-blood donation a month later
    assert any("可能与已登记的“陈静”" in w for w in words)  # same name and birth, other ID
    assert len(p.accepted) == 3 and p.new_donors == 1
    si.commit_station_import(db, p)
    with db.session() as s:
        known = s.scalars(select(Donor).where(Donor.id_number == pid(birth, male, 0))).one()
        assert (
            known.name == "刘阳" and known.abo == "A" and known.rh == "+" and known.work_unit_id is not None
        )
    assert tmp_path_file.exists()


def test_a_header_printed_again_at_a_page_break_and_a_total_line_are_skipped(db, tmp_path, xlsx):
    rows = [
        row(0, D(2024, 3, 5)),
        list(HEADER),
        row(1, D(2024, 3, 6)),
        ["合计", None, None, None, None, None, None, "2人"],
    ]
    p = preview(db, xlsx(tmp_path / "echo.xlsx", HEADER, rows))
    assert [r.row for r in p.accepted] == [2, 4] and p.rejected == []
    assert any("第3行" in s and "重复的表头" in s for s in p.skipped)
    assert any("第5行" in s for s in p.skipped)


def test_a_new_donor_twice_in_one_file_too_soon_is_warned_once_and_still_imported(db, tmp_path, xlsx):
    rows = [row(2, D(2024, 1, 5)), row(2, D(2024, 3, 5)), row(1, D(2023, 11, 5)), row(1, D(2024, 6, 5))]
    p = preview(db, xlsx(tmp_path / "twice.xlsx", HEADER, rows))
    assert p.rejected == [] and len(p.accepted) == 4
    [warning] = p.warnings
    assert warning.row == 3 and "不足6个月" in warning.message and "2024年7月5日" in warning.message


def test_bulk_written_rows_are_stored_as_the_orm_stores_them(db, tmp_path, xlsx):
    """The import hands tuples to the driver: dates, times, flags and defaults must still be in
    the form SQLAlchemy writes and reads (a hand-recorded donation is the reference)."""
    from sqlalchemy import text

    from app.donations.donations import DonationInput, record_donation
    from app.donations.donors import DonorInput, create_donor

    p = preview(db, xlsx(tmp_path / "b.xlsx", HEADER, [row(0, D(2024, 3, 5)), row(1, D(2024, 3, 6))]))
    si.commit_station_import(db, p, entered_by="小李")
    hand = create_donor(db, DonorInput(pid(D(1970, 1, 1), True, 9), "孙丽"))
    record_donation(db, DonationInput(hand.id, D(2024, 3, 7), volume_ml=400), today=TODAY)
    donation_shape = (
        "SELECT typeof(donated_on), length(donated_on), typeof(entered_at), length(entered_at), note,"
        " override_reason, typeof(site_id), typeof(slot_id) FROM donation ORDER BY id"
    )
    donor_shape = (
        "SELECT typeof(birth_date), length(birth_date), had_reaction, emergency_team, rare_blood,"
        " no_contact, note, typeof(created_at) FROM donor ORDER BY id"
    )
    with db.session() as s:
        imported, _, by_hand = s.execute(text(donation_shape)).all()
        assert imported == by_hand
        first, _, reference = s.execute(text(donor_shape)).all()
        assert first == reference
        got = s.scalars(select(Donation).order_by(Donation.id)).first()
        assert got.donated_on == D(2024, 3, 5) and isinstance(got.entered_at, dt.datetime)
        assert got.entered_by == "小李" and got.source == "import"
        donor = s.get(Donor, got.donor_id)
        assert donor.birth_date == PEOPLE[0][1] and donor.had_reaction is False and donor.note == ""


def test_invisible_characters_and_spaces_in_a_name_are_not_stored(db, tmp_path, xlsx):
    """A name pasted with a zero-width space or a soft hyphen is the same person's name."""
    rows = [
        row(0, D(2024, 3, 5), **{"献血者姓名": " 刘\u200b洋\u00ad "}),
        row(1, D(2024, 3, 5), **{"献血者姓名": "陈 静"}),
    ]
    si.commit_station_import(db, preview(db, xlsx(tmp_path / "n.xlsx", HEADER, rows)))
    with db.session() as s:
        assert sorted(s.scalars(select(Donor.name))) == sorted(["刘洋", "陈静"])
