"""Which words of a source name its speaker, and what its title belongs to."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def test_a_source_opening_with_a_person_is_that_person_whatever_the_parse(analyze):
    # the small model makes "Unbowed" the subject of "said" and hangs the name on it
    r = analyze("\"The election has been stolen,\" said Jean-Luc Melenchon, the head of France Unbowed.\n")
    (st,) = r.statements
    assert st.speaker.name == "Jean-Luc Melenchon"


def test_an_organisations_possessive_title_belongs_to_the_organisation(analyze):
    r = analyze("French President Emmanuel Macron named Michel Barnier, the European Union's former Brexit "
                "negotiator, as prime minister. Barnier told reporters that he would \"listen to all "
                "political forces.\"\n")
    barnier = next(s.speaker for s in r.statements if s.speaker and s.speaker.name == "Michel Barnier")
    assert barnier.affiliation == "European Union"


def test_a_single_name_that_is_an_inner_word_of_a_full_name_joins_it(analyze):
    r = analyze("Brazilian President Luiz Inacio Lula da Silva said on Tuesday that Argentina owed him an "
                "apology. \"He said a lot of nonsense about me,\" Lula told reporters.\n")
    told = next(s for s in r.statements if s.cue is not None and s.cue.text == "told")
    assert told.speaker.name == "Luiz Inacio Lula da Silva"


def test_a_national_branch_and_a_given_name_the_model_left_out_belong_to_the_name(analyze):
    r = analyze("Amnesty International Kenya said police had used live ammunition. Its executive director, "
                "Irungu Houghton, told The Associated Press that the group had documented at least 23 "
                "deaths.\n")
    said, told = r.statements[0].speaker, next(s.speaker for s in r.statements if s.cue.text == "told")
    assert said.name == "Amnesty International Kenya"
    assert (told.name, told.affiliation) == ("Irungu Houghton", "Amnesty International Kenya")


def test_a_nationality_as_a_noun_takes_up_the_person_just_named(analyze):
    r = analyze("NATO Secretary-General Jens Stoltenberg told reporters in Brussels that allies must \"dig "
                "deeper.\" The Norwegian said the alliance had delivered less than it promised.\n")
    desc = next(s for s in r.statements if s.source is not None and s.source.text == "The Norwegian")
    assert desc.speaker.name == "Jens Stoltenberg"


def test_an_organisation_after_the_name_is_the_affiliation_a_place_is_not(analyze):
    r = analyze("\"The deal will not last,\" said Michael O'Hanlon of the Brookings Institution. Sen. Ted "
                "Cruz of Texas said he agreed. Archbishop Aris Shirvanian of the Armenian Patriarchate of "
                "Jerusalem told reporters that the church would appeal.\n")
    people = {s.speaker.name: s.speaker for s in r.statements if s.speaker and s.speaker.name}
    assert people["Michael O'Hanlon"].affiliation == "Brookings Institution"
    assert people["Ted Cruz"].affiliation != "Texas"
    assert people["Aris Shirvanian"].affiliation == "Armenian Patriarchate of Jerusalem"


def test_a_verb_the_parse_hangs_on_a_title_is_not_part_of_it(analyze):
    r = analyze("Ishiba, 67, defeated economic security minister Sanae Takaichi in a runoff. Takaichi, who "
                "had hoped to become prime minister, said she would support the new leader. The hardliner "
                "told reporters she had no regrets.\n")
    said = next(s.speaker for s in r.statements if s.cue is not None and s.cue.text == "said")
    assert (said.name, said.role) == ("Sanae Takaichi", "economic security minister")
    hardliner = next(s for s in r.statements if s.source is not None and s.source.text == "The hardliner")
    assert hardliner.speaker.name == "Sanae Takaichi"


def test_a_countrys_title_in_a_headline_is_the_person_the_lede_names(analyze):
    r = analyze("Kenya's president says protesters will not derail tax plan\n\n"
                "NAIROBI, June 21 (AFP) - Kenyan President William Ruto said on Friday that the government "
                "would not be blackmailed by protesters.\n")
    assert [s.speaker.name for s in r.statements] == ["William Ruto", "William Ruto"]


def test_its_title_is_the_title_and_its_body_the_affiliation(analyze):
    r = analyze("The Law Society of Kenya said in a statement that police had used excessive force. Its "
                "president, Faith Odhiambo, told AFP that at least two protesters had been shot.\n")
    sp = next(s.speaker for s in r.statements if s.speaker and s.speaker.name == "Faith Odhiambo")
    assert (sp.role, sp.affiliation) == ("president", "Law Society of Kenya")


def test_a_description_after_a_speakers_own_quotation_takes_up_that_speaker(analyze):
    r = analyze("Sen. Kelly Ayotte would not rule out shifting her position.\n\n"
                "\"For every person you vote for, you leave open the opportunity to reevaluate,\" Ayotte "
                "said. \"How could I not say that about any situation?\"\n\n"
                "The Republican incumbent said that her position was genuine.\n")
    st = next(s for s in r.statements if s.source is not None and s.source.text == "The Republican incumbent")
    assert st.speaker.name == "Kelly Ayotte"


def test_a_describing_adjective_lets_a_group_noun_take_up_the_organisation_speaking(analyze):
    r = analyze("Hamas said on Sunday it had accepted the proposal. The Palestinian militant group said "
                "in a statement that Israel must withdraw.\n\nFacebook said it would remove the posts. "
                "The advocacy group said the move came too late.\n")
    names = {s.source.text: (s.speaker.name if s.speaker else None) for s in r.statements}
    assert names["The Palestinian militant group"] == "Hamas"
    assert names["The advocacy group"] is None  # neither Hamas nor Facebook


def test_an_organisation_owned_by_a_country_has_that_country(analyze):
    r = analyze("Russia's Defence Ministry said its forces had carried out a massive strike.\n")
    (st,) = r.statements
    assert (st.speaker.name, st.speaker.country) == ("Defence Ministry", "RUS")


def test_georgia_is_the_american_state_unless_the_text_is_about_the_country(analyze):
    us = analyze("Georgia Rep. John Lewis said the bill was unfair.\n")
    assert us.statements[0].speaker.country is None
    ge = analyze("TBILISI (Reuters) - Georgia's Prime Minister Irakli Kobakhidze said on Monday the law "
                 "would stay.\n")
    assert ge.statements[0].speaker.country == "GEO"


def test_a_native_american_nation_is_not_india():
    from quotegraph.nlp.speakers_lexicon import countries_in

    assert countries_in("Oneida Indian Nation leader") == []
    assert countries_in("the Bureau of Indian Affairs") == []
    assert countries_in("Indian Prime Minister Narendra Modi") == ["IND"]


def test_a_lower_case_party_member_takes_up_the_subject_just_named(analyze):
    r = analyze("Michel Barnier, 73, said in his first remarks that he would seek respect from all "
                "political groups. The veteran conservative said he knew the task would be difficult.\n")
    st = next(s for s in r.statements if s.source is not None and s.source.text == "The veteran conservative")
    assert st.speaker.name == "Michel Barnier"


def test_a_describing_word_before_the_organisation_is_not_the_affiliation(analyze):
    r = analyze("Jean-Luc Melenchon, leader of the hard-left France Unbowed party, said the election had "
                "been stolen.\n")
    assert r.statements[0].speaker.affiliation == "France Unbowed party"


def test_a_possessors_description_leaves_out_its_possessive_ending(analyze):
    r = analyze("The Polish army's operational command said in a statement that a drone may have entered "
                "Polish territory.\n")
    sp = r.statements[0].speaker
    assert (sp.name, sp.role, sp.country) == (None, "Polish army", "POL")
