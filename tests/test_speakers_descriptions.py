"""Descriptions ("the spokesperson", "the FBI director", "Its spokesman") and the speaker
they stand for, on made-up wire-style text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _by_source(result, text):
    return next(s.speaker for s in result.statements if s.source is not None and s.source.text == text)


def test_a_description_takes_the_unnamed_speaker_last_described_so_not_an_earlier_named_one(analyze):
    r = analyze("The Philippine coast guard said in a statement that Chinese personnel had boarded its "
                "boats. Its spokesman, Jay Tarriela, accused Beijing of \"barbaric\" behaviour.\n\n"
                "A U.S. State Department spokesperson said Washington stood with its ally. The "
                "spokesperson, who spoke on condition of anonymity, said the treaty obligations were "
                "\"ironclad\".\n")
    later = _by_source(r, "The spokesperson")
    assert later.name is None and later.affiliation == "U.S. State Department"


def test_a_role_owned_by_an_unnamed_but_described_body_takes_it_as_affiliation(analyze):
    r = analyze("The Philippine coast guard said in a statement that Chinese personnel had boarded its "
                "boats. Its spokesman, Jay Tarriela, accused Beijing of \"barbaric\" behaviour.\n")
    sp = _by_source(r, "Its spokesman, Jay Tarriela")
    assert (sp.name, sp.affiliation, sp.country) == ("Jay Tarriela", "Philippine coast guard", "PHL")


def test_a_plain_body_is_no_affiliation(analyze):
    r = analyze("Each committee is working to raise more than $60 million.\n\nThe host committee has "
                "collected roughly $56.5 million, said David Gilbert, its president. Gilbert said the "
                "boycott calls would have little effect.\n")
    assert all(s.speaker.affiliation != "Each committee" for s in r.statements if s.speaker)


def test_a_places_body_keeps_its_field_in_its_name(analyze):
    r = analyze("Lebanon's health ministry said at least 12 people were killed.\n")
    sp = r.statements[0].speaker
    assert (sp.name, sp.country) == ("Lebanon's health ministry", "LBN")


def test_a_title_cased_description_is_a_name_not_the_person_just_named(analyze):
    r = analyze("Cruz faces attacks.\n\nThe Union Leader said in an editorial that Cruz was wrong about "
                "the war in Iraq and about taxes.\n")
    assert _by_source(r, "The Union Leader").name is None


def test_the_moderator_is_not_the_candidate_who_was_asked(analyze):
    r = analyze("Donald Trump was asked a question about police violence.\n\"There are many who argue "
                "that phones are exposing cases of excessive force,\" the moderator said. \"How do you "
                "bridge the divide?\"\nTrump said the police were mistreated.\n")
    moderator = _by_source(r, "the moderator")
    assert moderator.name is None
    assert _by_source(r, "Trump").role is None  # and Trump is no moderator


def test_a_plural_noun_before_a_list_of_names_is_no_ones_role(analyze):
    r = analyze("The attendees cheered for the more establishment candidates -- Marco Rubio and Jeb Bush.\n"
                "Rubio said he would win the nomination.\n")
    assert _by_source(r, "Rubio").role is None
