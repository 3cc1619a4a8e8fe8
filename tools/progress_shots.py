"""Screenshots of the 进度 page and pages of a rendered 通报, on the 平利 2017 demo with a year of
generated donations (bench.progress_data), for docs/img:

* page_progress.png — completion by unit, one unit behind its slot selected (1366×768);
* page_progress_cumulative.png — cumulative plan (by the schedule's months) against done;
* report_p1.png, report_figure.png, report_appendix.png — the 通报 rendered by LibreOffice.

.venv/bin/python -m tools.progress_shots
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

from tools.screenshots import OUT, demo_window, settle

YEAR_END = dt.date(2017, 12, 31)
#: 平利's towns scheduled by month, as 如皋 schedules its units; the rest stay 全年.
TOWN_MONTHS = {"城关镇": 3, "老县镇": 3, "大贵镇": 5, "长安镇": 5, "八仙镇": 6, "西河镇": 9, "洛河镇": 9}


def _data(db) -> int:  # type: ignore[no-untyped-def]
    from app.plans.listing import list_plans
    from app.plans.quotas import plan_quotas
    from app.plans.schedule import schedule_quotas
    from app.plans.slots import Slot
    from bench.progress_data import donations_for_plan

    plan = list_plans(db, 2017)[0].id
    ids = {q.unit_name: q.unit_id for q in plan_quotas(db, plan)}
    for name, month in TOWN_MONTHS.items():
        schedule_quotas(db, plan, [ids[name]], Slot("month", 2017, month))
    donations_for_plan(db, plan, until=YEAR_END)
    return plan


def _report(db, folder: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    from app.gongwen.render import docx_to_pdf, pdf_to_pngs
    from app.notices import generate, new_draft

    draft = new_draft(db, "report", 2017, until=YEAR_END, today=dt.date(2018, 1, 10))
    out = generate(db, draft, folder / "通报.docx")
    return pdf_to_pngs(docx_to_pdf(out.docx, folder), folder, dpi=60)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="xxb-report-"))
    with demo_window() as (app, win):
        _data(win.ctx.db)
        win.show_page("progress")
        page = win.pages["progress"]
        page.refresh()
        settle(app)
        page.prepare_screenshot()
        settle(app)
        win.grab().save(str(OUT / "page_progress.png"))
        page.view.tabs.setCurrentIndex(0)
        settle(app)
        win.grab().save(str(OUT / "page_progress_cumulative.png"))
        pages = _report(win.ctx.db, folder)
    # page 1, the page with the chart, the appendix page
    from gbt9704 import measure  # tests/gbt9704.py: finds the picture and the appendix

    measured = measure(next(folder.glob("*.pdf")))
    figure = next(p.number for p in measured if p.pictures)
    appendix = next(p.number for p in measured if p.lines and p.lines[0].text.strip() == "附件")
    for name, number in (("report_p1", 1), ("report_figure", figure), ("report_appendix", appendix)):
        shutil.copy(pages[number - 1], OUT / f"{name}.png")
    for path in sorted(OUT.glob("*progress*.png")) + sorted(OUT.glob("report_*.png")):
        print(path)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    sys.exit(main())
