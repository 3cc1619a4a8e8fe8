"""Donations at a county's lifetime scale: 300,000 donors, 1,000,000 donations.

    .venv/bin/python -m bench.bench_donations [DONORS DONATIONS IMPORT_ROWS]

Generates the data (common names, valid ID numbers, a county's units, fifteen years of donations),
then measures against floors taken in the same run:

* blood-station import of an IMPORT_ROWS-row export (default 100,000) including validation, vs
  the raw python-calamine read of the same file plus a raw sqlite3 insert of the same donors and
  donations (no checks) into the same schema;
* a donor found by ID number, 献血码, name and pinyin initials (p95 of 1,000 each), vs a raw
  sqlite3 primary-key-style look-up;
* the donations list through ``count_donations``/``list_donations``: first page, last page,
  filters and sorts, vs a raw sqlite3 first page;
* peak RSS of a fresh process that opens the list and scrolls it end to end, and of the import.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import donations_data as data
from bench.common import best_of


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM). ru_maxrss is not used: on Linux a child keeps
    the parent's high-water mark across exec, which made a 60 MB process report 360 MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


HEADER = [
    "献血码", "献血者姓名", "血型", "Rh(D)", "性别", "年龄", "献血类型", "证件号码", "地址",
    "所属单位", "体检日期", "采血日期", "采血形式", "采血量", "献血证号",
]  # fmt: skip


def empty_db(path: Path) -> Path:
    """A migrated database holding the county's units."""
    from sqlalchemy import insert

    from app.database import open_database
    from app.pinyin import initials_variants
    from app.roster.kinds import guess_kind
    from db.models import Unit

    db = open_database(path)
    with db.session() as s:
        s.execute(
            insert(Unit),
            [
                {
                    "name": n,
                    "kind": guess_kind(n),
                    "sort_order": i,
                    "py_initials": " ".join(sorted(initials_variants(n))),
                }
                for i, n in enumerate(data.UNITS)
            ],
        )
    db.close()
    return path


def fill_big_db(path: Path, persons: list[data.Person], n_donations: int) -> None:
    """Donors and donations through raw sqlite3 (set-up, not measured)."""
    from app.donations.initials import search_keys

    con = sqlite3.connect(path)
    units = dict(con.execute("SELECT name, id FROM unit"))
    keys = search_keys(p.name for p in persons)
    con.executemany(
        "INSERT INTO donor (id, id_number, name, py_initials, sex, birth_date, abo, rh, phone, address,"
        " work_unit_id, had_reaction, emergency_team, rare_blood, no_contact, note)"
        " VALUES (?,?,?,?,?,?,?,?,?,'',?,0,?,0,0,'')",
        (
            (i + 1, p.id_number, p.name, keys[p.name], p.sex, p.birth.isoformat(), p.abo, p.rh, p.phone,
             units[p.unit], int(i % 97 == 0))
            for i, p in enumerate(persons)
        ),
    )  # fmt: skip
    con.executemany(
        "INSERT INTO donation (donor_id, donated_on, kind, volume_ml, doses, category, unit_id, donation_code,"
        " certificate_no, source, note, entered_by, override_reason) VALUES (?,?,?,?,?,?,?,?,?,'import','','','')",
        (
            (g.person + 1, g.day.isoformat(), g.kind, g.volume_ml, g.doses, g.category,
             units[persons[g.person].unit], g.code, g.certificate)
            for g in data.donations(persons, n_donations, start=dt.date(2010, 1, 1), end=dt.date(2024, 12, 31))
        ),
    )  # fmt: skip
    con.commit()
    con.execute("ANALYZE")
    con.close()


def write_export(path: Path, persons: list[data.Person], n: int) -> Path:
    """A station export of *n* rows: two title rows, the usual columns, a 主题词 line at the foot."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("献血者名单")
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, ["安康市中心血站"])
    ws.write_row(1, 0, ["2024年献血者名单（旬阳县）"])
    ws.write_row(2, 0, HEADER)
    r = 3
    for g in data.donations(persons, n, start=dt.date(2023, 1, 1), end=dt.date(2024, 12, 31), seed=9):
        p = persons[g.person]
        when = dt.datetime.combine(g.day, dt.time())
        ws.write_string(r, 0, "X" + g.code)
        ws.write_string(r, 1, p.name)
        ws.write_string(r, 2, p.abo)
        ws.write_string(r, 3, "阳性" if p.rh == "+" else "阴性")
        ws.write_string(r, 4, p.sex)
        ws.write_number(r, 5, (g.day - p.birth).days // 365)
        ws.write_string(r, 6, "全血" if g.kind == "whole" else "单采血小板")
        ws.write_string(r, 7, p.id_number)
        ws.write_string(r, 8, "陕西省安康市旬阳市")
        ws.write_string(r, 9, p.unit)
        ws.write_datetime(r, 10, when, date_fmt)
        ws.write_datetime(r, 11, when, date_fmt)
        ws.write_string(r, 12, "团体" if g.category == "团体" else "街头")
        ws.write_string(r, 13, f"{g.volume_ml}ml" if g.kind == "whole" else f"{g.doses}治疗量")
        ws.write_string(r, 14, g.certificate)
        r += 1
    ws.write_row(r, 0, ["主题词：无偿献血 名单"])
    wb.close()
    return path


def raw_import_floor(book: Path, db_path: Path) -> tuple[float, float]:
    """Seconds for the raw calamine read, and for a raw sqlite3 insert of the same rows."""
    from python_calamine import CalamineWorkbook

    read, rows = best_of(
        lambda: CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0).to_python(), repeat=1
    )
    rows = [r for r in rows[3:] if len(r) > 14 and r[7]]

    def insert() -> None:
        con = sqlite3.connect(db_path)
        units = dict(con.execute("SELECT name, id FROM unit"))
        donors: dict[str, int] = {}
        donor_rows = []
        for r in rows:
            if r[7] not in donors:
                donors[r[7]] = len(donors) + 1
                donor_rows.append(
                    (donors[r[7]], r[7], r[1], "", r[4], "2000-01-01", r[2], "+", "", r[8], units[r[9]])
                )
        con.executemany(
            "INSERT INTO donor (id, id_number, name, py_initials, sex, birth_date, abo, rh, phone, address, work_unit_id,"
            " had_reaction, emergency_team, rare_blood, no_contact, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,0,0,0,0,'')",
            donor_rows,
        )
        con.executemany(
            "INSERT INTO donation (donor_id, donated_on, kind, volume_ml, doses, category, unit_id, donation_code,"
            " certificate_no, source, note, entered_by, override_reason) VALUES (?,?,?,?,?,?,?,?,?,'import','','','')",
            ((donors[r[7]], str(r[11]), "whole", 400, 0, "街头个人", units[r[9]], r[0], r[14]) for r in rows),
        )
        con.commit()
        con.close()

    insert_s, _ = best_of(insert, repeat=1)
    return read, insert_s


def child_import(db_path: str, book: str) -> None:
    """In a fresh process: preview + commit, then a re-import; prints timings and peak RSS."""
    from app.database import open_database
    from app.donations import station_import as si

    db = open_database(Path(db_path))
    t0 = time.perf_counter()
    preview = si.preview_station_import(db, Path(book))
    t1 = time.perf_counter()
    result = si.commit_station_import(db, preview)
    t2 = time.perf_counter()
    again = si.preview_station_import(db, Path(book))
    t3 = time.perf_counter()
    print(
        json.dumps(
            {
                "preview": t1 - t0,
                "commit": t2 - t1,
                "reimport_preview": t3 - t2,
                "imported": result.imported,
                "rejected": len(result.rejected),
                "warnings": len(result.warnings),
                "already_second_time": again.already,
                "rss_mb": peak_rss_mb(),
            }
        )
    )


def child_scroll(db_path: str) -> None:
    """In a fresh process: open the list and scroll it end to end a page at a time (every 50th
    page, as a dragged scroll bar asks), then report peak RSS."""
    from app.database import open_database
    from app.donations.listing import DonationFilter, count_donations, list_donations

    db = open_database(Path(db_path), backup=False)
    f = DonationFilter()
    total = count_donations(db, f)
    pages = 0
    for offset in range(0, total, 100 * 50):
        list_donations(db, f, ("date", "desc"), offset, 100, total=total)
        pages += 1
    list_donations(db, f, ("date", "desc"), max(total - 100, 0), 100, total=total)
    print(json.dumps({"pages": pages, "rss_mb": peak_rss_mb()}))


def p95(fn, queries) -> tuple[float, float]:
    """p95 and median seconds of *fn* over *queries* (on a busy machine the p95 is mostly the
    scheduler: compare medians too)."""
    times = []
    for q in queries:
        start = time.perf_counter()
        fn(q)
        times.append(time.perf_counter() - start)
    return statistics.quantiles(times, n=20)[18], statistics.median(times)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f}"


def main(n_donors: int = 300_000, n_donations: int = 1_000_000, n_import: int = 100_000) -> None:
    from app.database import open_database
    from app.donations.listing import DonationFilter, count_donations, list_donations
    from app.donations.search import find_donors

    tmp = Path(tempfile.mkdtemp(prefix="xxb-donations-"))
    print(f"# donations benchmark in {tmp}")
    template = empty_db(tmp / "empty.db")

    # --- import -------------------------------------------------------------------------------
    start = time.perf_counter()
    newcomers = data.people(max(n_import, 1), seed=23)
    book = write_export(tmp / "export.xlsx", newcomers, n_import)
    print(
        f"generated a {n_import:,}-row export in {time.perf_counter() - start:.1f} s ({book.stat().st_size / 1e6:.1f} MB)"
    )
    shutil.copy(template, tmp / "floor.db")
    read_s, insert_s = raw_import_floor(book, tmp / "floor.db")
    shutil.copy(template, tmp / "import.db")
    out = subprocess.run(
        [sys.executable, "-m", "bench.bench_donations", "child-import", str(tmp / "import.db"), str(book)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    imp = json.loads(out.stdout.strip().splitlines()[-1])
    floor = read_s + insert_s
    total_import = imp["preview"] + imp["commit"]

    # --- a county's lifetime --------------------------------------------------------------------
    start = time.perf_counter()
    persons = data.people(n_donors)
    big = tmp / "county.db"
    shutil.copy(template, big)
    fill_big_db(big, persons, n_donations)
    print(
        f"generated {n_donors:,} donors and {n_donations:,} donations in {time.perf_counter() - start:.1f} s"
    )

    db = open_database(big, backup=False)
    rng = random.Random(3)
    con = sqlite3.connect(big)
    sample = [persons[rng.randrange(n_donors)] for _ in range(1000)]
    codes = [c for (c,) in con.execute("SELECT donation_code FROM donation ORDER BY random() LIMIT 1000")]
    initials = [
        k.split()[0][:3] for (k,) in con.execute("SELECT py_initials FROM donor ORDER BY random() LIMIT 1000")
    ]
    raw_lookup = p95(
        lambda q: con.execute("SELECT * FROM donor WHERE id_number = ?", (q,)).fetchall(),
        [p.id_number for p in sample],
    )
    by_id = p95(lambda q: find_donors(db, q), [p.id_number for p in sample])
    by_code = p95(lambda q: find_donors(db, q), codes)
    by_name = p95(lambda q: find_donors(db, q), [p.name for p in sample])
    by_initials = p95(lambda q: find_donors(db, q), initials)

    raw_page, _ = best_of(
        lambda: con.execute("SELECT * FROM donation ORDER BY donated_on DESC, id DESC LIMIT 100").fetchall()
    )
    everything = DonationFilter()
    count_all, total = best_of(lambda: count_donations(db, everything))
    first, _ = best_of(lambda: list_donations(db, everything, ("date", "desc"), 0, 100, total=total))
    last, _ = best_of(lambda: list_donations(db, everything, ("date", "desc"), total - 100, 100, total=total))
    middle, _ = best_of(
        lambda: list_donations(db, everything, ("date", "desc"), total // 2, 100, total=total)
    )
    unit_id = con.execute("SELECT id FROM unit WHERE name = '城关镇'").fetchone()[0]
    cases = {
        "filter year 2023, sort date": (DonationFilter(year=2023), ("date", "desc")),
        "filter unit 城关镇, sort date": (DonationFilter(unit_id=unit_id), ("date", "desc")),
        "filter year + unit + 全血": (
            DonationFilter(year=2023, unit_id=unit_id, kind="whole"),
            ("date", "asc"),
        ),
        "filter blood O-, sort date": (DonationFilter(abo="O", rh="-"), ("date", "desc")),
        "filter category 团体, sort date": (DonationFilter(category="团体"), ("date", "desc")),
        "sort by donor name (all)": (everything, ("donor", "asc")),
        "filter year 2023, sort by donor name": (DonationFilter(year=2023), ("donor", "asc")),
    }
    filtered = {}
    for label, (f, sort) in cases.items():
        c, n = best_of(lambda f=f: count_donations(db, f))
        p, _ = best_of(lambda f=f, sort=sort, n=n: list_donations(db, f, sort, 0, 100, total=n))
        e, _ = best_of(lambda f=f, sort=sort, n=n: list_donations(db, f, sort, max(n - 100, 0), 100, total=n))
        filtered[label] = (c, p, e, n)
    db.close()
    con.close()
    scroll = json.loads(
        subprocess.run(
            [sys.executable, "-m", "bench.bench_donations", "child-scroll", str(big)],
            capture_output=True, text=True, check=True,
        ).stdout.strip().splitlines()[-1]
    )  # fmt: skip

    print(f"\n## Import of a {n_import:,}-row station export (new donors), ratios to the raw floor")
    print(f"{'step':54s} {'seconds':>8s} {'× floor':>8s}")
    print(f"{'calamine raw read':54s} {read_s:8.2f}")
    print(f"{'raw sqlite3 insert of the same donors and donations':54s} {insert_s:8.2f}")
    print(f"{'floor = read + insert':54s} {floor:8.2f} {1:8.1f}")
    print(
        f"{'preview_station_import (read, find, validate, lookups)':54s} {imp['preview']:8.2f} {imp['preview'] / floor:8.1f}"
    )
    print(
        f"{'commit_station_import (one transaction, Core bulk)':54s} {imp['commit']:8.2f} {imp['commit'] / floor:8.1f}"
    )
    print(f"{'import total (preview + commit)':54s} {total_import:8.2f} {total_import / floor:8.1f}")
    print(
        f"{'re-import of the same file (all already there)':54s} {imp['reimport_preview']:8.2f} {imp['reimport_preview'] / floor:8.1f}"
    )
    print(
        f"imported {imp['imported']:,}, rejected {imp['rejected']}, warnings {imp['warnings']}, "
        f"second time already {imp['already_second_time']:,}; import process peak RSS {imp['rss_mb']:.0f} MB"
    )

    print(f"\n## {n_donors:,} donors / {n_donations:,} donations: look-ups (1,000 each, ms)")
    print(f"{'':54s} {'p95':>8s} {'median':>8s}")
    print(f"{'raw sqlite3 donor by id_number (floor)':54s} {ms(raw_lookup[0])} {ms(raw_lookup[1])}")
    for label, (high, mid) in (
        ("find_donors by ID number", by_id),
        ("find_donors by 献血码", by_code),
        ("find_donors by name", by_name),
        ("find_donors by pinyin initials (3 letters)", by_initials),
    ):
        print(f"{label:54s} {ms(high)} {ms(mid)}")

    print("\n## The donations list (ms; pages of 100)")
    print(f"{'raw sqlite3 first page by date (floor)':54s} {ms(raw_page)}")
    print(f"{'count_donations (all)':54s} {ms(count_all)}")
    for label, value in (
        ("first page", first),
        ("last page (jump to the end)", last),
        ("middle page", middle),
    ):
        print(f"{label:54s} {ms(value)} {value / raw_page:8.1f}×")
    for label, (c, p, e, n) in filtered.items():
        print(f"{label + f' ({n:,} rows)':54s} count {ms(c)}  first {ms(p)}  last {ms(e)}")
    print(
        f"list opened and scrolled end to end ({scroll['pages']} jumps): peak RSS {scroll['rss_mb']:.0f} MB"
    )
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child-import":
        child_import(sys.argv[2], sys.argv[3])
    elif len(sys.argv) > 1 and sys.argv[1] == "child-scroll":
        child_scroll(sys.argv[2])
    else:
        main(*(int(a) for a in sys.argv[1:]))
