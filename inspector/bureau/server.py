"""The bureau's HTTP API (FastAPI): a thin layer over :class:`~.service.Bureau`.

Run it with ``inspector bureau serve``; the OpenAPI document is at ``/openapi.json`` and the
interactive docs at ``/docs``.

The two busy endpoints (file parts and submissions) run the service on the event loop itself:
their work is Python (the GIL would serialise it in a thread pool anyway) plus one short
database transaction, and handing each request to a worker thread and back cost more than the
work (measured: a third of the server's time per submission). Other endpoints are plain
functions, run in the thread pool. Every request except ``/healthz``, ``/v1/enroll`` and the
public certificate register carries ``Authorization: Bearer <token>``.
"""


import contextlib
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.security.utils import get_authorization_scheme_param
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from .. import __version__
from .service import MAX_PART, Bureau, BureauError, User

_bearer = HTTPBearer(auto_error=False, description="the access token from enrolment")
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
DIGEST_PATTERN = r"^[0-9a-f]{64}$"


class EnrollRequest(BaseModel):
    code: str = Field(min_length=1, max_length=64, description="the one-time enrolment code")
    csr: str = Field(min_length=1, max_length=20000, description="the laptop's CSR (PEM)")


class BlobQuery(BaseModel):
    sha256: list[Annotated[str, Field(pattern=DIGEST_PATTERN)]] = Field(max_length=10000)


class ReviewRequest(BaseModel):
    review: str = Field(pattern="^(accepted|returned)$")
    comment: str | None = Field(default=None, max_length=4000)


class SchoolRecord(BaseModel):
    code: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    type: str = Field(min_length=1, max_length=32)
    town: str = Field(default="", max_length=100)
    address: str = Field(default="", max_length=300)
    contact: str = Field(default="", max_length=100)
    phone: str = Field(default="", max_length=50)


class AssignmentRequest(BaseModel):
    inspector_id: str = Field(min_length=1, max_length=64)
    school_code: str = Field(min_length=1, max_length=64)
    rubric_hash: str = Field(min_length=1, max_length=100)
    due_date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    kind: str = Field(default="regular", max_length=32)
    note: str = Field(default="", max_length=2000)


_SUBMISSION_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {
            "type": "object",
            "description": "a signed envelope (inspector.envelope/1) whose payload is a "
                           "submission (inspector.submission/1); see docs/sync-protocol.md",
            "required": ["format", "payload", "signature", "certificate"],
            "properties": {"format": {"type": "string"}, "payload": {"type": "object"},
                           "signature": {"type": "string"}, "certificate": {"type": "string"},
                           "chain": {"type": "array", "items": {"type": "string"}}},
        }}},
    }
}
_RUBRIC_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"type": "object",
                                    "description": "a rubric as JSON (docs/rubric-format.md)"}},
}}}
_OCTETS = {"requestBody": {"required": True, "content": {
    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}}


def create_app(bureau: Bureau, *, check_reports: bool = True) -> FastAPI:
    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        checker = None
        if check_reports:
            from .report_checks import ReportChecker

            checker = ReportChecker(bureau)
            checker.start()
        yield
        if checker is not None:
            checker.stop()

    app = FastAPI(title="余杭区教育督导 — bureau sync API", version=__version__,
                  description="Receives signed evaluations from inspectors' laptops and hands "
                              "out rubrics, the school roster, assignments and reviews. See "
                              "docs/sync-protocol.md.", lifespan=lifespan)

    @app.exception_handler(BureauError)
    async def _refused(_request: Request, exc: BureauError):
        return JSONResponse(exc.to_json(), status_code=exc.status)

    # The dependencies are coroutines on purpose: FastAPI would run plain functions in its
    # thread pool, a thread hop each; the token check is an in-memory lookup most times.
    async def _user(credentials: Annotated[HTTPAuthorizationCredentials | None,
                                           Depends(_bearer)]) -> User:
        return bureau.authenticate(credentials.credentials if credentials else None)

    AnyUser = Annotated[User, Depends(_user)]

    async def _admin(user: AnyUser) -> User:
        if not user.is_admin:
            raise BureauError(403, "admin_only", "this endpoint is for bureau administrators")
        return user

    async def _inspector(user: AnyUser) -> User:
        if user.is_admin:
            raise BureauError(403, "inspector_only", "this endpoint is for inspectors")
        return user

    Admin = Annotated[User, Depends(_admin)]
    Inspector = Annotated[User, Depends(_inspector)]

    # The two busy endpoints (a request per file and per submission) resolve the inspector in
    # one dependency instead of three nested ones (bearer → user → inspector): the same
    # checks and answers, 25-40 µs less per request. Their OpenAPI entries name the bearer
    # scheme themselves.
    def _bearer_user(request: Request) -> User:
        scheme, credentials = get_authorization_scheme_param(request.headers.get("Authorization"))
        return bureau.authenticate(credentials if scheme.lower() == "bearer" else None)

    async def _user_of(request: Request) -> User:
        return _bearer_user(request)

    async def _inspector_of(request: Request) -> User:
        user = _bearer_user(request)
        if user.is_admin:
            raise BureauError(403, "inspector_only", "this endpoint is for inspectors")
        return user

    BusyUser = Annotated[User, Depends(_user_of)]
    BusyInspector = Annotated[User, Depends(_inspector_of)]
    _BEARER = {"security": [{"HTTPBearer": []}]}

    @app.get("/healthz", tags=["public"])
    def healthz() -> dict:
        return {"status": "ok", "version": __version__}

    @app.post("/v1/enroll", tags=["public"])
    def enroll(request: EnrollRequest) -> dict:
        """A laptop enrols with a one-time code: gets its certificate and an access token."""
        return bureau.enroll(request.code, request.csr)

    @app.get("/v1/certificates/{number}", tags=["public"])
    def certificate_status(number: Annotated[str, Path(max_length=100)]) -> dict:
        """Whether the bureau registered a certificate (证书) and whether it was revoked."""
        return bureau.certificate_status(number)

    # --- inspectors --------------------------------------------------------------------------
    @app.get("/v1/me", tags=["inspector"])
    def me(user: AnyUser) -> dict:
        return {"id": user.id, "name": user.name, "role": user.role}

    @app.get("/v1/pull", tags=["inspector"])
    def pull(user: Inspector, since: Annotated[int, Query(ge=0, le=2**62)] = 0) -> dict:
        """Rubrics, schools, assignments and reviews changed since the cursor ``since``."""
        return bureau.pull(user, since)

    @app.post("/v1/blobs/query", tags=["inspector"])
    def blobs_missing(query: BlobQuery, user: AnyUser) -> dict:
        """Which of these files the bureau still needs (and from which offset)."""
        return {"missing": bureau.missing_blobs(query.sha256)}

    @app.patch("/v1/blobs/{sha256}", tags=["inspector"], openapi_extra={**_OCTETS, **_BEARER})
    async def blob_part(request: Request,
                        sha256: Annotated[str, Path(pattern=DIGEST_PATTERN)],
                        upload_offset: Annotated[int, Header(ge=0, le=2**40)],
                        upload_length: Annotated[int, Header(ge=1, le=2**40)],
                        user: BusyUser) -> dict:
        """Append a part (at most 8 MiB) at ``Upload-Offset`` to the file of
        ``Upload-Length`` bytes; 409 with ``offset`` says where to resume."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_PART:
            raise BureauError(413, "too_large", f"parts are at most {MAX_PART} bytes")
        chunks, size = [], 0
        async for chunk in request.stream():
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_PART:
                raise BureauError(413, "too_large", f"parts are at most {MAX_PART} bytes")
        result = bureau.put_blob_part(sha256, upload_offset, upload_length, b"".join(chunks))
        if result.get("error"):
            raise BureauError(422, result["error"], "the file does not match its digest; "
                                                    "upload it again from 0", offset=0)
        return JSONResponse(result)  # (the documented shape; no conversion needed)

    @app.put("/v1/evaluations/{evaluation_id}", tags=["inspector"],
             openapi_extra={**_SUBMISSION_BODY, **_BEARER},
             responses={200: {"description": "already held, identical: the receipt"},
                        201: {"description": "created: the receipt"},
                        409: {"description": "conflict (kept)"},
                        422: {"description": "invalid"},
                        424: {"description": "files missing"}})
    async def put_evaluation(request: Request,
                             evaluation_id: Annotated[str, Path(pattern=UUID_PATTERN)],
                             user: BusyInspector):
        """Submit a finalized, signed evaluation (idempotent: PUT to its UUID)."""
        body = await request.body()
        decision = bureau.submit(user, evaluation_id, body)
        return JSONResponse(decision.body, status_code=decision.status)

    @app.post("/v1/team-files", tags=["inspector"], openapi_extra=_SUBMISSION_BODY,
              responses={200: {"description": "already relayed"},
                         201: {"description": "relayed to the team"}})
    async def post_team_file(request: Request, user: Inspector):
        """Relay a signed team invitation (lead) or scoresheet (member) to the team."""
        body = await request.body()
        decision = bureau.post_team_file(user, body)
        return JSONResponse(decision.body, status_code=decision.status)

    @app.get("/v1/team-files/blobs/{sha256}", tags=["inspector"])
    def team_blob(sha256: Annotated[str, Path(pattern=DIGEST_PATTERN)], user: Inspector):
        """A photo of a scoresheet relayed to you."""
        data = bureau.team_blob(user, sha256)
        if data is None:
            raise BureauError(404, "unknown_file", "no such file for you")
        return Response(data, media_type="application/octet-stream")

    @app.get("/v1/evaluations", tags=["inspector"])
    def my_evaluations(user: Inspector) -> list[dict]:
        return bureau.evaluations(user)

    @app.get("/v1/evaluations/{evaluation_id}", tags=["inspector"])
    def my_evaluation(evaluation_id: Annotated[str, Path(pattern=UUID_PATTERN)],
                      user: AnyUser) -> dict:
        return bureau.evaluation(evaluation_id, user)

    @app.put("/v1/certificates/{number}", tags=["inspector"])
    def register_certificate(number: Annotated[str, Path(max_length=100)],
                             record: dict[str, Any], user: Inspector) -> dict:
        """Register a certificate printed on a laptop (its signed QR payload)."""
        return bureau.register_certificate(user, number, record)

    # --- administrators ----------------------------------------------------------------------
    @app.get("/v1/admin/evaluations", tags=["admin"])
    def all_evaluations(_admin_user: Admin,
                        review: Annotated[str | None,
                                          Query(pattern="^(received|accepted|returned)$")] = None,
                        ) -> list[dict]:
        return bureau.evaluations(review=review)

    @app.get("/v1/admin/evaluations/{evaluation_id}", tags=["admin"])
    def one_evaluation(evaluation_id: Annotated[str, Path(pattern=UUID_PATTERN)],
                       _admin_user: Admin) -> dict:
        return bureau.evaluation(evaluation_id)

    @app.post("/v1/admin/evaluations/{evaluation_id}/review", tags=["admin"])
    def review(evaluation_id: Annotated[str, Path(pattern=UUID_PATTERN)],
               request: ReviewRequest, admin: Admin) -> dict:
        return bureau.review(evaluation_id, request.review, request.comment, admin.id)

    @app.get("/v1/admin/conflicts", tags=["admin"])
    def conflicts(_admin_user: Admin) -> list[dict]:
        return bureau.conflicts()

    @app.get("/v1/admin/blobs/{sha256}", tags=["admin"])
    def get_blob(sha256: Annotated[str, Path(pattern=DIGEST_PATTERN)],
                 _admin_user: Admin):
        data = bureau.blob(sha256)
        if data is None:
            raise BureauError(404, "unknown_file", "no such file")
        return Response(data, media_type="application/octet-stream")

    @app.put("/v1/admin/schools/{code}", tags=["admin"])
    def put_school(code: Annotated[str, Path(max_length=64)], school: SchoolRecord,
                   _admin_user: Admin) -> dict:
        if school.code != code:
            raise BureauError(422, "id_mismatch", "the body's code differs from the path's")
        return {"changed": bureau.upsert_school(school.model_dump())}

    @app.post("/v1/admin/assignments", tags=["admin"])
    def post_assignment(request: AssignmentRequest,
                        _admin_user: Admin) -> dict:
        aid = bureau.assign(request.inspector_id, request.school_code, request.rubric_hash,
                            request.due_date, kind=request.kind, note=request.note)
        return {"id": aid}

    @app.post("/v1/admin/rubrics", tags=["admin"], openapi_extra=_RUBRIC_BODY)
    async def post_rubric(request: Request, _admin_user: Admin) -> dict:
        """Publish a rubric version (validated exactly as the laptop validates it)."""
        text = (await request.body()).decode("utf-8", "replace")
        return await run_in_threadpool(bureau.publish_rubric_text, text)

    return app
