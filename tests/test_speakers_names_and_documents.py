"""Speakers in the forms of session 60's second round of probes: a capitalised word that is a
sentence of its own ("Uproar.") or a plural noun beside a lower-case one ("Trains and buses"),
which is no one; a he or she after an opening clause ("Asked whether ..., she said") right
after a sentence whose subject is an unnamed title; a faction "known as the Morita faction",
whose leader's name stays his; a namesake told apart by "her party"; one name after a
lower-case title ("foreign ministry spokeswoman Wahyuni"); two Spanish surnames, the second
shared with someone else's first; "According to her disclosure, X holds", where "her" is X;
"the group", which is no police force; a weekday the parse made a subject; a body's name
after a title word ("the General Confederation of Labour (CGT)") or set after its noun ("The
teaching union NEU Cymru", "The Committee to Protect Journalists"); documents by whoever
compiled, released or sent them; and a mayor of the dateline's city. Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import name_of  # noqa: E402
from speaker_fixtures import statement_saying as _by_content  # noqa: E402


def test_a_word_standing_alone_or_a_plural_noun_is_no_one(analyze):
    r = analyze(
        "DUBLIN — The minister then went further, arguing that the Opposition wanted the problem. Uproar.\n\n"
        "Trains and buses stood idle in the capital. \"They call it shock therapy,\" she said.\n")
    assert name_of(_by_content(r, "shock therapy")) is None


_DAIL = (
    "DUBLIN — Deirbhile Ní Shúilleabháin, the Independent TD for Cork South-West, has the last question. \"I have "
    "sat across from my cousin for fifty years,\" she says.\n\n"
    "Reaction is coming in. Threshold, the housing charity, said the figures showed renters were running out "
    "of road.\n\n"
    "The Tánaiste has been speaking to reporters outside Leinster House. Asked whether the target was realistic, "
    "she said: \"It is ambitious.\"\n")


def test_a_she_after_an_opening_clause_is_the_unnamed_title_before(analyze):
    r = analyze(_DAIL)
    assert name_of(_by_content(r, "sat across from my cousin")) == "Deirbhile Ní Shúilleabháin"
    assert name_of(_by_content(r, "It is ambitious")) is None


_FACTION = (
    "TOKYO — Prosecutors said they would not charge the faction's leader, former economy minister Kenji Morita.\n\n"
    "In a statement, the Shinsei Policy Research Association, known as the Morita faction, said it regretted the "
    "indictment.\n\n"
    "Morita himself, 74, told reporters that he had never seen the ledgers.\n\n"
    "The sharpest questions came from Yumiko Morita of the opposition, who is not related to the faction "
    "leader. Morita told reporters afterwards that her party would submit a no-confidence motion.\n")


def test_a_faction_known_by_its_leaders_name_leaves_the_name_his(analyze):
    r = analyze(_FACTION)
    assert name_of(_by_content(r, "never seen the ledgers")) == "Kenji Morita"


def test_her_party_tells_namesakes_apart(analyze):
    r = analyze(_FACTION)
    assert name_of(_by_content(r, "no-confidence motion")) == "Yumiko Morita"


def test_one_name_after_a_lower_case_title_is_a_person(analyze):
    r = analyze(
        "JAKARTA — Team leader Togar Siregar, a veteran lawyer, told reporters that the count was wrong.\n\n"
        "\"Our elections are decided by Indonesians,\" foreign ministry spokeswoman Wahyuni, who like many "
        "Indonesians uses one name, told a briefing. She added that ambassadors had been reminded of the "
        "appropriate channels.\n")
    assert name_of(_by_content(r, "appropriate channels")) == "Wahyuni"


def test_a_second_surname_alone_is_whoever_has_it_first(analyze):
    r = analyze(
        "MEXICO CITY — President Ernesto Salgado Medina said the strike was illegal.\n\n"
        "Senator Arturo Medina Lozano, who leads the ruling party's bench, opened the debate.\n\n"
        "\"This reform is not revenge,\" Medina said.\n")
    assert name_of(_by_content(r, "strike was illegal")) == "Ernesto Salgado Medina"
    assert name_of(_by_content(r, "not revenge")) == "Arturo Medina Lozano"


_HEARING = (
    "WASHINGTON — Sen. Luz Marina Ochoa Reyes pressed the nominee, Evelyn Okafor-Brandt, on her record. She "
    "returned to the subject in her second round.\n\n"
    "According to her financial disclosure, filed in May, Okafor-Brandt still holds deferred compensation from "
    "Meridian.\n\n"
    "The hearing was interrupted twice by protesters from Grid Justice Now before Capitol Police removed them. "
    "In a statement, the group said it would oppose the nomination.\n\n"
    "Several people who had waited in line since Monday said they had come for the same reason.\n")


def test_her_in_a_phrase_opening_the_clause_is_its_named_subject(analyze):
    r = analyze(_HEARING)
    assert name_of(_by_content(r, "deferred compensation")) == "Evelyn Okafor-Brandt"


def test_the_group_is_no_police_force(analyze):
    r = analyze(_HEARING)
    assert name_of(_by_content(r, "oppose the nomination")) != "Capitol Police"


def test_a_weekday_is_no_speaker(analyze):
    r = analyze(_HEARING)
    assert name_of(_by_content(r, "the same reason")) is None


def test_bodies_named_after_a_title_word_or_after_their_noun(analyze):
    r = analyze(
        "BUENOS AIRES — The government said 38% of employees had reported for work, while the General "
        "Confederation of Labour (CGT) said fewer than one in ten had.\n\n"
        "The teaching union NEU Cymru argued that small rural schools were being closed by spreadsheet.\n")
    assert name_of(_by_content(r, "fewer than one in ten")) == "General Confederation of Labour"
    assert name_of(_by_content(r, "closed by spreadsheet")) == "NEU"


def test_documents_speak_for_who_compiled_released_or_sent_them(analyze):
    r = analyze(
        "TOKYO — That investigation, a 40-page report compiled by the Party Governance Review Committee, found "
        "that 82 lawmakers had received kickbacks.\n\n"
        "BRASÍLIA — Brazil's Supreme Federal Court voted to try the former president. According to a summary of "
        "the decision released by the court, the defendants would be tried like any citizen.\n\n"
        "A pre-action letter sent to the council on the campaign's behalf by the Aberystwyth solicitor Gareth "
        "Pritchard argued that the cabinet had failed to assess the closure.\n")
    assert name_of(_by_content(r, "82 lawmakers")) == "Party Governance Review Committee"
    assert name_of(_by_content(r, "tried like any citizen")) == "Supreme Federal Court"
    assert name_of(_by_content(r, "failed to assess")) == "Gareth Pritchard"


def test_the_mayor_of_the_datelines_city_is_the_person_just_named(analyze):
    r = analyze(
        "Referendum race tightens\n\n"
        "VALPARAÍSO, Chile — Camila Henríquez Soto has spent the past month climbing the hills of this port city. "
        "On Tuesday, the mayor of Valparaíso told reporters she was more convinced than ever.\n\n"
        "\"This text gives cities the money,\" Henríquez, the mayor, said.\n")
    assert name_of(_by_content(r, "more convinced than ever")) == "Camila Henríquez Soto"


def test_a_body_named_with_to_and_a_capitalised_verb_is_its_own(analyze):
    r = analyze(
        "BISHKEK, Kyrgyzstan — The State Committee for National Security said the reporter had been detained.\n\n"
        "Helena Sørlie, the OSCE media representative, criticised the law. The Committee to Protect Journalists "
        "said Kyrgyzstan had moved decisively toward the Russian model.\n")
    assert name_of(_by_content(r, "moved decisively")) == "Committee to Protect Journalists"



def test_a_hyphened_capital_the_model_leaves_untagged_speaks_for_its_country(analyze):
    r = analyze(
        "PORT-AU-PRINCE, Haiti — The council met for six hours without agreement. Port-au-Prince told foreign "
        "embassies in a diplomatic note on Wednesday that all state institutions continue to function normally.\n")
    assert name_of(_by_content(r, "function normally")) == "Haiti"
