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
from datetime import date
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..analyze import queries
from ..analyze.export import network
from ..kb import Ingestor
from ..model import InputDocument
from ..errors import QueryTimeout
from ..store import Database, open_database
from ..web.security import BodyLimit, CatchAll, RejectNul, SecurityHeaders
from .schemas import AgreementPage, ArticleIn, ErrorOut, IngestResult


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

    @classmethod
    def from_env(cls, database_url: str | None = None) -> "ApiSettings":
        return cls(database_url=database_url, token=os.environ.get("PACTWATCH_TOKEN") or None,
                   max_body=int(os.environ.get("PACTWATCH_MAX_BODY", 2_000_000)),
                   timeout=float(os.environ.get("PACTWATCH_TIMEOUT", 30.0)))


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)


def app_from_env() -> FastAPI:
    """The application for one of ``pactwatch serve --workers N``'s processes: the database from
    ``PACTWATCH_DB`` and the settings from the environment (each process opens its own connections)."""
    return create_app(ApiSettings.from_env(os.environ.get("PACTWATCH_DB")))


def create_app(settings: ApiSettings | None = None, database: Database | None = None) -> FastAPI:
    settings = settings or ApiSettings.from_env()
    db = database or open_database(settings.database_url)
    app = FastAPI(title="pactwatch", version=__version__, openapi_url="/api/openapi.json", docs_url="/api/docs",
                  redoc_url=None, description=__doc__,
                  responses={422: {"model": ErrorOut}, 404: {"model": ErrorOut}})
    app.state.db = db
    app.state.settings = settings
    Id = Annotated[int, Path(ge=1, le=max_id(db.dialect), description="A record id")]
    # outermost first: headers on every answer, then the body cap before anything reads the body, then NUL
    app.add_middleware(CatchAll)
    app.add_middleware(RejectNul)
    app.add_middleware(BodyLimit, max_body=settings.max_body)
    app.add_middleware(SecurityHeaders)
    write_lock = threading.Lock()
    ingestor: list[Ingestor] = []  # made on first write: loading the extractor takes a moment

    def session():
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

    def agreement_query(country: str | None = None, with_: str | None = Query(None, alias="with"),
                        sector: Annotated[str | None, Query(description=", ".join(queries.SECTORS))] = None,
                        kind: Annotated[str | None, Query(description=", ".join(queries.KINDS))] = None,
                        status: Annotated[str | None, Query(description=", ".join(queries.STATUSES))] = None,
                        since: str | None = Query(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
                        until: str | None = Query(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
                        text: str | None = Query(None, max_length=200)) -> queries.AgreementQuery:
        try:
            return queries.checked(queries.AgreementQuery(country=country, with_=with_, sector=sector, kind=kind,
                                                          status=status, since=since, until=until, text=text))
        except queries.QueryError as error:
            raise HTTPException(422, str(error)) from None

    QueryDep = Annotated[queries.AgreementQuery, Depends(agreement_query)]

    @app.get("/api/agreements", response_model=AgreementPage, tags=["agreements"])
    def list_agreements(s: SessionDep, q: QueryDep, page: Annotated[int, Query(ge=1, le=100_000)] = 1,
                        per_page: Annotated[int, Query(ge=1, le=500)] = 50,
                        sort: Annotated[str, Query(pattern=f"^({'|'.join(queries.SORTS)})$")] = "date",
                        order: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc"):
        """Canonical agreements, filtered, sorted and paginated."""
        q.sort, q.descending, q.limit, q.offset = sort, order == "desc", per_page, (page - 1) * per_page
        return {"items": queries.agreements(s, q), "total": queries.count_agreements(s, q), "page": page,
                "per_page": per_page}

    @app.get("/api/agreements/{agreement_id}", tags=["agreements"])
    def get_agreement(s: SessionDep, agreement_id: Id):
        """An agreement with every report, its evidence and sources, why they merged, and disagreements."""
        data = queries.show(s, agreement_id)
        if data is None:
            raise HTTPException(404, f"no agreement {agreement_id}")
        return data

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def get_article(s: SessionDep, article_id: Id):
        """A stored article: text, sources, and the evidence spans of its reports."""
        data = queries.article(s, article_id)
        if data is None:
            raise HTTPException(404, f"no article {article_id}")
        return data

    @app.get("/api/countries", tags=["entities"])
    def list_countries(s: SessionDep):
        return queries.countries(s)

    @app.get("/api/partners/{code}", tags=["entities"])
    def partners(s: SessionDep, code: str):
        """A country's partners, ranked: agreements, money committed (USD), sectors, first and latest date."""
        if not 2 <= len(code) <= 8:
            raise HTTPException(422, "code must be an ISO3 code or a bloc")
        return queries.partners(s, code)

    @app.get("/api/organizations", tags=["entities"])
    def list_organizations(s: SessionDep, name: Annotated[str | None, Query(max_length=200)] = None,
                           limit: Annotated[int, Query(ge=1, le=500)] = 50,
                           offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0):
        return queries.organizations(s, name, limit, offset)

    @app.get("/api/organizations/{org_id}", tags=["entities"])
    def get_organization(s: SessionDep, org_id: Id):
        data = queries.entity(s, "organization", org_id)
        if data is None:
            raise HTTPException(404, f"no organization {org_id}")
        return data

    @app.get("/api/people", tags=["entities"])
    def list_people(s: SessionDep, name: Annotated[str | None, Query(max_length=200)] = None,
                    limit: Annotated[int, Query(ge=1, le=500)] = 50,
                    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0):
        return queries.people(s, name, limit, offset)

    @app.get("/api/people/{person_id}", tags=["entities"])
    def get_person(s: SessionDep, person_id: Id):
        data = queries.entity(s, "person", person_id)
        if data is None:
            raise HTTPException(404, f"no person {person_id}")
        return data

    @app.get("/api/commitments", tags=["commitments"])
    def list_commitments(s: SessionDep, country: str | None = None,
                         status: Annotated[str | None, Query(pattern="^(pending|due|overdue|fulfilled)$")] = None,
                         as_of: date | None = None, due_within_days: Annotated[int, Query(ge=0, le=3650)] = 90,
                         due_before: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] = None):
        """Commitments with their status as of a date (default today)."""
        return queries.commitments(s, queries.CommitmentQuery(country=country, status=status, as_of=as_of,
                                                              due_within_days=due_within_days,
                                                              due_before=due_before))

    @app.get("/api/stats", tags=["stats"])
    def stats(s: SessionDep):
        return queries.stats(s)

    @app.get("/api/search", tags=["search"])
    def search(s: SessionDep, q: Annotated[str, Query(min_length=1, max_length=200)],
               limit: Annotated[int, Query(ge=1, le=100)] = 20):
        """Full-text search over stored articles."""
        if not q.strip():
            raise HTTPException(422, "q must contain a word")
        return queries.search(s, q, limit)

    @app.get("/api/network", tags=["stats"])
    def get_network(s: SessionDep, q: QueryDep):
        """The country network: nodes with agreement counts, edges weighted by agreements between two parties."""
        graph = network(s, q)
        return {"nodes": [{"id": n, **graph.nodes[n]} for n in graph.nodes],
                "edges": [{"source": a, "target": b, **graph.edges[a, b]} for a, b in graph.edges]}

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
