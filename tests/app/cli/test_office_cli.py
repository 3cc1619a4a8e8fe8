"""``office show`` / ``office set``, and a notice refused (exit 2, naming ``office set``) until then."""

from __future__ import annotations

import json

from clihelpers import run


def test_a_notice_on_a_new_office_exits_2_naming_office_set(tmp_path, samples):
    db = str(tmp_path / "x.db")
    assert (
        run("--db", db, "plan", "import", str(samples / "pingli_2017_quota.xlsx"), "--year", "2017")[0] == 0
    )
    code, _out, err = run("notice", "quota", "--year", "2017", "--out", str(tmp_path / "n.docx"), "--db", db)
    assert code == 2 and err.startswith("错误：") and "office set" in err.splitlines()[0]
    assert not (tmp_path / "n.docx").exists()


def test_office_set_then_show_then_a_notice(tmp_path, samples):
    db = str(tmp_path / "x.db")
    code, out, _err = run("office", "show", "--db", db, "--json")
    assert code == 0 and json.loads(out)["is_set"] is False
    code, out, err = run(
        "office", "set", "--name", "寿县献血办公室", "--organ", "寿县人民政府办公室文件",
        "--prefix", "寿政办秘", "--province", "安徽", "--db", db, "--json",
    )  # fmt: skip
    assert code == 0, err
    shown = json.loads(out)
    assert shown["is_set"] is True and shown["missing"] == []
    assert shown["office"]["county"] == "寿县" and shown["office"]["region"] == "安徽"
    assert (
        run("--db", db, "plan", "import", str(samples / "pingli_2017_quota.xlsx"), "--year", "2017")[0] == 0
    )
    code, out, err = run(
        "notice",
        "quota",
        "--year",
        "2017",
        "--out",
        str(tmp_path / "n.docx"),
        "--reserve-number",
        "--db",
        db,
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["doc_number"].startswith("寿政办秘〔")
    code, out, _err = run("office", "show", "--db", db, "--json")
    assert json.loads(out)["office"]["next_number"] == 2


def test_office_set_keeps_what_it_is_not_given(tmp_path):
    db = str(tmp_path / "x.db")
    run("office", "set", "--organ", "寿县人民政府办公室文件", "--prefix", "寿政办秘", "--db", db)
    code, out, err = run("office", "set", "--cc", "县委办。", "--next-number", "40", "--db", db, "--json")
    assert code == 0, err
    shown = json.loads(out)["office"]
    assert shown["doc_prefix"] == "寿政办秘" and shown["cc"] == "县委办。" and shown["next_number"] == 40


def test_office_set_without_the_required_names_exits_2_and_writes_nothing(tmp_path):
    db = tmp_path / "x.db"
    code, _out, err = run("office", "set", "--province", "安徽", "--db", str(db))
    assert code == 2 and "发文机关标志" in err and "发文字号前缀" in err
    assert not db.exists()


def test_office_set_as_the_contract_writes_it_with_the_organ_s_plain_name(tmp_path, samples):
    """ARCHITECTURE.md: `office set --name … --organ … --prefix … --province …`. An organ typed
    without 文件 (GB/T 9704 allows the 标志 as the organ's name alone) is also the 署名."""
    db = str(tmp_path / "o.db")
    code, _out, err = run(
        "office", "set", "--name", "平利县", "--organ", "平利县人民政府办公室", "--prefix", "平政办发",
        "--province", "陕西", "--db", db,
    )  # fmt: skip
    assert code == 0, err
    code, out, _err = run("office", "show", "--db", db, "--json")
    shown = json.loads(out)
    assert code == 0 and "平利县人民政府办公室" in json.dumps(shown, ensure_ascii=False)
    assert (
        run("--db", db, "plan", "import", str(samples / "pingli_2017_quota.xlsx"), "--year", "2017")[0] == 0
    )
    code, _out, err = run("notice", "quota", "--year", "2017", "--out", str(tmp_path / "n.docx"), "--db", db)
    assert code == 0, err


def test_show_names_the_level_a_notice_will_use_when_none_was_set(tmp_path):
    db = str(tmp_path / "x.db")
    assert run(
        "office", "set", "--name", "旬阳市献血办公室", "--organ", "旬阳市人民政府办公室文件",
        "--prefix", "旬政办发", "--province", "陕西", "--db", db,
    )[0] == 0  # fmt: skip
    code, out, _err = run("office", "show", "--db", db)
    assert code == 0
    assert "行政级别（县、市、区、州）：市（未填写，按县名推定）" in out  # not a blank line
    assert run("office", "set", "--level", "县", "--db", db)[0] == 0
    assert "行政级别（县、市、区、州）：县\n" in run("office", "show", "--db", db)[1]
