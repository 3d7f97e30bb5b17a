"""Synthetic news about technology agreements, for tests and benchmarks (written for pactwatch).

``articles(n, seed)`` yields ``n`` distinct short articles built from varied
sentence patterns, countries, sectors, sums and dates, so that volume tests
exercise real extraction and storage instead of storing one text many times.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

COUNTRIES = [("South Korea", "Seoul", "Korean"), ("Japan", "Tokyo", "Japanese"), ("India", "New Delhi", "Indian"),
             ("Germany", "Berlin", "German"), ("France", "Paris", "French"), ("Italy", "Rome", "Italian"),
             ("Singapore", "Singapore", "Singaporean"), ("Australia", "Canberra", "Australian"),
             ("Canada", "Ottawa", "Canadian"), ("the United Kingdom", "London", "British"),
             ("the United States", "Washington", "American"), ("Vietnam", "Hanoi", "Vietnamese"),
             ("Indonesia", "Jakarta", "Indonesian"), ("Brazil", "Brasilia", "Brazilian"),
             ("Saudi Arabia", "Riyadh", "Saudi"), ("the Netherlands", "The Hague", "Dutch")]
SECTORS = ["artificial intelligence", "semiconductors", "quantum computing", "space exploration", "6G networks",
           "biotechnology", "battery recycling", "hydrogen", "critical minerals", "cybersecurity",
           "robotics", "autonomous driving", "nuclear energy", "digital trade"]
INSTRUMENTS = ["a memorandum of understanding", "a cooperation agreement", "a joint statement", "an action plan",
               "a framework for cooperation", "a strategic partnership", "a joint research centre",
               "a working group", "a letter of intent"]
CURRENCIES = ["US${n} million", "€{n} million", "£{n} million", "{n} billion won", "¥{n} billion", "S${n} million"]
OPENERS = ["{A} and {B} signed {inst} on {sector} on {day}.",
           "{capA} and {capB} agreed on {day} to deepen work on {sector} through {inst}.",
           "Officials from {A} and {B} adopted {inst} covering {sector} and {sector2} on {day}.",
           "{demA} and {demB} ministers unveiled {inst} on {sector} during talks on {day}."]
MIDDLES = ["The two sides will set up a joint fund of {money} by {year} to back research on {sector2}.",
           "Under the deal, {A} will invest {money} in pilot projects in {B} over the next three years.",
           "Researchers from both countries will exchange staff and share test facilities for {sector2}.",
           "A committee of senior officials will meet twice a year to review progress.",
           "Companies from {B} are expected to open offices in {capA} within twelve months.",
           "The agreement builds on talks held in {capB} last year."]
CLOSERS = ["Analysts said the step was modest but signalled closer ties.",
           "Industry groups welcomed the move and asked for clear rules on data sharing.",
           "Critics said the plan lacked a budget.", "Both governments described the talks as constructive.",
           "Further details are due to be published by the end of the year."]


def _fill(pattern: str, values: dict) -> str:
    text = pattern.format(**values)
    return text[0].upper() + text[1:]


def articles(n: int, seed: int = 0, start: date = date(2024, 1, 1)) -> Iterator[dict]:
    """``n`` distinct articles as input records (``id``, ``title``, ``published``, ``url``, ``text``)."""
    rng = random.Random(seed)
    for i in range(n):
        (a, cap_a, dem_a), (b, cap_b, dem_b) = rng.sample(COUNTRIES, 2)
        sector, sector2 = rng.sample(SECTORS, 2)
        published = start + timedelta(days=rng.randrange(0, 900))
        values = {"A": a, "B": b, "capA": cap_a, "capB": cap_b, "demA": dem_a, "demB": dem_b, "sector": sector,
                  "sector2": sector2, "inst": rng.choice(INSTRUMENTS), "day": published.strftime("%-d %B %Y"),
                  "year": published.year + rng.randint(1, 5),
                  "money": rng.choice(CURRENCIES).format(n=rng.choice([5, 12, 40, 75, 120, 300, 850]))}
        title = f"{a.removeprefix('the ').title()} and {b.removeprefix('the ')} deepen {sector} ties"
        sentences = [_fill(rng.choice(OPENERS), values)]
        sentences += [_fill(s, values) for s in rng.sample(MIDDLES, rng.randint(2, 4))]
        sentences += [_fill(rng.choice(CLOSERS), values), f"(Story {seed}-{i}: {rng.randrange(10**9)})"]
        yield {"id": f"syn-{seed}-{i}", "title": title, "published": published.isoformat(),
               "url": f"https://news{i % 7}.example/{seed}/{i}", "text": title + "\n" + " ".join(sentences)}
