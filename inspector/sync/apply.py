"""Applying what the bureau handed out — from the network or from a bundle, the same way.

Rubric versions go to the user's rubric folder (``bureau-ID@VERSION.yaml``, found by the catalogue;
an evaluation in progress keeps the version it was started with, stored in its database);
schools are upserted; assignments and reviews are recorded; the bureau's CA certificate and
revocation list are saved next to the signing key, where verification finds them. Applying
the same data twice changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..store.database import StoreError, now
from . import outbox

if TYPE_CHECKING:
    from ..store import Store

CURSOR_SETTING = "sync.cursor"


@dataclass
class Applied:
    rubrics: list[str] = field(default_factory=list)
    schools: int = 0
    assignments: int = 0
    reviews: list[tuple[str, str]] = field(default_factory=list)
    receipts: int = 0  # deliveries learnt from the bureau (after a USB file)
    teams_joined: list[str] = field(default_factory=list)  # scoresheets made from invitations
    scoresheets: list[str] = field(default_factory=list)  # members' scoresheets imported
    problems: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.rubrics or self.schools or self.assignments or self.reviews
                    or self.receipts or self.teams_joined or self.scoresheets)


def apply_pull(store: Store, data: dict, *, keys_dir: Path | None = None) -> Applied:
    from ..rubrics.errors import RubricError
    from ..rubrics.io import rubric_from_json, rubric_to_yaml
    from ..signing._util import atomic_write
    from ..store.records import School

    applied = Applied()
    known: set[str] = set()
    if data.get("rubrics"):  # the versions this laptop already has (bundled or received)
        from ..rubrics.catalog import Catalog, rubric_dirs

        known = {r.content_hash for r in Catalog.discover(rubric_dirs()).rubrics}
    for item in data.get("rubrics", []):
        try:
            rubric = rubric_from_json(item["definition"], f"<bureau rubric {item['id']}>")
        except (RubricError, KeyError, TypeError, ValueError) as exc:
            applied.problems.append(f"rubric {item.get('id')}: {exc}")
            continue
        if rubric.content_hash != item.get("hash"):
            applied.problems.append(f"rubric {rubric.id} {rubric.version}: hash mismatch")
            continue
        if rubric.content_hash not in known:
            target = paths.user_rubrics_dir() / f"bureau-{rubric.id}@{rubric.version}.yaml"
            atomic_write(target, rubric_to_yaml(rubric).encode("utf-8"))
            known.add(rubric.content_hash)
            applied.rubrics.append(f"{rubric.id} {rubric.version}")
    for item in data.get("schools", []):
        school = School(**{k: str(item.get(k) or "") for k in
                           ("code", "name", "type", "town", "address", "contact", "phone")})
        old = store.schools.get(school.code)
        if old != school:
            try:
                store.schools.add(school, replace=True)
            except StoreError as exc:
                applied.problems.append(f"school {school.code}: {exc}")
                continue
            applied.schools += 1
    for item in data.get("assignments", []):
        value = json.dumps(item, ensure_ascii=False, sort_keys=True)
        if put_pulled(store, "assignment", str(item["id"]), value):
            applied.assignments += 1
    for item in data.get("reviews", []):
        eid, receipt = item["evaluation_id"], item.get("receipt") or {}
        entry = outbox.entry(store, eid)
        if entry is None:
            continue
        # delivered by a bundle (or an answer lost on the way): the receipt says so
        if entry.state == "waiting" and receipt.get("sha256") == entry.sha256:
            outbox.mark_delivered(store, eid, receipt)
            applied.receipts += 1
        if item["review"] != "received" and outbox.apply_review(
                store, eid, item["review"], item.get("comment")):
            applied.reviews.append((eid, item["review"]))
    folder = keys_dir or paths.data_home() / "keys"
    _team_files(store, data.get("team_files", []), data.get("inspector_id"), folder, applied)
    from ..signing.keys import BUREAU_CA_FILE, BUREAU_CRL_FILE

    for key, name in (("ca_certificate", BUREAU_CA_FILE), ("crl", BUREAU_CRL_FILE)):
        text = data.get(key)
        if text and (not (folder / name).exists() or (folder / name).read_text() != text):
            atomic_write(folder / name, text.encode("ascii"))
    if "cursor" in data and str(int(data["cursor"])) != store.setting(CURSOR_SETTING):
        store.set_setting(CURSOR_SETTING, str(int(data["cursor"])))
    return applied


def _team_files(store: Store, files: list[dict], me: str | None, keys: Path,
                applied: Applied) -> None:
    """Team files the bureau relayed: an invitation makes this inspector's scoresheet (as
    joining from a file does); a member's scoresheet goes into the team evaluation led here.
    Their photos were fetched before (see SyncClient.pull)."""
    if not files:
        return
    from ..signing._util import read_certs
    from ..signing.keys import BUREAU_CA_FILE
    from ..team import workflow

    ca_path = keys / BUREAU_CA_FILE
    ca = read_certs(ca_path)[0] if ca_path.exists() else None
    for envelope in files:
        payload = envelope.get("payload", {})
        try:
            if payload.get("format") == workflow.INVITATION and me:
                if any(m["id"] == me for m in payload["team"]["members"]) \
                        and payload["team"]["lead_id"] != me:
                    known = store.db.execute("SELECT 1 FROM team_memberships WHERE team_id = ?",
                                             [payload["team_id"]]).fetchone()
                    sheet = workflow.join(store, envelope, me, ca=ca)
                    if not known:
                        applied.teams_joined.append(sheet)
            elif payload.get("format") == workflow.SCORESHEET:
                row = store.db.execute(
                    "SELECT t.evaluation_id FROM team_evaluations t JOIN evaluations e "
                    "ON e.id = t.evaluation_id WHERE t.team_id = ? AND e.status = 'draft' "
                    "AND e.superseded_by IS NULL", [payload["team_id"]]).fetchone()
                if row is not None:
                    done = workflow.import_scoresheet(store, row[0], envelope, ca=ca)
                    if done.status in ("new", "newer"):
                        applied.scoresheets.append(done.member_id)
        except (StoreError, KeyError, TypeError) as exc:
            applied.problems.append(f"team file {payload.get('team_id')}: {exc}")


def put_pulled(store: Store, kind: str, key: str, value: str) -> bool:
    """Record what the bureau handed out (by kind and key); False when already so."""
    row = store.db.execute("SELECT value FROM pulled WHERE kind = ? AND key = ?",
                           [kind, key]).fetchone()
    if row is not None and row[0] == value:
        return False
    store.db.execute("INSERT INTO pulled(kind, key, value, updated_at) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT(kind, key) DO UPDATE SET value = excluded.value, "
                     "updated_at = excluded.updated_at", [kind, key, value, now()])
    return True


def assignments(store: Store) -> list[dict]:
    rows = store.db.execute("SELECT value FROM pulled WHERE kind = 'assignment' "
                            "ORDER BY key").fetchall()
    items = [json.loads(r[0]) for r in rows]
    return sorted((a for a in items if not a.get("cancelled_at")),
                  key=lambda a: (a.get("due_date", ""), a["id"]))


def cursor(store: Store) -> int:
    return int(store.setting(CURSOR_SETTING, "0") or 0)
