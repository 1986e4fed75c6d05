"""Who a pronoun takes up when an unnamed speaker and a name compete."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _by_source(result, source: str, nth: int = 0):
    return [s for s in result.statements if s.source is not None and s.source.text == source][nth]


def test_a_news_outlet_in_the_dateline_is_no_person_a_pronoun_takes_up(analyze):
    # the small model reads "Al Jazeera" as a man named Al
    r = analyze("DOHA (Al Jazeera) - Negotiations on a ceasefire have stalled, a Hamas official told Al "
                "Jazeera on Sunday.\n\nThe official, who spoke on condition of anonymity, said Israel had "
                "rejected a proposal to withdraw troops. \"The occupation is not serious,\" he said.\n")
    he = _by_source(r, "he").speaker
    assert he.name is None and he.role == "Hamas official"


def test_a_name_only_as_an_object_does_not_outrank_the_unnamed_speaker(analyze):
    r = analyze("A senior official who helped plan the raid that killed Osama bin Laden spoke to reporters "
                "on Monday. The official said the operation had taken months. \"We knew where he was,\" "
                "he said.\n")
    assert _by_source(r, "he").speaker.name != "Osama bin Laden"


def test_he_after_an_unnamed_speaker_of_his_own_paragraph_is_not_the_last_name(analyze):
    # the name competes from an earlier paragraph only; the spokesman speaks in this one
    r = analyze("Opposition leader Rishi Sunak said the prime minister had broken his promises. "
                "\"Labour said they had a plan. They didn't,\" Sunak wrote on X.\n\n"
                "A Downing Street spokesman said the government would not change course. Asked about "
                "the unions' threats, he said: \"We will always listen, but the decision has been made.\"\n")
    he = _by_source(r, "he").speaker
    assert he.name is None and he.role == "Downing Street spokesman"
    assert _by_source(r, "Sunak").speaker.name == "Rishi Sunak"


def test_he_still_takes_the_name_of_his_own_paragraph(analyze):
    r = analyze("A Downing Street spokesman said the government would not change course.\n\n"
                "Opposition leader Rishi Sunak said the prime minister had broken his promises. Asked "
                "about the cuts, he said: \"Labour had no plan.\"\n")
    assert _by_source(r, "he").speaker.name == "Rishi Sunak"
