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


# Ordinary news, the bulk of any news stream: sport, markets, weather, courts, culture, health, local
# politics. Written for pactwatch; countries and cities appear as they do in real wires, so these are hard
# cases for a relevance gate, not easy ones.
PLACES = ["Brazil", "Spain", "Kenya", "Norway", "Mexico", "Chile", "Poland", "Egypt", "Thailand", "Argentina",
          "Portugal", "Nigeria", "Sweden", "Peru", "Turkey", "Ireland", "Greece", "Morocco", "Colombia", "Ghana"]
CITIES = ["Madrid", "Nairobi", "Oslo", "Lima", "Dublin", "Athens", "Accra", "Bogota", "Lisbon", "Warsaw", "Cairo",
          "Bangkok", "Santiago", "Stockholm", "Istanbul", "Lagos", "Casablanca", "Manchester", "Osaka", "Perth"]
ORDINARY = {
    "sport": ["{place} beat {place2} {n}-{m} in a tense qualifier in {city} on {weekday}.",
              "The striker scored twice before the break and was substituted with a tight hamstring.",
              "Fans queued for hours outside the stadium, where tickets sold out within minutes.",
              "The coach said his side had been sloppy in defence and would need to improve before the final.",
              "{place}'s number one seed retired injured in the second set, handing her rival a place in the semis.",
              "The marathon was won in two hours and {n} minutes, a course record despite the heat.",
              "The club confirmed the midfielder had extended his contract until the end of the season."],
    "markets": ["Shares in {city} closed {n}.{m} percent lower on {weekday} as investors weighed weak factory data.",
                "The currency slipped against the dollar for a third straight session.",
                "Oil prices edged up after a fall in stockpiles, while gold held near its recent high.",
                "Bond yields rose as traders trimmed bets on a rate cut before the summer.",
                "Retail sales in {place} grew {n} percent from a year earlier, beating forecasts.",
                "A chain of supermarkets reported quarterly profit below what analysts had expected."],
    "weather": ["Heavy rain flooded low-lying streets in {city}, and schools closed for the day.",
                "Forecasters warned of temperatures above {n}0 degrees across southern {place} this week.",
                "Farmers said the dry spell had cut the wheat harvest by a fifth.",
                "Snow closed two mountain passes and hundreds of drivers spent the night in their cars.",
                "Residents were told to boil tap water until the storm damage to pipes is repaired."],
    "courts": ["A court in {city} sentenced a former mayor to {n} years in prison for taking bribes.",
               "Police said three men had been arrested after a break-in at a jewellery shop.",
               "The jury retired to consider its verdict after a trial lasting {n} weeks.",
               "Prosecutors appealed against the acquittal, saying the judge had misread the evidence.",
               "A landlord was fined for renting out flats that failed basic safety checks."],
    "culture": ["A novel about three sisters on a fishing island won the country's top literary prize.",
                "The festival in {city} drew {n}0,000 visitors over the weekend, organisers said.",
                "The museum reopened after a two-year renovation with a new wing for textiles.",
                "Critics praised the film's cinematography but found its ending rushed.",
                "The orchestra announced its season, opening with a symphony rarely performed in {place}."],
    "health": ["Hospitals in {city} reported a rise in admissions for seasonal flu.",
               "Doctors urged parents to keep children's vaccinations up to date before the school year.",
               "A study of {n},000 adults linked short sleep with higher blood pressure.",
               "The health ministry said waiting times for routine surgery had fallen for a second month."],
    "politics": ["Lawmakers in {place} passed the budget late on {weekday} after a marathon session.",
                 "The opposition called for the interior minister to resign over the handling of the protests.",
                 "Turnout in the local elections was the lowest in {n} years, officials said.",
                 "The mayor of {city} promised more buses on night routes and cheaper tickets for students.",
                 "Teachers went on strike for a second day, demanding higher pay and smaller classes.",
                 "The president reshuffled the cabinet, naming a new finance minister."],
}
# Sentences of ordinary news that use the words of cooperation (a transfer deal, a pay agreement, a fund):
# the articles that carry one are the ones a relevance gate cannot tell from cooperation news by words alone.
HARD = {
    "sport": "The team signed a goalkeeper from a rival club on a three-year deal.",
    "markets": "A pension fund said it had invested more in property and less in government bonds.",
    "weather": "The city launched an appeal to help families whose homes were damaged.",
    "courts": "The two defendants agreed to pay damages in a settlement reached before trial.",
    "culture": "Two theatres in {city} said they would merge and share a joint box office.",
    "health": "Nurses agreed a new pay deal with hospital managers after months of talks.",
    "politics": "The coalition partners signed an agreement on pensions after a week of haggling.",
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinary(n: int, seed: int = 0, start: date = date(2024, 1, 1), hard: float = 0.25) -> Iterator[dict]:
    """``n`` distinct ordinary news articles (no technology cooperation), as input records; a share ``hard``
    of them carries a sentence in the words of cooperation (:data:`HARD`)."""
    rng = random.Random(seed)
    topics = sorted(ORDINARY)
    for i in range(n):
        topic = rng.choice(topics)
        place, place2 = rng.sample(PLACES, 2)
        values = {"place": place, "place2": place2, "city": rng.choice(CITIES), "weekday": rng.choice(WEEKDAYS),
                  "n": rng.randint(2, 9), "m": rng.randint(0, 9)}
        pool = ORDINARY[topic]
        sentences = [_fill(s, values) for s in rng.sample(pool, rng.randint(3, len(pool)))]
        if rng.random() < hard:
            sentences.insert(rng.randint(1, len(sentences)), _fill(HARD[topic], values))
        title = sentences[0].split(",")[0].rstrip(".")[:80]
        published = start + timedelta(days=rng.randrange(0, 900))
        yield {"id": f"news-{seed}-{i}", "title": title, "published": published.isoformat(),
               "url": f"https://local{i % 11}.example/{topic}/{seed}/{i}",
               "text": title + "\n" + " ".join(sentences) + f" (Report {seed}-{i}: {rng.randrange(10**9)})"}
