"""The register of certificates (证书): registered from laptops, revoked by the bureau, asked by
anyone verifying one."""

from __future__ import annotations

from .common import BureauError, User, now


class Register:
    """Part of :class:`~.service.Bureau`: the certificate register."""

    # --- the register of certificates (证书) --------------------------------------------------
    def register_certificate(self, user: User, number: str, record: dict) -> dict:
        """Register a certificate by its QR text: the signature must verify with the
        bureau's certificate key, and its evaluation must have been submitted."""
        from ..exports import qr_payload

        if self.certificate_key is None:
            raise BureauError(404, "no_register", "this bureau server keeps no register of "
                                                  "certificates")
        text = record.get("qr_text") if isinstance(record, dict) else None
        if not isinstance(text, str):
            raise BureauError(422, "malformed", "send {\"qr_text\": …}")
        try:
            payload, signature, fields = qr_payload.split(text)
            key = qr_payload.load_public_key(self.certificate_key)
        except (qr_payload.PayloadError, qr_payload.CertificateKeyError, ValueError) as exc:
            raise BureauError(422, "malformed", str(exc)) from None
        if not qr_payload.signature_ok(payload, signature, key):
            raise BureauError(422, "bad_signature", "the certificate's signature is not the "
                                                    "bureau's")
        if fields.get("number") != number:
            raise BureauError(422, "id_mismatch", "the certificate has another number")
        with self.db.transaction() as tx:
            row = tx.one("SELECT inspector_id FROM submissions WHERE evaluation_id = ?",
                         [fields.get("evaluation_id")])
            if row is None:
                raise BureauError(424, "missing_evaluation", "submit the evaluation first")
            if row[0] != user.id and not user.is_admin:
                raise BureauError(403, "not_yours", "this evaluation belongs to another "
                                                    "inspector")
            tx.execute("INSERT INTO certificates(number, evaluation_id, school_code, school, "
                       "grade, title, issued_on, payload, signature, registered_at, "
                       "registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                       "(number) DO NOTHING",
                       [number, fields["evaluation_id"], fields.get("school_code", ""),
                        fields.get("school", ""), fields.get("grade", ""),
                        fields.get("title", ""), fields.get("issued_on", ""), payload,
                        signature, now(), user.id])
            stored = tx.one("SELECT payload, signature FROM certificates WHERE number = ?",
                            [number])
        if (stored[0], stored[1]) != (payload, signature):
            raise BureauError(409, "different_content", "another certificate has this number")
        return self.certificate_status(number)

    def revoke_certificate(self, number: str, reason: str) -> dict:
        if not reason.strip():
            raise BureauError(422, "reason_required", "say why the certificate is revoked")
        with self.db.transaction() as tx:
            changed = tx.execute("UPDATE certificates SET revoked_at = ?, revoke_reason = ? "
                                 "WHERE number = ? AND revoked_at IS NULL",
                                 [now(), reason.strip(), number]).rowcount
        status = self.certificate_status(number)
        if not changed and status["status"] != "revoked":
            raise BureauError(404, "unknown_certificate", f"no certificate {number}")
        return status

    def certificate_status(self, number: str) -> dict:
        with self.db.transaction(write=False) as tx:
            row = tx.one("SELECT number, evaluation_id, school, grade, title, issued_on, "
                         "revoked_at, revoke_reason, registered_at FROM certificates "
                         "WHERE number = ?", [number])
        if row is None:
            return {"number": number, "status": "unknown"}
        return {"number": row[0], "status": "revoked" if row[6] else "valid",
                "evaluation_id": row[1], "school": row[2], "grade": row[3], "title": row[4],
                "issued_on": row[5], "revoked_at": row[6], "revoke_reason": row[7],
                "registered_at": row[8]}

