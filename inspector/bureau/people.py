"""Users, access tokens and enrolment (the one-time code, the certificate the CA issues)."""

from __future__ import annotations

import datetime as dt
import secrets
import time

from .common import ENROLL_DAYS, TOKEN_CACHE_SECONDS, BureauError, User, _norm_code, now, token_hash
from .database import is_unique_violation


class People:
    """Part of :class:`~.service.Bureau`: who may talk to the bureau."""

    # --- people and tokens -----------------------------------------------------------------
    def add_user(self, user_id: str, name: str, role: str = "inspector") -> User:
        user_id, name = user_id.strip(), name.strip()
        if not user_id or not name:
            raise BureauError(422, "malformed", "a user needs an id and a name")
        if role not in ("inspector", "admin"):
            raise BureauError(422, "malformed", "role is inspector or admin")
        with self.db.transaction() as tx:
            try:
                tx.execute("INSERT INTO users(id, name, role, created_at) VALUES (?, ?, ?, ?)",
                           [user_id, name, role, now()])
            except Exception as exc:
                if is_unique_violation(exc):
                    raise BureauError(409, "exists", f"user {user_id} already exists") from None
                raise
        return User(user_id, name, role)

    def users(self) -> list[User]:
        with self.db.transaction(write=False) as tx:
            return [User(*r) for r in tx.all("SELECT id, name, role FROM users ORDER BY id")]

    def user(self, user_id: str) -> User:
        with self.db.transaction(write=False) as tx:
            row = tx.one("SELECT id, name, role FROM users WHERE id = ? AND disabled_at IS NULL",
                         [user_id])
        if row is None:
            raise BureauError(404, "unknown_user", f"no user {user_id}")
        return User(*row)

    def issue_token(self, user_id: str, label: str = "", serial: str | None = None) -> str:
        self.user(user_id)
        token = "tk_" + secrets.token_urlsafe(32)
        with self.db.transaction() as tx:
            tx.execute("INSERT INTO tokens(hash, user_id, label, certificate_serial, created_at) "
                       "VALUES (?, ?, ?, ?, ?)", [token_hash(token), user_id, label, serial, now()])
        return token

    def revoke_tokens(self, user_id: str) -> int:
        self._tokens.clear()
        with self.db.transaction() as tx:
            return tx.execute("UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND "
                              "revoked_at IS NULL", [now(), user_id]).rowcount

    def authenticate(self, token: str | None) -> User:
        """The user of a token. A known token is remembered for TOKEN_CACHE_SECONDS, so a
        revocation takes effect within that time."""
        if not token:
            raise BureauError(401, "no_token", "an access token is required")
        key = token_hash(token)
        cached = self._tokens.get(key)
        if cached is not None and cached[1] > time.monotonic():
            return cached[0]
        with self.db.transaction(write=False) as tx:
            row = tx.one("SELECT u.id, u.name, u.role FROM tokens t JOIN users u "
                         "ON u.id = t.user_id WHERE t.hash = ? AND t.revoked_at IS NULL "
                         "AND u.disabled_at IS NULL", [key])
        if row is None:
            self._tokens.pop(key, None)
            raise BureauError(401, "unknown_token", "unknown or revoked access token")
        user = User(*row)
        if len(self._tokens) > 10_000:
            self._tokens.clear()
        self._tokens[key] = (user, time.monotonic() + TOKEN_CACHE_SECONDS)
        return user

    def enroll_code(self, user_id: str, days: int = ENROLL_DAYS) -> str:
        """A one-time code with which the inspector's laptop enrols (shown once)."""
        user = self.user(user_id)
        if user.role != "inspector":
            raise BureauError(422, "not_inspector", "enrolment codes are for inspectors")
        code = "-".join(secrets.token_hex(2).upper() for _ in range(4))
        expires = (dt.datetime.now(dt.UTC) + dt.timedelta(days=days)).isoformat()
        with self.db.transaction() as tx:
            tx.execute("INSERT INTO enroll_codes(hash, user_id, created_at, expires_at) "
                       "VALUES (?, ?, ?, ?)", [token_hash(_norm_code(code)), user_id, now(),
                                               expires])
        return code

    def enroll(self, code: str, csr_pem: str) -> dict:
        """A laptop enrols: the code is used up, the inspector's key certified by the bureau
        CA, and an access token issued. The CSR must name the code's inspector."""
        from cryptography import x509
        from cryptography.x509.oid import NameOID

        from ..signing.ca import ca_issue
        from ..signing.errors import SigningError

        try:
            csr = x509.load_pem_x509_csr(csr_pem.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise BureauError(422, "malformed", "not a certificate request (PEM)") from None
        serials = csr.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
        if self.trust.folder is None or not self.ca_passphrase:
            raise BureauError(503, "no_ca", "the bureau cannot issue certificates here")
        at = now()
        with self.db.transaction() as tx:
            row = tx.one("SELECT user_id, expires_at, used_at FROM enroll_codes WHERE hash = ?",
                         [token_hash(_norm_code(code))])
            if row is None or row[2] is not None or row[1] < at:
                raise BureauError(403, "bad_code", "unknown, used or expired enrolment code")
            user_id = row[0]
            if not serials or str(serials[0].value) != user_id:
                raise BureauError(403, "wrong_inspector", "the certificate request is not for "
                                                          f"inspector {user_id}")
            try:
                pem = ca_issue(self.trust.folder, csr_pem, self.ca_passphrase)
            except SigningError as exc:
                raise BureauError(422, "bad_csr", str(exc)) from None
            cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
            token = "tk_" + secrets.token_urlsafe(32)
            tx.execute("UPDATE enroll_codes SET used_at = ? WHERE hash = ?",
                       [at, token_hash(_norm_code(code))])
            tx.execute("INSERT INTO tokens(hash, user_id, label, certificate_serial, created_at) "
                       "VALUES (?, ?, 'enrolled laptop', ?, ?)",
                       [token_hash(token), user_id, f"{cert.serial_number:X}", at])
            name = tx.one("SELECT name FROM users WHERE id = ?", [user_id])[0]
        return {"token": token, "inspector": {"id": user_id, "name": name},
                "certificate": pem, "ca_certificate": self.trust.ca_pem(),
                "crl": self.trust.crl_pem()}

