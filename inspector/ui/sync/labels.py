"""How sync states read in the UI (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def state_labels() -> dict[str, str]:
    return {
        "waiting": translate("Sync", "Waiting to send"),  # zh: 待发送
        "sent": translate("Sync", "Sent"),  # zh: 已送达
        "accepted": translate("Sync", "Accepted"),  # zh: 已通过审核
        "returned": translate("Sync", "Returned"),  # zh: 被退回
        "conflict": translate("Sync", "Conflict"),  # zh: 冲突
        "refused": translate("Sync", "Refused"),  # zh: 被拒收
    }


def reason_labels() -> dict[str, str]:
    return {
        "different_content": translate(
            "Sync", "The bureau holds different content under this evaluation's id."),
        "base_not_current": translate(
            "Sync", "The revision this one replaces was already replaced by another."),
        "bad_signature": translate("Sync", "The signature does not match the content."),
        "certificate_revoked": translate("Sync", "Your certificate was revoked."),
        "untrusted_certificate": translate(
            "Sync", "Your certificate was not issued by the bureau."),
        "certificate_expired": translate("Sync", "Your certificate has expired."),
        "score_mismatch": translate(
            "Sync", "The bureau computed a different result from the answers."),
        "unknown_rubric": translate("Sync", "The bureau does not know this rubric version."),
        "not_your_certificate": translate(
            "Sync", "Signed with another inspector's certificate."),
        "not_yours": translate("Sync", "This evaluation belongs to another inspector."),
    }


def summary_text(counts: dict[str, int], enrolled: bool) -> str:
    """One line for the status bar."""
    if not enrolled:
        return translate("Sync", "Sync: not enrolled with the bureau")
    labels = state_labels()
    parts = [f"{labels[s]} {counts[s]}" for s in ("waiting", "returned", "conflict", "refused")
             if counts.get(s)]
    if not parts:
        return translate("Sync", "Sync: everything sent")
    return translate("Sync", "Sync: %1").replace("%1", " · ".join(parts))
