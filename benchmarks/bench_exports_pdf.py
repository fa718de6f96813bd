"""The signed PDF report and the certificate, next to bare reportlab and bare pyHanko.

    .venv/bin/python benchmarks/bench_exports_pdf.py [--runs 9]

* ours: build_report of a finalized 300-leaf evaluation (every section, CJK text with the
  glyph check, the chart, "n / N" footers), add the signature fields, sign with a visible
  Chinese stamp (PAdES);
* bare: reportlab drawing the same indicator table (the same rows, columns, widths, grid,
  group spans and shading, plain strings, the same font) and nothing else, then a bare
  pyHanko PAdES signature (invisible, no field created beforehand) with the same key;
  target: ours ≤ 1.3× bare. Ours also writes the particulars, conclusion, area chart,
  conditions, findings, audit summary and signature boxes, checks every glyph, and stamps
  the signature visibly in Chinese;
* a certificate: issue + PDF with the signed QR code.
Both sides run in the same process after one warm-up run (fonts registered, pyHanko loaded),
one run of each in turn; the figures are medians.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASS = "bench-passphrase"


def build_store(home: Path):
    from inspector.rubrics import rubric_from_text
    from inspector.store import School, Store
    from tests.factories import full_answers, synthetic_rubric_yaml

    store = Store.open(home, daily_backup=False)
    store.use_actor("bench")
    store.schools.add(School("3301100101", "杭州市余杭区良渚第一小学", "primary", "良渚街道"))
    rubric = rubric_from_text(synthetic_rubric_yaml(300), "synthetic-300.yaml")
    ev = store.evaluations.create("3301100101", rubric, team=["王喆", "陈立群"])
    for code, value in full_answers(rubric).items():
        store.evaluations.set_answer(ev.id, code, value, note="已核实")
    store.evaluations.finalize(ev.id)
    return store, ev.id, rubric


def make_identity(base: Path):
    from inspector.signing import ca_init, ca_issue, init_keys, install_certificate

    ca_init(base / "ca", "杭州市余杭区教育局督导室", PASS)
    key = base / "inspector.p12"
    identity = init_keys("王喆", "yh-dx-001", passphrase=PASS, path=key)
    from inspector.signing.keys import csr_path

    cert = ca_issue(base / "ca", csr_path(key).read_text(), PASS)
    install_certificate(cert, PASS, path=key)
    return key, identity


def ours(store, evaluation_id, identity, out: Path) -> None:
    from inspector.exports.signable_report import write_signable_report
    from inspector.signing.keys import load_identity
    from inspector.signing.pdf import sign_pdf

    write_signable_report(store, evaluation_id, out)
    sign_pdf(out, out, load_identity(identity, PASS), role="评估组组长", certify=True)


def bare(rubric, store, evaluation_id, key: Path, out: Path) -> None:
    """The same indicator table (rows, columns, widths, grid, spans, shading) drawn by plain
    reportlab with plain strings, then signed by plain pyHanko."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Table

    if "BareCJK" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BareCJK", str(ROOT / "resources/fonts/wqy-microhei.ttc"),
                                       subfontIndex=0))
    result = store.evaluations.open(evaluation_id).result()
    rows = [["编码", "评估指标", "满分", "得分", "不适用", "评定结果与说明"]]
    style = [("FONT", (0, 0), (-1, -1), "BareCJK", 8.5), ("GRID", (0, 0), (-1, -1), 0.4,
                                                          colors.grey),
             ("BOX", (0, 0), (-1, -1), 0.9, colors.navy)]

    def walk(node):
        res = result.nodes[node.code]
        if node.children:
            style.append(("SPAN", (0, len(rows)), (1, len(rows))))
            style.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.whitesmoke))
            rows.append([f"{node.code} {node.title}", "", str(node.points), str(res.score),
                         "", ""])
            for child in node.children:
                walk(child)
            return
        rows.append([node.code, node.title, str(node.points), str(res.score),
                     "是" if res.na else "", f"{res.explanation}\n说明：已核实"])

    for area in rubric.areas:
        walk(area)
    buffer = io.BytesIO()
    widths = (40, 170, 32, 32, 34, 515 - 308)
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Table(rows, colWidths=widths, repeatRows=1, style=style)])
    signer = signers.SimpleSigner.load_pkcs12(str(key), passphrase=PASS.encode())
    writer = IncrementalPdfFileWriter(io.BytesIO(buffer.getvalue()))
    meta = signers.PdfSignatureMetadata(field_name="Signature",
                                        subfilter=fields.SigSeedSubFilter.PADES)
    with open(out, "wb") as f:
        signers.PdfSigner(meta, signer=signer).sign_pdf(writer, output=f)


def certificate(store, evaluation_id, out: Path) -> None:
    from inspector.exports.certificate import certificate_pdf, issue_certificate
    from inspector.exports.qr_payload import generate_private_key

    record = issue_certificate(store, evaluation_id, generate_private_key())
    certificate_pdf(record, out)


def timed(fn, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        os.environ["INSPECTOR_HOME"] = str(base / "home")
        store, evaluation_id, rubric = build_store(base / "home")
        key, _identity = make_identity(base)
        ours(store, evaluation_id, key, base / "warm.pdf")  # fonts, pyHanko, stamp font cache
        bare(rubric, store, evaluation_id, key, base / "warm-bare.pdf")
        mine: list[float] = []
        theirs: list[float] = []
        for _ in range(args.runs):  # interleaved, so that a busy machine slows both alike
            mine += timed(lambda: ours(store, evaluation_id, key, base / "ours.pdf"), 1)
            theirs += timed(lambda: bare(rubric, store, evaluation_id, key, base / "bare.pdf"),
                            1)
        ratio = statistics.median(mine) / statistics.median(theirs)
        print(f"Signed report of a 300-leaf evaluation ({args.runs} runs, warm)")
        print(f"  ours: report + fields + visible CJK PAdES signature  median "
              f"{statistics.median(mine):7.1f} ms")
        print(f"  bare: reportlab table + pyHanko PAdES signature      median "
              f"{statistics.median(theirs):7.1f} ms")
        print(f"  ratio {ratio:4.2f}×   (target ≤ 1.3×)")
        store.close()
        # A certificate needs a passed evaluation of a family that has certificates: the demo.
        from inspector.store import Store
        from inspector.store.demo import build_demo

        with Store.open(base / "demo", daily_backup=False) as demo:
            build_demo(demo)
            passed = [r["id"] for r in demo.evaluations.list(status="finalized", with_scores=True)
                      if r["passed"]]
            t0 = time.perf_counter()
            certificate(demo, passed[0], base / "certificate.pdf")
            elapsed = (time.perf_counter() - t0) * 1000
        print(f"Certificate (issue, number, signed QR, A4 PDF)  {elapsed:7.1f} ms")


if __name__ == "__main__":
    main()
