"""Sync with the bureau: pushing 1,000 finalized evaluations over loopback, the server's ingest
rate on SQLite and on PostgreSQL, and a second sync with nothing new.

    .venv/bin/python benchmarks/bench_sync.py [--evaluations 1000] [--keep DIR]

Baseline, in the same run: a do-nothing HTTP server (a bare Starlette app on the same
uvicorn) receiving the same bytes — every file upload and every submission body the real push
sends, with the same requests from one ``httpx.Client``: files first, then submissions, over
the same number of connections at once as our client (two by default; ``--connections``).

The laptop has N finalized evaluations of a bundled rubric (62 items, with their photos) in
its outbox, each signed (ECDSA P-256) with a certificate from the bureau CA. Each one's signed
PDF report is a real signed report made distinct per evaluation (a PDF comment with the
evaluation id after the signature; signing 1,000 reports would take minutes of set-up). The
server runs without its background report checks, which do not sit on the ingest path.

Each push starts from a copy of the laptop (its database copied, its attachment files linked:
they never change) and an empty bureau, both in new folders; the folders of every run are
removed when the benchmark ends, not before the next push. (Deleting a run's thousands of
files just before the next timed push made each file the bureau then created cost up to 1 ms
instead of ~20 µs on a journal-less ext4, whose allocator steps over recently freed inodes one
by one: a cost of the benchmark's own clean-up, which a bureau never pays.)

Targets (issue "Sync with the bureau"): push ≤ 2× the bare PUTs; a second sync with nothing
new under 1 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from inspector.store import Store  # noqa: E402
from inspector.sync import outbox  # noqa: E402
from inspector.sync.client import PushReport, SyncClient, sync_once  # noqa: E402
from tests.sync_support import (  # noqa: E402
    BureauServer,
    Postgres,
    files_folder,
    finalized_evaluations,
    free_port,
    home,
    make_ca,
    make_inspector_key,
    open_service,
)

BARE_APP = '''
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

async def healthz(request):
    return JSONResponse({"status": "ok"})

async def accept(request):
    await request.body()
    return JSONResponse({})

app = Starlette(routes=[Route("/healthz", healthz),
                        Route("/{path:path}", accept, methods=["PUT", "PATCH", "POST"])])
'''


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its child processes so far (Linux)."""
    total = 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return total
    return total + sum(cpu_seconds(int(child)) for child in children)


def make_laptop(folder: Path, count: int) -> None:
    """A CA and a laptop with ``count`` signed evaluations queued (kept with --keep)."""
    from inspector.exports.signable_report import write_signable_report
    from inspector.signing.pdf import sign_pdf
    from inspector.sync.outbox import record_signed

    ca = make_ca(folder / "ca")
    laptop = folder / "laptop"
    with home(laptop):
        identity = make_inspector_key(laptop, ca, "王喆", "yh-dx-001")
        with Store.open(laptop, daily_backup=False) as store:
            t0 = time.perf_counter()
            ids = finalized_evaluations(store, count, tmp=folder)
            print(f"  set-up: {count} finalized evaluations in {time.perf_counter() - t0:.0f} s")
            template = folder / "template.pdf"
            write_signable_report(store, ids[0], template)
            sign_pdf(template, template, identity, certify=True)
            signed = template.read_bytes()
            for eid in ids:
                pdf = folder / "report.pdf"
                pdf.write_bytes(signed + f"% evaluation {eid}\n".encode())
                record_signed(store, eid, pdf, identity)
            print(f"  set-up: signed and queued, {len(signed) // 1024} KB report each")


def requests_of(store: Store) -> list[tuple[str, str, bytes, dict]]:
    """Every request a first push sends: each file once, then each submission."""
    reqs = []
    seen = set()
    for entry in outbox.entries(store):
        for blob in entry.blobs:
            if blob["sha256"] in seen:
                continue
            seen.add(blob["sha256"])
            data = (store.data_dir / "attachments" / blob["sha256"][:2] / blob["sha256"]) \
                .read_bytes()
            reqs.append(("PATCH", f"/v1/blobs/{blob['sha256']}", data,
                         {"Upload-Offset": "0", "Upload-Length": str(len(data))}))
    for entry in outbox.entries(store):
        reqs.append(("PUT", f"/v1/evaluations/{entry.evaluation_id}",
                     outbox.body(store, entry.evaluation_id),
                     {"Content-Type": "application/json"}))
    return reqs


def bare_push(reqs, runs: int = 3, connections: int = 1) -> float:
    """The same requests to a do-nothing endpoint: files first, then submissions, over
    ``connections`` connections at once (as our client)."""
    port = free_port()
    app = Path(tempfile.mkdtemp(prefix="bench-bare-")) / "bare_app.py"
    app.write_text(BARE_APP)
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "bare_app:app", "--port",
                             str(port), "--log-level", "warning"], cwd=app.parent)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                httpx.get(url + "/healthz", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        times = []
        with httpx.Client(base_url=url, timeout=60) as client:
            client.post("/v1/blobs/query", json={"sha256": []})
            for _ in range(runs):
                t0, s0 = time.perf_counter(), cpu_seconds(proc.pid)
                client.post("/v1/blobs/query", json={"sha256": ["0" * 64]})
                with ThreadPoolExecutor(connections) as pool:
                    for phase in ("PATCH", "PUT"):
                        list(pool.map(lambda r: client.request(r[0], r[1], content=r[2],
                                                               headers=r[3]),
                                      [r for r in reqs if r[0] == phase]))
                times.append(time.perf_counter() - t0)
            server_cpu = cpu_seconds(proc.pid) - s0
        print(f"  (bare server, {connections} connection(s): "
              f"{server_cpu * 1000 / len(reqs) * 3:.2f} ms CPU per evaluation)")
        return statistics.median(times)
    finally:
        proc.terminate()
        proc.wait()
        shutil.rmtree(app.parent, ignore_errors=True)


CONNECTIONS = 2


def laptop_copy(work: Path) -> Path:
    """A new copy of the laptop to push from: the database copied, the attachment files
    (content-addressed, never changed) linked."""
    def copy(src: str, dst: str) -> None:
        if f"{os.sep}attachments{os.sep}" in src:
            try:
                os.link(src, dst)
                return
            except OSError:
                pass
        shutil.copy2(src, dst)

    laptop = Path(tempfile.mkdtemp(prefix="laptop-", dir=runs_folder(work)))
    shutil.copytree(work / "laptop", laptop, copy_function=copy, dirs_exist_ok=True)
    return laptop


def runs_folder(work: Path) -> Path:
    """Where each run's laptop copy and bureau go; removed when the benchmark ends."""
    folder = work / "runs"
    folder.mkdir(exist_ok=True)
    return folder


def our_push(work: Path, db_url: str, count: int) -> tuple[float, float, PushReport]:
    """Push everything to a fresh bureau; return (push seconds, nothing-new sync seconds)."""
    laptop = laptop_copy(work)
    os.sync()  # the copy reaches the disk now, not while the push is timed
    files = files_folder(db_url, Path(tempfile.mkdtemp(prefix="files-", dir=runs_folder(work))))
    service = open_service(db_url, work / "ca", files)
    service.add_user("yh-dx-001", "王喆")
    token = service.issue_token("yh-dx-001")
    server = BureauServer(db_url, work / "ca", work / "bureau-home", report_checks=False,
                          files=files).start()
    try:
        with home(laptop), Store.open(laptop, daily_backup=False) as store, \
                SyncClient(server.url, token, connections=CONNECTIONS) as client:
            t0, c0 = time.perf_counter(), time.process_time()
            s0 = cpu_seconds(server.process.pid)
            report = client.push(store)
            pushed = time.perf_counter() - t0
            print(f"  (laptop: {(time.process_time() - c0) / count * 1000:.2f} ms CPU per "
                  f"evaluation, HTTP client included; server: "
                  f"{(cpu_seconds(server.process.pid) - s0) / count * 1000:.2f} ms)")
            assert report.stopped is None and len(report.created) == count, report
            client.pull(store)
            again = []
            for _ in range(5):
                t0 = time.perf_counter()
                sync_once(store, client)
                again.append(time.perf_counter() - t0)
        with service.db.transaction(write=False) as tx:
            assert tx.one("SELECT count(*) FROM submissions")[0] == count
        return pushed, statistics.median(again), report
    finally:
        server.stop()
        service.db.close()


def fresh(work: Path, name: str) -> str:
    """A new SQLite bureau database (and files folder next to it) for one run."""
    return str(Path(tempfile.mkdtemp(prefix=f"{name}-", dir=runs_folder(work))) / "bureau.db")


def ingest_in_process(work: Path, db_url: str, count: int) -> float:
    """The service alone (no HTTP): submissions per second into a fresh database, files
    already there."""
    from inspector.cli.bureau_cmd import _publish_bundled

    service = open_service(db_url, work / "ca",
                           files_folder(db_url, Path(tempfile.mkdtemp(prefix="files-",
                                                                      dir=runs_folder(work)))))
    _publish_bundled(service)
    service.add_user("yh-dx-001", "王喆")
    user = service.user("yh-dx-001")
    with home(work / "laptop"), Store.open(work / "laptop", daily_backup=False) as store:
        entries = outbox.entries(store)
        for blob in {b["sha256"] for e in entries for b in e.blobs}:
            service.put_blob((store.data_dir / "attachments" / blob[:2] / blob).read_bytes())
        bodies = [(e.evaluation_id, outbox.body(store, e.evaluation_id)) for e in entries]
    t0 = time.perf_counter()
    for eid, body in bodies:
        decision = service.submit(user, eid, body)
        assert decision.status == 201, decision.body
    elapsed = time.perf_counter() - t0
    service.db.close()
    return count / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--evaluations", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="reuse (or make) the laptop in this folder")
    parser.add_argument("--connections", type=int, default=2,
                        help="connections the client uses at once (ours and bare alike)")
    args = parser.parse_args()
    n = args.evaluations
    global CONNECTIONS
    CONNECTIONS = args.connections
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-sync-"))
    if not (work / "laptop" / "inspector.sqlite").exists():
        make_laptop(work, n)
    with home(work / "laptop"), Store.open(work / "laptop", daily_backup=False) as store:
        reqs = requests_of(store)
        count = len(outbox.entries(store))
    size = sum(len(r[2]) for r in reqs)
    print(f"push of {count} signed evaluations: {len(reqs)} requests, {size / 1e6:.1f} MB "
          f"({len(reqs) - count} files, {count} submissions)")

    try:
        measure(work, reqs, count, args.connections)
    finally:
        # the runs' laptops and bureaus always; the whole folder unless it is kept
        shutil.rmtree(work / "runs" if args.keep else work, ignore_errors=True)


def measure(work: Path, reqs, count: int, connections: int) -> None:
    bare = bare_push(reqs, connections=connections)
    # ours as the bare side: the median of three pushes (each into an empty bureau)
    runs = [our_push(work, fresh(work, "bureau-push"), count) for _ in range(3)]
    pushed, again, report = sorted(runs, key=lambda r: r[0])[1]
    print(f"  bare PUTs to a do-nothing endpoint: {bare:6.2f} s")
    print(f"  ours, bureau on SQLite:             {pushed:6.2f} s  = {pushed / bare:.2f}× "
          f"(target ≤ 2×; {report.files_sent} files, {len(report.created)} created; runs "
          + ", ".join(f"{r[0]:.2f}" for r in runs) + " s)")
    print(f"  second sync, nothing new:           {again * 1000:6.0f} ms (target < 1 s)")
    print(f"  ingest over HTTP (SQLite):          {count / pushed:6.0f} evaluations/s "
          "(files included)")
    rate = ingest_in_process(work, fresh(work, "bureau-ingest"), count)
    print(f"  ingest, service alone, SQLite:      {rate:6.0f} evaluations/s")
    try:
        pg = Postgres()
    except (FileNotFoundError, OSError) as exc:
        print(f"  PostgreSQL: not measured ({exc})")
        return
    try:
        pushed_pg, _again, _ = our_push(work, pg.new_database(), count)
        print(f"  ours, bureau on PostgreSQL:         {pushed_pg:6.2f} s  = "
              f"{pushed_pg / bare:.2f}×; ingest over HTTP {count / pushed_pg:.0f} evaluations/s")
        rate = ingest_in_process(work, pg.new_database(), count)
        print(f"  ingest, service alone, PostgreSQL:  {rate:6.0f} evaluations/s")
    finally:
        pg.close()


if __name__ == "__main__":
    main()
