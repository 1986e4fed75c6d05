"""One attribution while it is being put together: its cue, source and content pieces."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

__all__ = ["Link"]


@dataclass
class Link:
    cue: Span
    source: Span | None = None
    content: list[Span] = field(default_factory=list)
    inherited_from: "Link | None" = None  # a coordinated cue whose speaker this cue shares
    nested_in: "Link | None" = None  # the report whose content this one is part of
