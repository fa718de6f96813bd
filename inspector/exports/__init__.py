"""Exports of finalized evaluations: the PDF report (reportlab, with the bundled Chinese fonts).

Public interface::

    build_report(store, evaluation_id, out_path, *, signers=None) -> ReportLayout
    ReportLayout(pages, signature_boxes=[SignatureBox(name, role, page_index, box)])
    MissingGlyph       # a character no bundled font has: the report is not written

Nothing here imports Qt. reportlab is imported on first use.
"""

from __future__ import annotations

_LAZY = {
    "build_report": "report_pdf", "ReportLayout": "report_pdf", "SignatureBox": "report_pdf",
    "default_signers": "report_pdf", "MissingGlyph": "pdf_fonts", "check_text": "pdf_fonts",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = sorted(_LAZY)
