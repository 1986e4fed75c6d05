"""Plain records that quotegraph produces: no spaCy objects inside.

The JSON shape of :meth:`ArticleResult.to_dict` is the public output schema
(see README, "Output schema"); fields may be added but never renamed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Span", "Speaker", "Statement", "ArticleResult", "Rejection"]

KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class Span:
    """A character span into the input text exactly as given: ``text == input[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Speaker:
    """An entity of one article that makes statements."""

    id: str
    name: str | None
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None  # ISO 3166 alpha-3
    kind: str | None = None  # "person" | "organisation" | None when unknown
    party: str | None = None  # a person's political party, where the text gives it

    def ref(self) -> dict[str, Any]:
        """The short form embedded in each statement."""
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "affiliation": self.affiliation,
            "country": self.country,
            "party": self.party,
        }

    def to_dict(self) -> dict[str, Any]:
        d = self.ref()
        d["aliases"] = list(self.aliases)
        d["kind"] = self.kind
        return {k: d[k] for k in ("id", "name", "aliases", "role", "affiliation", "country", "party", "kind")}


@dataclass
class Statement:
    """One attribution: who (source) says (cue) what (content)."""

    source: Span | None
    cue: Span | None
    content: list[Span]
    kind: str = "indirect"
    speaker: Speaker | None = None
    confidence: float = 0.5
    reported_by: int | None = None  # the statement (its index) whose content holds this one

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": [c.to_dict() for c in self.content],
            "kind": self.kind,
            "speaker": self.speaker.ref() if self.speaker else None,
            "confidence": round(float(self.confidence), 4),
        }
        if self.reported_by is not None:
            d["reported_by"] = self.reported_by
        return d


@dataclass
class ArticleResult:
    """Everything quotegraph found in one article."""

    id: str | None
    statements: list[Statement] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    events: list[dict[str, Any]] | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "statements": [s.to_dict() for s in self.statements],
            "speakers": [s.to_dict() for s in self.speakers],
        }
        if self.events is not None:
            d["events"] = list(self.events)
        if self.warnings:
            d["warnings"] = list(self.warnings)
        return d


@dataclass(frozen=True)
class Rejection:
    """An input that could not be analysed, with the reason (a value, not an exception)."""

    input: str
    reason: str
    code: str = "E000"

    def message(self) -> str:
        return f"quotegraph: rejected {self.input}: {self.reason} [{self.code}]"
