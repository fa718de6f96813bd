"""The core's refusals reach the Chinese interface in Chinese (and stay English for the commands).

Real store, real session, the built translations installed as the app installs them."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from inspector import messages
from inspector.rubrics import Catalog
from inspector.scoring import AnswerError, parse_answer
from inspector.store import Store, StoreError
from inspector.store.demo import build_demo
from inspector.ui import i18n
from inspector.ui.evaluation.session import EvaluationSession
from inspector.ui.refusals import refusal_text

PRIMARY_SCHOOL = "3301100105"
STANDARDIZED = "yh-standardized-school"


@pytest.fixture
def chinese(qapp):
    assert i18n.apply_language(qapp, "zh_CN"), "run scripts/build_assets.py first"
    yield
    i18n.apply_language(qapp, "en")


@pytest.fixture
def session(qapp, tmp_path):
    store = Store.open(tmp_path / "home", daily_backup=False)
    build_demo(store)
    rubric = next(r for r in Catalog.discover().rubrics if r.id == STANDARDIZED)
    evaluation = store.evaluations.create(PRIMARY_SCHOOL, rubric)
    yield EvaluationSession(store, evaluation.id)
    store.close()


def refusals(session) -> list[str]:
    said: list[str] = []
    session.refused.connect(said.append)
    return said


def test_an_answer_off_the_step_is_refused_in_chinese(chinese, session):
    leaf = next(leaf for leaf in session.rubric.leaves() if leaf.mode.value == "points"
                and session.rubric.step_of(leaf) < leaf.points)
    step = session.rubric.step_of(leaf)
    said = refusals(session)
    assert not session.set_value(leaf.code, float(step / 3))  # nothing written
    assert session.store.evaluations.open(session.id).answers.get(leaf.code) is None
    assert len(said) == 1 and said[0].startswith(f"{leaf.code}: 得分 ")
    assert f"不是计分单位 {step.normalize():f} 的整数倍" in said[0]


def test_a_photo_attached_twice_is_refused_in_chinese(chinese, session, tmp_path):
    photo = tmp_path / "现场照片.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    said = refusals(session)
    code = session.rubric.leaves()[0].code
    assert session.attach(code, photo)
    assert not session.attach(code, photo)
    assert said == [f"现场照片.png 已经附在 {code} 上"]


def test_the_commands_keep_the_english_text(qapp):
    error = StoreError(messages.NOT_A_DATE, text="2026-13-01")
    assert str(error) == "'2026-13-01' is not a date (YYYY-MM-DD)"
    assert refusal_text(error) == str(error)  # the English interface shows the same words


def test_what_has_no_template_is_shown_as_it_is(chinese):
    assert refusal_text(OSError("disk full")) == "disk full"
    assert refusal_text(StoreError("no evaluation with id 'x'")) == "no evaluation with id 'x'"


def test_an_answer_error_is_translated_with_its_item_code(chinese, session):
    with pytest.raises(AnswerError) as caught:
        parse_answer(session.rubric, "NO-SUCH", 1)
    assert refusal_text(caught.value) == "NO-SUCH: 评估标准中没有这个项目"


def test_every_template_names_only_fields_it_is_given():
    """Each template's {fields}, as the raising code fills them in (a field the code does not
    give would make str() of the refusal fail)."""
    root = Path(messages.__file__).parent
    templates = {name: value for name, value in vars(messages).items()
                 if name.isupper() and isinstance(value, str) and name != "CONTEXT"}
    calls = 0
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for arg in node.args[:2]:
                if isinstance(arg, ast.Attribute) and arg.attr in templates and \
                        isinstance(arg.value, ast.Name) and arg.value.id == "msg":
                    template = templates[arg.attr]
                    fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
                    given = {k.arg for k in node.keywords if k.arg and k.arg != "code"}
                    where = f"{path.relative_to(root)}:{node.lineno} {arg.attr}"
                    assert fields == given, f"{where}: template fields {fields}, given {given}"
                    calls += 1
    assert calls > 40, "the refusals made from templates were not found"


def test_key_refusals_are_in_chinese_too(chinese, tmp_path):
    from inspector.signing import SigningError, WrongPassphrase, load_identity

    missing = tmp_path / "没有的密钥.p12"
    with pytest.raises(SigningError) as caught:
        load_identity(missing, "x")
    assert str(caught.value).startswith("no signing key at ")  # the commands' English
    assert refusal_text(caught.value) == f"{missing} 处没有签名密钥（可用命令 `keys init` 创建）"
    wrong = WrongPassphrase(messages.WRONG_PASSPHRASE, path="a.p12")
    assert isinstance(wrong, SigningError) and refusal_text(wrong) == "a.p12 的口令不正确"


def test_pdf_signing_refusals_are_in_chinese_too(chinese, tmp_path):
    from inspector.signing import SigningError, add_signature_fields

    not_pdf = tmp_path / "报告.pdf"
    not_pdf.write_text("这不是 PDF", encoding="utf-8")
    with pytest.raises(SigningError) as caught:
        add_signature_fields(not_pdf, tmp_path / "out.pdf", [("组长", 0, (50, 50, 250, 120))])
    assert " is not a readable PDF (" in str(caught.value)
    assert refusal_text(caught.value).startswith(f"{not_pdf} 不是可读取的 PDF（")
    with pytest.raises(SigningError) as caught:
        add_signature_fields(tmp_path / "没有.pdf", tmp_path / "out.pdf", [])
    assert refusal_text(caught.value).startswith(f"无法读取 {tmp_path / '没有.pdf'}：")


def test_sync_refusals_are_in_chinese_too(chinese, tmp_path):
    import socket

    from inspector.sync.client import SyncClient, SyncError
    from inspector.sync.enroll import enroll

    with pytest.raises(SyncError) as caught:
        enroll("ftp://督导室", "code", "secret", data_dir=tmp_path)
    assert refusal_text(caught.value) == "督导室地址应以 https:// 开头（测试网络可用 http://）"
    with socket.socket() as sock:  # a port nobody listens on: the bureau cannot be reached
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with SyncClient(f"http://127.0.0.1:{port}", timeout=5) as client, \
            pytest.raises(SyncError) as caught:
        client.enroll("code", "csr")
    assert str(caught.value).startswith("the bureau cannot be reached (ConnectError")
    assert refusal_text(caught.value).startswith("无法连接督导室（ConnectError")
