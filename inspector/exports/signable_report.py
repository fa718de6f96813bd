"""The report as it leaves the laptop: the PDF with one empty signature field per signer.

The command line, the export dialog and the benchmarks all write reports through
:func:`write_signable_report`, so the field names a signer looks for are the same everywhere:
``Signer1``, ``Signer2`` … in team order, and ``Bureau`` for the bureau's countersignature.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .report_pdf import BUREAU_ROLE, ReportLayout, render_report

if TYPE_CHECKING:
    from ..store import Store


def signature_field_name(number: int, role: str) -> str:
    """The field of the ``number``-th signature box (1-based); any 督导室 role is the
    bureau's box (the default one is ``BUREAU_ROLE``)."""
    return "Bureau" if role.startswith(BUREAU_ROLE[:3]) else f"Signer{number}"


def write_signable_report(store: Store, evaluation_id: str, out: Path) -> tuple[ReportLayout,
                                                                                 list[str]]:
    """Write the report to ``out`` with its signature fields; (layout, field names). The
    report and its fields are put together in memory and written once."""
    from ..signing._util import atomic_write
    from ..signing.pdf import with_signature_fields

    data, layout = render_report(store, evaluation_id)
    boxes = [(signature_field_name(n, box.role), box.page_index, box.box, box.role)
             for n, box in enumerate(layout.signature_boxes, start=1)]
    atomic_write(Path(out), with_signature_fields(data, boxes, out))
    return layout, [name for name, *_rest in boxes]
