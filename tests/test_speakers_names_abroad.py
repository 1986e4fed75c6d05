"""Speakers in the forms of session 47's second round: bodies the small model takes for
people or cuts short (an NGO after "group", a directorate, a party named "Front" or
"Alliance", a confederation with a Portuguese name), Dutch and Irish names, nicknames
"known ... as", a company named only as an analyst's employer, and an unnamed participant
described by age. Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import speaker_of as _speaker, statement_saying as _by_content  # noqa: E402


def _name(st) -> str | None:
    return st.speaker.name if st.speaker is not None else None


def test_a_name_after_group_is_the_group_that_speaks_later(analyze):
    r = analyze("JAKARTA — Haze covered the city again on Monday.\n\n"
                "Ratna Dewi Kusumawardani, campaign director at the Jakarta-based environmental group Hutan Kita "
                "Watch, said the arrests were for show.\n\n"
                "Police said 14 people had been charged.\n\n"
                "The group said in a report last month that most fires were inside plantations. It warned that "
                "the season would get worse.\n")
    assert _name(_by_content(r, "most fires were inside plantations")) == "Hutan Kita Watch"
    assert _name(_by_content(r, "the season would get worse")) == "Hutan Kita Watch"


def test_a_directorate_is_a_named_body(analyze):
    r = analyze("PALERMO — The trial went on.\n\n"
                "In a statement issued after the hearing, the Palermo District Anti-Mafia Directorate said the "
                "witness had led investigators to 41 arrests.\n")
    assert _name(_by_content(r, "the witness had led")) == "Palermo District Anti-Mafia Directorate"


def test_a_given_name_before_lower_case_particles_is_part_of_the_name(analyze):
    r = analyze("AMSTERDAM — Talks went on.\n\n"
                "Joost ter Horst, the party leader, said he would go to the meeting.\n")
    assert _speaker(r, "Joost ter Horst, the party leader").name == "Joost ter Horst"


def test_a_colon_quote_after_an_asked_clause_has_its_speaker(analyze):
    r = analyze("THE HAGUE — The coalition row deepened on Tuesday.\n\n"
                "Joost ter Horst, the 51-year-old leader of the Civic Union, said the deal was a betrayal.\n\n"
                "Asked whether the Civic Union was prepared to bring down the government, he was blunt: "
                "“That depends entirely on Pieter.”\n")
    assert _name(_by_content(r, "That depends entirely on Pieter")) == "Joost ter Horst"


def test_irish_names_and_an_anonymous_td(analyze):
    r = analyze("DUBLIN — The rent Bill ran into trouble on Wednesday.\n\n"
                "The Tánaiste, Siobhán Ní Bhriain, accused the Opposition of \"playing politics with people's "
                "homes\" during Leaders' Questions.\n\n"
                "The leader of Comhaontas Nua, Gráinne Ní Mhurchú, said her party would table amendments. One "
                "senior Comhaontas Nua TD, who asked not to be named, said the party had been told of the "
                "Minister's position.\n")
    assert _name(_by_content(r, "playing politics")) == "Siobhán Ní Bhriain"
    assert _name(_by_content(r, "the party had been told")) is None


def test_the_company_is_not_one_named_only_as_an_analysts_employer(analyze):
    r = analyze("Shares in Northlake Logistics fell 11 percent on Thursday after the delivery company cut its "
                "forecast and said it would close three warehouses.\n\n"
                "Ethan Brodsky of Lindqvist & Rowe pressed the executives on jobs. Brodsky then asked whether the "
                "company would reach its targets.\n\n"
                "The company said in a statement after the call that workers would get twelve weeks of pay.\n")
    assert _name(_by_content(r, "it would close three warehouses")) == "Northlake Logistics"
    assert _name(_by_content(r, "workers would get twelve weeks")) == "Northlake Logistics"


def test_the_party_is_the_one_just_named_when_another_is_called_alliance(analyze):
    r = analyze("CAPE TOWN — The water row reached Parliament on Tuesday.\n\n"
                "The Democratic Reform Alliance said the minister had to go.\n\n"
                "The African Unity Congress (AUC) governs the province. The AUC itself was more measured. In a "
                "statement, the party said it retained full confidence in the minister.\n")
    assert _name(_by_content(r, "it retained full confidence")) == "African Unity Congress"


def test_a_nickname_known_as_and_a_captain_inside_a_quote(analyze):
    r = analyze("BELO HORIZONTE — Vila Serrana sacked its coach on Tuesday.\n\n"
                "Sebastião Rocha Neto, known throughout the game as Tião, had been in charge for eleven months.\n\n"
                "Tião was defiant when he spoke to Rádio Serrana FM. \"I would do it again tomorrow,\" the coach "
                "said. \"A captain who does not come to training is not a captain.\" He insisted that he had "
                "informed the board of every step.\n")
    assert _name(_by_content(r, "he had informed the board")) == "Sebastião Rocha Neto"


def test_a_confederation_with_a_portuguese_name_is_the_confederation(analyze):
    r = analyze("RIO DE JANEIRO — The transfer row went on.\n\n"
                "The Confederação Nacional de Futebol said on Wednesday that it had opened an inquiry.\n\n"
                "The club's president, Ademar Cavalcanti Filho, said he would cooperate. The confederation said "
                "both sides would be heard next week.\n")
    assert _name(_by_content(r, "both sides would be heard")) == "Confederação Nacional de Futebol"


def test_an_unnamed_participant_described_by_age_keeps_his_words(analyze):
    r = analyze("LONDON — A study of 2,000 older people found that walking helped memory.\n\n"
                "Dr. Tomasz Wilk, who led the study, said the effect was large.\n\n"
                "One participant, a 79-year-old former postman from Sheffield, said he had walked his dog twice "
                "a day. \"The dog got me out of the house in all weathers,\" he said.\n")
    assert _name(_by_content(r, "The dog got me out")) is None


def test_a_surname_after_mr_is_the_man_named_in_full_and_he_is_his(analyze):
    r = analyze("OSLO — The fraud trial of a fish farmer opened on Monday.\n\n"
                "Torbjørn Ødegård-Lie, who ran the company until last spring, has pleaded not guilty.\n\n"
                "Her lawyer, Åsa Bäckström, told reporters that her client had been threatened. \"She is ready to "
                "tell the court everything,\" she said.\n\n"
                "Mr Ødegård-Lie, 58, spoke briefly outside the courthouse. \"I have nothing to hide,\" he said.\n")
    assert _name(_by_content(r, "I have nothing to hide")) == "Torbjørn Ødegård-Lie"


def test_a_firm_after_an_industry_title_is_a_firm_when_its_first_word_stands_alone(analyze):
    r = analyze("OSLO — A fraud trial opened on Monday.\n\n"
                "The former chief executive of salmon farmer Nordkyst Havbruk knew the counts were altered, a "
                "prosecutor said.\n\n"
                "Nordkyst itself faces a fine. Nordkyst said in a statement that it had changed its "
                "procedures.\n")
    st = _by_content(r, "it had changed its procedures")
    assert st.speaker is not None and st.speaker.kind == "organisation"


def test_the_company_is_the_company_that_was_the_last_sentences_subject(analyze):
    r = analyze("SEOUL — Prosecutors sought an arrest warrant for the chairman of Hanseong Group on Thursday.\n\n"
                "Hanseong Group rejected the accusations, the group said in a statement.\n\n"
                "Hanseong Chemical, whose shares fell 7 percent, struck a different tone. The company said in a "
                "filing that it had found irregularities in past transactions.\n")
    assert _name(_by_content(r, "it had found irregularities")) == "Hanseong Chemical"


def test_initials_after_a_bloc_prefix_are_the_same_body(analyze):
    r = analyze("GAZA — Aid deliveries fell on Saturday.\n\n"
                "The UN Office for the Coordination of Humanitarian Affairs said only 41 trucks had entered. OCHA "
                "added that fuel deliveries to hospitals had been delayed for a third day.\n")
    assert _by_content(r, "fuel deliveries to hospitals").speaker.name \
        == "UN Office for the Coordination of Humanitarian Affairs"
