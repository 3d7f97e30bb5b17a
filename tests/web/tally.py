"""The tests' own count of money per party from agreement rows (as the API and CLI list them): the oracle the
map, the country page and the CLI's partners are checked against."""

from collections import defaultdict

GROUP = {"concluded": "concluded", "planned": "pledged", "proposed": "pledged"}


def money(rows: list[dict], me: str | None = None) -> dict[str, dict[str, int]]:
    """Concluded and pledged (planned or proposed) USD per party of ``rows``, ``me`` left out: each sum whole."""
    sums: dict[str, dict[str, int]] = defaultdict(lambda: {"concluded": 0, "pledged": 0})
    for row in rows:
        group = GROUP.get(row["status"])
        if not row["usd"] or not group:
            continue
        for party in row["countries"]:
            if party != me:
                sums[party][group] += row["usd"]
    return dict(sums)
