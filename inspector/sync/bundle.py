"""Signed bundles: the sync exchange as a file, for networks without a connection (政务内网).

A bundle is a zip file:

- ``manifest.json``: a signed envelope (see :mod:`.envelope`) whose payload lists everything
  else in the file by SHA-256, so that nothing can be added, removed or changed unseen;
- to the bureau: ``submissions/<evaluation id>.json`` (each one the signed submission from the
  outbox, exactly the bytes the network path would PUT) and ``files/<sha256>``;
- from the bureau: the manifest's payload carries what a pull would return, signed with the
  bureau CA's own key.

Importing applies the same rules as the network path (the bureau runs each submission
through the same checks), so importing a bundle twice changes nothing the second time.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..store.attachments import attachment_path
from .canonical import canonical_bytes, sha256_hex
from .envelope import EnvelopeError, open_envelope, seal

if TYPE_CHECKING:
    from ..store import Store

FORMAT = "inspector.bundle/1"
MANIFEST = "manifest.json"


class BundleError(ValueError):
    """A bundle that cannot be used (the message says why, in one line)."""


@dataclass
class BundleReport:
    submissions: list[dict] = field(default_factory=list)  # evaluation_id, status, reason
    files: int = 0

    def to_json(self) -> dict:
        return {"submissions": self.submissions, "files": self.files}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _write(out: Path, manifest: dict, members: dict[str, bytes]) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, canonical_bytes(manifest))
        for name, data in members.items():
            zf.writestr(name, data)
    partial.replace(out)
    return out


def _read(path: Path) -> tuple[Any, dict[str, bytes]]:
    try:
        with zipfile.ZipFile(path) as zf:
            members = {info.filename: zf.read(info) for info in zf.infolist()
                       if not info.is_dir()}
    except (OSError, zipfile.BadZipFile) as exc:
        raise BundleError(f"{path}: not a bundle ({exc})") from None
    if MANIFEST not in members:
        raise BundleError(f"{path}: no {MANIFEST}")
    try:
        manifest = json.loads(members.pop(MANIFEST))
    except ValueError:
        raise BundleError(f"{path}: the manifest is not JSON") from None
    return manifest, members


def _check_members(payload: dict, members: dict[str, bytes]) -> None:
    listed = {f"submissions/{s['evaluation_id']}.json": s["sha256"]
              for s in payload.get("submissions", [])}
    listed |= {f"files/{f['sha256']}": f["sha256"] for f in payload.get("files", [])}
    if set(listed) != set(members):
        extra = sorted(set(members) - set(listed))
        missing = sorted(set(listed) - set(members))
        raise BundleError("the bundle's contents differ from its signed manifest"
                          + (f"; not listed: {', '.join(extra[:3])}" if extra else "")
                          + (f"; missing: {', '.join(missing[:3])}" if missing else ""))
    for name, digest in listed.items():
        if sha256_hex(members[name]) != digest:
            raise BundleError(f"{name} was changed after the bundle was signed")


# --- laptop → bureau ---------------------------------------------------------------------------
def export_outbox(store: Store, out: str | Path, identity, *,
                  states: tuple[str, ...] = ("waiting",)) -> dict:
    """Write the outbox's submissions (by default those still waiting) and their files."""
    from . import outbox

    members: dict[str, bytes] = {}
    listed, files = [], {}
    for entry in outbox.entries(store, states):
        body = outbox.body(store, entry.evaluation_id)
        members[f"submissions/{entry.evaluation_id}.json"] = body
        listed.append({"evaluation_id": entry.evaluation_id, "sha256": sha256_hex(body)})
        for blob in entry.blobs:
            if blob["sha256"] not in files:
                data = attachment_path(store.data_dir, blob["sha256"]).read_bytes()
                files[blob["sha256"]] = data
                members[f"files/{blob['sha256']}"] = data
    payload = {"format": FORMAT, "direction": "to_bureau",
               "inspector_id": identity.inspector_id, "created_at": _now(),
               "submissions": listed,
               "files": [{"sha256": d, "size": len(b)} for d, b in files.items()]}
    _write(Path(out), seal(payload, identity), members)
    return payload


def import_to_bureau(bureau, path: str | Path) -> BundleReport:
    """Apply a laptop's bundle at the bureau, through the same checks as the network."""
    from ..bureau.service import BureauError

    manifest, members = _read(Path(path))
    try:
        opened = open_envelope(manifest, ca=bureau.trust.ca, revoked_serials=bureau.trust.revoked)
    except EnvelopeError as exc:
        raise BundleError(f"{path}: {exc}") from None
    payload = opened.payload
    if payload.get("format") != FORMAT or payload.get("direction") != "to_bureau":
        raise BundleError(f"{path}: not a bundle for the bureau")
    _check_members(payload, members)
    try:
        user = bureau.user(opened.signer_id)
    except BureauError:
        raise BundleError(f"{path}: signed by {opened.signer_id or 'nobody known'}, who is "
                          "not an inspector of this bureau") from None
    report = BundleReport()
    for item in payload.get("files", []):
        data = members[f"files/{item['sha256']}"]
        bureau.put_blob(data)
        report.files += 1
    for item in payload.get("submissions", []):
        body = members[f"submissions/{item['evaluation_id']}.json"]
        decision = bureau.submit(user, item["evaluation_id"], body, via="bundle")
        report.submissions.append({"evaluation_id": item["evaluation_id"],
                                   "http_status": decision.status,
                                   "status": decision.body.get("status"),
                                   "reason": decision.body.get("reason"),
                                   "receipt": decision.body.get("receipt")})
    return report


# --- bureau → laptop ---------------------------------------------------------------------------
def export_for_inspector(bureau, inspector_id: str, out: str | Path) -> dict:
    """What a pull would return to this inspector (from the beginning), signed by the CA."""
    from types import SimpleNamespace

    from ..signing.ca import _load_ca

    if not bureau.ca_passphrase or bureau.trust.folder is None:
        raise BundleError("the bureau's CA passphrase is needed to sign a bundle")
    user = bureau.user(inspector_id)
    ca_cert, ca_key = _load_ca(bureau.trust.folder, bureau.ca_passphrase)
    payload = {"format": FORMAT, "direction": "to_laptop", "inspector_id": user.id,
               "created_at": _now(), "pull": bureau.pull(user, 0),
               "submissions": [], "files": []}
    signer = SimpleNamespace(private_key=ca_key, certificate=ca_cert, chain=())
    _write(Path(out), seal(payload, signer), {})
    return payload


def import_from_bureau(store: Store, path: str | Path, *, ca, inspector_id: str | None):
    """Apply a bureau's bundle on the laptop; it must be signed by the bureau CA itself and be
    meant for this laptop's inspector."""
    from . import apply

    manifest, members = _read(Path(path))
    try:
        opened = open_envelope(manifest, ca=ca)
    except EnvelopeError as exc:
        raise BundleError(f"{path}: {exc}") from None
    if opened.certificate != ca:
        raise BundleError(f"{path}: not signed by the bureau itself")
    payload = opened.payload
    if payload.get("format") != FORMAT or payload.get("direction") != "to_laptop":
        raise BundleError(f"{path}: not a bundle from the bureau")
    _check_members(payload, members)
    if inspector_id and payload.get("inspector_id") != inspector_id:
        raise BundleError(f"{path}: meant for inspector {payload.get('inspector_id')}, "
                          f"not {inspector_id}")
    data = dict(payload.get("pull") or {})
    if int(data.get("cursor", 0)) <= apply.cursor(store):
        data.pop("cursor", None)
    return apply.apply_pull(store, data)
