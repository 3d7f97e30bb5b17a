"""The API's reading endpoints. Every list answers in one envelope (:class:`~.schemas.Page`: ``items``,
``total``, ``page``, ``per_page``, ``next``) and every endpoint declares its response model."""

import functools
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import TypeAdapter

from ..analyze import entities, queries, terms
from ..analyze.money import partners_counted
from ..analyze.export import network
from ..store.models import Organization, Person
from .schemas import (AgreementDetail, AgreementOut, ArticleOut, CommitmentOut, CountryOut, EntityOut, NetworkOut,
                      OrganizationOut, Page, PartnerOut, PersonOut, SearchHit, StatsOut)

DAY = r"^\d{4}(-\d{2}(-\d{2})?)?$"
SEARCH_CAP = 1000  # hits a search finds at most (its total counts no further)


@dataclass
class Paging:
    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


async def paging(page: Annotated[int, Query(ge=1, le=100_000, description="the page, from 1")] = 1,
                 per_page: Annotated[int, Query(ge=1, le=500, description="items a page")] = 50) -> Paging:
    return Paging(page, per_page)


PagingDep = Annotated[Paging, Depends(paging)]


def answered(model, exclude_none: bool = False):
    """Make a reading endpoint check its answer against ``model`` and write it as JSON in its own worker thread,
    as FastAPI would do after it (the model stays the endpoint's ``response_model`` for the OpenAPI document).

    FastAPI checks a plain function's answer in a second trip to a worker thread, and runs a plain dependency
    in a trip of its own; each trip waits for the event loop, which under load waits for the interpreter lock
    held by the threads working on other requests. With this, and the dependencies that only read the query
    string written ``async``, a request makes one trip."""
    adapter = TypeAdapter(model)

    def wrap(endpoint):
        @functools.wraps(endpoint)
        def answer(*args, **kwargs):
            value = endpoint(*args, **kwargs)
            if isinstance(value, Response):
                return value
            checked = adapter.validate_python(value, from_attributes=True)
            return Response(adapter.dump_json(checked, by_alias=True, exclude_none=exclude_none),
                            media_type="application/json")
        return answer
    return wrap


def envelope(request: Request, items: list, total: int, paging_: Paging) -> dict:
    """One page of ``items`` (already cut to the page) in the envelope, ``next`` linking the following page."""
    more = paging_.page * paging_.per_page < total
    return {"items": items, "total": total, "page": paging_.page, "per_page": paging_.per_page,
            "next": str(request.url.include_query_params(page=paging_.page + 1)) if more else None}


def cut(request: Request, items: list, paging_: Paging) -> dict:
    """The envelope of one page of a list read whole (the short lists: countries, partners, commitments)."""
    return envelope(request, items[paging_.offset:paging_.offset + paging_.per_page], len(items), paging_)


def party(value: str, item: str) -> str:
    """The code of a country or bloc written as a code, name or alias; a 422 naming close matches if none."""
    try:
        return terms.country(value, item)
    except terms.TermError as error:
        raise HTTPException(422, str(error)) from None


def register_reading(app: FastAPI, SessionDep, Id) -> None:
    async def agreement_query(country: str | None = None, with_: str | None = Query(None, alias="with"),
                              sector: Annotated[str | None, Query(description=", ".join(queries.SECTORS))] = None,
                              kind: Annotated[str | None, Query(description=", ".join(queries.KINDS))] = None,
                              status: Annotated[str | None, Query(description=", ".join(queries.STATUSES))] = None,
                              since: str | None = Query(None, pattern=DAY),
                              until: str | None = Query(None, pattern=DAY),
                              text: str | None = Query(None, max_length=200)) -> queries.AgreementQuery:
        try:
            return queries.checked(queries.AgreementQuery(country=country, with_=with_, sector=sector, kind=kind,
                                                          status=status, since=since, until=until, text=text))
        except queries.QueryError as error:
            raise HTTPException(422, str(error)) from None

    QueryDep = Annotated[queries.AgreementQuery, Depends(agreement_query)]

    def found(data, what: str, key: int):
        if data is None:
            raise HTTPException(404, f"no {what} {key}")
        return data

    @app.get("/api/agreements", response_model=Page[AgreementOut], tags=["agreements"])
    @answered(Page[AgreementOut])
    def list_agreements(request: Request, s: SessionDep, q: QueryDep, paged: PagingDep,
                        sort: Annotated[Literal[tuple(queries.SORTS)], Query()] = "date",
                        order: Literal["asc", "desc"] = "desc"):
        """Canonical agreements, filtered, sorted and paginated."""
        q.sort, q.descending, q.limit, q.offset = sort, order == "desc", paged.per_page, paged.offset
        rows = queries.agreements(s, q)
        return envelope(request, rows, queries.count_agreements(s, q, shown=len(rows)), paged)

    @app.get("/api/agreements/{agreement_id}", response_model=AgreementDetail, tags=["agreements"])
    @answered(AgreementDetail)
    def get_agreement(s: SessionDep, agreement_id: Id):
        """An agreement with every report, its evidence and sources, why they merged, and disagreements."""
        return found(queries.show(s, agreement_id), "agreement", agreement_id)

    @app.get("/api/articles/{article_id}", response_model=ArticleOut, tags=["articles"])
    @answered(ArticleOut)
    def get_article(s: SessionDep, article_id: Id):
        """A stored article: text, sources, and the evidence spans of its reports."""
        return found(entities.article(s, article_id), "article", article_id)

    @app.get("/api/countries", response_model=Page[CountryOut], tags=["entities"])
    @answered(Page[CountryOut])
    def list_countries(request: Request, s: SessionDep, paged: PagingDep):
        """Countries and blocs party to at least one agreement, most agreements first."""
        return cut(request, entities.countries(s), paged)

    @app.get("/api/partners/{code}", response_model=Page[PartnerOut], tags=["entities"])
    @answered(Page[PartnerOut])
    def partners(request: Request, s: SessionDep, code: str, paged: PagingDep):
        """A country's partners (``code``: a code, name or alias: KOR, Korea), ranked: agreements, money of
        concluded agreements and of planned or proposed ones apart (USD), sectors, first and latest date."""
        return cut(request, partners_counted(s, party(code, "code")), paged)

    for kind, plural, model, schema, lister in (
            ("organization", "organizations", Organization, OrganizationOut, entities.organizations),
            ("person", "people", Person, PersonOut, entities.people)):
        _entities(app, SessionDep, Id, kind, plural, model, schema, lister)

    @app.get("/api/commitments", response_model=Page[CommitmentOut], tags=["commitments"])
    @answered(Page[CommitmentOut])
    def list_commitments(request: Request, s: SessionDep, paged: PagingDep, country: str | None = None,
                         status: Annotated[str | None, Query(pattern="^(pending|due|overdue|fulfilled)$")] = None,
                         as_of: date | None = None, due_within_days: Annotated[int, Query(ge=0, le=3650)] = 90,
                         due_before: Annotated[str | None, Query(pattern=DAY)] = None):
        """Commitments with their status as of a date (default today), soonest deadline first."""
        return cut(request, queries.commitments(s, queries.CommitmentQuery(
            country=party(country, "country") if country else None, status=status, as_of=as_of, due_within_days=due_within_days, due_before=due_before)),
            paged)

    @app.get("/api/stats", response_model=StatsOut, tags=["stats"])
    @answered(StatsOut)
    def stats(s: SessionDep):
        return queries.stats(s)

    @app.get("/api/search", response_model=Page[SearchHit], tags=["search"])
    @answered(Page[SearchHit])
    def search(request: Request, s: SessionDep, q: Annotated[str, Query(min_length=1, max_length=200)],
               paged: PagingDep):
        """Full-text search over stored articles, best first (``total`` counts the best 1,000 hits at most)."""
        if not q.strip():
            raise HTTPException(422, "q must contain a word")
        return cut(request, queries.search(s, q, SEARCH_CAP), paged)

    @app.get("/api/network", response_model=NetworkOut, tags=["stats"])
    @answered(NetworkOut)
    def get_network(s: SessionDep, q: QueryDep):
        """The country network: nodes with agreement counts, edges weighted by the agreements between two
        parties, each with their ids."""
        graph = network(s, q, with_ids=True)
        return {"nodes": [{"id": n, **graph.nodes[n]} for n in graph.nodes],
                "edges": [{"source": a, "target": b, **graph.edges[a, b],
                           "agreement_ids": sorted(int(i) for i in graph.edges[a, b]["agreement_ids"].split(",") if i)}
                          for a, b in graph.edges]}


def _entities(app: FastAPI, SessionDep, Id, kind: str, plural: str, model, schema, lister) -> None:
    """``/api/{plural}`` (a page of them, by name) and ``/api/{plural}/{id}`` (one with its spellings, the
    articles naming it and, for an organization, its agreements)."""
    Name = Annotated[str | None, Query(max_length=200, description="words the name contains")]

    @app.get(f"/api/{plural}", response_model=Page[schema], tags=["entities"], name=f"list_{plural}",
             operation_id=f"list_{plural}")
    @answered(Page[schema])
    def listed(request: Request, s: SessionDep, paged: PagingDep, name: Name = None):
        return envelope(request, lister(s, name, paged.per_page, paged.offset), entities.count_named(s, model, name),
                        paged)

    @app.get(f"/api/{plural}/{{entity_id}}", response_model=EntityOut, response_model_exclude_none=True,
             tags=["entities"], name=f"get_{kind}", operation_id=f"get_{kind}")
    @answered(EntityOut, exclude_none=True)
    def one(s: SessionDep, entity_id: Id):
        data = entities.entity(s, kind, entity_id)
        if data is None:
            raise HTTPException(404, f"no {kind} {entity_id}")
        return data
