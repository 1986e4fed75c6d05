"""Speakers in the forms of session 49's probes: a titled person the model ran into a body's
name ("Speaker of the House Lajos Kertész-Halmi"), ministers told apart by portfolio and by
the post they were sworn into, a party named only by its bracketed initials, an abbreviation
the model took for a common noun, "the main opposition party" that is no electoral
commission, a second reporting verb the parse hung inside the first one's content, "who"
after "based in Cork", documents by their authors, a body's secretariat, and a press
conference's edited exchange that labels each turn with its speaker's name. Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import name_of as _name, statement_saying as _by_content  # noqa: E402


def test_a_speaker_of_the_house_the_model_ran_into_the_house(analyze):
    r = analyze("BUDAPEST, Hungary — Parliament descended into shouting on Tuesday.\n\n"
                "Speaker of the House Lajos Kertész-Halmi, who repeatedly called members to order, said the "
                "opposition had deliberately sabotaged the debate.\n\n"
                "Government spokesman Gergely Somodi rejected the criticism.\n\n"
                "The speaker said he would propose changes to the house rules.\n")
    first = _by_content(r, "the opposition had deliberately")
    assert first.speaker.name == "Lajos Kertész-Halmi"
    assert first.speaker.role == "Speaker of the House"
    assert _by_content(r, "he would propose changes").speaker.name == "Lajos Kertész-Halmi"


def test_ministers_told_apart_by_portfolio_and_by_the_post_sworn_into(analyze):
    r = analyze("COLOMBO, Sri Lanka — The government replaced its finance minister on Monday.\n\n"
                "Nuwan Dissawa, a 51-year-old economist, was sworn in as minister of finance. He replaces Sunil "
                "Wickramage, who moves to the ports ministry.\n\n"
                "Wickramage denied that the move was a demotion. \"I leave the treasury in order,\" he added.\n\n"
                "The new finance minister, however, said he would review several tax concessions.\n\n"
                "Among the new faces is Sivapalan Rajendran, a Tamil MP from Nuwara Eliya. The plantation minister "
                "said the appointment showed that the government was listening.\n")
    assert _by_content(r, "he would review several tax").speaker.name == "Nuwan Dissawa"
    assert _name(_by_content(r, "the appointment showed")) != "Sunil Wickramage"


def test_a_party_and_a_directorate_named_again_by_their_bracketed_initials(analyze):
    r = analyze("Sagara Jayasundera, general secretary of the ruling Lanka Jatika Sandhanaya (LJS), said the "
                "party had been consulted.\n\n"
                "According to the LJS, the list of new ministers was approved unanimously.\n\n"
                "Prosecutors from Romania's National Anticorruption Directorate (DNA) told a court on Thursday "
                "that the defendant had steered contracts to his associates.\n\n"
                "The DNA said in a statement that it had seized assets worth 4.5 million lei.\n")
    assert _by_content(r, "the list of new ministers").speaker.name == "Lanka Jatika Sandhanaya"
    assert "Anticorruption Directorate" in _by_content(r, "it had seized assets").speaker.name


def test_the_main_opposition_party_is_no_electoral_commission(analyze):
    r = analyze("HARARE, Zimbabwe — Tensions rose on Saturday as the Zimbabwe Electoral Commission (ZEC) delayed "
                "the announcement of presidential results for a fourth day, and the main opposition party "
                "accused election officials of manufacturing tallies in three provinces.\n\n"
                "Commission chairperson Nyasha Madzima told a briefing that the delay had been caused by "
                "discrepancies.\n")
    assert _name(_by_content(r, "election officials of manufacturing")) != "Zimbabwe Electoral Commission"


def test_a_second_reporting_verb_the_parse_hung_inside_the_content(analyze):
    r = analyze("\"We have the numbers,\" opposition spokesman Sibusiso Ndlovu said.\n\n"
                "He said the party would not accept any result that could not be traced back to individual "
                "polling stations, and accused the ruling party of trying to intimidate its agents in rural "
                "Mashonaland.\n")
    assert _by_content(r, "of trying to intimidate its agents").speaker.name == "Sibusiso Ndlovu"


def test_who_after_based_in_a_city_and_the_company_after_it(analyze):
    r = analyze("DUBLIN — Brightwave Telecom, one of Ireland's largest broadband providers, confirmed on Monday "
                "that the details of 1.2 million customers had been exposed.\n\n"
                "The leak was found by Tomasz Wieczorek, an independent security researcher based in Cork, who said "
                "he had spent more than a week trying to alert the company.\n\n"
                "\"I sent four emails,\" Wieczorek told reporters.\n\n"
                "The company believes the database was accessed by at least two unknown addresses.\n")
    assert _by_content(r, "he had spent more than a week").speaker.name == "Tomasz Wieczorek"
    assert _by_content(r, "the database was accessed").speaker.name == "Brightwave Telecom"


def test_documents_speak_for_who_wrote_them_and_a_secretariat_for_its_body(analyze):
    r = analyze("HAVANA — The talks resumed on Monday under the eye of the United Nations Verification Mission "
                "in Colombia.\n\n"
                "A report published last month by the UN mission found that killings of social leaders had fallen "
                "by nearly a third.\n\n"
                "A study commissioned by the regional council and prepared by the consultancy Harrow & Pike found "
                "that most of the roads were unsafe.\n\n"
                "The next meeting will be held in two years, the Arctic Council secretariat said.\n")
    assert "Verification Mission" in _by_content(r, "killings of social leaders").speaker.name
    assert _by_content(r, "most of the roads were unsafe").speaker.name == "Harrow & Pike"
    assert _by_content(r, "The next meeting will be held").speaker.name.startswith("Arctic Council")


def test_a_body_owned_by_a_title_and_a_prelate(analyze):
    r = analyze("The Most Venerable Kotapola Dhammaratana Thero, chief prelate of the Sangha Sabha, warned the new "
                "cabinet against selling national assets. Speaking at his temple, the prelate said the monks would "
                "watch every agreement.\n\n"
                "The President's Media Division said in a statement that each new minister would present a plan.\n")
    assert "Dhammaratana Thero" in _name(_by_content(r, "the monks would watch"))
    assert "Media Division" in _name(_by_content(r, "each new minister would present"))


def test_a_press_conference_exchange_labelled_by_name(analyze):
    r = analyze("NAIROBI, Kenya — The Central Bank of Kenya cut its benchmark rate on Tuesday, but Governor Samuel "
                "Kiprono Lagat said the bank was likely to hold rates at its next meeting. Reporters Mercy Chebet "
                "and Daniel Ouma pressed him on the shilling.\n\n"
                "The following exchanges have been edited for length.\n\n"
                "Mercy Chebet, The Nairobi Ledger: Governor, the market had priced in a smaller cut. "
                "Why go further?\n\n"
                "Lagat: Because the data allowed it. Core inflation has come down faster than we projected.\n\n"
                "Daniel Ouma, Capital Markets Wire: Is the committee worried about the shilling?\n\n"
                "Lagat: We watch the exchange rate closely, but we do not target it.\n")
    question = _by_content(r, "the market had priced in")
    assert question.source.text == "Mercy Chebet" and question.speaker.name == "Mercy Chebet"
    assert _by_content(r, "Because the data allowed it").speaker.name == "Samuel Kiprono Lagat"
    assert _by_content(r, "We watch the exchange rate").speaker.name == "Samuel Kiprono Lagat"
    assert _by_content(r, "Is the committee worried").speaker.name == "Daniel Ouma"


def test_a_form_of_labelled_fields_is_no_exchange(analyze):
    r = analyze("The Faces of the Fight.\n\n"
                "Name: Gabrielle Hatcher Age: 27 City: New York\n\n"
                "Job: Waitress at a diner near the station in Queens\n\n"
                "Name: Marcus Lee Age: 31 City: Chicago\n\n"
                "Job: Cook at a burger chain on the South Side for years\n")
    assert all(s.cue is None or s.cue.text != ":" for s in r.statements)


def test_a_short_name_in_brackets_and_initials_across_a_hyphen(analyze):
    r = analyze("ANTOFAGASTA, Chile — Some 2,300 workers walked off the job on Monday after wage talks with the "
                "state-owned Empresa Minera Estatal del Norte (Eminor) collapsed.\n\n"
                "Eminor said in a statement that its final offer was responsible and competitive.\n\n"
                "Chief selector Rajendra Kulkarni announced the squad at the All-India Cricket Board's headquarters "
                "in Mumbai.\n\n"
                "The AICB said in a statement that the committee had followed the established procedure.\n")
    assert _by_content(r, "its final offer was").speaker.name == "Empresa Minera Estatal del Norte"
    assert _by_content(r, "the committee had followed").speaker.name == "All-India Cricket Board"


def test_the_nominee_answers_the_question_a_pronoun_put(analyze):
    r = analyze("ABUJA, Nigeria — The Senate on Tuesday confirmed Chinwe Okonkwo-Eze as minister of power after a "
                "three-hour screening.\n\n"
                "Okonkwo-Eze, an electrical engineer, told senators that she would make metering her first "
                "priority.\n\n"
                "The chairman of the Senate Committee on Power, Senator Olatunde Bamgbose, pressed her on recent "
                "tariff increases. He asked whether she would support a reversal.\n\n"
                "The nominee said that tariffs had to reflect the real cost of generating electricity.\n")
    assert _name(_by_content(r, "tariffs had to reflect")).endswith("Eze")  # not the senator who asked


def test_a_pronoun_after_the_one_man_named_as_the_sentence_before_s_subject(analyze):
    r = analyze("VIENNA — \"The market needs stability,\" Saudi Energy Minister Prince Faisal bin Khalid al-Harbi "
                "told reporters.\n\n"
                "Russian Deputy Prime Minister Oleg Varlamov said Moscow would not cut further. \"We are not going "
                "to punish our own companies,\" Varlamov said. Asked whether Russia would meet its quota, he "
                "replied: \"Russia always fulfils its obligations.\"\n\n"
                "Prince Faisal appeared to push back. He said every member had to honour the agreed ceilings.\n\n"
                "The OPEC Secretariat said in a statement that ministers had agreed to commission a review.\n")
    assert "Faisal" in _by_content(r, "every member had to honour").speaker.name
    assert "OPEC" in _name(_by_content(r, "ministers had agreed to commission"))


def test_which_after_a_body_based_in_a_city(analyze):
    r = analyze("A court ruled for the campaign group.\n\n"
                "The case was brought by Greenlight Foundation, a charity based in Utrecht, which argued that the "
                "government's plans would leave the Netherlands well short of its 2030 target.\n")
    assert _by_content(r, "the government's plans would leave").speaker.name == "Greenlight Foundation"


def test_a_body_the_model_called_a_building_before_its_description(analyze):
    r = analyze("THE HAGUE, Netherlands — The District Court of The Hague on Wednesday ordered the Dutch state "
                "to present a stricter plan for cutting emissions within twelve months.\n\n"
                "The case was brought by Stichting Klimaatrecht Nu, a foundation based in Utrecht, which argued "
                "that the government's plans would leave the Netherlands well short of its 2030 target.\n")
    assert _by_content(r, "the government's plans would leave").speaker.name == "Stichting Klimaatrecht Nu"
