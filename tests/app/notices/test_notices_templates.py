"""Templates filled from data: the tables must be the ones the published notices printed."""

from __future__ import annotations

import csv
import datetime as dt

import docx
import pytest

from app.errors import KnownError
from app.notices import generate, new_draft, refresh_tables
from app.notices.tables import plan_drives_table, plan_months_table
from app.office.settings import load_office, save_office, update_office
from app.plans import plans, quotas, schedule
from app.plans import records as plan_records
from app.plans.slots import parse_slot
from app.roster import units as roster
from app.roster.records import UnitInput

ISSUED = dt.date(2017, 5, 4)


def _docx_cells(path, index: int = 0) -> list[list[str]]:
    table = docx.Document(str(path)).tables[index]
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_quota_notice_from_demo_prints_the_pingli_table_cell_for_cell(demo_db, samples, tmp_path):
    draft = new_draft(demo_db, "quota", 2017, today=ISSUED)
    out = generate(demo_db, draft, tmp_path / "pingli.docx")

    with (samples / "pingli_2017_quota.csv").open(encoding="utf-8-sig", newline="") as fh:
        expected = list(csv.reader(fh))
    expected.append(["合计", "193600", "2300"])
    assert _docx_cells(out.docx) == expected
    assert out.tables[0].title == "2017年各镇、各单位无偿献血募集指标" and out.tables[0].rows == 13


def test_quota_notice_fields_come_from_the_office_and_the_plan(demo_db):
    draft = new_draft(demo_db, "quota", 2017, today=ISSUED)
    office = load_office(demo_db)
    # The demo plan was issued by 平政办发〔2017〕64号, this office's own number: it is reused, not cited.
    assert draft.doc_number == "平政办发〔2017〕64号"
    assert draft.organ_mark == office.organ_mark and draft.signer == office.signer
    # 主送机关 proposed from the plan's units: towns, and the county's own hospitals.
    assert draft.addressees == "各镇人民政府，县直各单位："
    assert draft.cc == office.cc and draft.printer == office.printer
    assert draft.title == "平利县人民政府办公室关于进一步推动2017年全民无偿献血工作的通知"
    assert draft.date == draft.print_date == ISSUED
    text = "".join(draft.body)
    assert "2300单位" in text and "2017年" in text and "64号" not in text
    assert [p for p in draft.body if p.startswith(("一、", "二、", "三、"))]


def test_other_offices_propose_their_next_number_and_cite_the_source(demo_db):
    office = load_office(demo_db)
    expected = office.next_number
    office.doc_prefix, office.next_number = "利卫发", 12
    save_office(demo_db, office, expected_next_number=expected)
    draft = new_draft(demo_db, "quota", 2017, today=dt.date(2017, 6, 1))
    assert draft.doc_number == "利卫发〔2017〕12号"
    assert "根据平政办发〔2017〕64号文件精神" in draft.body[0]
    assert load_office(demo_db).next_number == 12  # proposing a number does not use it up


def test_staff_column_when_the_roster_has_no_population(db):
    update_office(db, {"county": "某县", "organ_mark": "某县人民政府办公室文件", "doc_prefix": "某政办发"})
    plan = plans.create_plan(db, plan_records.PlanInput(name="机关献血", year=2021, measure="人次"))
    for name, staff, amount in (("县财政局", 40, 10), ("县教育局", 120, 30)):
        unit = roster.create_unit(db, 2021, UnitInput(name=name, staff=staff))
        quotas.set_quota(db, plan.id, unit.id, amount)
    table = new_draft(db, "quota", 2021, today=dt.date(2021, 3, 1)).attachments[0]
    assert [c.header for c in table.columns] == ["单位", "在职人数", "任务数（人）"]
    assert table.rows == [["县财政局", "40", "10"], ["县教育局", "120", "30"]]
    assert table.total_row == ["合计", "160", "40"]


def test_rugao_month_layout_keeps_whole_year_quotas_out_of_december(db, rugao_plan):
    draft = new_draft(db, "plan", 2020, today=dt.date(2020, 3, 2))
    (table,) = draft.attachments
    assert [c.header for c in table.columns] == ["月份", "单位及计划数（人）", "合计"]
    totals = {row[0]: row[2] for row in table.rows}
    assert totals == {
        "1月份": "684",
        "2月份": "692",
        "3月份": "762",
        "4月份": "753",
        "5月份": "437",
        "6月份": "572",
        "7月份": "643",
        "8月份": "663",
        "9月份": "434",
        "10月份": "375",
        "11月份": "402",
        "12月份": "545",
    }
    assert table.rows[0][1] == "组织部7；宣传部5；统战部5；政法委3；搬经镇430；九华镇234；"
    assert table.rows[-1][1] == "卫健系统600（全年）；教育系统600（全年）；城北街道545；"
    assert table.total_row == ["全年合计", "", "8162"]
    assert table.title == "如皋市2020年度无偿献血计划分解表"  # county from the office settings


def test_rugao_plan_notice_reads_back_from_docx(db, rugao_plan, tmp_path):
    draft = new_draft(db, "plan", 2020, today=dt.date(2020, 3, 2))
    out = generate(db, draft, tmp_path / "rugao.docx", xlsx=tmp_path / "rugao.xlsx")
    cells = _docx_cells(out.docx)
    assert cells[0] == ["月份", "单位及计划数（人）", "合计"]
    assert cells[12] == ["12月份", "卫健系统600（全年）；教育系统600（全年）；城北街道545；", "545"]
    assert cells[-1][0] == "全年合计" and cells[-1][-1] == "8162"
    assert "8162人次" in draft.enclosure.body[0]  # the issued plan's own text
    assert draft.title == "如皋市人民政府办公室关于印发如皋市2020年无偿献血工作计划的通知"


def test_dekads_are_marked_and_unscheduled_quotas_are_not_lost(db):
    plan = plans.create_plan(db, plan_records.PlanInput(name="张家界式", year=2022, measure="人次"))
    ids = {}
    for name, amount in (("甲局", 10), ("乙局", 20), ("丙镇", 30)):
        ids[name] = roster.create_unit(db, 2022, UnitInput(name=name)).id
        quotas.set_quota(db, plan.id, ids[name], amount)
    schedule.schedule_quotas(db, plan.id, [ids["甲局"]], parse_slot("3月上旬", 2022))
    schedule.schedule_quotas(db, plan.id, [ids["乙局"]], parse_slot("3月", 2022))
    table = plan_months_table(db, plans.get_plan(db, plan.id), "某县")
    assert table.rows == [["3月份", "甲局10（上旬）；乙局20；", "30"], ["时间待定", "丙镇30；", "30"]]
    assert table.total_row == ["全年合计", "", "60"]


def test_whole_year_only_plan_gets_one_whole_year_row(demo_db):
    (table,) = new_draft(demo_db, "plan", 2017, today=ISSUED).attachments
    assert len(table.rows) == 1 and table.rows[0][0] == "全年" and table.rows[0][2] == "2300"
    assert "（全年）" not in table.rows[0][1]


def test_shouxian_drive_layout_when_drives_name_their_participants(db, shouxian_plan, samples):
    draft = new_draft(db, "plan", 2018, today=dt.date(2018, 5, 20))
    (table,) = draft.attachments
    assert [c.header for c in table.columns] == ["时间", "参与献血单位、对象", "采血点", "备注"]
    with (samples / "shouxian_2018_schedule.csv").open(encoding="utf-8-sig", newline="") as fh:
        expected = [[r["时间"], r["参与献血单位、对象"], r["采血点"], ""] for r in csv.DictReader(fh)]
    assert table.rows == expected
    assert table.title == "寿县无偿献血时间安排表"  # the plan spans two years: no year in the title
    assert "计划为0" not in draft.enclosure.body[0]  # no target entered: no figure in the text
    assert draft.title == "寿县人民政府办公室关于印发寿县2018—2019年无偿献血工作计划的通知"


def test_drive_rows_fall_back_to_the_units_of_the_drive(db):
    plan = plans.create_plan(db, plan_records.PlanInput(name="驻点", year=2019))
    a = roster.create_unit(db, 2019, UnitInput(name="县一中")).id
    b = roster.create_unit(db, 2019, UnitInput(name="县二中")).id
    for unit in (a, b):
        quotas.set_quota(db, plan.id, unit, 50)
    schedule.schedule_quotas(db, plan.id, [a, b], parse_slot("9月", 2019), site="县医院")
    schedule.add_slot(db, plan.id, parse_slot("10月", 2019), site="县中医院", participants="县直机关干部职工")
    table = plan_drives_table(db, plans.get_plan(db, plan.id), "某县")
    assert table.rows == [
        ["2019年9月", "县一中、县二中", "县医院", ""],
        ["2019年10月", "县直机关干部职工", "县中医院", ""],
    ]


def test_refresh_takes_new_figures_and_keeps_an_edited_title(demo_db):
    draft = new_draft(demo_db, "quota", 2017, today=ISSUED)
    draft.attachments[0].title = "2017年各镇、各单位无偿献血募集指标（调整后）"
    quota = next(q for q in quotas.plan_quotas(demo_db, draft.plan_id) if q.unit_name == "县医院")
    quotas.set_quota(demo_db, draft.plan_id, quota.unit_id, 100)
    fresh = refresh_tables(demo_db, draft)
    (table,) = fresh.attachments
    assert table.title.endswith("（调整后）")
    assert table.rows[0] == ["县医院", "", "100"] and table.total_row == ["合计", "193600", "2320"]


def test_a_year_without_a_plan_is_refused(demo_db):
    with pytest.raises(KnownError, match="2016年没有献血计划"):
        new_draft(demo_db, "quota", 2016)


def test_several_plans_need_a_choice(demo_db):
    other = plans.create_plan(demo_db, plan_records.PlanInput(name="第二季度补充计划", year=2017))
    with pytest.raises(KnownError, match="多个献血计划"):
        new_draft(demo_db, "quota", 2017)
    with pytest.raises(KnownError, match="还没有分配指标"):
        new_draft(demo_db, "quota", 2017, plan_id=other.id)


def test_unknown_kind_is_refused(demo_db):
    with pytest.raises(KnownError, match="不认识的公文类型"):
        new_draft(demo_db, "no-such-kind", 2017)
