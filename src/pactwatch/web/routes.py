"""Dashboard pages: overview, network, timeline, agreements, commitments, countries, organizations, people, search."""


from collections.abc import Callable
from dataclasses import replace
from datetime import date
from importlib import resources
from typing import Annotated
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..analyze import entities, queries
from ..analyze.cache import kept
from ..analyze.money import money_by_party
from ..analyze.queries import KINDS, SECTORS, STATUSES, labelled
from ..api.reading import Paging, envelope
from ..store.models import Article, Country
from . import articles, charts, explore, lists, timeline, worldmap
from .security import safe_url



def highlight(text: str, spans: list[tuple[int, int, str]]) -> Markup:
    """The text as HTML with each evidence span in <mark>; overlapping spans are joined."""
    spans = sorted((s, e, label) for s, e, label in spans if 0 <= s < e <= len(text))
    out, pos = [], 0
    for start, end, label in spans:
        if start < pos:
            start = pos
        if start >= end:
            continue
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark id="ev-{0}" title="{1}">').format(start, label) + escape(text[start:end]) +
                   Markup("</mark>"))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out).replace("\n", Markup("<br>\n"))


def agreement_labels(session: Session, ids: list[int]) -> dict[int, str]:
    """The label of each of these agreements (its name, else its own quoted words)."""
    return {a["id"]: a["label"] for a in labelled(session, queries.agreements_by_id(session, ids))}


def parties(country: str, with_: str | None = None) -> tuple[str, str | None]:
    """A country and another party as codes, read as every list filter reads them ("Korea", "UK", "kor");
    an unknown one is a 400 naming it with the closest known names."""
    try:
        q = queries.checked(queries.AgreementQuery(country=country.strip(), with_=(with_ or "").strip() or None))
    except queries.QueryError as error:
        raise HTTPException(400, str(error)) from None
    return q.country, q.with_


def register(app: FastAPI, session_dependency, Id=Annotated[int, Path(ge=1, le=2**53)]) -> None:
    templates = Jinja2Templates(directory=str(resources.files("pactwatch.web") / "templates"))
    templates.env.globals.update(sectors=SECTORS, kinds=KINDS)
    templates.env.filters["safe_url"] = safe_url  # only http(s) URLs become links
    app.state.templates = templates
    explore.mount_assets(app)
    app.mount("/static", StaticFiles(directory=str(resources.files("pactwatch.web") / "static")), name="static")
    SessionDep = Annotated[Session, Depends(session_dependency)]

    def page(request: Request, template: str, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, template, context)

    def names(session: Session) -> dict[str, str]:
        return dict(session.execute(select(Country.code, Country.name)).all())

    def kept_page(s: Session, name: str, key, render: Callable[[], HTMLResponse]) -> HTMLResponse:
        """A page that shows the knowledge base and ``key`` only (no cookie, nothing of the request else): its
        HTML is kept until a write (:mod:`pactwatch.analyze.cache`), so that the pages every visitor opens
        first cost one read of the version rather than their queries and their template."""
        return HTMLResponse(kept(s, name, key, lambda: bytes(render().body)))

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request, s: SessionDep):
        today = date.today().isoformat()  # the latest agreements are those dated up to today
        return kept_page(s, "overview_page", today, lambda: overview_page(request, s, today))

    def overview_page(request: Request, s: Session, today: str) -> HTMLResponse:
        stats = queries.stats(s)
        # the latest agreements dated up to today: a deadline or a date to come is not news of an agreement
        latest = labelled(s, queries.agreements(s, queries.AgreementQuery(sort="date", until=today, limit=10)))
        concluded, pledged = queries.money(s), queries.money(s, queries.PLEDGED)
        return page(request, "overview.html", stats=stats, latest=latest, concluded=concluded, pledged=pledged,
                    money_sector=Markup(charts.bars(concluded["by_sector"], "Concluded agreements' money by sector "
                                                    "(USD, each sum whole under every sector it names)", money=True)),
                    money_year=Markup(charts.bars(concluded["by_year"], "Concluded agreements' money by year (USD)",
                                                  money=True)),
                    money_planned=Markup(charts.bars(pledged["by_year"], "Planned or proposed agreements' money by "
                                                     "year (USD)", money=True)))

    ListingDep = Annotated[lists.Listing, Depends(lists.listing)]

    @app.get("/agreements", response_class=HTMLResponse, include_in_schema=False)
    def agreement_list(request: Request, s: SessionDep, listing: ListingDep):
        q = listing.query
        rows, total = labelled(s, queries.agreements(s, q)), queries.count_agreements(s, q)
        return page(request, "agreements.html", rows=rows, total=total, listing=listing, q=None,
                    pages=max(1, -(-total // listing.per_page)), facets=queries.facets(s, q), statuses=STATUSES)

    @app.get("/agreements.json", include_in_schema=False)
    def agreement_list_json(request: Request, s: SessionDep, listing: ListingDep):
        q = listing.query  # the API's envelope, its next link to this list's next page
        return envelope(request, queries.agreements(s, q), queries.count_agreements(s, q),
                        Paging(listing.page, listing.per_page))

    @app.get("/agreements.csv", include_in_schema=False)
    def agreement_list_csv(s: SessionDep, listing: ListingDep):
        return lists.csv_response(labelled(s, queries.agreements(s, listing.query)), "agreements.csv")

    @app.get("/agreements/{agreement_id}", response_class=HTMLResponse, include_in_schema=False)
    def agreement_page(request: Request, s: SessionDep, agreement_id: Id):
        data = queries.show(s, agreement_id)
        if data is None:
            raise HTTPException(404, f"no agreement {agreement_id}")
        labelled(s, [data])
        articles = []
        for report in data["reports_detail"]:
            article = s.get(Article, report["article"])
            spans = [(e["start"], e["end"], f"report {report['report']}") for e in report["evidence"]]
            articles.append({"report": report, "html": highlight(article.text, spans)})
        return page(request, "agreement.html", a=data, articles=articles, names=names(s))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, s: SessionDep, article_id: Id):
        data = entities.article(s, article_id)
        if data is None:
            raise HTTPException(404, f"no article {article_id}")
        ids = sorted({r["agreement"] for r in data["reports"] if r["agreement"]})
        agreements = {a["id"]: a for a in labelled(s, queries.agreements_by_id(s, ids))}  # labels and statuses
        found = articles.records(data, {i: a["label"] for i, a in agreements.items()})
        return page(request, "article.html", a=data, records=found, agreements=agreements,
                    html=articles.marked(data["text"], found))

    explore.register(app, page, SessionDep, ListingDep)
    worldmap.register(app, page, SessionDep, ListingDep)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, s: SessionDep, listing: ListingDep, pair: str | None = None):
        q = replace(listing.query, limit=None, offset=0)  # the filters the lists take, status words too
        return kept_page(s, "network_page", request.url.query, lambda: page(
            request, "network.html", statuses=STATUSES, **explore.drawing(request, s, q, pair, "/network")))

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, s: SessionDep, country: str = "KOR",
                      with_: Annotated[str | None, Query(alias="with")] = None,
                      start: Annotated[str | None, Query(alias="from")] = None,
                      end: Annotated[str | None, Query(alias="to")] = None):
        start, end = timeline.checked_period(start, end)
        country, with_ = parties(country, with_)
        rows = queries.agreements(s, queries.AgreementQuery(country=country, with_=with_, sort="date",
                                                            descending=False))
        deadlines = [c for c in queries.commitments(s, queries.CommitmentQuery(country=country))
                     if c["due"] and (not with_ or with_ in c["countries"])]
        dates = [r["date"] for r in rows if r["date"]] + [c["due"] for c in deadlines]
        default = timeline.default_period(dates) or (str(date.today().year),) * 2
        period = timeline.Period(start or default[0], end or default[1])
        shown = [r for r in rows if r["date"] and period.holds(r["date"])]
        due = [c for c in deadlines if period.holds(c["due"])]
        years = sorted({d[:4] for d in dates})
        outside = {"before": sum(1 for r in rows if r["date"] and r["date"][:len(period.start)] < period.start),
                   "after": sum(1 for r in rows if r["date"] and r["date"][:len(period.end)] > period.end),
                   "undated": sum(1 for r in rows if not r["date"]),
                   "deadlines": len(deadlines) - len(due)}
        here = {"country": country, **({"with": with_} if with_ else {})}
        periods = [("all", "All years", years[0] if years else None, years[-1] if years else None),
                   ("default", "Busiest years", None, None)] + [(y, y, y, y) for y in years]
        links = [(key, label, "/timeline?" + urlencode({**here, **({"from": a, "to": b} if a else {})}))
                 for key, label, a, b in periods]
        listed = "/agreements?" + urlencode({**here, "since": period.start, "until": period.end})
        table = labelled(s, shown[-timeline.TABLE_ROWS:][::-1])  # the latest, newest first
        return page(request, "timeline.html", svg=Markup(timeline.svg(shown, due, period, listed)), rows=shown,
                    narrow=Markup(timeline.svg(shown, due, period, listed, timeline.NARROW)),
                    table=table, listed=listed, deadlines=due, period=period, outside=outside, links=links,
                    country=country, with_=with_ or "", names=names(s), start=start or "", end=end or "")

    @app.get("/commitments", response_class=HTMLResponse, include_in_schema=False)
    def commitments_page(request: Request, s: SessionDep, as_of: date | None = None,
                         due_within_days: Annotated[int, Query(ge=0, le=3650)] = 90, country: str | None = None):
        country = parties(country)[0] if country and country.strip() else None
        rows = queries.commitments(s, queries.CommitmentQuery(country=country, as_of=as_of,
                                                              due_within_days=due_within_days))
        groups = {state: [r for r in rows if r["status"] == state] for state in ("due", "overdue", "pending",
                                                                               "fulfilled")}
        sources = {}
        for row in rows:
            if row["fulfilled_by_article"]:
                article = s.get(Article, row["fulfilled_by_article"])
                sources[row["id"]] = article.title if article else None
        labels = agreement_labels(s, sorted({r["agreement"] for r in rows if r["agreement"]}))
        return page(request, "commitments.html", groups=groups, as_of=as_of or date.today(),
                    due_within_days=due_within_days, sources=sources, labels=labels, country=country or "",
                    names=names(s))

    @app.get("/countries/{code}", response_class=HTMLResponse, include_in_schema=False)
    def country_page(request: Request, s: SessionDep, code: str):
        try:
            found = parties(code)[0]
        except HTTPException as error:
            raise HTTPException(404, error.detail) from None
        if found != code:  # "UK", "Korea", "kor": the page of the code
            return RedirectResponse(f"/countries/{found}", status_code=307)
        known = names(s)
        if code not in known:
            raise HTTPException(404, f"no country {code} in the knowledge base")
        partners = queries.partners(s, code)
        pledges = money_by_party(s, partner_of=code)
        for p in partners:
            p["money"] = pledges.get(p["partner"], {"concluded": 0.0, "pledged": 0.0})
        rows = labelled(s, queries.agreements(s, queries.AgreementQuery(country=code, limit=100)))
        chart = charts.bars([(p["partner"], p["agreements"]) for p in partners[:12]], f"Partners of {code}")
        return page(request, "country.html", code=code, name=known[code], partners=partners, rows=rows,
                    chart=Markup(chart))

    @app.get("/organizations/{org_id}", response_class=HTMLResponse, include_in_schema=False)
    def organization_page(request: Request, s: SessionDep, org_id: Id):
        data = entities.entity(s, "organization", org_id)
        if data is None:
            raise HTTPException(404, f"no organization {org_id}")
        labelled(s, data["agreements"])
        return page(request, "entity.html", e=data, kind="organization")

    @app.get("/people/{person_id}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, s: SessionDep, person_id: Id):
        data = entities.entity(s, "person", person_id)
        if data is None:
            raise HTTPException(404, f"no person {person_id}")
        return page(request, "entity.html", e=data, kind="person")

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities_page(request: Request, s: SessionDep, name: str | None = None):
        return page(request, "entities.html", orgs=entities.organizations(s, name, 200),
                    people=entities.people(s, name, 200), countries=entities.countries(s), name=name or "")

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, s: SessionDep, q: Annotated[str, Query(max_length=200)] = ""):
        hits = queries.search(s, q) if q.strip() else []
        reported = queries.agreements_of_articles(s, [hit["article"] for hit in hits])
        for hit in hits:
            hit["agreements"] = reported.get(hit["article"], [])
            hit["marked"] = highlight(hit["snippet"], [(start, end, q) for start, end in hit.get("highlights", [])])
        labels = agreement_labels(s, sorted({i for ids in reported.values() for i in ids}))
        agreements = labelled(s, queries.agreements(s, queries.AgreementQuery(text=q, limit=20))) if q.strip() else []
        return page(request, "search.html", q=q, hits=hits, agreements=agreements, labels=labels)
