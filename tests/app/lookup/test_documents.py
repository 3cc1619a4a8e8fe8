"""The approval form and the priority-use letter: content read back, and rendered on one A4 page."""

from __future__ import annotations

import docx
import pdfplumber
import pytest
from lookup_helpers import D, make_id
from rendering import require_renderer

from app.errors import KnownError
from app.gongwen.render import docx_to_pdf
from app.lookup.claims import ClaimInput, record_claim
from app.lookup.documents import write_approval_form, write_priority_letter

MOTHER_ID = make_id(D(1958, 2, 2), 5, male=False)


@pytest.fixture(autouse=True)
def office(db):
    """The forms are signed by the office: 平利's, as the demo brings it."""
    from app.admin.demo import DEMO_OFFICE
    from app.office.settings import save_office

    save_office(db, DEMO_OFFICE)


def test_forms_are_refused_until_the_office_is_set(tmp_path) -> None:
    """No form goes out with blanks or another county's name in the signature."""
    from app.database import open_database
    from app.errors import OfficeNotSet

    db = open_database(tmp_path / "new.db")
    try:
        with pytest.raises(OfficeNotSet):
            write_priority_letter(db, 1, tmp_path / "证明.docx")
    finally:
        db.close()
    assert not (tmp_path / "证明.docx").exists()


def _text(path) -> str:
    doc = docx.Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.fixture
def claim_id(db, wang) -> int:
    result = record_claim(
        db,
        ClaimInput(
            wang,
            "母亲",
            800,
            D(2021, 7, 1),
            name="李秀英",
            hospital="平利县医院",
            amount_yuan="1560",
            invoice_no="FP0031",
            relative_id_number=MOTHER_ID,
            evidence="户口本",
            override_reason="经县卫健局批复同意",
        ),
    )
    return result.claim.id


def test_approval_form_carries_claim_rule_why_and_override(db, claim_id, tmp_path) -> None:
    path = write_approval_form(db, claim_id, tmp_path / "审核表.docx", today=D(2021, 7, 2))
    text = _text(path)
    assert "无偿献血者临床用血费用减免审核表" in text
    for expected in (
        "王建国",
        "李秀英",
        "父母",
        "户口本",
        "平利县医院",
        "800毫升",
        "1560.00元",
        "FP0031",
        "陕西 第1版",
    ):
        assert expected in text, expected
    assert "计入：" in text and "2020年1月15日全血400毫升" in text
    assert "经县卫健局批复同意" in text and "超出100毫升" in text
    assert MOTHER_ID not in text and MOTHER_ID[:4] + "**********" + MOTHER_ID[-4:] in text
    assert "平利县献血办公室（盖章）" in text and "2021年7月2日" in text


def test_priority_letter_where_granted_and_refused_where_not(db, wang, tmp_path) -> None:
    with pytest.raises(KnownError, match="未规定优先用血"):
        write_priority_letter(db, wang, tmp_path / "x.docx", on=D(2021, 7, 2))  # 陕西 grants none
    assert not (tmp_path / "x.docx").exists()
    with pytest.raises(KnownError, match="尚未核实"):
        write_priority_letter(db, wang, tmp_path / "x.docx", on=D(2021, 7, 2), region="江苏")
    path = write_priority_letter(
        db,
        wang,
        tmp_path / "优先.docx",
        on=D(2021, 7, 2),
        patient="李秀英",
        relation="母亲",
        hospital="平利县医院",
        region="湖南",
    )
    text = _text(path)
    assert "优先用血证明" in text and "平利县医院：" in text
    assert "累计无偿献血2次、700毫升" in text
    assert "现其母亲李秀英因病需临床用血" in text
    assert "无偿献血者本人及其配偶、父母、子女临床用血时享有优先用血待遇" in text
    with pytest.raises(KnownError, match="不包括"):
        write_priority_letter(db, wang, tmp_path / "y.docx", on=D(2021, 7, 2), relation="哥哥", region="湖南")


@pytest.mark.render
def test_both_render_on_one_a4_page(db, wang, claim_id, tmp_path) -> None:
    require_renderer()
    form = write_approval_form(db, claim_id, tmp_path / "form.docx", today=D(2021, 7, 2))
    letter = write_priority_letter(db, wang, tmp_path / "letter.docx", on=D(2021, 7, 2), region="湖南")
    for path, words in ((form, "减免依据"), (letter, "特此证明")):
        pdf = docx_to_pdf(path, tmp_path)
        with pdfplumber.open(pdf) as doc:
            assert len(doc.pages) == 1, path.name
            page = doc.pages[0]
            assert round(page.width / 72 * 25.4) == 210 and round(page.height / 72 * 25.4) == 297
            assert words in (page.extract_text() or "").replace(" ", "")
