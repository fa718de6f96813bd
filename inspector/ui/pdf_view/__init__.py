"""Viewing, printing and checking documents: signed report PDFs and certificates.

- :class:`PdfPreview` shows a PDF's pages (rendered with PDFium off the GUI thread) and prints
  them;
- :class:`VerifyPanel` checks a report's PAdES signatures against the bureau's CA, or a
  certificate's signed QR code against the issuer's public key;
- :class:`DocumentWindow` puts the two side by side (File ▸ Open PDF or certificate…).

QtPdf is not used: it needs PySide6 6.12, which this app cannot use on Python 3.11.
"""

from __future__ import annotations

from .document_window import DocumentWindow
from .pdf_preview import ImageView, PdfPages, PdfPreview
from .verify_panel import VerifyPanel

__all__ = ["DocumentWindow", "ImageView", "PdfPages", "PdfPreview", "VerifyPanel"]
