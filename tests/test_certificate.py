"""Certificates (证书): issued for a passed evaluation, numbered, permanent, printed as a PDF,
and checked from their QR code — from the text, the PDF, or a phone photo of the print."""

from __future__ import annotations

import argparse
import io
import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageFilter

from inspector.cli import certificate_cmd
from inspector.cli.common import CommandError
from inspector.exports import qr_payload
from inspector.exports.certificate import (
    CertificateError,
    certificate_pdf,
    certificates_for,
    chinese_date,
    get_certificate,
    issue_certificate,
    verify_certificate,
)
from inspector.rubrics import Catalog, Evidence, Mode, load_rubric
from inspector.store import Store, StoreError
from inspector.store.demo import DEMO_NAMESPACE, build_demo
from tests.factories import SAMPLE_RUBRIC
from tests.test_store import fill_completely

ISSUED = "2025-11-30"


def demo_id(key: str) -> str:
    import uuid

    return str(uuid.uuid5(DEMO_NAMESPACE, key))


PASSED = demo_id("std-liangzhu-1")  # 良渚第一小学, 规范化学校, 合格
FAILED_KG = demo_id("kg1-liangzhu")  # 未达到一级标准
DEFERRED = demo_id("modern-wuchang")  # 暂缓通过 (passed: false)
REOPENED = demo_id("std-zhongtai")  # finalized, then reopened as a new revision
DRAFT = demo_id("std-cangqian")


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "home", daily_backup=False) as s:
        build_demo(s)
        yield s


@pytest.fixture(scope="module")
def key():
    return qr_payload.generate_private_key()


@pytest.fixture(scope="module")
def other_key():
    return qr_payload.generate_private_key()


def best_answer(rubric, code):
    if rubric.is_prerequisite(code):
        return True
    if rubric.is_veto(code):
        return False
    leaf = rubric.find(code)
    return {Mode.POINTS: lambda: leaf.points, Mode.DEDUCTION: lambda: [],
            Mode.COEFFICIENT: lambda: rubric.levels_of(leaf)[0].name, Mode.BANDS: lambda: 100,
            Mode.PASS_FAIL: lambda: True, Mode.DESCRIPTIVE: lambda: "情况良好"}[leaf.mode]()


def passing_kindergarten(store: Store, tmp_path: Path, rubric_id: str = "zj-kindergarten-grade1",
                         school: str = "3301100403") -> str:
    """A finalized kindergarten evaluation with full marks (the demo's one fails)."""
    rubric = next(r for r in Catalog.discover().rubrics if r.id == rubric_id)
    ev = store.evaluations.create(school, rubric, visit_date="2025-11-20")
    for code in rubric.answerable_codes():
        store.evaluations.set_answer(ev.id, code, best_answer(rubric, code), note="已核实")
    photo = tmp_path / "现场照片.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n photo")
    for leaf in (*rubric.leaves(), *rubric.bonus_items()):
        if Evidence.PHOTO in leaf.requires:
            store.evaluations.attach(ev.id, leaf.code, photo)
    assert store.evaluations.finalize(ev.id).passed
    return ev.id


def passing_sample(store: Store, tmp_path: Path, school: str = "3301100101") -> str:
    """A finalized, passed evaluation with the small sample rubric (issuer 余杭区教育局)."""
    rubric = load_rubric(SAMPLE_RUBRIC)
    ev = store.evaluations.create(school, rubric, visit_date="2025-11-05")
    folder = tmp_path / ev.id
    folder.mkdir()
    fill_completely(store, ev.id, rubric, folder)
    assert store.evaluations.finalize(ev.id).passed
    return ev.id


# --- issuing -------------------------------------------------------------------------------


def test_a_passed_evaluation_gets_a_signed_recorded_certificate(store, key):
    record = issue_certificate(store, PASSED, key, issued_on=ISSUED)
    assert record.number == "余教督证〔2025〕第0001号"
    assert (record.issuer, record.year, record.sequence) == ("杭州市余杭区教育局", 2025, 1)
    assert record.title == "余杭区义务教育规范化学校" and record.grade == "合格"
    assert record.school == "杭州市余杭区良渚第一小学" and record.school_code == "3301100101"
    assert record.issued_on == ISSUED and record.recheck_on is None
    assert get_certificate(store, record.number) == record
    assert certificates_for(store, PASSED) == [record]
    # the payload is canonical JSON, signed; the digest is of the frozen result
    frozen = store.db.execute("SELECT result FROM evaluations WHERE id = ?", [PASSED]).fetchone()
    fields = record.fields()
    assert fields["digest"] == qr_payload.digest_of(frozen[0])
    assert fields["evaluation_id"] == PASSED and fields["number"] == record.number
    assert qr_payload.signature_ok(record.payload, record.signature, key.public_key())
    assert json.loads(record.payload)["s"] == "杭州市余杭区良渚第一小学"
    # small enough to scan from a photo
    assert qr_payload.make_qr(record.qr_text).version <= 15
    events = [e for e in store.evaluations.history(PASSED) if e["field"] == "certificate"]
    assert events and events[-1]["new"]["number"] == record.number


def test_kindergarten_certificate_names_the_grade_and_is_rechecked_in_four_years(
        store, key, tmp_path):
    eid = passing_kindergarten(store, tmp_path)
    record = issue_certificate(store, eid, key, issued_on="2025-12-01")
    assert record.title == "一级幼儿园" and record.grade == "一级"
    assert "省" not in record.title
    assert record.issuer == "浙江省教育厅"  # 一级 is granted by the province
    assert record.recheck_on == "2029-12-01"
    assert record.number == "浙教证〔2025〕第0001号"
    assert qr_payload.make_qr(record.qr_text).version <= 15


def test_a_second_grade_kindergarten_is_certified_by_the_city(store, key, tmp_path):
    eid = passing_kindergarten(store, tmp_path, "zj-kindergarten-grade2", "3301100405")
    record = issue_certificate(store, eid, key, issued_on="2028-02-29")
    assert (record.title, record.issuer) == ("二级幼儿园", "杭州市教育局")
    assert record.recheck_on == "2032-02-29"
    assert record.number == "杭教证〔2028〕第0001号"


def test_numbers_run_per_issuer_and_year_and_are_never_reused(store, key, tmp_path):
    ids = [passing_sample(store, tmp_path) for _ in range(4)]
    first = issue_certificate(store, ids[0], key, issued_on="2025-11-30")
    second = issue_certificate(store, ids[1], key, issued_on="2025-12-31")
    next_year = issue_certificate(store, ids[2], key, issued_on="2026-01-02")
    other = issue_certificate(store, ids[3], key, issued_on="2025-12-01", issuer="杭州市教育局")
    assert [first.sequence, second.sequence, next_year.sequence, other.sequence] == [1, 2, 1, 1]
    assert first.number == "余教督证〔2025〕第0001号"
    assert second.number == "余教督证〔2025〕第0002号"
    assert next_year.number == "余教督证〔2026〕第0001号"
    assert other.number == "杭教证〔2025〕第0001号" and other.issuer == "杭州市教育局"
    third = issue_certificate(store, PASSED, key, issued_on="2025-12-31")
    assert third.number == "余教督证〔2025〕第0003号"
    numbers = [r[0] for r in store.db.execute("SELECT number FROM certificates")]
    assert len(numbers) == len(set(numbers)) == 5


@pytest.mark.parametrize("sql", [
    "UPDATE certificates SET grade = '优秀'",
    "UPDATE certificates SET issued_on = '2020-01-01' WHERE number = :n",
    "DELETE FROM certificates WHERE number = :n",
    "DELETE FROM certificates",
])
def test_the_database_refuses_to_change_or_delete_a_certificate(store, key, sql):
    record = issue_certificate(store, PASSED, key, issued_on=ISSUED)
    with pytest.raises(sqlite3.DatabaseError, match="permanent"):
        store.db.execute(sql, {"n": record.number} if ":n" in sql else {})
    assert get_certificate(store, record.number) == record


def test_the_database_refuses_a_certificate_for_a_draft(store, key):
    record = issue_certificate(store, PASSED, key, issued_on=ISSUED)
    with pytest.raises(sqlite3.DatabaseError, match="finalized"):
        store.db.execute(
            "INSERT INTO certificates(number, evaluation_id, issuer, year, sequence, "
            "school_code, school, grade, title, issued_on, payload, signature, created_at) "
            "SELECT 'X-1', ?, issuer, year, 99, school_code, school, grade, title, issued_on, "
            "payload, signature, created_at FROM certificates WHERE number = ?",
            [DRAFT, record.number])


@pytest.mark.parametrize("evaluation, message", [
    (DRAFT, "is a draft"),
    (FAILED_KG, "did not pass"),
    (DEFERRED, "did not pass"),
    (REOPENED, "reopened as"),
    ("no-such-evaluation", "no evaluation"),
])
def test_refused_evaluations(store, key, evaluation, message):
    with pytest.raises(CertificateError, match=message):
        issue_certificate(store, evaluation, key, issued_on=ISSUED)
    assert store.db.execute("SELECT count(*) FROM certificates").fetchone()[0] == 0


def test_an_evaluation_gets_one_certificate_and_a_sane_date(store, key):
    with pytest.raises(CertificateError, match="before the visit"):
        issue_certificate(store, PASSED, key, issued_on="2025-01-01")
    with pytest.raises(CertificateError, match="not a date"):
        issue_certificate(store, PASSED, key, issued_on="30/11/2025")
    record = issue_certificate(store, PASSED, key, issued_on=ISSUED)
    with pytest.raises(CertificateError, match=f"already has certificate {record.number}"):
        issue_certificate(store, PASSED, key, issued_on=ISSUED)


# --- the PDF and checking it ---------------------------------------------------------------


@pytest.fixture
def issued(store, key, tmp_path):
    record = issue_certificate(store, PASSED, key, issued_on=ISSUED)
    pdf = certificate_pdf(record, tmp_path / "证书.pdf")
    return record, pdf


def render(pdf: Path, folder: Path) -> Path:
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf),
                    str(folder / "page")], check=True, capture_output=True)
    return folder / "page.png"


def test_the_pdf_is_one_a4_landscape_page_with_embedded_fonts_and_the_text(issued):
    record, pdf = issued
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        assert font["/Subtype"] != "/Type1" or "/FontFile" in str(font)
        descendant = font.get("/DescendantFonts")
        if descendant:
            assert "/FontFile2" in descendant[0].get_object()["/FontDescriptor"]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True,
                          text=True).stdout
    assert "杭州市余杭区良渚第一小学" in text
    assert record.number in text
    assert "余杭区义务教育规范化学校" in text and "杭州市余杭区教育局" in text
    assert "二〇二五年十一月三十日" in text and "扫码验证" in text


def test_the_qr_code_of_the_rendered_page_verifies(issued, key, tmp_path):
    record, pdf = issued
    page = render(pdf, tmp_path)
    texts = qr_payload.read_codes(Image.open(page))
    assert texts == [record.qr_text]
    check = verify_certificate(page, key.public_key())
    assert check.valid, check.reason
    assert check.source == "image"
    assert check.fields["number"] == record.number
    assert check.fields["school"] == "杭州市余杭区良渚第一小学"
    assert check.fields["title"] == "余杭区义务教育规范化学校"
    assert check.fields["grade"] == "合格" and check.fields["issued_on"] == ISSUED
    # the PDF itself, and the QR text, verify too
    assert verify_certificate(pdf, key.public_key()).valid
    assert verify_certificate(pdf, key.public_key()).source == "pdf"
    assert verify_certificate(record.qr_text, key.public_key()).valid


def phone_photo(page: Path, out: Path, seed: int = 3) -> Path:
    """The print photographed by hand: tilted 7°, smaller, a little out of focus, sensor
    noise, warm light, saved as a JPEG."""
    rng = random.Random(seed)
    img = Image.open(page).convert("RGB")
    img = img.rotate(7, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(92, 84, 74))
    img = img.resize((int(img.width * 0.8), int(img.height * 0.8)), Image.Resampling.BILINEAR)
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    noise = Image.effect_noise(img.size, 18).convert("RGB")
    img = Image.blend(img, noise, 0.12)
    r, g, b = img.split()
    img = Image.merge("RGB", (r.point(lambda v: min(255, v + 6)), g, b.point(lambda v: v * 0.93)))
    img.save(out, format="JPEG", quality=rng.choice([68, 72, 75]))
    return out


def test_a_phone_photo_of_the_print_verifies(issued, key, tmp_path):
    record, pdf = issued
    photo = phone_photo(render(pdf, tmp_path), tmp_path / "photo.jpg")
    check = verify_certificate(photo, key.public_key())
    assert check.valid, check.reason
    assert check.fields["number"] == record.number
    assert check.fields["school"] == record.school


def test_a_kindergarten_certificate_prints_its_recheck_date_and_verifies(store, key,
                                                                         tmp_path):
    eid = passing_kindergarten(store, tmp_path)
    record = issue_certificate(store, eid, key, issued_on="2025-12-01")
    pdf = certificate_pdf(record, tmp_path / "kg.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True,
                          text=True).stdout
    assert "一级幼儿园" in text and "复核日期：2029年12月1日" in text
    assert "浙江省教育厅" in text
    photo = phone_photo(render(pdf, tmp_path), tmp_path / "kg.jpg", seed=5)
    check = verify_certificate(photo, key.public_key(), store=store)
    assert check.valid, check.reason
    assert check.fields["recheck_on"] == "2029-12-01" and check.store_checked


def test_a_forged_payload_fails(issued, key):
    record, _pdf = issued
    payload, signature, fields = qr_payload.split(record.qr_text)
    forged = qr_payload.canonical({**fields, "grade": "优秀"})
    check = verify_certificate(qr_payload.qr_text(forged, signature), key.public_key())
    assert not check.valid
    assert "signature does not match" in check.reason
    assert check.fields["grade"] == "优秀"  # what the forged code claims, for the record
    renamed = qr_payload.canonical({**fields, "school": "杭州市余杭区某某小学"})
    assert not verify_certificate(qr_payload.qr_text(renamed, signature), key).valid
    # edited by hand without keeping the canonical form
    loose = record.qr_text.replace('"g":"合格"', '"g": "合格"')
    check = verify_certificate(loose, key.public_key())
    assert not check.valid and "canonical" in check.reason


def test_a_payload_signed_with_another_key_fails(issued, key, other_key, store):
    record, _pdf = issued
    payload, _signature, _fields = qr_payload.split(record.qr_text)
    resigned = qr_payload.qr_text(payload, qr_payload.sign(payload, other_key))
    check = verify_certificate(resigned, key.public_key())
    assert not check.valid and "signature does not match" in check.reason
    # genuine for the other key, but not the certificate this database recorded
    check = verify_certificate(resigned, other_key.public_key(), store=store)
    assert not check.valid and "differs from the one recorded" in check.reason


def test_the_store_cross_check(issued, key, store):
    record, _pdf = issued
    check = verify_certificate(record.qr_text, key, store=store)
    assert check.valid and check.store_checked
    # correctly signed (a stolen key) but never recorded here
    fields = {**record.fields(), "number": "余教督证〔2025〕第0999号"}
    payload = qr_payload.canonical(fields)
    fake = qr_payload.qr_text(payload, qr_payload.sign(payload, key))
    assert verify_certificate(fake, key).valid  # the signature alone cannot tell
    check = verify_certificate(fake, key, store=store)
    assert not check.valid and "not recorded" in check.reason


def test_ecdsa_p256_keys_work_too(store, tmp_path):
    from cryptography.hazmat.primitives.asymmetric import ec

    ec_key = ec.generate_private_key(ec.SECP256R1())
    record = issue_certificate(store, PASSED, ec_key, issued_on=ISSUED)
    assert len(qr_payload.unb64url(record.signature)) == 64
    assert verify_certificate(record.qr_text, ec_key.public_key()).valid
    assert not verify_certificate(record.qr_text, qr_payload.generate_private_key()).valid


def test_what_is_not_a_certificate_gets_a_clear_reason(key, tmp_path):
    import segno

    other = tmp_path / "other.png"
    segno.make("https://example.org/").save(other, scale=8)
    check = verify_certificate(other, key)
    assert not check.valid and "not a certificate code" in check.reason
    blank = tmp_path / "blank.png"
    Image.new("RGB", (400, 300), "white").save(blank)
    assert "no QR code" in verify_certificate(blank, key).reason
    assert "does not exist" in verify_certificate(tmp_path / "missing.jpg", key).reason
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"not an image")
    assert "cannot be read" in verify_certificate(junk, key).reason
    assert not verify_certificate("YHCERT1.{}.abc", key).valid


def test_chinese_dates():
    assert chinese_date("2025-11-30") == "二〇二五年十一月三十日"
    assert chinese_date("2030-01-05") == "二〇三〇年一月五日"
    assert chinese_date("2026-10-21") == "二〇二六年十月二十一日"


def test_the_bundled_seal_is_a_transparent_red_round_image():
    from inspector import paths

    seal = Image.open(paths.resources_dir() / "seals" / "bureau-seal.png")
    assert seal.mode == "RGBA" and seal.width == seal.height >= 600
    alpha = seal.getchannel("A")
    assert alpha.getpixel((2, 2)) == 0  # the corners are transparent
    r, g, b, _a = seal.getpixel((seal.width // 2, int(seal.height * 0.52)))  # the star
    assert r > 150 and g < 80 and b < 80


# --- the commands --------------------------------------------------------------------------


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    """The command as inspector.cli.main runs it: one-line errors, exit 1."""
    parser = argparse.ArgumentParser(prog="inspector")
    sub = parser.add_subparsers(dest="command")
    certificate_cmd.register(sub)
    args = parser.parse_args(argv)
    try:
        code = int(args.handler(args) or 0)
    except (CommandError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        code = 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home_store(inspector_home):
    with Store.open(daily_backup=False) as s:
        build_demo(s)


def test_cli_key_issue_print_again_and_verify(home_store, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("INSPECTOR_CA_PASSPHRASE", "测试口令-2025")
    key_file = tmp_path / "ca" / "key.pem"
    code, out, err = run(["certificate-key", "init", str(key_file)], capsys)
    assert code == 0, err
    public = tmp_path / "ca" / "key.pub.pem"
    assert key_file.exists() and public.exists()
    assert b"ENCRYPTED" in key_file.read_bytes()
    assert key_file.stat().st_mode & 0o077 == 0
    assert run(["certificate-key", "init", str(key_file)], capsys)[0] == 1  # never overwritten

    pdf = tmp_path / "证书.pdf"
    code, out, err = run(["certificate", PASSED[:8], str(pdf), "--key", str(key_file),
                          "--date", ISSUED], capsys)
    assert code == 0, err
    assert out.startswith("余教督证〔2025〕第0001号\t杭州市余杭区良渚第一小学") and pdf.exists()
    # again: the same certificate, printed again, no key needed
    again = tmp_path / "again.pdf"
    code, out, err = run(["certificate", PASSED, str(again), "--json"], capsys)
    assert code == 0 and "printing it again" in err
    assert json.loads(out)["number"] == "余教督证〔2025〕第0001号"

    code, out, err = run(["verify-certificate", str(pdf), "--public-key", str(public)], capsys)
    assert code == 0, err
    assert out.startswith("valid") and "余教督证〔2025〕第0001号" in out
    code, out, err = run(["verify-certificate", str(again), "--public-key", str(public),
                          "--json", "--check-store"], capsys)
    assert code == 0 and json.loads(out)["valid"] and json.loads(out)["store_checked"]

    page = render(pdf, tmp_path)
    text = qr_payload.read_codes(Image.open(page))[0]
    assert run(["verify-certificate", text, "--public-key", str(public)], capsys)[0] == 0
    forged = text.replace('"g":"合格"', '"g":"优秀"')
    code, out, err = run(["verify-certificate", forged, "--public-key", str(public),
                          "--json"], capsys)
    assert code == 1 and not json.loads(out)["valid"]
    assert "invalid: the signature does not match" in err and "Traceback" not in err

    other = tmp_path / "other.pub.pem"
    other.write_bytes(qr_payload.public_pem(qr_payload.generate_private_key()))
    code, out, err = run(["verify-certificate", str(page), "--public-key", str(other)], capsys)
    assert code == 1 and err.startswith("invalid: ")


def test_cli_errors_are_one_line(home_store, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("INSPECTOR_CA_PASSPHRASE", "pass-1")
    key_file = tmp_path / "key.pem"
    assert run(["certificate-key", "init", str(key_file)], capsys)[0] == 0
    public = tmp_path / "key.pub.pem"
    cases = [
        (["certificate", DRAFT, str(tmp_path / "a.pdf"), "--key", str(key_file)], "draft"),
        (["certificate", FAILED_KG, str(tmp_path / "a.pdf"), "--key", str(key_file)],
         "did not pass"),
        (["certificate", PASSED, str(tmp_path / "a.pdf")], "needs the signing key"),
        (["certificate", PASSED, str(tmp_path / "a.txt"), "--key", str(key_file)], ".pdf"),
        (["certificate", "ffffffff", str(tmp_path / "a.pdf"), "--key", str(key_file)],
         "no evaluation"),
        (["certificate", PASSED, str(tmp_path / "a.pdf"), "--key", str(public)],
         "not a PEM private key"),
        (["verify-certificate", "x.png", "--public-key", str(key_file)], "not a PEM public key"),
        (["verify-certificate", str(tmp_path / "none.png"), "--public-key", str(public)],
         "does not exist"),
    ]
    for argv, message in cases:
        code, out, err = run(argv, capsys)
        assert code == 1, argv
        assert message in err and "Traceback" not in err and err.count("\n") == 1, err
    monkeypatch.setenv("INSPECTOR_CA_PASSPHRASE", "wrong")
    code, _out, err = run(["certificate", PASSED, str(tmp_path / "a.pdf"), "--key",
                           str(key_file)], capsys)
    assert code == 1 and "passphrase does not open" in err
    monkeypatch.delenv("INSPECTOR_CA_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal to ask on
    code, _out, err = run(["certificate", PASSED, str(tmp_path / "a.pdf"), "--key",
                           str(key_file)], capsys)
    assert code == 1 and "INSPECTOR_CA_PASSPHRASE" in err
    with Store.open(daily_backup=False) as s:
        assert s.db.execute("SELECT count(*) FROM certificates").fetchone()[0] == 0
