"""Render the lookup documents for the README: approval form, priority-use letter, award list.

    .venv/bin/python -m tools.lookup_docs [OUTDIR]      # default docs/img

Builds a throw-away database with a few donors (real services: claims with an override, the
award counting), writes the 用血费用减免审核表 and the 优先用血证明, and the award candidate list as
the 附件 of a 通知 (the same tables as the .xlsx), then renders each first page with LibreOffice.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

from sqlalchemy import insert

from app.database import open_database
from app.donations.idcard import check_digit
from app.gongwen.docx_writer import write_notice_docx
from app.gongwen.model import Notice
from app.gongwen.render import docx_to_pdf, pdf_to_pngs
from app.lookup.award_list import award_candidates, award_tables
from app.lookup.claims import ClaimInput, record_claim
from app.lookup.documents import write_approval_form, write_priority_letter
from app.pinyin import search_key
from db.models import Donation, Donor

D = dt.date
ROOT = Path(__file__).resolve().parent.parent


def _id(birth: dt.date, seq: int, male: bool = True) -> str:
    first17 = f"612426{birth:%Y%m%d}{seq:02d}{1 if male else 2}"
    return first17 + check_digit(first17)


def _donor(s, name: str, number: str, abo: str = "O") -> int:
    return s.execute(
        insert(Donor).values(
            id_number=number,
            name=name,
            py_initials=search_key(name),
            sex="男" if int(number[16]) % 2 else "女",
            abo=abo,
            rh="+",
        )
    ).inserted_primary_key[0]


def main(outdir: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="xxb-lookup-docs-"))
    db = open_database(work / "docs.db")
    with db.session() as s:
        wang = _donor(s, "王建国", _id(D(1985, 3, 2), 11))
        for day, ml, cert in (
            ("2016-05-04", 400, "6124260016"),
            ("2020-01-15", 400, "6124260020"),
            ("2021-06-01", 300, "6124260021"),
        ):
            s.execute(
                insert(Donation).values(
                    donor_id=wang, donated_on=D.fromisoformat(day), volume_ml=ml, certificate_no=cert
                )
            )
        for k, (name, n, ml, doses, male) in enumerate(
            (
                ("刘金华", 20, 400, 0, False),
                ("陈志强", 16, 400, 0, True),
                ("赵明", 31, 0, 1, True),
                ("孙丽", 8, 300, 0, False),
            )
        ):
            donor = _donor(s, name, _id(D(1975 + k, 6, 1), 20 + k, male), "AB"[k % 2])
            s.execute(
                insert(Donation),
                [
                    {
                        "donor_id": donor,
                        "donated_on": D(2012 + i // 4, 1 + 3 * (i % 4), 10),
                        "kind": "platelets" if doses else "whole",
                        "volume_ml": ml,
                        "doses": doses,
                    }
                    for i in range(n)
                ],
            )
    claim = record_claim(
        db,
        ClaimInput(
            wang,
            "母亲",
            1200,
            D(2021, 7, 1),
            name="李秀英",
            hospital="平利县医院",
            amount_yuan="1560",
            invoice_no="FP20210701-0031",
            relative_id_number=_id(D(1958, 2, 2), 5, male=False),
            evidence="户口本",
            override_reason="超出部分经县卫健局2021年7月1日批复同意",
        ),
    )
    form = write_approval_form(db, claim.claim.id, work / "form.docx", today=D(2021, 7, 2))
    letter = write_priority_letter(
        db,
        wang,
        work / "letter.docx",
        on=D(2021, 7, 2),
        patient="李秀英",
        relation="母亲",
        hospital="平利县医院",
        region="湖南",
    )
    awards = award_candidates(db, D(2021, 12, 31))
    notice = Notice(
        organ_mark="平利县人民政府办公室文件",
        doc_number="平政办发〔2022〕3号",
        title="关于推荐2020—2021年度全国无偿献血奉献奖候选人的通知",
        addressees="各镇人民政府，县政府各有关工作部门：",
        body=["经审核，现将2020—2021年度全国无偿献血奉献奖、促进奖候选名单印发给你们，请予公示。"],
        attachments=award_tables(awards),
        signer="平利县人民政府办公室",
        date=D(2022, 1, 10),
        printer="平利县人民政府办公室",
        print_date=D(2022, 1, 10),
    )
    appendix = write_notice_docx(notice, work / "awards.docx")
    outdir.mkdir(parents=True, exist_ok=True)
    for path, name, page in (
        (form, "lookup_form", 0),
        (letter, "lookup_letter", 0),
        (appendix, "lookup_awards", 2),
    ):
        pngs = pdf_to_pngs(docx_to_pdf(path, work), work / name, dpi=90)
        shutil.copy(pngs[page], outdir / f"{name}.png")
        print(outdir / f"{name}.png")
    db.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img")
