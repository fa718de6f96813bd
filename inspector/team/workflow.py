"""Team evaluations on laptops: create and share, join, score, hand in, merge, settle.

The lead's laptop holds the team's evaluation (an ordinary evaluation whose answers are the
merge of the members' scoresheets) and every scoresheet imported. A member's laptop holds the
member's own scoresheet (an ordinary evaluation too, linked to the team). Three signed files
travel between them, through the bureau or on a USB stick / shared folder:

- the **invitation** (lead → members): the school, the rubric (its full definition, so that
  a member without that version can score), the team, the mode and the ownership of areas;
- a **scoresheet** (member → lead): the member's answers and notes, signed by the member;
- (the merged, signed report then goes round for the members' counter-signatures.)

The files themselves are read and written in :mod:`.files`; what the bureau checks is in
:mod:`.bureau_check`. Importing is idempotent: the same scoresheet twice changes nothing; a
newer one from the same member replaces the older, which stays in the history. The merge
itself is :func:`inspector.team.merge`; every import and settlement re-applies it to the
team's evaluation, so that its answers, total and grade are always the merge's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import messages as msg
from ..scoring import answer_to_json, loads_answers_json, parse_answer
from ..store.database import StoreError, now
from ..sync.canonical import canonical_bytes
from ..sync.envelope import EnvelopeError, open_envelope, seal
from .files import (  # noqa: F401 - read_file, write_file, read_scoresheet: part of the workflow
    INVITATION,
    SCORESHEET,
    read_file,
    read_scoresheet,
    sheet_answers,
    write_file,
)
from .merge import merge
from .model import DEFAULT_THRESHOLD, DEFAULT_TRIM_MIN, MergeResult, Policy, Scoresheet, TeamError

if TYPE_CHECKING:
    from ..rubrics import Rubric
    from ..store import Store

MERGE_REASON = "专家组合并"


@dataclass(frozen=True)
class Member:
    id: str
    name: str


@dataclass(frozen=True)
class Team:
    evaluation_id: str
    team_id: str  # the first revision's id: the team's name in every file it exchanges
    lead_id: str
    members: tuple[Member, ...]
    mode: str  # parallel | split
    policy: Policy
    threshold: Decimal
    trim_min: int
    ownership: dict[str, str]  # area code → member id (split mode)

    def member(self, member_id: str) -> Member | None:
        return next((m for m in self.members if m.id == member_id), None)

    def to_json(self) -> dict:
        return {"evaluation_id": self.evaluation_id, "team_id": self.team_id,
                "lead_id": self.lead_id,
                "members": [{"id": m.id, "name": m.name} for m in self.members],
                "mode": self.mode, "policy": str(self.policy),
                "threshold": str(self.threshold), "trim_min": self.trim_min,
                "ownership": dict(self.ownership)}


@dataclass(frozen=True)
class Imported:
    """What importing a scoresheet did: ``new`` (first from this member), ``newer`` (replaces
    the member's earlier one), ``same`` (already imported: nothing changed) or ``older``
    (kept in the history; the member's newer one stays current)."""

    status: str
    member_id: str
    member_name: str


# --- the lead: creating and sharing ----------------------------------------------------------
def create_team(store: Store, school_code: str, rubric: Rubric, *, lead: Member,
                members: list[Member], mode: str = "parallel",
                policy: Policy | str = Policy.MEAN, ownership: dict[str, str] | None = None,
                threshold: Decimal | str = DEFAULT_THRESHOLD, trim_min: int = DEFAULT_TRIM_MIN,
                visit_date: str | None = None) -> Team:
    """A team evaluation led by ``lead`` (who is also a member). ``split`` mode needs the
    ownership of every area; its policy is ``owner``."""
    everyone = [lead] + [m for m in members if m.id != lead.id]
    ids = [m.id for m in everyone]
    if len(set(ids)) != len(ids):
        raise StoreError(msg.MEMBER_TWICE)
    if not 2 <= len(everyone) <= 9:
        raise StoreError(msg.TEAM_SIZE)
    if mode not in ("parallel", "split"):
        raise StoreError(msg.TEAM_MODE)
    ownership = dict(ownership or {})
    if mode == "split":
        policy = Policy.OWNER
        areas = {a.code for a in rubric.areas}
        if set(ownership) != areas:
            missing = sorted(areas - set(ownership))
            if missing:
                raise StoreError(msg.SPLIT_NEEDS_OWNERS, missing=", ".join(missing))
            raise StoreError(msg.OWNED_AREAS_UNKNOWN,
                             areas=", ".join(sorted(set(ownership) - areas)))
        unknown = sorted(set(ownership.values()) - set(ids))
        if unknown:
            raise StoreError(msg.OWNERS_NOT_MEMBERS, owners=", ".join(unknown))
    from .inputs import check_parameters

    try:
        policy = Policy(policy)
        threshold, trim_min = check_parameters(threshold, trim_min)
    except (TeamError, ValueError) as exc:
        raise StoreError(str(exc)) from None
    with store.transaction():
        ev = store.evaluations.create(school_code, rubric, visit_date=visit_date, kind="formal",
                                      team=[m.name for m in everyone])
        store.db.execute(
            "INSERT INTO team_evaluations(evaluation_id, team_id, lead_id, members, mode, "
            "policy, threshold, trim_min, ownership, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [ev.id, ev.id, lead.id, json.dumps([m.__dict__ for m in everyone], ensure_ascii=False),
             mode, str(policy), str(Decimal(str(threshold))), int(trim_min),
             json.dumps(ownership, ensure_ascii=False, sort_keys=True), now()])
        store.log(ev.id, None, "team", None, team_json(everyone, mode, policy, ownership))
    found = team(store, ev.id)
    assert found is not None
    return found


def team_json(members, mode, policy, ownership) -> dict:
    return {"members": [{"id": m.id, "name": m.name} for m in members], "mode": mode,
            "policy": str(policy), "ownership": ownership}


def team(store: Store, evaluation_id: str) -> Team | None:
    """The team of a team evaluation (None for an ordinary evaluation)."""
    row = store.db.execute(
        "SELECT evaluation_id, team_id, lead_id, members, mode, policy, threshold, trim_min, "
        "ownership FROM team_evaluations WHERE evaluation_id = ?", [evaluation_id]).fetchone()
    if row is None:
        return None
    eid, team_id, lead, members, mode, policy, threshold, trim_min, ownership = row
    return Team(eid, team_id, lead,
                tuple(Member(m["id"], m["name"]) for m in json.loads(members)),
                mode, Policy(policy), Decimal(threshold), int(trim_min), json.loads(ownership))


def teams(store: Store) -> list[Team]:
    """The team evaluations led from this laptop (current revisions first by date)."""
    ids = [r[0] for r in store.db.execute(
        "SELECT t.evaluation_id FROM team_evaluations t JOIN evaluations e ON e.id = "
        "t.evaluation_id WHERE e.superseded_by IS NULL ORDER BY e.visit_date DESC")]
    return [found for eid in ids if (found := team(store, eid)) is not None]


def memberships(store: Store) -> list[dict]:
    """The member scoresheets on this laptop, with their teams."""
    ids = [r[0] for r in store.db.execute(
        "SELECT evaluation_id FROM team_memberships ORDER BY joined_at DESC")]
    return [{"sheet_id": eid, **(membership(store, eid) or {})} for eid in ids]


def invitation(store: Store, evaluation_id: str, identity) -> dict:
    """The signed invitation to give the members (the lead signs it)."""
    from ..rubrics.io import rubric_to_json

    found = _require_team(store, evaluation_id)
    ev = store.evaluations.get(evaluation_id)
    school = store.schools.require(ev.school_code)
    rubric = store.rubric(ev.rubric_hash)
    payload = {"format": INVITATION, "team_id": found.team_id, "visit_date": ev.visit_date,
               "school": school.to_json(), "rubric_hash": rubric.content_hash,
               "rubric": rubric_to_json(rubric), "team": found.to_json()}
    return seal(payload, identity)


# --- a member: joining, scoring, handing in ----------------------------------------------------
def join(store: Store, envelope: dict, member_id: str, *, ca=None) -> str:
    """Join the team of an invitation as ``member_id``: the member's own scoresheet (an
    evaluation on this laptop) is created, or found when already joined. Returns its id."""
    from ..rubrics.io import rubric_from_json
    from ..store.records import School

    opened = _open(envelope, ca, INVITATION)
    payload = opened.payload
    info = payload["team"]
    if opened.signer_id != info["lead_id"]:
        raise StoreError(msg.INVITATION_NOT_FROM_LEAD)
    members = {m["id"]: m["name"] for m in info["members"]}
    if member_id not in members:
        raise StoreError(f"{member_id} is not a member of this team "
                         f"({', '.join(members)})")
    row = store.db.execute("SELECT evaluation_id FROM team_memberships WHERE team_id = ?",
                           [payload["team_id"]]).fetchone()
    if row is not None:
        return row[0]
    rubric = rubric_from_json(payload["rubric"], "<team invitation>")
    if rubric.content_hash != payload["rubric_hash"]:
        raise StoreError("the invitation's rubric does not match its hash")
    school = School(**payload["school"])
    with store.transaction():
        if store.schools.get(school.code) is None:
            store.schools.add(school)
        ev = store.evaluations.create(school.code, rubric, visit_date=payload["visit_date"],
                                      kind="formal", team=list(members.values()))
        store.db.execute("INSERT INTO team_memberships(evaluation_id, team_id, member_id, "
                         "invitation, joined_at) VALUES (?, ?, ?, ?, ?)",
                         [ev.id, payload["team_id"], member_id,
                          canonical_bytes(envelope).decode("utf-8"), now()])
        store.log(ev.id, None, "team_joined", None,
                  {"team": payload["team_id"], "member": member_id, "lead": info["lead_id"]})
    return ev.id


def membership(store: Store, sheet_id: str) -> dict | None:
    """For a member's scoresheet: the team it belongs to, the member, the owned areas."""
    row = store.db.execute("SELECT team_id, member_id, invitation FROM team_memberships "
                           "WHERE evaluation_id = ?", [sheet_id]).fetchone()
    if row is None:
        return None
    info = json.loads(row[2])["payload"]["team"]
    owned = sorted(a for a, m in info.get("ownership", {}).items() if m == row[1])
    return {"team_id": row[0], "member_id": row[1], "lead_id": info["lead_id"],
            "mode": info["mode"], "owned_areas": owned, "members": info["members"],
            "ownership": dict(info.get("ownership", {}))}


def others_items(store: Store, sheet_id: str, rubric) -> dict[str, str]:
    """In a member's scoresheet of split work (分工): each item of an area another member owns,
    with that member's name (the merge takes only the owner's answer there). {} otherwise."""
    member = membership(store, sheet_id)
    if member is None or member["mode"] != "split":
        return {}
    names = {m["id"]: m["name"] for m in member["members"]}
    return {leaf.code: names.get(owner, owner)
            for area, owner in member["ownership"].items() if owner != member["member_id"]
            for leaf in rubric.area_leaves.get(area, ())}


def scoresheet(store: Store, sheet_id: str, identity) -> dict:
    """The member's signed scoresheet: every answer and note as they are now."""
    member = membership(store, sheet_id)
    if member is None:
        raise StoreError(f"evaluation {sheet_id} is not a team member's scoresheet")
    ev = store.evaluations.get(sheet_id)
    signer = identity.inspector_id
    if signer != member["member_id"]:
        raise StoreError(f"this scoresheet is {member['member_id']}'s; the key is {signer}'s")
    answers = {code: {"value": value, "note": note}
               for code, value, note in store.db.execute(
                   "SELECT code, value, note FROM answers WHERE evaluation_id = ? "
                   "ORDER BY code", [sheet_id])}
    sheet = store.evaluations.open(sheet_id)
    attachments = [{"code": a.code or None, "sha256": a.sha256, "filename": a.filename,
                    "mime": a.mime, "size": a.size} for a in sheet.attachments]
    findings = [{"code": f.code, "kind": f.kind, "text": f.text, "deadline": f.deadline}
                for f in sheet.findings]
    payload = {"format": SCORESHEET, "team_id": member["team_id"], "sheet_id": ev.id,
               "member": {"id": member["member_id"], "name": identity.name},
               "rubric_hash": ev.rubric_hash, "exported_at": now(), "answers": answers,
               "attachments": attachments, "findings": findings}
    return seal(payload, identity)


def write_scoresheet(store: Store, sheet_id: str, identity, path: str | Path) -> Path:
    """The member's scoresheet file: the signed scoresheet and the photos it refers to (a zip
    file: ``scoresheet.json`` and ``files/<sha256>``)."""
    import zipfile

    from ..store.attachments import attachment_path

    envelope = scoresheet(store, sheet_id, identity)
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("scoresheet.json", canonical_bytes(envelope))
        for digest in dict.fromkeys(a["sha256"] for a in envelope["payload"]["attachments"]):
            zf.writestr(f"files/{digest}", attachment_path(store.data_dir, digest).read_bytes())
    partial.replace(path)
    return path


# --- the lead: importing, merging, settling -----------------------------------------------------
def import_scoresheet(store: Store, evaluation_id: str, envelope: dict, *,
                      files: dict[str, bytes] | None = None, ca=None) -> Imported:
    """Import a member's signed scoresheet (and the photos it refers to, by SHA-256) into the
    team evaluation, and merge again."""
    found = _require_team(store, evaluation_id)
    opened = _open(envelope, ca, SCORESHEET)
    payload = opened.payload
    if payload.get("team_id") != found.team_id:
        raise StoreError(msg.SHEET_OF_ANOTHER_TEAM)
    member_id = str(payload.get("member", {}).get("id", ""))
    member = found.member(member_id)
    if member is None:
        raise StoreError(msg.NOT_A_MEMBER, member=member_id or "?")
    if opened.signer_id != member_id:
        raise StoreError(msg.SHEET_SIGNED_BY_OTHER, member=member_id,
                         signer=opened.signer_id or "?")
    ev = store.evaluations.get(evaluation_id)
    if payload.get("rubric_hash") != ev.rubric_hash:
        raise StoreError(msg.SHEET_OTHER_RUBRIC)
    sheet_answers(store.rubric(ev.rubric_hash), payload)  # every answer must fit the rubric
    if not ev.is_draft:
        raise StoreError(msg.TEAM_CLOSED, id=ev.id, status=ev.status)
    _keep_files(store, payload, files or {})
    digest = opened.digest
    db = store.db
    at = now()
    with store.transaction():
        if db.execute("SELECT 1 FROM team_scoresheets WHERE evaluation_id = ? AND digest = ?",
                      [evaluation_id, digest]).fetchone():
            return Imported("same", member_id, member.name)
        current = db.execute("SELECT id, exported_at FROM team_scoresheets WHERE "
                             "evaluation_id = ? AND member_id = ? AND replaced_by IS NULL",
                             [evaluation_id, member_id]).fetchone()
        cursor = db.execute(
            "INSERT INTO team_scoresheets(evaluation_id, member_id, digest, exported_at, "
            "envelope, imported_at, replaced_by) VALUES (?, ?, ?, ?, ?, ?, NULL)",
            [evaluation_id, member_id, digest, payload["exported_at"],
             canonical_bytes(envelope).decode("utf-8"), at])
        new_id = cursor.lastrowid
        if current is None:
            status = "new"
        elif payload["exported_at"] > current[1]:
            db.execute("UPDATE team_scoresheets SET replaced_by = ? WHERE id = ?",
                       [new_id, current[0]])
            status = "newer"
        else:
            db.execute("UPDATE team_scoresheets SET replaced_by = ? WHERE id = ?",
                       [current[0], new_id])
            status = "older"
        store.log(evaluation_id, None, "scoresheet", None,
                  {"member": member_id, "digest": digest, "exported_at": payload["exported_at"],
                   "status": status})
        if status != "older":
            apply_merge(store, evaluation_id)
    return Imported(status, member_id, member.name)


def _keep_files(store: Store, payload: dict, files: dict[str, bytes]) -> None:
    """Every photo the scoresheet refers to must come with it (or be here already), intact."""
    import hashlib

    from ..store.attachments import attachment_path

    for item in payload.get("attachments", []):
        digest = item["sha256"]
        target = attachment_path(store.data_dir, digest)
        data = files.get(digest)
        if data is None:
            if target.exists():
                continue
            raise StoreError(msg.SHEET_PHOTO_MISSING, name=str(item.get("filename")))
        if hashlib.sha256(data).hexdigest() != digest:
            raise StoreError(msg.SHEET_PHOTO_CHANGED, name=str(item.get("filename")))
        if not target.exists():
            from ..signing._util import atomic_write

            atomic_write(target, data)


def _attach_photos(store: Store, evaluation_id: str) -> None:
    """The members' photos, linked to the team evaluation under the same items."""
    import shutil
    import tempfile

    from ..store.attachments import attachment_path

    have = {(a.code or "", a.sha256) for a in store.evaluations.open(evaluation_id).attachments}
    for (text,) in store.db.execute(
            "SELECT envelope FROM team_scoresheets WHERE evaluation_id = ? AND replaced_by IS "
            "NULL ORDER BY member_id", [evaluation_id]).fetchall():
        for item in json.loads(text)["payload"].get("attachments", []):
            if (item["code"] or "", item["sha256"]) in have:
                continue
            with tempfile.TemporaryDirectory() as tmp:
                named = Path(tmp) / (Path(item["filename"]).name or item["sha256"])
                shutil.copyfile(attachment_path(store.data_dir, item["sha256"]), named)
                store.evaluations.attach(evaluation_id, item["code"], named)
            have.add((item["code"] or "", item["sha256"]))


def _carry_findings(store: Store, evaluation_id: str) -> None:
    """Each member's findings (strengths, problems, rectifications), as their current
    scoresheet has them, in the team evaluation under the member's name. (Scoresheets from
    before findings were carried have none.)"""
    for member_id, text in store.db.execute(
            "SELECT member_id, envelope FROM team_scoresheets WHERE evaluation_id = ? AND "
            "replaced_by IS NULL ORDER BY member_id", [evaluation_id]).fetchall():
        findings = json.loads(text)["payload"].get("findings", [])
        store.evaluations.carry_member_findings(evaluation_id, member_id, findings,
                                                MERGE_REASON)


def scoresheets(store: Store, evaluation_id: str) -> list[Scoresheet]:
    """The current scoresheet of each member who handed one in."""
    ev = store.evaluations.get(evaluation_id)
    rubric = store.rubric(ev.rubric_hash)
    sheets = []
    for (text,) in store.db.execute(
            "SELECT envelope FROM team_scoresheets WHERE evaluation_id = ? AND replaced_by IS "
            "NULL ORDER BY member_id", [evaluation_id]):
        payload = json.loads(text)["payload"]
        answers, notes = sheet_answers(rubric, payload)
        sheets.append(Scoresheet(payload["member"]["id"], payload["member"]["name"], answers,
                                 notes))
    return sheets


def sheet_history(store: Store, evaluation_id: str) -> list[dict]:
    return [{"member_id": m, "exported_at": e, "imported_at": i, "digest": d,
             "current": r is None}
            for m, e, i, d, r in store.db.execute(
                "SELECT member_id, exported_at, imported_at, digest, replaced_by FROM "
                "team_scoresheets WHERE evaluation_id = ? ORDER BY member_id, exported_at",
                [evaluation_id])]


def settlements(store: Store, evaluation_id: str) -> dict[str, tuple[Any, str]]:
    ev = store.evaluations.get(evaluation_id)
    rubric = store.rubric(ev.rubric_hash)
    return {code: (parse_answer(rubric, code, loads_answers_json(value)), reason)
            for code, value, reason in store.db.execute(
                "SELECT code, value, reason FROM team_settlements WHERE evaluation_id = ?",
                [evaluation_id])}


def merged(store: Store, evaluation_id: str) -> MergeResult:
    """The merge of the current scoresheets, with the lead's settlements."""
    found = _require_team(store, evaluation_id)
    ev = store.evaluations.get(evaluation_id)
    sheets = scoresheets(store, evaluation_id)
    if found.policy is Policy.OWNER:  # an owner not heard from yet: their areas wait
        handed_in = {s.member_id for s in sheets}
        sheets += [Scoresheet(m.id, m.name, {}) for m in found.members
                   if m.id not in handed_in and m.id in found.ownership.values()]
    try:
        return merge(store.rubric(ev.rubric_hash), sheets,
                     found.policy,
                     ownership=found.ownership if found.policy is Policy.OWNER else None,
                     settlements=settlements(store, evaluation_id),
                     threshold=found.threshold, trim_min=found.trim_min)
    except TeamError as exc:
        raise StoreError(str(exc)) from None


def settle(store: Store, evaluation_id: str, code: str, raw: Any, reason: str) -> MergeResult:
    """The lead records the agreed answer of an item, and why (in the audit trail too)."""
    ev = store.evaluations.get(evaluation_id)
    _require_team(store, evaluation_id)
    if not ev.is_draft:
        raise StoreError(msg.SETTLE_CLOSED, id=ev.id, status=ev.status)
    if not (reason or "").strip():
        raise StoreError(msg.SETTLE_NEEDS_REASON)
    rubric = store.rubric(ev.rubric_hash)
    from ..scoring import AnswerError

    try:
        value = parse_answer(rubric, code, raw)
    except AnswerError as exc:
        raise StoreError.refusing(exc) from None
    if value is None:
        raise StoreError(msg.SETTLE_NEEDS_ANSWER, code=code)
    text = json.dumps(answer_to_json(value), ensure_ascii=False)
    with store.transaction():
        old = store.db.execute("SELECT value FROM team_settlements WHERE evaluation_id = ? "
                               "AND code = ?", [evaluation_id, code]).fetchone()
        store.db.execute(
            "INSERT INTO team_settlements(evaluation_id, code, value, reason, settled_at, "
            "settled_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(evaluation_id, code) DO UPDATE "
            "SET value = excluded.value, reason = excluded.reason, settled_at = "
            "excluded.settled_at, settled_by = excluded.settled_by",
            [evaluation_id, code, text, reason.strip(), now(), store.actor])
        store.log(evaluation_id, code, "settlement", None if old is None else json.loads(old[0]),
                  answer_to_json(value), reason.strip())
        return apply_merge(store, evaluation_id)


def apply_merge(store: Store, evaluation_id: str) -> MergeResult:
    """Make the team evaluation's answers the merge's (only what changed is written)."""
    result = merged(store, evaluation_id)
    ev = store.evaluations.get(evaluation_id)
    rubric = store.rubric(ev.rubric_hash)
    sheet = store.evaluations.open(evaluation_id)
    with store.transaction():
        for item in result.items:
            current = sheet.answers.get(item.code)
            have = None if current is None or current.value is None \
                else answer_to_json(current.value)
            want = None if item.answer is None else answer_to_json(item.answer)
            note = _notes(item) if rubric.find(item.code) is not None else ""
            if have == want and (current is None or current.note == note):
                continue
            store.evaluations.set_answer(evaluation_id, item.code, want, note=note,
                                         reason=MERGE_REASON, team_merge=True)
        _attach_photos(store, evaluation_id)
        _carry_findings(store, evaluation_id)
    return result


def finalize_team(store: Store, evaluation_id: str):
    """Finalize the team evaluation; refused while the lead has anything to settle."""
    result = merged(store, evaluation_id)
    if result.unsettled:
        from ..store.evaluations import FinalizeBlocked

        raise FinalizeBlocked([f"{code} 组员评分分歧，需组长裁定" for code in result.unsettled])
    apply_merge(store, evaluation_id)
    return store.evaluations.finalize(evaluation_id)


# --- helpers -----------------------------------------------------------------------------------
def _require_team(store: Store, evaluation_id: str) -> Team:
    found = team(store, evaluation_id)
    if found is None:
        raise StoreError(f"evaluation {evaluation_id} is not a team evaluation")
    return found


def _open(envelope: Any, ca, fmt: str):
    try:
        opened = open_envelope(envelope, ca=ca)
    except EnvelopeError as exc:
        raise StoreError(f"refused: {exc}") from None
    if opened.payload.get("format") != fmt:
        raise StoreError(f"not a {fmt.split('/')[0].split('.')[-1]} file")
    return opened


def _notes(item) -> str:
    """The members' notes of an item, each with its author, as the team evaluation's note."""
    return "\n".join(f"{v.member_name}：{v.note}" for v in item.values if v.note.strip())
