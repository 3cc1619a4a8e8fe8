"""Office-wide settings kept in the database, so the headless commands see what the GUI set."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from sqlalchemy import select

from app import audit
from app.database import Database
from db.models import OfficeSetting


@dataclass
class OfficeSettings:
    county: str = "平利县"  # 县（市、区）名
    organ_mark: str = "平利县人民政府办公室文件"  # 发文机关标志
    signer: str = "平利县人民政府办公室"  # 发文机关署名
    doc_prefix: str = "平政办发"  # 发文字号 前缀
    next_number: int = 1  # 下一个发文序号
    printer: str = "平利县人民政府办公室"  # 印发机关
    addressees: str = "各镇人民政府，县政府各有关工作部门："  # 默认主送机关
    cc: str = "县委各部门，县人大办、政协办，县纪委办，县人武部，县法院、检察院，各人民团体。"  # 默认抄送
    region: str = "陕西"  # 用血报销规则所在省份
    office_name: str = "平利县献血办公室"  # 本办名称（表格落款等）


def load_office(db: Database) -> OfficeSettings:
    """Stored values over the defaults; unknown stored keys are ignored."""
    names = {f.name for f in fields(OfficeSettings)}
    with db.session() as s:
        stored = {row.key: row.value for row in s.scalars(select(OfficeSetting)) if row.key in names}
    return OfficeSettings(**stored)


def save_office(db: Database, settings: OfficeSettings) -> None:
    with db.session() as s:
        for key, value in asdict(settings).items():
            row = s.get(OfficeSetting, key)
            if row is None:
                s.add(OfficeSetting(key=key, value=value))
            else:
                row.value = value
        audit.record(s, "update", "office_setting", None, **asdict(settings))
