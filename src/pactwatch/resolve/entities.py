"""One organization or person record however it is spelled, with every alias kept.

Organizations are keyed by their normalised name; a new spelling joins an
existing record when its name, acronym or an alias matches one already known
(an acronym alone only when the countries agree, since acronyms collide).
A name is keyed without its legal form ("Co., Ltd.", "AG", "Company"), with
"for" read as "of"; a government body's name preceded by its own country's
name ("German Federal Ministry ...", "Germany's Federal Ministry ...") is
also known without it, so the variants are one body.
People are keyed by the letters of their name ("Lee Jae-myung" and "Lee Jae
Myung" are one key); a surname alone joins the one known person of that
country who bears it or, when several do, the one whose role fits ("President
Lee" beside Lee Jae-myung, President, and Lee Jong-ho, minister).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from .. import model
from ..extract.lexicon import read_table
from ..store.models import Organization, OrganizationAlias, Person, PersonAlias

# legal forms, dropped only where they end a name ("Samsung Electronics Co. Ltd"; not "SE Asia Group"'s "SE")
_LEGAL_FORMS = r"(?:inc|corp|corporation|co|company|ltd|limited|plc|llc|group|ag|se|gmbh|sa|nv|spa|kk|pte|pty|bv)"
_CORPORATE = re.compile(rf"\bthe\b|(?:\s+{_LEGAL_FORMS}\b)+\s*$")
_FOR = re.compile(r"\bfor\b")
# words of a government body: only before these is a country's name a prefix, not part of the name ("Korean Air")
_BODY = re.compile(r"\b(?:ministry|department|agency|office|embassy|government|commission|council|federal)\b",
                   re.IGNORECASE)
_ROLE_NOISE = frozenset({"the", "of", "and", "for", "s", "former"})


def org_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).lower().replace("&", " and ")
    text = _FOR.sub("of", _CORPORATE.sub(" ", re.sub(r"[^\w\s&]", " ", text)))
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _country_words() -> dict[str, tuple[str, ...]]:
    """Per country code, its names, aliases and demonyms (longest first), from the extractor's table."""
    words: dict[str, set[str]] = {}
    for row in read_table("countries.tsv"):
        if row[1] in ("name", "alias", "demonym"):
            words.setdefault(row[0], set()).add(row[2])
    return {code: tuple(sorted(surfaces, key=len, reverse=True)) for code, surfaces in words.items()}


def without_country(name: str, country: str | None) -> str | None:
    """A government body's name without its own country's name before it: "German Federal Ministry for X" or
    "Germany's Federal Ministry for X" (in DEU) -> "Federal Ministry for X"; None when there is none."""
    for surface in _country_words().get(country or "", ()):
        for prefix in (f"{surface}'s ", f"{surface}’s ", f"{surface} "):
            if name.startswith(prefix):
                rest = name[len(prefix):].strip()
                return rest if rest and _BODY.search(rest) else None
    return None


def _bare_key(row: Organization) -> str | None:
    bare = without_country(row.name, row.country)
    return org_key(bare) if bare else None


def _role_words(role: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (role or "").lower()) if w not in _ROLE_NOISE}


def _role_fits(role: str | None, other: str | None) -> bool:
    """Roles that may be one title: the words of one within the other ("President", "South Korean President")."""
    mine, theirs = _role_words(role), _role_words(other)
    return bool(mine and theirs) and (mine <= theirs or theirs <= mine)


def person_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name).lower())


class EntityResolver:
    """Finds or creates entity rows in one session; remembers what it resolved during a run."""

    def __init__(self) -> None:
        self._orgs: dict[tuple[str, str | None], int] = {}
        self._alias_keys: dict[int, set[str]] = {}  # per organization, the alias keys already stored

    def organization(self, session: Session, org: model.Organization) -> int:
        """The id of the organization record for ``org`` (found or created), its new spellings added."""
        names = [org.name, *([org.acronym] if org.acronym else []), *org.aliases]
        bare = without_country(org.name, org.country)
        keys = {org_key(n): n for n in names + ([bare] if bare else []) if org_key(n)}
        main = org_key(org.name)
        cached = self._orgs.get((main, org.country))
        if cached is not None and set(keys) <= self._alias_keys.get(cached, set()):
            return cached  # known, with every spelling: nothing to read or write
        row = session.get(Organization, cached) if cached else None
        if row is None:
            candidates = session.execute(
                select(Organization, OrganizationAlias.key).join(OrganizationAlias)
                .where(OrganizationAlias.key.in_(list(keys)))
                .order_by(Organization.id, OrganizationAlias.id)).all()
            acronym_key = org_key(org.acronym) if org.acronym else None
            for candidate, key in candidates:
                countries_agree = not candidate.country or not org.country or candidate.country == org.country
                if key == acronym_key and key != main and not countries_agree:
                    continue  # "MTI" in Singapore is not "MTI" in Cambridge
                if candidate.country != org.country and (bare and key == org_key(bare) or key == _bare_key(candidate)):
                    continue  # "Ministry of Foreign Affairs" with no country is not Korea's, whose name it is bare
                if countries_agree:
                    row = candidate
                    break
        if row is None:
            key = main
            if session.execute(select(Organization.id).where(Organization.key == main)).first() is not None:
                key = f"{main}|{org.country or ''}"  # the same name in another country is another body
            row = Organization(key=key, name=org.name, acronym=org.acronym, country=org.country, type=org.type)
            session.add(row)
            session.flush()
            self._alias_keys[row.id] = set()  # new: no alias stored yet
        else:
            row.acronym = row.acronym or org.acronym
            row.country = row.country or org.country
        known = self._alias_keys.get(row.id)
        if known is None:
            known = self._alias_keys[row.id] = set(session.execute(
                select(OrganizationAlias.key).where(OrganizationAlias.organization_id == row.id)).scalars())
        new = [{"organization_id": row.id, "alias": alias, "key": key} for key, alias in keys.items() if key not in known]
        if new:
            session.execute(insert(OrganizationAlias), new)
            known.update(item["key"] for item in new)
        self._orgs[(main, org.country)] = row.id
        return row.id

    def person(self, session: Session, person: model.Person) -> Person:
        key = person_key(person.name)
        row = session.execute(select(Person).where(Person.key == key)).scalar_one_or_none()
        if row is None and " " not in person.name.strip():
            # a surname alone ("Yoon"): the one known person of that country who bears it
            pattern = f"%{person.name.strip()}%"
            matches = [p for p in session.execute(select(Person).where(Person.name.like(pattern))
                                                                  .order_by(Person.id)).scalars()
                       if person.name.strip() in re.split(r"[\s-]+", p.name)
                       and (not person.country or p.country in (None, person.country))]
            if len(matches) > 1:  # several bear it: the one whose role fits, if only one does
                matches = [p for p in matches if _role_fits(person.role, p.role)]
            if len(matches) == 1:
                row = matches[0]
        if row is None:
            row = Person(key=key, name=person.name, role=person.role, country=person.country)
            session.add(row)
            session.flush()
        else:
            row.role = row.role or person.role
            row.country = row.country or person.country
        spellings = {alias.alias for alias in row.aliases}
        for spelling in dict.fromkeys([person.name, *(m.text for m in person.mentions)]):  # in reading order
            if spelling not in spellings:
                row.aliases.append(PersonAlias(alias=spelling))
                spellings.add(spelling)
        return row
