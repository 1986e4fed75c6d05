"""The seed article (../shared/seed): 13 gold statements, one speaker."""
from __future__ import annotations

import json

import pytest

from conftest import SEED, SEED_GOLD, need_shared

SPEAKER = "Kazem Gharibabadi"


@pytest.fixture(scope="module")
def seed(analyze):
    text = need_shared(SEED).read_text(encoding="utf-8")
    gold = json.loads(need_shared(SEED_GOLD).read_text(encoding="utf-8"))
    return text, gold, analyze(text, id="mehr-gharibabadi.txt")


def _matches(gold_st: dict, result) -> bool:
    g_cue = gold_st["cue"]
    g_content = {i for c in gold_st["content"] for i in range(c["start"], c["end"])}
    for st in result.statements:
        if not st.cue or (st.cue.start, st.cue.end) != (g_cue["start"], g_cue["end"]):
            continue
        content = {i for c in st.content for i in range(c.start, c.end)}
        if len(content & g_content) < 0.5 * len(g_content):
            continue
        return bool(st.speaker and st.speaker.name == gold_st["speaker"])
    return False


def found(seed) -> list[bool]:
    _, gold, result = seed
    return [_matches(g, result) for g in gold["statements"]]


def test_seed_speaker_entity(seed):
    _, _, result = seed
    person = next(s for s in result.speakers if s.name == SPEAKER)
    assert person.role == "Secretary of Iran's High Council for Human Rights"
    assert person.affiliation == "Iran's High Council for Human Rights"
    assert person.country == "IRN"
    assert "Gharibabadi" in person.aliases


def test_seed_no_wrong_speaker(seed):
    """A quote with the wrong speaker is worse than none: every named speaker is the right one."""
    _, _, result = seed
    names = {st.speaker.name for st in result.statements if st.speaker and st.speaker.name}
    assert names <= {SPEAKER}


def test_seed_all_statements(seed):
    """Each gold statement: the exact cue, content overlapping at least half the gold
    content, and the speaker "Kazem Gharibabadi"."""
    hits = found(seed)
    assert all(hits), f"{sum(hits)}/13 right; wrong: {[i for i, h in enumerate(hits) if not h]}"


def test_seed_offsets_exact(seed):
    text, _, result = seed
    for st in result.statements:
        for span in [st.source, st.cue, *st.content]:
            if span is not None:
                assert text[span.start:span.end] == span.text


def test_seed_events_through_the_public_api(nlp):
    import quotegraph

    text = need_shared(SEED).read_text(encoding="utf-8")
    result = quotegraph.analyze(text, id="seed", events=True)
    types = {e["type"] for e in result.events}
    assert {"REQUEST", "SUPPORT", "ACCUSE"} <= types  # the three seed events
    assert all(text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"] for e in result.events)
