"""First run: who is this office? Its names for the red header and the 发文字号, or the demo.

A new database has no office, and no county's names are assumed: the clerk types them here (or
later in 设置), or loads the demo, which alone brings 平利县. The dialog only collects; the
controller (:mod:`ui.first_run`) saves through one service call and reports problems back with
:meth:`OfficeSetupDialog.show_problem`, so the dialog stays open until the office is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.office.settings import OfficeSettings
from ui.dialogs.unsaved import UnsavedEdits

CTX = "OfficeSetup"
PROVINCES = (
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
)


class OfficeSetupDialog(QDialog):
    submitted = Signal(object, int)  # OfficeSettings as typed, working year
    demo_requested = Signal()

    def __init__(self, office: OfficeSettings, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("office_setup")
        self.setWindowTitle(QCoreApplication.translate("OfficeSetup", "欢迎使用献血办：填写本单位信息"))
        self.office = office
        lay = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "OfficeSetup",
                "这是一个新的数据库。请填写本单位的名称，公文的红头、发文字号和抄送都从这里来；"
                "以后可在“设置”中修改。\n也可以先载入演示数据（平利县2017年名册与指标）看看程序怎么用。",
            ),
            self,
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.office_name = self._line(
            "office_name",
            office.office_name,
            QCoreApplication.translate("OfficeSetup", "如：某某县献血办公室"),
        )
        form.addRow(QCoreApplication.translate("OfficeSetup", "本办名称(&N)："), self.office_name)
        self.county = self._line(
            "county",
            office.county,
            QCoreApplication.translate("OfficeSetup", "可不填：从上面的名称推出，如“某某县”"),
        )
        form.addRow(QCoreApplication.translate("OfficeSetup", "县（市、区）名(&C)："), self.county)
        self.organ_mark = self._line(
            "organ_mark",
            office.organ_mark,
            QCoreApplication.translate("OfficeSetup", "如：某某县人民政府办公室文件"),
        )
        form.addRow(QCoreApplication.translate("OfficeSetup", "发文机关标志（红头）(&B)："), self.organ_mark)
        self.doc_prefix = self._line(
            "doc_prefix", office.doc_prefix, QCoreApplication.translate("OfficeSetup", "如：某政办发")
        )
        form.addRow(QCoreApplication.translate("OfficeSetup", "发文字号前缀(&Z)："), self.doc_prefix)
        self.cc = self._line(
            "cc",
            office.cc,
            QCoreApplication.translate("OfficeSetup", "可不填；如：县委各部门，县人大办、政协办。"),
        )
        form.addRow(QCoreApplication.translate("OfficeSetup", "抄送机关(&K)："), self.cc)
        self.region = QComboBox(self)
        self.region.setObjectName("region")
        self.region.setEditable(True)
        self.region.addItems(PROVINCES)
        self.region.setCurrentIndex(-1)
        self.region.setEditText(office.region)
        self.region.lineEdit().setPlaceholderText(
            QCoreApplication.translate("OfficeSetup", "用血报销按哪个省的规定")
        )
        form.addRow(QCoreApplication.translate("OfficeSetup", "省份(&P)："), self.region)
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setSuffix(QCoreApplication.translate("OfficeSetup", "年"))
        self.year.setValue(year)
        form.addRow(QCoreApplication.translate("OfficeSetup", "工作年度(&Y)："), self.year)
        lay.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        lay.addWidget(self.problem)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            QCoreApplication.translate("OfficeSetup", "保存(&S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.demo_button = self.buttons.addButton(
            QCoreApplication.translate("OfficeSetup", "载入演示数据（平利县）(&D)"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.demo_button.setObjectName("demo")
        self.later_button = self.buttons.addButton(
            QCoreApplication.translate("OfficeSetup", "以后再说(&L)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setObjectName("later")
        self.save_button.setDefault(True)
        lay.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.demo_button.clicked.connect(self.demo_requested)
        self.unsaved = UnsavedEdits(self, self._submit)

    def reject(self) -> None:  # QDialog.reject: Esc, 取消, the close box
        if self.unsaved.may_close():
            super().reject()

    def _line(self, name: str, value: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(value, self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumWidth(320)
        return edit

    def value(self) -> OfficeSettings:
        """The office as typed, over what was stored (the other fields follow in 设置)."""
        o = self.office
        return OfficeSettings(
            county=self.county.text().strip(),
            level=o.level,
            organ_mark=self.organ_mark.text().strip(),
            signer=o.signer,
            doc_prefix=self.doc_prefix.text().strip(),
            next_number=o.next_number,
            printer=o.printer,
            addressees=o.addressees,
            cc=self.cc.text().strip(),
            region=self.region.currentText().strip(),
            office_name=self.office_name.text().strip(),
        )

    def _submit(self) -> None:
        self.set_busy(True)
        self.submitted.emit(self.value(), self.year.value())

    def set_busy(self, busy: bool) -> None:
        for button in (self.save_button, self.demo_button):
            button.setEnabled(not busy)

    def show_problem(self, text: str) -> None:
        """The service refused (a required name empty): say why and let the clerk fix it."""
        self.set_busy(False)
        self.problem.setText(text)
        self.problem.show()
        self.problem.setFocus(Qt.FocusReason.OtherFocusReason)
