"""Actor coding: a mention -> name, country (ISO 3166 alpha-3 or a PLOVER non-state code)
and PLOVER sector.

Country comes from the Phoenix named-actor dictionary (countries, their adjectives and
cities, people, IGOs, armed groups) and pycountry names; sector from the head noun via the
Phoenix agent dictionary plus a short hand-made list. Unknown actors keep their text and
get ``None`` codes: nothing is guessed.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry

__all__ = ["ActorCoder", "load_actor_coder", "CodedActor", "normalise_country", "NON_STATE"]

DATA = Path(__file__).resolve().parent / "data"
NON_STATE = {"UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC", "KOS"}
_RENAME = {"KSV": "KOS", "ROM": "ROU", "UK": "GBR", "TMP": "TLS", "JAP": "JPN"}
_MAX_NGRAM = 6


def normalise_country(code: str | None) -> str | None:
    """A CAMEO country code as ISO alpha-3 (or a PLOVER non-state code); regions -> None."""
    if not code:
        return None
    code = _RENAME.get(code.upper(), code.upper())
    if code in NON_STATE:
        return code
    return code if pycountry.countries.get(alpha_3=code) else None


@dataclass
class CodedActor:
    """One actor or recipient entry of an event."""

    start: int
    end: int
    text: str
    name: str
    country: str | None
    sector: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "span": {"start": self.start, "end": self.end, "text": self.text},
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
        }


class ActorCoder:
    """Dictionary lookups for names (n-grams) and agent nouns."""

    def __init__(self, names: dict[str, list[str | None]], agents: dict[str, str]) -> None:
        self.names = names
        self.agents = agents

    def lookup_name(self, words: list[str]) -> tuple[int, int, str | None, str | None] | None:
        """Longest dictionary name among the n-grams of ``words`` (lower case):
        (first index, length, country, sector), or None."""
        best = None
        for i in range(len(words)):
            for n in range(min(_MAX_NGRAM, len(words) - i), 0, -1):
                key = " ".join(words[i : i + n])
                hit = self.names.get(key)
                if hit is None and n == 1 and key.endswith("s"):
                    hit = self.names.get(key[:-1])
                if hit is not None and (hit[0] or hit[1]):
                    if best is None or n > best[1]:
                        best = (i, n, normalise_country(hit[0]), hit[1])
                    break
        return best

    def sector_of(self, lemmas: list[str]) -> str | None:
        """Sector from the head noun (last lemma) or a two-word agent ending the phrase."""
        if not lemmas:
            return None
        for key in (" ".join(lemmas[-2:]), lemmas[-1]):
            if key in self.agents:
                return self.agents[key]
        return None

    def code(self, words: list[str], lemmas: list[str], head: int | None = None) -> tuple[str | None, str | None]:
        """(country, sector) of a phrase given its lower-cased words and lemmas; ``head`` is
        the index of the head noun (sector comes from the words up to it)."""
        hit = self.lookup_name(words)
        country = hit[2] if hit else None
        end = (head + 1) if head is not None else len(lemmas)
        sector = self.sector_of(lemmas[:end])
        if sector is None and hit is not None:
            sector = hit[3]
        if sector == "UNK":
            sector = None
        return country, sector


def _pycountry_names() -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            val = getattr(c, attr, None)
            if val:
                out.setdefault(val.lower(), [c.alpha_3, None])
    return out


@lru_cache(maxsize=1)
def load_actor_coder() -> ActorCoder:
    """The packaged actor coder (Phoenix dictionaries + pycountry + hand-made lists)."""
    names: dict[str, list[str | None]] = json.loads((DATA / "actors.json").read_text(encoding="utf-8"))
    for k, v in _pycountry_names().items():
        names.setdefault(k, v)
    for line in (DATA / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, code = line.split("\t")[:2]
            names[word] = [code, None]
    agents: dict[str, str] = json.loads((DATA / "agents.json").read_text(encoding="utf-8"))
    for line in (DATA / "agents_extra.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, sector = line.split("\t")[:2]
            agents[word.lower()] = sector
    return ActorCoder(names, agents)
