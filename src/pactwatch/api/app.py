"""The FastAPI application: the REST API under /api, the dashboard pages at /.

Reading is open. Writing (``POST /api/articles``) needs ``Authorization:
Bearer <token>`` matching ``PACTWATCH_TOKEN``; with no token set, writing is
off. Request bodies are size-limited before anything else reads them; every
error is JSON with a message, never a stack trace; every response carries a
strict Content-Security-Policy and the usual security headers
(:mod:`pactwatch.web.security`).
"""


import hashlib
import hmac
import logging
import os
import threading
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..kb import Ingestor
from ..model import InputDocument
from ..errors import QueryTimeout
from ..store import Database, open_database
from ..web.security import BodyLimit, CatchAll, RejectNul, SecurityHeaders
from .docs import docs
from .reading import register_reading
from .serving import Admission
from .schemas import ArticleIn, ErrorOut, IngestResult


def max_id(dialect: str) -> int:
    """The largest id a path may name: what the backend's integer column holds (PostgreSQL's is 32-bit),
    and never past what a JSON number keeps exactly."""
    return 2**31 - 1 if dialect == "postgresql" else 2**53

log = logging.getLogger("pactwatch.api")


@dataclass
class ApiSettings:
    database_url: str | None = None
    token: str | None = None  # PACTWATCH_TOKEN; None: writing is off
    max_body: int = 2_000_000  # bytes
    timeout: float = 30.0  # seconds of SQL a request may take before it is cancelled (PACTWATCH_TIMEOUT)
    # requests a server process works on at once, each with a database connection of its own
    # (PACTWATCH_THREADS); the others wait their turn in order of arrival, rather than all slowing down together
    threads: int = 8

    @classmethod
    def from_env(cls, database_url: str | None = None) -> "ApiSettings":
        return cls(database_url=database_url, token=os.environ.get("PACTWATCH_TOKEN") or None,
                   max_body=int(os.environ.get("PACTWATCH_MAX_BODY", 2_000_000)),
                   timeout=float(os.environ.get("PACTWATCH_TIMEOUT", 30.0)),
                   threads=int(os.environ.get("PACTWATCH_THREADS", "8")))


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)


def app_from_env() -> FastAPI:
    """The application for one of ``pactwatch serve --workers N``'s processes: the database from
    ``PACTWATCH_DB`` and the settings from the environment (each process opens its own connections)."""
    return create_app(ApiSettings.from_env(os.environ.get("PACTWATCH_DB")))


def create_app(settings: ApiSettings | None = None, database: Database | None = None) -> FastAPI:
    settings = settings or ApiSettings.from_env()
    db = database or open_database(settings.database_url, connections=settings.threads)

    app = FastAPI(title="pactwatch", version=__version__, openapi_url="/api/openapi.json", docs_url=None,
                  redoc_url=None, description=__doc__,
                  responses={422: {"model": ErrorOut}, 404: {"model": ErrorOut}})
    app.state.db = db
    app.state.settings = settings
    Id = Annotated[int, Path(ge=1, le=max_id(db.dialect), description="A record id")]
    # outermost first: headers on every answer, then the body cap before anything reads the body, then NUL
    app.add_middleware(Admission, limit=settings.threads, wait=settings.timeout)
    app.add_middleware(CatchAll)
    app.add_middleware(RejectNul)
    app.add_middleware(BodyLimit, max_body=settings.max_body)
    app.add_middleware(SecurityHeaders)
    write_lock = threading.Lock()
    ingestor: list[Ingestor] = []  # made on first write: loading the extractor takes a moment

    async def session():
        # opened and closed in the event loop (a transaction's BEGIN and COMMIT; no request waits for a
        # connection, see serving.Admission), so that a request costs one trip to a worker thread, not three
        with db.session(timeout=settings.timeout) as s:
            yield s

    SessionDep = Annotated[Session, Depends(session)]

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if not request.url.path.startswith("/api") and hasattr(app.state, "templates"):
            return app.state.templates.TemplateResponse(request, "error.html", {
                "status": exc.status_code, "message": str(exc.detail)}, status_code=exc.status_code,
                headers=exc.headers)  # 405 keeps its Allow
        response = _error(exc.status_code, str(exc.detail))
        response.headers.update(exc.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'] if p != 'body')}: {e['msg']}"
                             for e in exc.errors()[:5])
        return _error(422, f"invalid request: {problems}")

    @app.exception_handler(QueryTimeout)
    async def too_slow(request: Request, exc: QueryTimeout):
        log.warning("%s: %s", request.url.path, exc)
        message = f"{exc}; narrow the request (filters, a smaller page) or try again later"
        if not request.url.path.startswith("/api") and hasattr(app.state, "templates"):
            return app.state.templates.TemplateResponse(request, "error.html", {"status": 503, "message": message},
                                                        status_code=503)
        return _error(503, message)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        log.exception("error serving %s", request.url.path)
        return _error(500, "internal error; the server log has the details")

    # ------------------------------------------------------------------ reading

    register_reading(app, SessionDep, Id)
    docs(app)

    # ------------------------------------------------------------------ writing

    def writer(authorization: Annotated[str | None, Header()] = None) -> None:
        if not settings.token:
            raise HTTPException(403, "writing is off: start the server with PACTWATCH_TOKEN set")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), settings.token.encode()):
            raise HTTPException(401, "a valid bearer token is needed to write")

    @app.post("/api/articles", response_model=IngestResult, status_code=201, tags=["articles"],
              dependencies=[Depends(writer)], responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut},
                                                         413: {"model": ErrorOut}})
    def post_article(article: ArticleIn):
        """Extract and store one article (the fields of a JSON Lines input line)."""
        if not article.text.strip():
            raise HTTPException(422, "text is empty")
        doc_id = article.id or "api:" + hashlib.sha256(article.text.encode()).hexdigest()[:16]
        doc = InputDocument(id=doc_id, text=article.text, published=article.published, url=article.url,
                            title=article.title, outlet=article.outlet, source=f"POST {doc_id}")
        with write_lock:
            if not ingestor:
                ingestor.append(Ingestor(db))
            outcome = ingestor[0].ingest(doc, outlet=article.outlet)
        return {"id": doc_id, "status": outcome.status, "article": outcome.article_id,
                "agreements": outcome.agreements, "similarity": outcome.similarity}

    from ..web.routes import register  # the dashboard pages

    register(app, session, Id)
    return app
