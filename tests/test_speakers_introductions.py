"""How a story introduces its speakers: a lead's description before the name, a name closing
a long source, a one-word name the model misreads, an age, a rank or a place that tells two
holders of one title apart, an ordinal that brings in someone new. Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import speaker_of as _speaker  # noqa: E402


def test_a_lead_description_owned_by_a_body_is_the_person_named_next(analyze):
    r = analyze("Kremlin says summit still possible\n\nMOSCOW - The Kremlin's chief spokesman said on Monday that "
                "a planned summit in Geneva remained possible.\n\n\"Our position has not changed,\" Kirill "
                "Sokolovsky told reporters during his daily conference call.\n")
    assert _speaker(r, "The Kremlin's chief spokesman").name == "Kirill Sokolovsky"


def test_a_name_closing_a_source_is_its_speaker_where_the_parse_hangs_it_on_a_party(analyze):
    r = analyze("The leader of the opposition New Horizon Party, Maria Keller, said the dispute showed that the "
                "government was punishing Istanbul.\n")
    assert r.statements[0].speaker.name == "Maria Keller"


def test_a_single_name_set_off_after_a_title_is_a_person_its_pronoun_takes_up(analyze):
    r = analyze("At least 212 people were injured, the agency's spokesman, Wiratmoko, told a news conference in "
                "Jakarta. \"Our priority is still search and rescue,\" he said.\n")
    assert _speaker(r, "he").name == "Wiratmoko"


def test_an_age_description_the_parse_hangs_on_a_noun_said_is_the_person_just_named(analyze):
    r = analyze("Istanbul Mayor Murat Çelikkaya, 54, hit back within hours. Speaking at the construction site, he "
                "said the municipality had not received the money.\n\n\"If the minister has a receipt, let him "
                "show it to the people of Istanbul,\" the 54-year-old said, holding up a sheaf of bank "
                "statements.\n")
    assert _speaker(r, "the 54-year-old").name == "Murat Çelikkaya"


def test_a_place_after_the_title_picks_the_senator_from_there(analyze):
    r = analyze("That did not satisfy the Queensland Nationals senator Con Stavrakis, who has pursued the project "
                "for months.\n\nThe Minister for Water, Senator Daniel Abela-Fenech, then intervened. Mr "
                "Abela-Fenech said cabinet deliberations were confidential.\n\n\"The minister can hide all he "
                "likes,\" the senator from Queensland said afterwards.\n")
    assert _speaker(r, "the senator from Queensland").name == "Con Stavrakis"


def test_a_deputy_is_not_the_holder_of_the_post(analyze):
    r = analyze("The secretary of the department, Hamish Tregonning, said the department had briefed the "
                "government.\n\nAsked whether the date was reliable, the deputy secretary said it was \"our "
                "best current estimate\".\n")
    assert _speaker(r, "the deputy secretary").name is None


def test_an_ordinal_description_brings_in_someone_new(analyze):
    r = analyze("Pressed on the bill, the minister, Priya Raghunathan, said it was still being checked.\n\n"
                "The first caller, who identified herself only as a nurse, said her rent had risen by $400 a "
                "month. \"I am one renewal away from leaving,\" she said.\n")
    assert _speaker(r, "The first caller").name is None
    assert _speaker(r, "she").name is None


def test_a_title_that_opens_with_an_ordinal_still_takes_up_its_holder(analyze):
    r = analyze("Hillary Clinton spoke in Ohio on Monday. The former first lady and U.S. senator said it was "
                "\"a mistake\" to use private email, but she denied that she mishandled classified "
                "information.\n")
    assert _speaker(r, "she").name == "Hillary Clinton"


def test_a_pronoun_opening_the_next_paragraph_is_the_unnamed_source_just_described(analyze):
    r = analyze("The chief executive of Brightwater Logistics, Naomi Sadowski-Reyes, said the company would "
                "cooperate.\n\n"
                "One former Brightwater accountant, who spoke on condition of anonymity because she is a "
                "potential witness, said pressure had come \"straight from the fourth floor,\" where Mr. "
                "Vukovich had his office.\n\n\"Everybody knew which numbers were soft,\" she said.\n")
    assert _speaker(r, "she").name is None


def test_a_british_title_without_a_full_stop_is_no_part_of_the_name(analyze):
    r = analyze("The leader of the council's Conservative group, Cllr Dominic Ashworth, said an independent "
                "inquiry was needed. Dr Helen Price, a housing expert, said the report was damning.\n")
    names = {s.speaker.name for s in r.statements if s.speaker is not None}
    assert {"Dominic Ashworth", "Helen Price"} <= names
