"""From a finalized evaluation to a signed, verified report, through the commands alone."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from inspector.cli import main
from inspector.store import Store
from inspector.store.demo import build_demo

CA_PASS, KEY_PASS = "bureau-ca-secret", "inspector-secret"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def enrolled(inspector_home, tmp_path, capsys, monkeypatch):
    """A bureau CA and an inspector whose certificate it issued, with the demo database."""
    monkeypatch.setenv("INSPECTOR_CA_PASSPHRASE", CA_PASS)
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", KEY_PASS)
    ca = tmp_path / "ca"
    assert run(capsys, "ca", "init", ca, "--name", "杭州市余杭区教育局督导室")[0] == 0
    assert run(capsys, "keys", "init", "--name", "王喆", "--id", "yh-dx-001")[0] == 0
    code, csr, _ = run(capsys, "keys", "csr")
    (tmp_path / "me.csr").write_text(csr, encoding="utf-8")
    cert = tmp_path / "me.pem"
    assert run(capsys, "ca", "issue", ca, tmp_path / "me.csr", "--out", cert)[0] == 0
    assert run(capsys, "keys", "install", cert)[0] == 0
    with Store.open(inspector_home) as store:
        build_demo(store)
        finalized = store.evaluations.list(status="finalized")[0]["id"]
        draft = store.evaluations.list(status="draft")[0]["id"]
    return {"ca": ca, "finalized": finalized, "draft": draft}


def test_export_sign_verify(enrolled, capsys, tmp_path, inspector_home):
    out = tmp_path / "report.pdf"
    code, printed, err = run(capsys, "export", "pdf", enrolled["finalized"], out, "--sign",
                             "--role", "评估组组长")
    assert code == 0, err
    assert "Signer1" in printed and "Bureau" in printed and "signed by 王喆" in printed
    code, printed, err = run(capsys, "verify", out, "--json")
    assert code == 0, err
    report = json.loads(printed)
    assert report["ok"] and len(report["signatures"]) == 1
    assert report["signatures"][0]["signer"] == "王喆"
    with Store.open(inspector_home) as store:
        assert store.evaluations.get(enrolled["finalized"]).status == "signed"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                              text=True).stdout
        assert "评估报告" in text and "王喆" in text
    # one flipped byte inside the signed range: verification fails
    data = bytearray(out.read_bytes())
    at = data.index(b"/Producer") if b"/Producer" in data else len(data) // 3
    data[at + 2] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    assert run(capsys, "verify", tampered)[0] == 1


def test_a_draft_cannot_be_signed(enrolled, capsys, tmp_path):
    code, out, err = run(capsys, "export", "pdf", enrolled["draft"], tmp_path / "d.pdf",
                         "--sign")
    assert code == 1 and "finalize it first" in err and out == ""
    # exporting a draft unsigned is fine: the report says it is a draft
    assert run(capsys, "export", "pdf", enrolled["draft"], tmp_path / "d.pdf")[0] == 0


def test_workbooks_from_the_command_line(enrolled, capsys, tmp_path):
    from openpyxl import load_workbook

    book = tmp_path / "one.xlsx"
    code, out, err = run(capsys, "export", "xlsx", enrolled["finalized"], book)
    assert code == 0, err
    assert len(load_workbook(book).sheetnames) >= 3
    rollup = tmp_path / "district.xlsx"
    assert run(capsys, "export", "rollup", rollup, "--status", "finalized")[0] == 0
    sheets = load_workbook(rollup, read_only=True).sheetnames
    assert sheets[:2] == ["汇总", "全部"]
