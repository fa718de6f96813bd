"""Exports of evaluations: the PDF report, Excel workbooks and certificates.

Public interface::

    build_report(store, evaluation_id, out_path, *, signers=None) -> ReportLayout
    ReportLayout(pages, signature_boxes=[SignatureBox(name, role, page_index, box)])
    MissingGlyph       # a character no bundled font has: the report is not written
    export_evaluation(store, evaluation_ids, out_path)      # items, summary with formulas …
    export_rollup(store, out_path, *, status=, family=, town=)   # the district roll-up
    issue_certificate(store, evaluation_id, signing_key) -> CertificateRecord
    certificate_pdf(record, out_path) / verify_certificate(source, public_key)

Nothing here imports Qt. reportlab, openpyxl and segno are imported on first use.
"""

from __future__ import annotations

from ..lazy import lazy_getattr

_LAZY = {
    "build_report": "report_pdf", "ReportLayout": "report_pdf", "SignatureBox": "report_pdf",
    "default_signers": "report_pdf", "MissingGlyph": "pdf_fonts", "check_text": "pdf_fonts",
    "export_evaluation": "workbook", "export_rollup": "rollup",
    "issue_certificate": "certificate", "certificate_pdf": "certificate",
    "verify_certificate": "certificate",
}


__getattr__ = lazy_getattr(__name__, _LAZY)


__all__ = sorted(_LAZY)
