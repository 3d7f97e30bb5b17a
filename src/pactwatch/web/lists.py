"""The agreement list, datasette-style: every filter in the URL, sortable columns, facets with counts, and the
same rows as JSON (``/agreements.json``) or CSV (``/agreements.csv``)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from urllib.parse import urlencode

from fastapi import HTTPException, Request
from fastapi.responses import Response

from ..analyze import queries
from ..analyze.cells import LIST_SEPARATOR, number

FILTERS = ("country", "with", "sector", "kind", "status", "since", "until", "text")
PER_PAGE = 50
CSV_COLUMNS = ("id", "date", "kind", "name", "label", "countries", "sectors", "status", "usd", "quantity", "amounts",
               "reports", "first_reported")


@dataclass
class Listing:
    """What a list request asks for: the query, the page, and the parameters it was given (to build links)."""

    query: queries.AgreementQuery
    page: int
    per_page: int
    params: dict[str, str]

    def link(self, path: str = "/agreements", **changes: str | int | None) -> str:
        """``path`` with this request's parameters, ``changes`` applied (None drops one); page 1 is left out."""
        params = {**self.params, **{k: str(v) for k, v in changes.items() if v is not None}}
        for key in (k for k, v in changes.items() if v is None):
            params.pop(key, None)
        if params.get("page") == "1":
            del params["page"]
        return path + ("?" + urlencode(params) if params else "")

    def sort_link(self, column: str) -> str:
        """Sorted by ``column``: the other way round when it is the current sort, else its usual first order."""
        current = "desc" if self.query.descending else "asc"
        order = ({"asc": "desc", "desc": "asc"}[current] if self.query.sort == column
                 else queries.FIRST_ORDER[column])
        return self.link(sort=column, order=order, page=None)


def _whole(value: str, name: str, low: int, high: int) -> int:
    if not value.isdigit() or not low <= int(value) <= high:
        raise HTTPException(400, f"{name} must be a whole number from {low} to {high}, not {value!r}")
    return int(value)


async def listing(request: Request) -> Listing:
    """The list request in ``request``'s query string; a bad value is a 400 naming the parameter and the reason."""
    given = {k: v.strip() for k, v in request.query_params.items() if v.strip()}
    order = given.get("order", queries.FIRST_ORDER.get(given.get("sort", "date"), "desc"))
    if order not in ("asc", "desc"):
        raise HTTPException(400, f"order must be asc or desc, not {order!r}")
    page = _whole(given.get("page", "1"), "page", 1, 100_000)
    per_page = _whole(given.get("per_page", str(PER_PAGE)), "per_page", 1, 500)
    query = queries.AgreementQuery(
        country=given.get("country"), with_=given.get("with"), sector=given.get("sector"), kind=given.get("kind"),
        status=given.get("status"), since=given.get("since"), until=given.get("until"), text=given.get("text"),
        sort=given.get("sort", "date"), descending=order == "desc", limit=per_page, offset=(page - 1) * per_page)
    try:
        query = queries.checked(query)
    except queries.QueryError as error:
        raise HTTPException(400, str(error)) from None
    kept = {k: v for k, v in given.items() if k in (*FILTERS, "sort", "order", "page", "per_page")}
    return Listing(query=query, page=page, per_page=per_page, params=kept)


def raw_number(value: float | int | None) -> str:
    """A number as a spreadsheet reads it (the CLI's way: :func:`pactwatch.analyze.cells.number`)."""
    return "" if value is None else number(value)


def csv_response(rows: list[dict], filename: str) -> Response:
    """Agreement rows (labelled) as CSV: numbers raw, every list joined with the one separator the CLI uses."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([
            row["id"], row["date"] or "", row["kind"], row["name"] or "", row["label"],
            LIST_SEPARATOR.join(row["countries"]),
            LIST_SEPARATOR.join(row["sectors"]), row["status"], raw_number(row["usd"]), raw_number(row["quantity"]),
            LIST_SEPARATOR.join(f"{raw_number(a['amount'])} {a['currency']}" for a in row["amounts"]),
            row["reports"], row["first_reported"] or ""])
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
