"""The signing layer, on real files: keys, the bureau CA, PAdES signatures, verification.

No mocks. A small Chinese report is made with reportlab, gets three signature fields, is signed
by two inspectors and countersigned by the bureau, and is then checked by our verifier and by
poppler's ``pdfsig`` (which cannot know our CA, so only intact/valid are compared with it).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from inspector import paths
from inspector.cli import sign_cmd
from inspector.cli.common import CommandError
from inspector.signing import (
    SigningError,
    WrongPassphrase,
    add_signature_fields,
    ca_certificate,
    ca_crl,
    ca_index,
    ca_init,
    ca_issue,
    ca_revoke,
    init_keys,
    install_certificate,
    load_crls,
    load_identity,
    read_csr,
    sign_pdf,
    signature_fields,
    verify_pdf,
)
from inspector.signing._util import DOCUMENT_SIGNING
from inspector.signing.keys import cert_path, csr_path

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
CA_PASS = "bureau-ca-secret"
PASS = "inspector-secret"
TAMPER_MARK = b"yuhang-inspection-report"
FIELDS = [("InspectorA", 0, (60, 80, 260, 150)), ("InspectorB", 0, (300, 80, 500, 150)),
          ("Bureau", 0, (300, 170, 500, 240))]

needs_poppler = pytest.mark.skipif(shutil.which("pdfsig") is None or
                                   shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdfsig, pdftotext) not installed")


# ---------------------------------------------------------------- helpers


def make_report(path: Path) -> Path:
    """A one-page Chinese report, the way the app makes them (reportlab + bundled font)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "WQY-test" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY-test", str(FONT), subfontIndex=0))
    c = canvas.Canvas(str(path))
    c.setSubject(TAMPER_MARK.decode())  # an ASCII string in the first revision, to tamper with
    c.setFont("WQY-test", 18)
    c.drawString(72, 760, "余杭区良渚第一小学督导评估报告")
    c.setFont("WQY-test", 11)
    c.drawString(72, 730, "评估结论：优秀。总分 92.5 分。")
    c.drawString(72, 710, "督导组：王喆（组长）、李四")
    c.showPage()
    c.save()
    return path


def make_signature_png(path: Path) -> Path:
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    ImageDraw.Draw(img).line([(10, 80), (90, 20), (170, 70), (290, 25)],
                             fill=(20, 20, 140, 255), width=6)
    img.save(path)
    return path


def person(ca_dir: Path, folder: Path, name: str, inspector_id: str):
    """An identity enrolled with the CA: init_keys → CSR → ca_issue → install_certificate."""
    ident = init_keys(name, inspector_id, passphrase=PASS, path=folder / f"{inspector_id}.p12")
    pem = ca_issue(ca_dir, read_csr(ident.path), CA_PASS)
    chain = pem + (ca_dir / "ca.cert.pem").read_text()
    return install_certificate(chain, PASS, path=ident.path, ca_path=folder / "bureau-ca.pem")


def pdfsig(path: Path) -> list[str]:
    """pdfsig's verdict per signature ("Signature is Valid.", "Digest Mismatch.", …)."""
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60)
    return re.findall(r"Signature Validation: (.+)", out.stdout)


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, timeout=60).stdout


def run_cli(argv: list[str]) -> int:
    """The command line as `inspector` runs it (main's error handling), with sign_cmd
    registered whether or not inspector/cli/__init__.py does it yet."""
    from inspector import cli

    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "verify" not in sub.choices:
        sign_cmd.register(sub)
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except CommandError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


CLI_SCRIPT = """
import argparse, sys
from inspector import cli
from inspector.cli import sign_cmd
from inspector.cli.common import CommandError
parser = cli.build_parser()
sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
if "verify" not in sub.choices:
    sign_cmd.register(sub)
args = parser.parse_args(sys.argv[1:])
try:
    sys.exit(int(args.handler(args) or 0))
except CommandError as exc:
    print(f"error: {exc}", file=sys.stderr)
    sys.exit(1)
"""


def run_cli_process(argv: list[str], env_extra: dict | None = None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env_extra or {})}
    return subprocess.run([sys.executable, "-c", CLI_SCRIPT, *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


# ---------------------------------------------------------------- the shared signed report


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    """The bureau CA, inspectors A (王喆) and B (李四), the bureau's own signing identity, and
    the report signed by all three. Built once: signing is the slow part."""
    base = tmp_path_factory.mktemp("pki")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INSPECTOR_HOME", str(base / "home"))  # the stamp-font cache goes here
        ca_dir = base / "ca"
        ca_init(ca_dir, "杭州市余杭区教育局督导室根证书", CA_PASS)
        people = base / "people"
        a = person(ca_dir, people, "王喆", "YH-001")
        b = person(ca_dir, people, "李四", "YH-002")
        bureau = person(ca_dir, people, "杭州市余杭区教育局督导室", "YH-BUREAU")
        report = make_report(base / "report.pdf")
        fields_pdf = base / "fields.pdf"
        add_signature_fields(report, fields_pdf, FIELDS)
        png = make_signature_png(base / "signature.png")
        times = []
        t = time.perf_counter()
        sign_pdf(fields_pdf, base / "signed1.pdf", a, role="督导组长", signature_image=png,
                 certify=True)
        times.append(time.perf_counter() - t)
        t = time.perf_counter()
        sign_pdf(base / "signed1.pdf", base / "signed2.pdf", b, role="督导员")
        times.append(time.perf_counter() - t)
        t = time.perf_counter()
        sign_pdf(base / "signed2.pdf", base / "signed3.pdf", bureau, field="Bureau",
                 role="督导室")
        times.append(time.perf_counter() - t)
        yield {"base": base, "ca_dir": ca_dir, "ca": ca_certificate(ca_dir), "a": a, "b": b,
               "bureau": bureau, "fields_pdf": fields_pdf, "signed": base / "signed3.pdf",
               "png": png, "times": times}


# ---------------------------------------------------------------- keys


def test_init_keys_makes_an_encrypted_p12_a_self_signed_cert_and_a_csr():
    ident = init_keys("王喆", "YH-001", "杭州市余杭区教育局督导室", PASS)
    keys_dir = paths.data_home() / "keys"
    assert ident.path == keys_dir / "inspector.p12"
    assert ident.path.exists() and csr_path().exists() and cert_path().exists()
    assert (ident.path.stat().st_mode & 0o077) == 0  # private to the user
    assert ident.name == "王喆" and ident.inspector_id == "YH-001"
    assert ident.organization == "杭州市余杭区教育局督导室"
    assert ident.self_signed
    cert = ident.certificate
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "王喆"
    ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert ku.digital_signature and ku.content_commitment
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert DOCUMENT_SIGNING in eku and ExtendedKeyUsageOID.EMAIL_PROTECTION in eku
    csr = x509.load_pem_x509_csr(csr_path().read_bytes())
    assert csr.is_signature_valid and csr.subject == cert.subject
    # the passphrase really protects the file, and is not stored anywhere next to it
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(ident.path.read_bytes(), None)
    for f in keys_dir.iterdir():
        assert PASS.encode() not in f.read_bytes()
    again = load_identity(None, PASS)
    assert again.certificate == cert
    with pytest.raises(SigningError, match="already exists"):
        init_keys("王喆", "YH-001", passphrase=PASS)


def test_wrong_passphrase_is_a_clear_error(tmp_path):
    ident = init_keys("王喆", "YH-001", passphrase=PASS)
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        load_identity(ident.path, "not-it")
    (tmp_path / "junk.p12").write_bytes(b"not a key file")
    with pytest.raises(SigningError, match="not a PKCS#12"):
        load_identity(tmp_path / "junk.p12", PASS)
    with pytest.raises(SigningError, match="no signing key"):
        load_identity(tmp_path / "missing.p12", PASS)
    ca_init(tmp_path / "ca", "测试CA", CA_PASS)
    with pytest.raises(WrongPassphrase, match="wrong passphrase for the CA"):
        ca_issue(tmp_path / "ca", read_csr(ident.path), "not-it")


def test_bad_subjects_are_refused():
    with pytest.raises(SigningError, match="inspector id"):
        init_keys("王喆", "督导001", passphrase=PASS)  # serialNumber is a PrintableString
    with pytest.raises(SigningError, match="passphrase"):
        init_keys("王喆", "YH-1", passphrase="")


def test_install_certificate_replaces_the_self_signed_one(tmp_path):
    ca_dir = tmp_path / "ca"
    ca_init(ca_dir, "杭州市余杭区教育局督导室根证书", CA_PASS)
    ident = init_keys("王喆", "YH-001", passphrase=PASS)
    pem = ca_issue(ca_dir, read_csr(), CA_PASS, days=30)
    installed = install_certificate(pem + (ca_dir / "ca.cert.pem").read_text(), PASS)
    assert not installed.self_signed and installed.name == "王喆"
    assert installed.certificate.issuer == ca_certificate(ca_dir).subject
    assert [c.subject for c in installed.chain] == [ca_certificate(ca_dir).subject]
    assert (paths.data_home() / "keys" / "bureau-ca.pem").read_text() == \
        (ca_dir / "ca.cert.pem").read_text()
    reopened = load_identity(ident.path, PASS)
    assert reopened.certificate == installed.certificate and len(reopened.chain) == 1
    assert x509.load_pem_x509_certificate(cert_path().read_bytes()) == installed.certificate
    # a certificate for somebody else's key is refused
    other = init_keys("李四", "YH-002", passphrase=PASS, path=tmp_path / "b.p12")
    foreign = ca_issue(ca_dir, read_csr(other.path), CA_PASS)
    with pytest.raises(SigningError, match="not for your key"):
        install_certificate(foreign, PASS)


def test_ca_issues_revokes_and_lists_in_a_signed_crl(tmp_path):
    ca_dir = tmp_path / "ca"
    root = ca_init(ca_dir, "杭州市余杭区教育局督导室根证书", CA_PASS)
    bc = root.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert bc.ca and root.extensions.get_extension_for_class(x509.KeyUsage).value.key_cert_sign
    with pytest.raises(SigningError, match="already holds a CA"):
        ca_init(ca_dir, "again", CA_PASS)
    a = init_keys("王喆", "YH-001", passphrase=PASS, path=tmp_path / "a.p12")
    b = init_keys("李四", "YH-002", passphrase=PASS, path=tmp_path / "b.p12")
    cert_a = x509.load_pem_x509_certificate(ca_issue(ca_dir, read_csr(a.path), CA_PASS).encode())
    cert_b = x509.load_pem_x509_certificate(ca_issue(ca_dir, read_csr(b.path), CA_PASS).encode())
    cert_a.verify_directly_issued_by(root)
    ku = cert_a.extensions.get_extension_for_class(x509.KeyUsage).value
    assert ku.digital_signature and ku.content_commitment and not ku.key_cert_sign
    assert DOCUMENT_SIGNING in cert_a.extensions.get_extension_for_class(
        x509.ExtendedKeyUsage).value
    assert cert_a.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "王喆"
    index = ca_index(ca_dir)
    assert [e["name"] for e in index] == ["王喆", "李四"]
    assert json.loads((ca_dir / "index.json").read_text(encoding="utf-8"))["certificates"]

    entry = ca_revoke(ca_dir, f"{cert_b.serial_number:x}", CA_PASS, reason="key_compromise")
    assert entry["reason"] == "key_compromise" and entry["revoked_at"]
    with pytest.raises(SigningError, match="already revoked"):
        ca_revoke(ca_dir, cert_b.serial_number, CA_PASS)
    with pytest.raises(SigningError, match="no certificate with serial"):
        ca_revoke(ca_dir, "ABCDEF", CA_PASS)
    [crl] = load_crls(ca_crl(ca_dir, CA_PASS))
    assert crl.is_signature_valid(root.public_key()) and crl.issuer == root.subject
    assert crl.get_revoked_certificate_by_serial_number(cert_b.serial_number) is not None
    assert crl.get_revoked_certificate_by_serial_number(cert_a.serial_number) is None
    assert (ca_dir / "crl.pem").exists()


# ---------------------------------------------------------------- signing and verifying


def test_two_inspectors_and_the_bureau_all_valid_and_trusted(pki):
    report = verify_pdf(pki["signed"], [pki["ca"]])
    assert report.ok, report.to_json()
    assert [s.field for s in report.signatures] == ["InspectorA", "InspectorB", "Bureau"]
    assert [s.signer for s in report.signatures] == ["王喆", "李四", "杭州市余杭区教育局督导室"]
    for s in report.signatures:
        assert s.intact and s.valid and s.trusted and not s.revoked and s.bottom_line
        assert not s.modified_after_signing and s.error is None
        assert s.reason == "督导评估报告签名" and s.location == "杭州市余杭区"
    first, second, last = report.signatures
    assert first.certified and not second.certified
    assert (first.coverage, first.modification_level) == ("ENTIRE_REVISION", "FORM_FILLING")
    assert first.docmdp_ok
    assert last.coverage == "ENTIRE_FILE"
    assert report.unsigned_fields == []
    data = json.loads(report.to_json())
    assert data["ok"] is True and len(data["signatures"]) == 3
    assert {"field", "signer", "signing_time", "intact", "valid", "trusted", "revoked",
            "coverage", "modification_level", "docmdp_ok", "modified_after_signing",
            "ok"} <= set(data["signatures"][0])
    # part-signed: the earlier revisions verify too, with the bureau's field still empty
    partial = verify_pdf(pki["base"] / "signed2.pdf", [pki["ca"]])
    assert partial.ok and partial.unsigned_fields == ["Bureau"]


def test_signing_is_fast_once_the_stamp_font_is_cached(pki):
    # first signature: builds the stamp-font subset for 王喆; the others: other names
    assert all(t < 5 for t in pki["times"]), pki["times"]
    again = pki["base"] / "again.pdf"
    t = time.perf_counter()
    sign_pdf(pki["base"] / "signed1.pdf", again, pki["b"], role="督导员")
    assert time.perf_counter() - t < 2.0  # cached font: ~0.15 s here


@needs_poppler
def test_pdfsig_agrees_that_all_three_are_valid(pki):
    assert pdfsig(pki["signed"]) == ["Signature is Valid."] * 3


@needs_poppler
def test_stamp_text_is_extractable_chinese(pki):
    text = pdftotext(pki["signed"])
    assert "余杭区良渚第一小学督导评估报告" in text  # the page itself
    # the stamps (widget appearance streams, CID fonts with ToUnicode)
    assert "签名人：王喆" in text and "角色：督导组长" in text
    assert "签名人：李四" in text and "签名人：杭州市余杭区教育局督导室" in text
    assert re.search(r"时间：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", text)


def test_flipped_byte_inside_the_signed_range_is_caught(pki, tmp_path):
    data = bytearray(pki["signed"].read_bytes())
    at = data.index(TAMPER_MARK)
    data[at] ^= 0x01  # 'y' → 'x'
    bad = tmp_path / "tampered.pdf"
    bad.write_bytes(bytes(data))
    report = verify_pdf(bad, [pki["ca"]])
    assert not report.ok
    assert report.signatures and not any(s.intact for s in report.signatures)
    assert not any(s.ok for s in report.signatures)
    if shutil.which("pdfsig"):
        verdicts = pdfsig(bad)
        assert len(verdicts) == 3 and "Signature is Valid." not in verdicts


def test_damaged_signature_or_file_never_crashes(pki, tmp_path):
    data = bytearray(pki["signed"].read_bytes())
    # damage the DER of the last signature's CMS blob (the start of /Contents <3082…>)
    at = data.rindex(b"/Contents <") + len(b"/Contents <") + 40
    data[at:at + 8] = b"00000000"
    broken = tmp_path / "broken-cms.pdf"
    broken.write_bytes(bytes(data))
    report = verify_pdf(broken, [pki["ca"]])
    assert not report.ok
    assert not report.signatures[-1].ok
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\nthis is not a pdf")
    report = verify_pdf(garbage, [pki["ca"]])
    assert not report.ok and report.error
    assert not verify_pdf(tmp_path / "missing.pdf", [pki["ca"]]).ok
    unsigned = verify_pdf(pki["fields_pdf"], [pki["ca"]])
    assert not unsigned.ok and unsigned.error == "the PDF has no signature"
    assert unsigned.unsigned_fields == ["InspectorA", "InspectorB", "Bureau"]


def test_page_content_changed_after_signing_is_caught(pki, tmp_path):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    with pki["signed"].open("rb") as fh:
        writer = IncrementalPdfFileWriter(fh)
        stroke = generic.StreamObject(stream_data=b"q 1 0 0 RG 4 w 50 400 m 500 400 l S Q")
        writer.add_stream_to_page(0, writer.add_object(stroke))
        out = tmp_path / "changed.pdf"
        with out.open("wb") as dest:
            writer.write(dest)
    report = verify_pdf(out, [pki["ca"]])
    assert not report.ok
    for s in report.signatures:
        assert s.intact and s.trusted  # each signed revision is still what was signed…
        assert s.modified_after_signing and not s.ok  # …but the document changed after it
        assert s.modification_level == "OTHER"


def test_an_unrelated_ca_does_not_trust_the_signatures(pki, tmp_path):
    other = ca_init(tmp_path / "other-ca", "某个无关的CA", CA_PASS)
    report = verify_pdf(pki["signed"], [other])
    assert not report.ok
    assert all(s.intact and s.valid and not s.trusted for s in report.signatures)
    assert not verify_pdf(pki["signed"], []).ok


def test_a_revoked_signer_is_reported(pki, tmp_path):
    ca_dir = tmp_path / "ca"
    shutil.copytree(pki["ca_dir"], ca_dir)  # revoke in a copy: the shared CA stays clean
    serial = pki["b"].certificate.serial_number
    ca_revoke(ca_dir, serial, CA_PASS, reason="key_compromise")
    crl = ca_crl(ca_dir, CA_PASS)
    report = verify_pdf(pki["signed"], [pki["ca"]], crls=[crl])
    assert not report.ok
    a, b, bureau = report.signatures
    assert b.revoked and not b.trusted and not b.ok
    assert b.revocation_reason == "key_compromise"
    assert a.ok and bureau.ok and not a.revoked
    # a CRL with nobody revoked changes nothing
    clean = ca_crl(pki["ca_dir"], CA_PASS)
    assert verify_pdf(pki["signed"], [pki["ca"]], crls=[clean]).ok


def test_an_out_of_date_crl_is_not_accepted(pki):
    import datetime as dt

    from cryptography.hazmat.primitives import hashes

    from inspector.signing.ca import _load_ca

    ca_cert, ca_key = _load_ca(pki["ca_dir"], CA_PASS)
    now = dt.datetime.now(dt.UTC)
    stale = (x509.CertificateRevocationListBuilder().issuer_name(ca_cert.subject)
             .last_update(now - dt.timedelta(days=40)).next_update(now - dt.timedelta(days=10))
             .add_extension(x509.CRLNumber(99), critical=False).sign(ca_key, hashes.SHA384()))
    report = verify_pdf(pki["signed"], [pki["ca"]], crls=[stale])
    assert not report.ok
    assert all(s.trust_problem == "TRY_LATER" and not s.revoked for s in report.signatures)


def test_sign_needs_an_empty_field_and_only_the_first_may_certify(pki, tmp_path):
    plain = make_report(tmp_path / "plain.pdf")
    with pytest.raises(SigningError, match="no empty signature field"):
        sign_pdf(plain, tmp_path / "x.pdf", pki["a"])
    with pytest.raises(SigningError, match="already signed"):
        sign_pdf(pki["signed"], tmp_path / "x.pdf", pki["a"], field="InspectorA")
    with pytest.raises(SigningError, match="no signature field 'Nope'"):
        sign_pdf(pki["base"] / "signed1.pdf", tmp_path / "x.pdf", pki["b"], field="Nope")
    with pytest.raises(SigningError, match="only the first signature"):
        sign_pdf(pki["base"] / "signed1.pdf", tmp_path / "x.pdf", pki["b"], certify=True)
    with pytest.raises(SigningError, match="already has a signature field"):
        add_signature_fields(pki["fields_pdf"], tmp_path / "x.pdf", [FIELDS[0]])
    with pytest.raises(SigningError, match="page 5 does not exist"):
        add_signature_fields(plain, tmp_path / "x.pdf", [("X", 5, (0, 0, 100, 50))])
    assert signature_fields(pki["base"] / "signed1.pdf") == [
        ("InspectorA", True), ("InspectorB", False), ("Bureau", False)]


def test_a_self_signed_identity_signs_intact_but_untrusted(pki, tmp_path):
    ident = init_keys("张三", "YH-003", passphrase=PASS)
    out = tmp_path / "self.pdf"
    sign_pdf(pki["fields_pdf"], out, ident, role="督导员")
    [s] = verify_pdf(out, [pki["ca"]]).signatures
    assert s.intact and s.valid and not s.trusted and not s.ok
    assert s.signer == "张三"


def test_stamp_font_is_a_cached_1000_upem_subset_covering_rare_names():
    from fontTools.ttLib import TTFont

    from inspector.signing.stamp_font import cache_dir, stamp_font

    path = stamp_font("王喆督导组长")
    assert path.parent == cache_dir() and cache_dir().is_relative_to(paths.data_home())
    font = TTFont(path)
    assert font["head"].unitsPerEm == 1000
    assert {ord(c) for c in "签名人：王喆角色时间0123456789-:"} <= set(font.getBestCmap())
    assert path.stat().st_size < 100_000  # a subset, not the 4.6 MB face
    t = time.perf_counter()
    assert stamp_font("王喆督导组长") == path and time.perf_counter() - t < 0.05
    # 䶮 (CJK Ext-A) is not in WenQuanYi: merged in from Droid Sans Fallback
    rare = TTFont(stamp_font("刘䶮"))
    assert rare["head"].unitsPerEm == 1000
    assert {ord("䶮"), ord("刘"), ord("A")} <= set(rare.getBestCmap())


# ---------------------------------------------------------------- command line


def test_cli_enrol_sign_verify_revoke_round_trip(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("INSPECTOR_CA_PASSPHRASE", CA_PASS)
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASS)
    ca_dir = tmp_path / "ca"
    assert run_cli(["ca", "init", str(ca_dir), "--name", "杭州市余杭区教育局督导室根证书"]) == 0
    assert run_cli(["keys", "init", "--name", "王喆", "--id", "YH-001"]) == 0
    capsys.readouterr()
    assert run_cli(["keys", "csr"]) == 0
    request = tmp_path / "wang.csr"
    request.write_text(capsys.readouterr().out)
    assert "BEGIN CERTIFICATE REQUEST" in request.read_text()
    cert = tmp_path / "wang.pem"
    assert run_cli(["ca", "issue", str(ca_dir), str(request), "--out", str(cert)]) == 0
    assert "issued 王喆: serial" in capsys.readouterr().err
    assert run_cli(["keys", "install", str(cert)]) == 0
    assert "bureau-ca.pem" in capsys.readouterr().out
    assert run_cli(["keys", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["name"] == "王喆" and shown["self_signed"] is False
    assert shown["bureau_ca"].endswith("bureau-ca.pem")

    pdf = make_report(tmp_path / "report.pdf")
    assert run_cli(["sign-fields", str(pdf), "--add", "InspectorA@1:60,80,260,150",
                    "--add", "Bureau@1:300,80,500,150"]) == 0
    assert capsys.readouterr().out.split() == ["InspectorA", "empty", "Bureau", "empty"]
    p12 = paths.data_home() / "keys" / "inspector.p12"
    signed = tmp_path / "signed.pdf"
    assert run_cli(["sign", str(pdf), str(p12), "--out", str(signed), "--role", "督导组长",
                    "--certify"]) == 0
    assert "signed field InspectorA as 王喆 (certified)" in capsys.readouterr().out

    assert run_cli(["verify", str(signed)]) == 0  # trusts the installed bureau CA
    out = capsys.readouterr().out
    assert "OK   InspectorA: 王喆" in out and "Bureau: not signed yet" in out
    assert run_cli(["verify", str(signed), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True and data["signatures"][0]["trusted"] is True

    assert run_cli(["ca", "list", str(ca_dir), "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert run_cli(["ca", "revoke", str(ca_dir), entry["serial"], "--reason",
                    "key_compromise"]) == 0
    crl = tmp_path / "crl.pem"
    assert run_cli(["ca", "crl", str(ca_dir), "--out", str(crl)]) == 0
    capsys.readouterr()
    assert run_cli(["verify", str(signed), "--crl", str(crl), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["signatures"][0]["revoked"] is True
    assert run_cli(["verify", str(signed), "--crl", str(crl)]) == 1
    assert "certificate revoked (key_compromise)" in capsys.readouterr().out
    # with no --crl: the bureau's list as the last sync installed it in the keys folder
    assert run_cli(["verify", str(signed)]) == 0
    capsys.readouterr()
    shutil.copyfile(crl, paths.data_home() / "keys" / "bureau-crl.pem")
    assert run_cli(["verify", str(signed)]) == 1
    assert "certificate revoked (key_compromise)" in capsys.readouterr().out


def test_cli_passphrase_from_env_file_or_error(pki, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("INSPECTOR_PASSPHRASE", raising=False)
    p12 = str(pki["a"].path)
    src = str(pki["fields_pdf"])
    # no passphrase and no terminal: a one-line error, not a hang
    assert run_cli(["sign", src, p12, "--out", str(tmp_path / "1.pdf")]) == 1
    assert "no passphrase" in capsys.readouterr().err
    # --passphrase-file
    pw = tmp_path / "pw.txt"
    pw.write_text(PASS + "\n")
    assert run_cli(["sign", src, p12, "--out", str(tmp_path / "1.pdf"),
                    "--passphrase-file", str(pw)]) == 0
    # a wrong one from the environment: a clear one-line error
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", "wrong")
    assert run_cli(["sign", src, p12, "--out", str(tmp_path / "2.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: wrong passphrase") and "Traceback" not in err
    # and never as an argument
    with pytest.raises(SystemExit):
        run_cli(["sign", src, p12, "--passphrase", PASS])


def test_cli_verify_json_exit_codes_in_a_real_process(pki, tmp_path):
    ca_pem = tmp_path / "ca.pem"
    ca_pem.write_text((pki["ca_dir"] / "ca.cert.pem").read_text())
    good = run_cli_process(["verify", str(pki["signed"]), "--json", "--ca", str(ca_pem)])
    assert good.returncode == 0, good.stderr
    data = json.loads(good.stdout)
    assert data["ok"] is True and [s["signer"] for s in data["signatures"]] == [
        "王喆", "李四", "杭州市余杭区教育局督导室"]
    assert all(s["intact"] and s["trusted"] and not s["modified_after_signing"]
               for s in data["signatures"])

    tampered = tmp_path / "tampered.pdf"
    raw = bytearray(pki["signed"].read_bytes())
    raw[raw.index(TAMPER_MARK)] ^= 0x01
    tampered.write_bytes(bytes(raw))
    bad = run_cli_process(["verify", str(tampered), "--json", "--ca", str(ca_pem)])
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert json.loads(bad.stdout)["ok"] is False

    no_ca = run_cli_process(["verify", str(pki["signed"])],
                            {"INSPECTOR_HOME": str(tmp_path / "empty-home")})
    assert no_ca.returncode == 1 and "no trusted CA" in no_ca.stderr
    missing = run_cli_process(["verify", str(tmp_path / "nope.pdf")])
    assert missing.returncode == 1 and missing.stderr.startswith("error: no such file")

    # the passphrase from INSPECTOR_PASSPHRASE, in a real process
    out = tmp_path / "signed-by-b.pdf"
    signed = run_cli_process(["sign", str(pki["base"] / "signed1.pdf"), str(pki["b"].path),
                              "--out", str(out), "--role", "督导员"],
                             {"INSPECTOR_PASSPHRASE": PASS})
    assert signed.returncode == 0, signed.stderr
    assert "signed field InspectorB as 李四" in signed.stdout
    assert run_cli_process(["verify", str(out), "--ca", str(ca_pem)]).returncode == 0
