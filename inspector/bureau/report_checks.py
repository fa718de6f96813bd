"""Signed PDF reports are checked after receipt, in a background thread of the server.

Receiving a submission checks its signed JSON (cheap, and decisive for accepting it); the
PDF's own signatures take tens of milliseconds each with pyHanko, so they are validated here,
against the bureau CA and its revocation list, and the verdict (``valid`` / ``invalid`` with
the reasons) is recorded on the submission for the reviewers.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from pathlib import Path

from .service import Bureau

log = logging.getLogger(__name__)


def check_report(bureau: Bureau, evaluation_id: str, digest: str) -> tuple[str, str]:
    """(verdict, detail) for one submission's signed PDF."""
    from ..signing.pdf import verify_pdf

    data = bureau.blob(digest)
    if data is None:
        return "invalid", "the signed report was never uploaded"
    crl = bureau.trust.crl_pem()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.pdf"
        path.write_bytes(data)
        report = verify_pdf(path, [bureau.trust.ca], [crl.encode("ascii")] if crl else None)
    if report.ok:
        names = ", ".join(s.signer for s in report.signatures)
        return "valid", f"{len(report.signatures)} valid signature(s): {names}"
    problems = [report.error] if report.error else []
    for s in report.signatures:
        if not s.ok:
            problems.append(f"{s.field}: " + ("revoked" if s.revoked else "untrusted"
                                              if s.intact and s.valid else "not intact"
                                              if not s.intact else s.error or "invalid"))
    return "invalid", "; ".join(problems) or "rejected by the validator"


def check_pending(bureau: Bureau, limit: int = 20) -> int:
    """Check up to ``limit`` reports waiting for a check; return how many were checked."""
    done = 0
    for evaluation_id, digest in bureau.reports_to_check(limit):
        try:
            verdict, detail = check_report(bureau, evaluation_id, digest)
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
            log.exception("report check failed for %s", evaluation_id)
            verdict, detail = "invalid", f"could not be checked: {type(exc).__name__}: {exc}"
        bureau.record_report_check(evaluation_id, verdict, detail)
        done += 1
    return done


class ReportChecker:
    """A daemon thread that checks waiting reports every few seconds."""

    def __init__(self, bureau: Bureau, interval: float = 2.0):
        self.bureau = bureau
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="report-checks", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                busy = check_pending(self.bureau)
            except Exception:  # noqa: BLE001 - e.g. the database restarting: try again later
                log.exception("report checks")
                busy = 0
            if not busy:
                self._stop.wait(self.interval)
