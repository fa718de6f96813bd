"""Expert-team files relayed through the bureau: the lead's invitation to the members, the
members' scoresheets (and their photos) to the lead."""

from __future__ import annotations

import json

from ..sync.envelope import open_envelope
from .common import _FORBIDDEN_REASONS, BureauError, Decision, User, _changed, _like, now


class TeamRelay:
    """Part of :class:`~.service.Bureau`: team files."""

    # --- expert-team files relayed to the team ---------------------------------------------
    def post_team_file(self, user: User, body: bytes) -> Decision:
        """Relay a team invitation (from its lead, to the members) or a member's scoresheet
        (to the lead of the team whose invitation was relayed). 201 relayed, 200 already."""
        try:
            return self._post_team_file(user, body)
        except BureauError as exc:
            return Decision(exc.status, exc.to_json())

    def _post_team_file(self, user: User, body: bytes) -> Decision:
        try:
            envelope = json.loads(body)
            opened = open_envelope(envelope, ca=self.trust.ca, revoked_serials=self.trust.revoked,
                                   raw=body)
        except ValueError as exc:
            reason = getattr(exc, "reason", "malformed")
            status = 403 if reason in _FORBIDDEN_REASONS else 422
            raise BureauError(status, reason, str(exc)) from None
        if opened.signer_id != user.id:
            raise BureauError(403, "not_your_certificate", "signed by someone else")
        payload = opened.payload
        kind = {"inspector.team-invitation/1": "invitation",
                "inspector.scoresheet/1": "scoresheet"}.get(payload.get("format"))
        team_id = payload.get("team_id")
        if kind is None or not isinstance(team_id, str):
            raise BureauError(422, "malformed", "not a team invitation or scoresheet")
        files: list[str] = []
        if kind == "invitation":
            team = payload.get("team") or {}
            if team.get("lead_id") != user.id:
                raise BureauError(403, "not_the_lead", "only the team's lead sends its invitation")
            recipients = [m["id"] for m in team.get("members", []) if m.get("id") != user.id]
        else:
            with self.db.transaction(write=False) as tx:
                row = tx.one("SELECT sender, body FROM team_files WHERE team_id = ? AND "
                             "kind = 'invitation' ORDER BY created_at DESC LIMIT 1", [team_id])
            if row is None:
                raise BureauError(422, "unknown_team", "the team's invitation did not come "
                                                       "through the bureau")
            members = {m["id"] for m in json.loads(row[1])["payload"]["team"]["members"]}
            if user.id not in members or payload.get("member", {}).get("id") != user.id:
                raise BureauError(403, "not_a_member", "not a member of this team")
            recipients = [row[0]]
            files = [a["sha256"] for a in payload.get("attachments", [])]
            missing = self.missing_blobs(files)
            if missing:
                raise BureauError(424, "missing_files", "upload these files first",
                                  missing=[m["sha256"] for m in missing])
        with self.db.transaction() as tx:
            rows = tx.all("INSERT INTO team_files(digest, team_id, kind, sender, recipients, "
                          "files, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                          "(digest) DO NOTHING RETURNING digest",
                          [opened.digest, team_id, kind, user.id, json.dumps(recipients),
                           json.dumps(files), body.decode("utf-8"), now()])
            for recipient in recipients if rows else []:
                _changed(tx, "team_file", opened.digest, recipient)
        return Decision(201 if rows else 200, {"status": "relayed" if rows else "duplicate",
                                               "kind": kind, "recipients": recipients})

    def team_blob(self, user: User, digest: str) -> bytes | None:
        """A photo of a scoresheet relayed to this user (None otherwise)."""
        with self.db.transaction(write=False) as tx:
            allowed = tx.one("SELECT 1 FROM team_files WHERE files LIKE ? ESCAPE '!' AND "
                             "recipients LIKE ? ESCAPE '!'",
                             [f'%"{digest}"%', f'%"{_like(user.id)}"%'])
        return self.blob(digest) if allowed else None

