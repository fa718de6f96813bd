"""The laptop's HTTP client: enrol, push the outbox, pull what the bureau hands out.

``push`` follows the upload contract of docs/sync-protocol.md: files first (only those the
bureau lacks, resumed from where an upload stopped), then each submission ``PUT`` to its
evaluation's UUID. A batch carries on past one submission's problem but stops when the bureau
cannot be reached or refuses the token; whatever was not answered stays waiting, with a
back-off, and is sent again unchanged — the bureau recognizes a repeat.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, as_completed, wait
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from .. import messages as msg
from ..store.attachments import attachment_path
from . import apply, outbox

if TYPE_CHECKING:
    from ..store import Store

PART_SIZE = 4 * 1024 * 1024
QUERY_BATCH = 500
USER_AGENT = "yuhang-inspector"


class _Inline:
    """An executor that runs each call at once on this thread (one connection: a worker
    thread would only add hand-overs)."""

    def submit(self, fn, *args) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args))
        except BaseException as exc:  # noqa: BLE001 - delivered through the future
            future.set_exception(exc)
        return future

    def __enter__(self) -> _Inline:
        return self

    def __exit__(self, *exc) -> None:
        return None


class _Answers:
    """The bureau's answers written down a few at a time: one transaction for up to ``SIZE``
    answers, committed at the latest ``SECONDS`` after the first (so the store's other writers
    wait no longer than that), and when the push ends or fails. A crash can lose the answers of
    one transaction: those submissions are still waiting, are sent again unchanged and the
    bureau answers 200 duplicate with the original receipt."""

    SIZE = 50
    SECONDS = 0.1

    def __init__(self, store: Store):
        self.store = store
        self._tx = None
        self._count = 0
        self._deadline = 0.0

    def begin(self) -> None:
        """Before writing down an answer."""
        if self._tx is None:
            self._tx = self.store.transaction()
            self._tx.__enter__()
            self._count, self._deadline = 0, time.monotonic() + self.SECONDS

    def written(self) -> None:
        if self._tx is None:
            return
        self._count += 1
        if self._count >= self.SIZE or time.monotonic() >= self._deadline:
            self.commit()

    def time_left(self) -> float | None:
        """How long one may wait for the next answer before committing (None: no limit)."""
        return None if self._tx is None else max(0.0, self._deadline - time.monotonic())

    def commit(self) -> None:
        tx, self._tx = self._tx, None
        if tx is not None:
            tx.__exit__(None, None, None)

    def __enter__(self) -> _Answers:
        return self

    def __exit__(self, *exc) -> None:
        # What was written down is kept even when the push stops on an error: each answer's
        # own writes are a savepoint, rolled back alone if they failed.
        self.commit()


class SyncError(msg.Refusal):
    """Sync cannot go on (no network, refused token, bureau misconfigured); made from a
    template of :mod:`inspector.messages`, which the app translates."""


@dataclass
class PushReport:
    created: list[str] = field(default_factory=list)
    duplicate: list[str] = field(default_factory=list)
    conflict: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    retry: list[str] = field(default_factory=list)
    files_sent: int = 0
    bytes_sent: int = 0
    stopped_by: SyncError | None = None  # what stopped the push (unreachable, token refused)

    @property
    def delivered(self) -> int:
        return len(self.created) + len(self.duplicate)

    @property
    def stopped(self) -> str | None:
        return None if self.stopped_by is None else str(self.stopped_by)

    def to_json(self) -> dict:
        fields = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "stopped_by"}
        return {**fields, "stopped": self.stopped}


Progress = Callable[[int, int, str], None]  # done, total, what


class SyncClient:
    QUEUED_AHEAD = 2  # submissions read and handed to the connections before they are free

    def __init__(self, url: str, token: str | None = None, *, timeout: float = 60.0,
                 connections: int = 2, transport: httpx.BaseTransport | None = None):
        self.connections = max(1, connections)
        headers = {"User-Agent": USER_AGENT}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.http = httpx.Client(base_url=url.rstrip("/"), headers=headers, timeout=timeout,
                                 transport=transport)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _request(self, method: str, url: str, **kwargs) -> httpx.Response:
        try:
            return self.http.request(method, url, **kwargs)
        except httpx.TransportError as exc:
            raise SyncError(msg.BUREAU_UNREACHABLE, detail=f"{type(exc).__name__}: {exc}") \
                from None

    @staticmethod
    def _check_auth(response: httpx.Response) -> None:
        if response.status_code == 401:
            raise SyncError(msg.BUREAU_TOKEN_REFUSED)

    # --- enrolment ---------------------------------------------------------------------------
    def enroll(self, code: str, csr_pem: str) -> dict:
        response = self._request("POST", "/v1/enroll", json={"code": code, "csr": csr_pem})
        if response.status_code != 200:
            raise _refused(response)
        return response.json()

    # --- pull --------------------------------------------------------------------------------
    def pull(self, store: Store) -> apply.Applied:
        response = self._request("GET", "/v1/pull", params={"since": apply.cursor(store)})
        self._check_auth(response)
        if response.status_code != 200:
            raise _refused(response)
        data = response.json()
        self._fetch_team_photos(store, data.get("team_files", []))
        return apply.apply_pull(store, data)

    def _fetch_team_photos(self, store: Store, files: list[dict]) -> None:
        """The photos of relayed scoresheets, into this laptop's files (checked by digest)."""
        import hashlib

        from ..signing._util import atomic_write

        for envelope in files:
            for item in envelope.get("payload", {}).get("attachments", []) or []:
                digest = item.get("sha256", "")
                target = attachment_path(store.data_dir, digest)
                if target.exists():
                    continue
                response = self._request("GET", f"/v1/team-files/blobs/{digest}")
                if response.status_code == 200 and \
                        hashlib.sha256(response.content).hexdigest() == digest:
                    atomic_write(target, response.content)

    # --- team files through the bureau -----------------------------------------------------------
    def send_team_file(self, store: Store, envelope: dict) -> dict:
        """Relay a signed team invitation or scoresheet (its photos uploaded first)."""
        from .canonical import canonical_bytes

        photos = envelope.get("payload", {}).get("attachments", []) or []
        if photos:
            sizes = {a["sha256"]: int(a["size"]) for a in photos}
            response = self._request("POST", "/v1/blobs/query", json={"sha256": list(sizes)})
            self._check_auth(response)
            for item in response.json().get("missing", []):
                self._upload_one(store.data_dir, item["sha256"], sizes[item["sha256"]],
                                 int(item["offset"]))
        response = self._request("POST", "/v1/team-files", content=canonical_bytes(envelope),
                                 headers={"Content-Type": "application/json"})
        self._check_auth(response)
        if response.status_code not in (200, 201):
            raise _refused(response)
        return response.json()

    # --- push --------------------------------------------------------------------------------
    def push(self, store: Store, *, progress: Progress | None = None) -> PushReport:
        """Send what is due: the files the bureau lacks, then each submission. Requests go
        over ``connections`` connections at once (two by default: the laptop prepares and
        records one answer while the bureau checks the next submission; measured 1.6× faster
        than one connection, and a third adds nothing on two cores); the store is only
        touched on this thread."""
        report = PushReport()
        due = outbox.due(store)
        if not due:
            return report
        try:
            self._upload_files(store, due, report, progress)
        except SyncError as exc:
            report.stopped_by = exc
            for entry in due:
                outbox.mark_retry(store, entry.evaluation_id, str(exc))
                report.retry.append(entry.evaluation_id)
            return report
        self._submit_all(store, due, report, progress)
        if progress:
            progress(len(due), len(due), "")
        return report

    def register_certificates(self, store: Store) -> int:
        """Register at the bureau the certificates (证书) issued on this laptop for delivered
        evaluations, so that anyone verifying one can ask the bureau whether it still holds.
        Returns how many were registered now."""
        rows = store.db.execute(
            "SELECT c.number FROM certificates c JOIN outbox o ON o.evaluation_id = "
            "c.evaluation_id WHERE o.state IN ('sent', 'accepted', 'returned') AND NOT EXISTS "
            "(SELECT 1 FROM pulled p WHERE p.kind = 'certificate' AND p.key = c.number)"
        ).fetchall()
        if not rows:
            return 0
        from ..exports.certificate import get_certificate

        done = 0
        for (number,) in rows:
            record = get_certificate(store, number)
            response = self._request("PUT", f"/v1/certificates/{number}",
                                     json={"qr_text": record.qr_text})
            self._check_auth(response)
            if response.status_code == 200:
                apply.put_pulled(store, "certificate", number, response.text)
                done += 1
            elif _json(response).get("reason") == "no_register":
                break  # this bureau keeps no register: nothing to do
        return done

    def _submit_all(self, store: Store, due: list[outbox.OutboxEntry], report: PushReport,
                    progress: Progress | None) -> None:
        # A revision goes after the revision it replaces, when both are waiting.
        waiting = {e.evaluation_id for e in due}
        base_of = {eid: base for eid, base in store.db.execute(
            "SELECT o.evaluation_id, e.supersedes FROM outbox o JOIN evaluations e "
            "ON e.id = o.evaluation_id WHERE o.state = 'waiting' AND e.supersedes IS NOT NULL")
            if eid in waiting and base in waiting}
        pending = list(due)
        in_flight: dict[Future, outbox.OutboxEntry] = {}
        answered: set[str] = set()
        done = 0

        def ready(entry: outbox.OutboxEntry) -> bool:  # its base (if waiting) was answered
            base = base_of.get(entry.evaluation_id)
            return base is None or base in answered

        # A few submissions wait, read and queued, beyond those on the wire: a connection takes
        # the next one as soon as its answer is in, even while this thread writes answers down.
        limit = self.connections + (self.QUEUED_AHEAD if self.connections > 1 else 0)

        def launch() -> None:  # fill the connections with the next submissions
            while pending and len(in_flight) < limit and not report.stopped:
                following = next((e for e in pending if ready(e)), None)
                if following is None:
                    return
                pending.remove(following)
                body = outbox.body(store, following.evaluation_id)
                in_flight[pool.submit(self._put, following.evaluation_id, body)] = following

        with self._executor() as pool, _Answers(store) as answers:
            launch()
            while in_flight:
                finished, _ = wait(in_flight, timeout=answers.time_left(),
                                   return_when=FIRST_COMPLETED)
                if not finished:  # nothing came back in time: write down what did
                    answers.commit()
                    continue
                first = finished.pop()
                entry = in_flight.pop(first)
                if first.cancelled():  # queued when the batch stopped: never sent, still waiting
                    continue
                answered.add(entry.evaluation_id)
                if first.exception() is None:
                    launch()  # the next one travels while this answer is written down
                if first.exception() is None and first.result().status_code == 424:
                    answers.commit()  # files go up again: no transaction open meanwhile
                else:
                    answers.begin()
                try:
                    self._record(store, entry, first.result(), report)
                except SyncError as exc:  # unreachable or token refused: stop the batch
                    report.stopped_by = report.stopped_by or exc
                    outbox.mark_retry(store, entry.evaluation_id, str(exc))
                    report.retry.append(entry.evaluation_id)
                answers.written()
                done += 1
                if progress:
                    progress(done, len(due), entry.evaluation_id)
                if report.stopped:
                    pending.clear()
                    for queued in in_flight:  # not yet on the wire: not sent at all
                        queued.cancel()
                else:
                    launch()

    def _executor(self):
        return _Inline() if self.connections == 1 else ThreadPoolExecutor(self.connections)

    def _put(self, evaluation_id: str, body: bytes) -> httpx.Response:
        return self._request("PUT", f"/v1/evaluations/{evaluation_id}", content=body,
                             headers={"Content-Type": "application/json"})

    def _record(self, store: Store, entry: outbox.OutboxEntry, response: httpx.Response,
                report: PushReport, second_try: bool = False) -> None:
        """What the bureau answered, written down (on the store's thread)."""
        eid = entry.evaluation_id
        self._check_auth(response)
        status = response.status_code
        data = _json(response)
        if status in (200, 201):
            outbox.mark_delivered(store, eid, data.get("receipt", {}))
            (report.created if status == 201 else report.duplicate).append(eid)
        elif status == 409:
            outbox.mark_conflict(store, eid, data.get("reason", "conflict"),
                                 {k: v for k, v in data.items() if k not in ("status", "reason")})
            report.conflict.append(eid)
        elif status == 424 and not second_try:  # a file went missing on the bureau's side
            self._upload_files(store, [entry], report, None)
            self._record(store, entry, self._put(eid, outbox.body(store, eid)), report,
                         second_try=True)
        elif status in (403, 422):
            outbox.mark_refused(store, eid, data.get("reason", str(status)),
                                data.get("message", _message(response)))
            report.refused.append(eid)
        else:  # 5xx, 424 twice, anything unexpected: try again later, unchanged
            outbox.mark_retry(store, eid, _message(response))
            report.retry.append(eid)

    def _upload_files(self, store: Store, entries: list[outbox.OutboxEntry],
                      report: PushReport, progress: Progress | None) -> None:
        sizes = {b["sha256"]: int(b["size"]) for e in entries for b in e.blobs}
        digests = list(sizes)
        missing: list[dict] = []
        for start in range(0, len(digests), QUERY_BATCH):
            response = self._request("POST", "/v1/blobs/query",
                                     json={"sha256": digests[start:start + QUERY_BATCH]})
            self._check_auth(response)
            if response.status_code != 200:
                raise _refused(response)
            missing += response.json()["missing"]
        data_dir = store.data_dir
        with self._executor() as pool:
            futures = [pool.submit(self._upload_one, data_dir, item["sha256"],
                                   sizes[item["sha256"]], int(item["offset"]))
                       for item in missing]
            errors = []
            for done, future in enumerate(as_completed(futures)):
                try:
                    sent = future.result()
                except SyncError as exc:
                    errors.append(exc)
                    continue
                report.bytes_sent += sent
                report.files_sent += 1
                if progress:
                    progress(done + 1, len(missing), "files")
            if errors:
                raise errors[0]

    def _upload_one(self, data_dir, digest: str, size: int, offset: int) -> int:
        """Upload one file from ``offset``, resuming where the bureau stands; returns the
        bytes sent. Runs on a worker thread: no store here."""
        path = attachment_path(data_dir, digest)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SyncError(msg.EVIDENCE_FILE_MISSING, digest=digest[:12], detail=str(exc)) \
                from None
        restarted = False
        sent = 0
        while True:
            part = data[offset:offset + PART_SIZE]
            response = self._request(
                "PATCH", f"/v1/blobs/{digest}", content=part,
                headers={"Upload-Offset": str(offset), "Upload-Length": str(size),
                         "Content-Type": "application/octet-stream"})
            self._check_auth(response)
            body = _json(response)
            if response.status_code == 409 and "offset" in body:
                offset = int(body["offset"])  # resume where the bureau stands
                continue
            if response.status_code == 422 and body.get("reason") == "digest_mismatch" \
                    and not restarted:
                offset, restarted = 0, True
                continue
            if response.status_code != 200:
                raise SyncError(msg.UPLOAD_REFUSED, digest=digest[:12],
                                status=response.status_code, text=_bureau_text(response))
            sent += len(part)
            if body.get("complete"):
                return sent
            offset = int(body["offset"])


def _json(response: httpx.Response) -> dict:
    try:
        data = response.json()
    except (ValueError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _bureau_text(response: httpx.Response) -> str:
    data = _json(response)
    return str(data.get("message") or data.get("detail") or response.text[:200])


def _message(response: httpx.Response) -> str:
    """The bureau's answer, as the outbox keeps it."""
    return f"HTTP {response.status_code}: {_bureau_text(response)}"


def _refused(response: httpx.Response) -> SyncError:
    """The bureau's answer when it is not the one expected."""
    return SyncError(msg.BUREAU_ANSWERED, status=response.status_code,
                     text=_bureau_text(response))


def sync_once(store: Store, client: SyncClient, *, progress: Progress | None = None
              ) -> tuple[PushReport, apply.Applied | None]:
    """Push what is due, then pull (reviews, rubrics, schools, assignments)."""
    report = client.push(store, progress=progress)
    applied = None
    if report.stopped is None:
        applied = client.pull(store)
        client.register_certificates(store)
    return report, applied
