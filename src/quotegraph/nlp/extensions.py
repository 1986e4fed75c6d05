"""Every custom Doc attribute quotegraph sets, declared once."""
from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["register_extensions"]


def register_extensions() -> None:
    """Declare ``doc._.statements``, ``doc._.speakers``, ``doc._.events``, ``doc._.unbalanced_quotes``."""
    for name, default in (("statements", None), ("speakers", None), ("events", None),
                          ("unbalanced_quotes", 0)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
