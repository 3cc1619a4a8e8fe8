"""证件查询: someone walks in with a 献血证 — may they (or their mother) use blood free, how much,
until when, and why.

The page composes: one search box (献血证号, ID number, name, pinyin initials, a scanned code) with
the rule set's region and the day of use; a pick list when several donors match; the answer
(:class:`~ui.pages.lookup.answer.AnswerView`); the clerk's actions on the donor (登记报销, 添加亲属,
优先用血证明, 核对献血证); and the 奉献奖 tab (:class:`~ui.pages.lookup.awards.AwardsPanel`). Every
service call runs on the worker through :class:`~ui.tasks.Op`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.donations.search import find_donors
from app.errors import InputError
from app.lookup.certificates import check_certificate
from app.lookup.claims import record_claim
from app.lookup.documents import write_approval_form, write_priority_letter
from app.lookup.entitlements import donor_lookup, lookup
from app.lookup.records import CertificateCheck, LookupResult
from app.lookup.relatives import add_relative
from app.lookup.rulesets import default_region, list_rule_sets
from ui import desktop
from ui.actions import ActionId
from ui.bus import Changes
from ui.context import UiContext
from ui.dialogs import ask
from ui.dialogs.exported import show_exported
from ui.errors import show_error
from ui.pages.lookup import dialogs
from ui.pages.lookup.answer import AnswerView, remaining_text
from ui.pages.lookup.awards import AwardsPanel
from ui.pages.lookup.rules_dialog import RulesDialog
from ui.tasks import Op

CTX = "LookupPage"
OVER_REMAINDER = "超出剩余额度"


class LookupPage(QWidget):
    """The 证件查询 page."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.result: LookupResult | None = None
        self.certificate: CertificateCheck | None = None
        self.claim_dialog: dialogs.ClaimDialog | None = None
        self.relative_dialog: dialogs.RelativeDialog | None = None
        self.rules_dialog: RulesDialog | None = None
        self._build()
        self._show_answer(None)
        self._load_regions()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("lookup_tabs")
        outer.addWidget(self.tabs)
        query = QWidget(self.tabs)
        layout = QVBoxLayout(query)
        layout.addLayout(self._search_bar(query))
        self.message = QLabel(query)
        self.message.setObjectName("lookup_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.candidates = QListWidget(query)
        self.candidates.setObjectName("candidates")
        self.candidates.setMaximumHeight(140)
        self.candidates.hide()
        layout.addWidget(self.candidates)
        layout.addLayout(self._action_bar(query))
        self.answer = AnswerView(query)
        layout.addWidget(self.answer, 1)
        self.tabs.addTab(query, QCoreApplication.translate("LookupPage", "查询与报销(&1)"))
        self.awards = AwardsPanel(self.ctx, self.tabs)
        self.tabs.addTab(self.awards, QCoreApplication.translate("LookupPage", "奉献奖(&2)"))

        self.search_box.returnPressed.connect(self.search)
        self.search_btn.clicked.connect(self.search)
        self.candidates.itemActivated.connect(self._candidate_chosen)
        self.region.currentIndexChanged.connect(lambda _i: self._again())
        self.on_date.dateChanged.connect(lambda _d: self._again())
        self.claim_btn.clicked.connect(self.on_claim)
        self.relative_btn.clicked.connect(self.on_add_relative)
        self.letter_btn.clicked.connect(self.on_priority_letter)
        self.cert_btn.clicked.connect(self.on_check_certificate)
        self.rules_btn.clicked.connect(self.on_rules)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_box)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.clear)

    def _search_bar(self, parent: QWidget) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search_box = QLineEdit(parent)
        self.search_box.setObjectName("lookup_search")
        self.search_box.setPlaceholderText(
            QCoreApplication.translate(
                "LookupPage",
                "献血证号、身份证号、姓名或拼音首字母，或扫码；回车查询（Ctrl+F 定位，Esc 清除）",
            )
        )
        self.search_box.setClearButtonEnabled(True)
        bar.addWidget(self.search_box, 1)
        self.search_btn = QPushButton(QCoreApplication.translate("LookupPage", "查询(&Q)"), parent)
        self.search_btn.setObjectName("lookup_button")
        bar.addWidget(self.search_btn)
        bar.addSpacing(12)
        on_label = QLabel(QCoreApplication.translate("LookupPage", "用血日期(&D)："), parent)
        bar.addWidget(on_label)
        today = dt.date.today()
        self.on_date = QDateEdit(QDate(today.year, today.month, today.day), parent)
        self.on_date.setObjectName("lookup_on")
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat("yyyy-MM-dd")
        on_label.setBuddy(self.on_date)
        bar.addWidget(self.on_date)
        region_label = QLabel(QCoreApplication.translate("LookupPage", "规则(&S)："), parent)
        bar.addWidget(region_label)
        self.region = QComboBox(parent)
        region_label.setBuddy(self.region)
        self.region.setObjectName("lookup_region")
        self.region.setToolTip(
            QCoreApplication.translate("LookupPage", "按哪个省的用血减免规定计算（默认本单位所在省）")
        )
        bar.addWidget(self.region)
        self.rules_btn = QPushButton(QCoreApplication.translate("LookupPage", "规则(&G)…"), parent)
        self.rules_btn.setObjectName("rules_button")
        self.rules_btn.setToolTip(
            QCoreApplication.translate("LookupPage", "查看、复制修改、启用各省的用血减免规则（管理员）")
        )
        bar.addWidget(self.rules_btn)
        return bar

    def _action_bar(self, parent: QWidget) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.claim_btn = QPushButton(QCoreApplication.translate("LookupPage", "登记用血报销(&B)…"), parent)
        self.claim_btn.setObjectName("claim_button")
        self.relative_btn = QPushButton(QCoreApplication.translate("LookupPage", "添加亲属(&A)…"), parent)
        self.relative_btn.setObjectName("relative_button")
        self.letter_btn = QPushButton(QCoreApplication.translate("LookupPage", "优先用血证明(&L)…"), parent)
        self.letter_btn.setObjectName("letter_button")
        for button in (self.claim_btn, self.relative_btn, self.letter_btn):
            bar.addWidget(button)
        bar.addStretch(1)
        self.cert_result = QLabel(parent)
        self.cert_result.setObjectName("certificate_result")
        bar.addWidget(self.cert_result)
        self.cert_btn = QPushButton(QCoreApplication.translate("LookupPage", "核对献血证(&Z)…"), parent)
        self.cert_btn.setObjectName("certificate_button")
        bar.addWidget(self.cert_btn)
        return bar

    def page_actions(self) -> dict[ActionId, Callable[[], None]]:
        """查找 focuses the search box; 刷新 asks again; 打印 prints the priority-use letter."""
        return {ActionId.FIND: self.focus_search, ActionId.REFRESH: lambda: self._again()}

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # -- rule sets ----------------------------------------------------------------------------
    def _load_regions(self) -> None:
        db = self.ctx.db

        def load() -> tuple[list[str], str]:
            regions = sorted({r.region for r in list_rule_sets(db)})
            return regions, default_region(db)

        Op(self, load).success(self._show_regions).run()

    def _show_regions(self, answer: tuple[list[str], str]) -> None:
        regions, default = answer
        self.region.blockSignals(True)
        self.region.clear()
        for region in regions:
            self.region.addItem(region, region)
        index = self.region.findData(default)
        self.region.setCurrentIndex(max(index, 0))
        self.region.blockSignals(False)

    def on_rules(self) -> None:
        """规则: the administrator's rule sets; after a save or 启用 the answer is asked again."""
        dialog = RulesDialog(self.ctx, self)
        self.rules_dialog = dialog

        def closed() -> None:
            if dialog.changed:
                self._load_regions()
                self._again()

        dialog.finished.connect(lambda _code: closed())
        dialog.open()

    def region_choice(self) -> str | None:
        return self.region.currentData()

    # -- searching ----------------------------------------------------------------------------
    def search(self) -> None:
        query = self.search_box.text().strip()
        if not query:
            return
        db, on, region = self.ctx.db, self.on_date.date().toPython(), self.region_choice()

        def work() -> LookupResult | list:
            try:
                return lookup(db, query, on, region)
            except InputError as exc:
                if exc.problems:  # several donors: the clerk picks one
                    return find_donors(db, query, 20)
                raise

        Op(self, work).success(self._searched).failure(self._search_failed).run()

    def show_donor(self, donor_id: int, note: str = "") -> None:
        """Answer for a donor already known (picked from the list, or again after a change);
        *note* stays above the answer (what was just recorded)."""
        db, on, region = self.ctx.db, self.on_date.date().toPython(), self.region_choice()

        def shown(result: LookupResult) -> None:
            self._searched(result)
            self._say(note)

        Op(self, lambda: donor_lookup(db, donor_id, on, region)).success(shown).run()

    def _again(self, note: str = "") -> None:
        if self.result is not None:
            self.show_donor(self.result.donor.id, note if isinstance(note, str) else "")

    def _searched(self, answer: LookupResult | list) -> None:
        if isinstance(answer, list):
            self.candidates.clear()
            for donor in answer:
                item = QListWidgetItem(
                    QCoreApplication.translate(
                        "LookupPage", "{name}　{id}　{count}次献血　最近{last}"
                    ).format(
                        name=donor.name,
                        id=donor.masked_id,
                        count=donor.donation_count,
                        last=donor.last_donated_on or QCoreApplication.translate("LookupPage", "无"),
                    )
                )
                item.setData(Qt.ItemDataRole.UserRole, donor.id)
                self.candidates.addItem(item)
            self.candidates.show()
            self.candidates.setCurrentRow(0)
            self._say(
                QCoreApplication.translate("LookupPage", "找到{n}位献血者，双击或回车选择：").format(
                    n=len(answer)
                )
            )
            self._show_answer(None)
            return
        self.candidates.hide()
        self._say("")
        self._show_answer(answer)

    def _search_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InputError):
            self.candidates.hide()
            self._show_answer(None)
            self._say(str(exc))
            return
        show_error(self, exc)

    def _candidate_chosen(self, item: QListWidgetItem) -> None:
        self.show_donor(item.data(Qt.ItemDataRole.UserRole))

    def _show_answer(self, result: LookupResult | None) -> None:
        self.result = result
        if result is None:
            self.answer.clear()
        else:
            self.answer.show_result(result)
        self.answer.setVisible(result is not None)
        for button in (self.claim_btn, self.relative_btn):
            button.setEnabled(result is not None)
        self.letter_btn.setEnabled(result is not None and result.priority.granted)
        if result is not None:
            self.letter_btn.setToolTip(result.priority.clause)

    def _say(self, text: str) -> None:
        """The line under the search box: shown only when it has something to say."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def clear(self) -> None:
        """Esc: empty the search and the answer."""
        self.search_box.clear()
        self.candidates.hide()
        self._say("")
        self._show_answer(None)

    # -- claims -------------------------------------------------------------------------------
    def on_claim(self) -> None:
        if self.result is None:
            return
        result = self.result
        dialog = dialogs.ClaimDialog(
            result.donor.id, result.donor.name, result.relatives, self.on_date.date().toPython(), self
        )
        self.claim_dialog = dialog
        dialog.accepted.connect(lambda: self._record(dialog, ""))
        dialog.open()

    def _record(self, dialog: dialogs.ClaimDialog, reason: str) -> None:
        data = dialog.claim_input(reason, self.region_choice())
        db = self.ctx.db
        Op(self, lambda: record_claim(db, data)).success(self._recorded).failure(
            lambda exc: self._claim_refused(dialog, exc, reason)
        ).run()

    def _claim_refused(self, dialog: dialogs.ClaimDialog, exc: BaseException, reason: str) -> None:
        if isinstance(exc, InputError) and OVER_REMAINDER in str(exc) and not reason:
            reason = dialogs.override_reason(self, str(exc))
            if reason:
                self._record(dialog, reason)
            return
        show_error(self, exc)

    def _recorded(self, claim_result) -> None:  # type: ignore[no-untyped-def]
        claim = claim_result.claim
        self.ctx.bus.announce(Changes.of("claims", "relatives"), self)
        self._again(
            QCoreApplication.translate("LookupPage", "已登记：{who} {name} {ml}毫升，剩余{left}。").format(
                who=claim.who, name=claim.name, ml=claim.ml, left=remaining_text(claim_result.remaining_ml)
            )
        )
        if ask.confirm(
            self,
            QCoreApplication.translate("LookupPage", "审核表"),
            QCoreApplication.translate("LookupPage", "是否生成《用血费用减免审核表》？"),
            yes_text=QCoreApplication.translate("LookupPage", "生成"),
        ):
            path = dialogs.save_path(
                self,
                QCoreApplication.translate("LookupPage", "保存审核表"),
                Path.home()
                / QCoreApplication.translate("LookupPage", "用血费用减免审核表_{name}_{id}.docx").format(
                    name=claim.name, id=claim.id
                ),
                QCoreApplication.translate("LookupPage", "Word 文档 (*.docx)"),
            )
            if path is not None:
                db = self.ctx.db
                Op(self, lambda: write_approval_form(db, claim.id, path)).success(
                    self._document_written
                ).run()

    def _document_written(self, path: Path) -> None:
        if ask.confirm(
            self,
            QCoreApplication.translate("LookupPage", "已生成"),
            QCoreApplication.translate("LookupPage", "已保存到：\n{path}\n\n现在打印吗？").format(path=path),
            yes_text=QCoreApplication.translate("LookupPage", "打印"),
        ):
            try:
                desktop.print_file(path)
            except OSError as exc:
                show_error(self, exc)
            return
        show_exported(
            self,
            QCoreApplication.translate("LookupPage", "已生成"),
            QCoreApplication.translate("LookupPage", "已保存到：\n{path}").format(path=path),
            path,
        )

    # -- relatives, certificate, priority letter ----------------------------------------------
    def on_add_relative(self) -> None:
        if self.result is None:
            return
        donor_id = self.result.donor.id
        dialog = dialogs.RelativeDialog(self.result.donor.name, self)
        self.relative_dialog = dialog

        def save() -> None:
            data, db = dialog.relative_input(), self.ctx.db
            Op(self, lambda: add_relative(db, donor_id, data)).success(self._relative_added).run()

        dialog.accepted.connect(save)
        dialog.open()

    def _relative_added(self, record) -> None:  # type: ignore[no-untyped-def]
        self.ctx.bus.announce(Changes.of("relatives"), self)
        self._again(
            QCoreApplication.translate("LookupPage", "已添加亲属：{relation} {name}").format(
                relation=record.relation, name=record.name
            )
        )

    def on_check_certificate(self) -> None:
        asked = dialogs.certificate_query(self)
        if asked is None:
            return
        number, name = asked
        db = self.ctx.db
        Op(self, lambda: check_certificate(db, number, name)).success(self._certificate_checked).run()

    def _certificate_checked(self, check: CertificateCheck) -> None:
        self.certificate = check
        if not check.found:
            text, color = (
                QCoreApplication.translate("LookupPage", "献血证 {n}：无记录").format(n=check.number),
                "#b00020",
            )
        elif check.name_matches is False:
            text = QCoreApplication.translate(
                "LookupPage", "献血证 {n}：持证人为{holder}，与所填姓名“{name}”不符"
            ).format(n=check.number, holder=check.holder.name if check.holder else "", name=check.name_given)
            color = "#b00020"
        else:
            text = QCoreApplication.translate("LookupPage", "献血证 {n}：有记录，持证人{holder}").format(
                n=check.number, holder=check.holder.name if check.holder else ""
            )
            color = "#1b6e20"
        if check.flags:
            text += "（" + "；".join(check.flags) + "）"
        self.cert_result.setText(text)
        self.cert_result.setStyleSheet(f"color: {color};")

    def on_priority_letter(self) -> None:
        if self.result is None or not self.result.priority.granted:
            return
        donor, on, region = self.result.donor, self.result.on, self.region_choice()
        path = dialogs.save_path(
            self,
            QCoreApplication.translate("LookupPage", "保存优先用血证明"),
            Path.home()
            / QCoreApplication.translate("LookupPage", "优先用血证明_{name}.docx").format(name=donor.name),
            QCoreApplication.translate("LookupPage", "Word 文档 (*.docx)"),
        )
        if path is None:
            return
        db = self.ctx.db
        Op(self, lambda: write_priority_letter(db, donor.id, path, on=on, region=region)).success(
            self._document_written
        ).run()

    # -- screenshots --------------------------------------------------------------------------
    def prepare_screenshot(self, query: str = "") -> None:
        """For tools/screenshots.py: a donor's answer with the why-trace open."""
        if query:
            self.search_box.setText(query)
            self.search()
        self.answer.why_btn.setChecked(True)
