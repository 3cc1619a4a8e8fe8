"""The office's own details, kept in the database so the headless commands see what the GUI set.

A new database has no office: nothing here defaults to a real county. Until the names the red
header and the 发文字号 need are filled in (设置, the first-run dialog or ``office set``), a new
notice is refused with :class:`~app.errors.OfficeNotSet`. Only the demo brings 平利县.

The 发文序号 counter is shared by every clerk and process: it is only ever advanced under the
database's write lock (:func:`reserve_number_in`), and saving the other details never writes it
back, so a settings form loaded before a number was issued cannot hand out that number again.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import audit
from app.database import Database
from app.errors import InputError, KnownError, OfficeNotSet, RowProblem
from app.i18n import QT_TRANSLATE_NOOP, translate
from db.models import OfficeSetting

NUMBER_KEY = "next_number"


@dataclass
class OfficeSettings:
    county: str = ""  # 县（市、区）名, as table titles and 我县/全县 need it
    level: str = (
        ""  # 县 / 市 / 区 / 州 / 旗: how a notice says 我县, 我市; empty: the county's last character
    )
    organ_mark: str = ""  # 发文机关标志 (the red header), e.g. 某某县人民政府办公室文件
    signer: str = ""  # 发文机关署名
    doc_prefix: str = ""  # 发文字号 前缀, e.g. 某政办发
    next_number: int = 1  # 下一个发文序号 (advanced only by reserve_number)
    printer: str = ""  # 印发机关
    addressees: str = ""  # 默认主送机关
    cc: str = ""  # 默认抄送机关
    region: str = ""  # 省份: whose blood-use reimbursement rules apply
    office_name: str = ""  # 本办名称（表格落款等）

    @property
    def we(self) -> str:
        """县, 市, 区 …: the word a notice uses for "our county" (我县, 全市)."""
        level = self.level.strip()
        if level:
            return level
        county = self.county.strip()
        return county[-1] if county and county[-1] in "县市区旗州盟" else "县"


#: What a notice cannot do without; labels name them in OfficeNotSet and InputError.
REQUIRED = ("county", "organ_mark", "signer", "doc_prefix")
FIELD_LABELS = {
    "county": QT_TRANSLATE_NOOP("office", "县（市、区）名"),
    "level": QT_TRANSLATE_NOOP("office", "行政级别（县、市、区、州）"),
    "organ_mark": QT_TRANSLATE_NOOP("office", "发文机关标志"),
    "signer": QT_TRANSLATE_NOOP("office", "发文机关署名"),
    "doc_prefix": QT_TRANSLATE_NOOP("office", "发文字号前缀"),
    "next_number": QT_TRANSLATE_NOOP("office", "下一个发文序号"),
    "printer": QT_TRANSLATE_NOOP("office", "印发机关"),
    "addressees": QT_TRANSLATE_NOOP("office", "默认主送机关"),
    "cc": QT_TRANSLATE_NOOP("office", "默认抄送机关"),
    "region": QT_TRANSLATE_NOOP("office", "省份"),
    "office_name": QT_TRANSLATE_NOOP("office", "本办名称"),
}
_FIELDS = {f.name for f in fields(OfficeSettings)}
_PLACE = re.compile(r"^(.+?(?:自治县|自治州|县|市|区|旗|州|盟))")


class NumberTaken(KnownError):
    """The 发文序号 moved on (another clerk issued a number) since the form was loaded."""


# -- reading ------------------------------------------------------------------------------------
def office_in(s: Session) -> OfficeSettings:
    """Stored values over empty defaults; unknown stored keys are ignored."""
    stored = {row.key: row.value for row in s.scalars(select(OfficeSetting)) if row.key in _FIELDS}
    if NUMBER_KEY in stored:
        stored[NUMBER_KEY] = _as_number(stored[NUMBER_KEY])
    return OfficeSettings(**stored)


def load_office(db: Database) -> OfficeSettings:
    with db.session() as s:
        return office_in(s)


def missing_fields(settings: OfficeSettings) -> list[str]:
    """The required fields still empty, as field names (see FIELD_LABELS)."""
    return [name for name in REQUIRED if not str(getattr(settings, name)).strip()]


def office_is_set(db: Database) -> bool:
    """True once the office has the names a notice needs (the GUI's first-run check)."""
    return not missing_fields(load_office(db))


def require_office_in(s: Session) -> OfficeSettings:
    """The office, or OfficeNotSet naming what is missing and where to fill it in."""
    office = office_in(s)
    missing = missing_fields(office)
    if missing:
        raise OfficeNotSet(
            translate(
                "office",
                "尚未设置本单位信息（缺少{fields}），无法生成公文。请在“设置”中填写，或运行命令 office set。",
            ).format(fields="、".join(translate("office", FIELD_LABELS[m]) for m in missing)),
            missing,
        )
    return office


def require_office(db: Database) -> OfficeSettings:
    with db.session() as s:
        return require_office_in(s)


# -- writing ------------------------------------------------------------------------------------
def completed(settings: OfficeSettings) -> OfficeSettings:
    """Fill what follows from what was given: 署名 from the 标志 (without 文件), 印发机关 from the
    署名, the county from the names, a plain 主送机关 for the county. Only empty fields are filled."""
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in asdict(settings).items()}
    if not values["signer"] and values["organ_mark"]:
        # 标志 is the organ's name, with 文件 or (GB/T 9704 §7.2.4 allows it) without
        values["signer"] = values["organ_mark"].removesuffix("文件").strip()
    if not values["printer"]:
        values["printer"] = values["signer"]
    if not values["county"]:
        for source in (values["office_name"], values["signer"], values["organ_mark"]):
            m = _PLACE.match(source)
            if m:
                values["county"] = m.group(1)
                break
    done = OfficeSettings(**values)
    if not done.addressees and done.county:
        done.addressees = f"各乡镇人民政府、街道办事处，{done.we}政府各有关工作部门："
    return done


def check_office(settings: OfficeSettings) -> None:
    """InputError naming every required field that is empty (the first-run dialog, ``office set``)."""
    missing = missing_fields(settings)
    problems = [
        RowProblem(0, translate("office", FIELD_LABELS[m]), translate("office", "不能为空")) for m in missing
    ]
    if settings.next_number < 1:
        problems.append(
            RowProblem(
                0, translate("office", FIELD_LABELS[NUMBER_KEY]), translate("office", "应为从1开始的整数")
            )
        )
    if problems:
        raise InputError(translate("office", "本单位信息未保存："), problems)


def save_office_in(
    s: Session, settings: OfficeSettings, *, expected_next_number: int | None = None
) -> OfficeSettings:
    """:func:`save_office` inside the caller's session."""
    settings = completed(settings)
    values = asdict(settings)
    del values[NUMBER_KEY]
    for key, value in values.items():
        row = s.get(OfficeSetting, key)
        if row is None:
            s.add(OfficeSetting(key=key, value=value))
        else:
            row.value = value
    if expected_next_number is not None and settings.next_number != expected_next_number:
        _set_number_in(s, settings.next_number, expected=expected_next_number)
    audit.record(s, "update", "office_setting", None, **values)
    s.flush()
    return office_in(s)


def save_office(
    db: Database, settings: OfficeSettings, *, expected_next_number: int | None = None
) -> OfficeSettings:
    """Save the office's details; returns them as stored.

    The 发文序号 is left alone unless *expected_next_number* says which number the form showed:
    then it is changed to ``settings.next_number`` only if the stored number is still that one
    (compare-and-set), else NumberTaken and nothing is saved.
    """
    with db.session() as s:
        return save_office_in(s, settings, expected_next_number=expected_next_number)


def update_office(db: Database, changes: dict[str, object], *, require: bool = True) -> OfficeSettings:
    """Change the named fields and keep the others (``office set``), in one transaction.

    With *require* the result must have every required field (InputError otherwise, nothing
    saved). A ``next_number`` among the changes is set under the counter's lock.
    """
    unknown = sorted(set(changes) - _FIELDS)
    if unknown:
        raise KnownError(
            translate("office", "没有这些本单位信息项：{names}").format(names="、".join(unknown))
        )
    with db.session() as s:
        expected = lock_number_in(s) if NUMBER_KEY in changes else None
        merged = completed(replace(office_in(s), **changes))  # type: ignore[arg-type]
        if require:
            check_office(merged)
        return save_office_in(s, merged, expected_next_number=expected)


# -- the 发文序号 counter ----------------------------------------------------------------------------
def _as_number(value: object) -> int:
    try:
        return max(int(value), 1)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 1


def lock_number_in(s: Session) -> int:
    """Take the database's write lock, then read the 发文序号 counter (the value cannot change
    under the caller until its transaction ends).

    The no-op UPDATE is the portable BEGIN IMMEDIATE: on SQLite it takes the write lock (another
    process waits on busy_timeout), on a server database it locks the row.
    """
    s.execute(update(OfficeSetting).where(OfficeSetting.key == NUMBER_KEY).values(value=OfficeSetting.value))
    row = s.get(OfficeSetting, NUMBER_KEY, populate_existing=True)
    if row is None:
        s.add(OfficeSetting(key=NUMBER_KEY, value=1))
        s.flush()
        return 1
    return _as_number(row.value)


def _write_number(s: Session, value: int) -> None:
    s.execute(update(OfficeSetting).where(OfficeSetting.key == NUMBER_KEY).values(value=value))


def reserve_number_in(s: Session) -> int:
    """Take the office's next 发文序号 and advance it, in the caller's transaction: if that rolls
    back (the notice could not be written), the number was never used."""
    current = lock_number_in(s)
    _write_number(s, current + 1)
    audit.record(s, "reserve_number", "office_setting", None, number=current)
    return current


def reserve_number(db: Database) -> int:
    """Take the office's next 发文序号 and advance it, atomically across processes.

    Only called when the clerk says "use this number": proposing a number in a new draft or
    generating a preview never uses one up.
    """
    with db.session() as s:
        return reserve_number_in(s)


def _set_number_in(s: Session, value: int, *, expected: int) -> None:
    if value < 1:
        raise InputError(
            translate("office", "本单位信息未保存："),
            [
                RowProblem(
                    0, translate("office", FIELD_LABELS[NUMBER_KEY]), translate("office", "应为从1开始的整数")
                )
            ],
        )
    current = lock_number_in(s)
    if current != expected:
        raise NumberTaken(
            translate(
                "office",
                "下一个发文序号已变为{current}（刚有公文占用了序号），未保存。请重新打开设置后再修改。",
            ).format(current=current)
        )
    _write_number(s, value)
    audit.record(s, "set_number", "office_setting", None, old=current, new=value)


def set_next_number(db: Database, value: int, *, expected: int) -> None:
    """Change the next 发文序号 to *value* if it is still *expected* (else NumberTaken)."""
    with db.session() as s:
        _set_number_in(s, value, expected=expected)
