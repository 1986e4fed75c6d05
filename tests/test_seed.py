"""The seed article (../shared/seed): 13 gold statements, one speaker."""
from __future__ import annotations

import json

import pytest

from conftest import SEED, SEED_GOLD, need_shared

SPEAKER = "Kazem Gharibabadi"
# Regression floor: statements found with the exact cue, overlapping content and
# the right speaker. The issue asks for 13/13 (test_seed_all_statements).
SEED_FLOOR = 6


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


def test_seed_floor(seed):
    hits = found(seed)
    assert sum(hits) >= SEED_FLOOR, f"{sum(hits)}/13 seed statements right"


def test_seed_no_wrong_speaker(seed):
    """A quote with the wrong speaker is worse than none: every named speaker is the right one."""
    _, _, result = seed
    names = {st.speaker.name for st in result.statements if st.speaker and st.speaker.name}
    assert names <= {SPEAKER}


@pytest.mark.xfail(reason="issue 2 open: the tagger still misses some seed cues "
                          "(participle frames, 'he said adding'); see README, Status", strict=False)
def test_seed_all_statements(seed):
    assert all(found(seed)), f"{sum(found(seed))}/13"


def test_seed_offsets_exact(seed):
    text, _, result = seed
    for st in result.statements:
        for span in [st.source, st.cue, *st.content]:
            if span is not None:
                assert text[span.start:span.end] == span.text
