"""Speakers in the forms of session 52's probes: a role source the story names a few sentences
on by setting the name off after the bare role ("The governor, Souksavanh Inthavong, said";
with a title between, "The commander, Colonel Héctor Almonte"; "The official, X"; "the general
secretary is X"), even where the model left the name untagged or someone named before holds a
like title; bodies' names the model left whole or untagged ("The Alliance for Rural Food
Security, a ... group", "the Defensoría del Pueblo") and the initials a text gives them after
an appositive ("known by its Spanish initials CEDEMIF") or never spells out ("The PNGEC"); a
Spanish first surname standing alone before a namesake is introduced; a dateline's country of
two words; an aside "she said" inside a report of its own; an interview that asks by "Q:" and
answers by name; a "that" clause the parse hung on a place; a role "of" a body the parse made
the head; an indefinite minister named in the next sentence; "director-general", an adjective to
the tagger; a transcript in capitals with diacritics; a short name in brackets from one of its
body's words; "which" after a name; an untagged "Farmers' Association"; a mayor who is not the
commander just quoted. Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import name_of  # noqa: E402
from speaker_fixtures import statement_saying as _by_content  # noqa: E402


def test_a_governor_named_by_a_set_off_name_sentences_later(analyze):
    r = analyze("Villagers say warnings were ignored before Laos dam collapse\n\n"
                "SEKONG, Laos — Villagers living downstream of a hydropower dam that collapsed in southern Laos "
                "on Sunday night say they saw muddy water seeping through the embankment for days and reported it "
                "to the builder, as rescuers searched on Tuesday for at least 60 people still missing.\n\n"
                "The provincial governor said 14 bodies had been recovered from the Xe Kaman river. \u201cThe "
                "water came at night, when people were sleeping. That is why the numbers are so painful,\u201d "
                "he told reporters at an evacuation centre.\n\n"
                "The governor, Souksavanh Inthavong, said provincial authorities had asked the Lao government "
                "to set up an independent committee.\n")
    assert name_of(_by_content(r, "14 bodies had been recovered")) == "Souksavanh Inthavong"
    assert name_of(_by_content(r, "The water came at night")) == "Souksavanh Inthavong"


def test_a_commissioner_set_off_by_name_is_not_the_police_commissioner(analyze):
    r = analyze("PORT MORESBY, Papua New Guinea — Fighting spread in Enga.\n\n"
                "\u201cWe are dealing with organised groups,\u201d Police Commissioner Gideon Kauna told reporters. "
                "Kauna said 120 extra officers had been flown in.\n\n"
                "The electoral commissioner said on Monday that counting in Enga would not resume. \u201cI will "
                "not send my officers into a war zone to count paper,\u201d he said.\n\n"
                "The commissioner, Matthew Aiye Kuman, said 41 of the province\u2019s 63 ballot boxes had been "
                "counted.\n")
    assert name_of(_by_content(r, "counting in Enga would not resume")) == "Matthew Aiye Kuman"
    assert name_of(_by_content(r, "I will not send my officers")) == "Matthew Aiye Kuman"


def test_a_commander_set_off_with_a_title_is_not_the_director_just_quoted(analyze):
    r = analyze("DAJABÓN, Dominican Republic — The wall will grow.\n\n"
                "Its director, Marie-Claude Joseph, said the two policies could not be separated. Joseph said "
                "she had invited the spokeswoman to visit the group\u2019s shelter.\n\n"
                "The commander of the army\u2019s northern border brigade told reporters that smugglers had tried "
                "to cut through the existing fence at least forty times since January.\n\n"
                "The commander, Colonel Héctor Almonte, said his troops had seized 300 firearms.\n")
    assert name_of(_by_content(r, "smugglers had tried to cut")) == "Héctor Almonte"


def test_an_untagged_name_set_off_after_the_minister(analyze):
    r = analyze("THIMPHU, Bhutan — Bhutan and India have agreed a new price for electricity.\n\n"
                "The kingdom\u2019s economic affairs minister told reporters on Tuesday that the deal set the tariff "
                "at 5.12 rupees per unit.\n\n"
                "The minister, Sonam Tobgay Dorji, added that the agreement would run for 15 years.\n\n"
                "In New Delhi, Rajesh Khandelwal, a joint secretary at India\u2019s Ministry of Power, said the "
                "agreement was fair.\n\n"
                "The minister said the government would now seek similar terms for three older plants.\n")
    assert name_of(_by_content(r, "the deal set the tariff")) == "Sonam Tobgay Dorji"
    assert name_of(_by_content(r, "the agreement would run")) == "Sonam Tobgay Dorji"
    assert name_of(_by_content(r, "seek similar terms")) == "Sonam Tobgay Dorji"


def test_the_official_and_the_general_secretary_is(analyze):
    r = analyze("RIGA, Latvia — Schools will teach only in Latvian.\n\n"
                "Standing beside her, the ministry\u2019s parliamentary secretary said 340 teachers had completed "
                "intensive language courses. The official, Aivars Liepiņš, added that schools would get "
                "extra help.\n")
    assert name_of(_by_content(r, "340 teachers had completed")) == "Aivars Liepiņš"
    r = analyze("Ghana cocoa price row\n\n"
                "09:10 — \u201cThree thousand one hundred cedis is an insult to the people who carry this "
                "economy on their heads,\u201d the general secretary of the Ghana National Cocoa Growers\u2019 Union "
                "said.\n\n"
                "09:14 — For readers just joining us: the general secretary is Kwabena Asante Boakye, a farmer "
                "who has led the union for six years.\n")
    assert name_of(_by_content(r, "Three thousand one hundred cedis")) == "Kwabena Asante Boakye"


def test_a_role_of_a_body_the_parse_made_the_head_is_no_body(analyze):
    r = analyze("\u201cThree thousand one hundred cedis is an insult to the people who carry this economy on "
                "their heads,\u201d the general secretary of the Ghana National Cocoa Growers\u2019 Union said.\n")
    assert name_of(_by_content(r, "Three thousand one hundred cedis")) is None


def test_bodies_named_for_someone_and_set_off_names(analyze):
    r = analyze("LILONGWE, Malawi — The maize reserve is low.\n\n"
                "The Alliance for Rural Food Security, a Geneva-based donor group that funds school feeding "
                "in 12 Malawian districts, said the crisis had been predictable.\n\n"
                "The state ombudsman\u2019s office, the Defensoría del Pueblo, urged security forces to show "
                "restraint.\n")
    assert name_of(_by_content(r, "the crisis had been predictable")) == "Alliance for Rural Food Security"
    assert name_of(_by_content(r, "security forces to show restraint")) == "Defensoría del Pueblo"


def test_initials_given_after_an_appositive_or_never_spelled_out(analyze):
    r = analyze("DAJABÓN, Dominican Republic — The wall will grow.\n\n"
                "The Centre for Migrant and Border Rights, a rights group based in Santo Domingo and known by "
                "its Spanish initials CEDEMIF, says the wall has come with a sharp rise in deportations.\n\n"
                "CEDEMIF said it would present its findings to the UN Human Rights Council.\n")
    assert name_of(_by_content(r, "a sharp rise in deportations")) == "Centre for Migrant and Border Rights"
    assert name_of(_by_content(r, "present its findings")) == "Centre for Migrant and Border Rights"
    r = analyze("TALLINN, Estonia — A cyber-attack hit the health ministry.\n\n"
                "The Information System Authority, the state cyber-security agency known by its Estonian "
                "initials RIA, said the intrusion began late on Sunday.\n\n"
                "RIA said in an updated advisory on Wednesday that the prescription service had been fully "
                "restored.\n")
    assert name_of(_by_content(r, "the prescription service")) == "Information System Authority"
    r = analyze("PORT MORESBY, Papua New Guinea — Counting stopped.\n\n"
                "The Papua New Guinea Electoral Commission later said in a statement that the return of writs "
                "would be delayed. The PNGEC also urged candidates to take their grievances to the Court of "
                "Disputed Returns.\n")
    assert name_of(_by_content(r, "take their grievances")) == "Papua New Guinea Electoral Commission"


def test_a_first_surname_alone_before_a_namesake_is_introduced(analyze):
    r = analyze("DAJABÓN, Dominican Republic — The Dominican Republic will extend its wall, Defence Minister "
                "Rafael Almonte Peña said on Tuesday.\n\n"
                "\u201cThe wall is not a gesture against anyone,\u201d Almonte told reporters at an army base.\n\n"
                "The commander, Colonel Héctor Almonte, who is not related to the minister, said his troops had "
                "seized 300 firearms.\n")
    assert name_of(_by_content(r, "The wall is not a gesture")) == "Rafael Almonte Peña"


def test_a_dateline_country_of_two_words(analyze):
    r = analyze("Solomon Islands opposition demands text of China security pact\n\n"
                "HONIARA, Solomon Islands — Solomon Islands\u2019 opposition leader on Monday demanded that the "
                "government publish the full text of a revised security agreement with China.\n\n"
                "\u201cThe people of this country are being asked to trust a document they are not allowed to "
                "read,\u201d Opposition Leader Selwyn Ramofafia told a news conference in Honiara.\n")
    assert name_of(_by_content(r, "the government publish the full text")) == "Selwyn Ramofafia"


def test_an_aside_inside_a_report_of_its_own(analyze):
    r = analyze("Selam Tesfamariam, a spokesperson for the network, said the protest had been peaceful.\n\n"
                "Mebrat Kidane said she hid behind a truck.\n\n"
                "Tesfamariam said she did not condone violence, but blamed organizers for hiring private "
                "security guards who, she said, had taunted the crowd.\n")
    st = _by_content(r, "she did not condone violence")
    assert st.source.text == "Tesfamariam"
    assert name_of(st) == "Selam Tesfamariam"


def test_an_interview_asked_by_q_and_answered_by_name(analyze):
    r = analyze("Its chief executive, Marko Zupan, answered questions ahead of the vote.\n\n"
                "Q: Why should voters believe your cost estimate?\n\n"
                "Zupan: Because we have learned from them. We will not start construction until the design "
                "is complete.\n\n"
                "Q: What happens if Slovenians vote no?\n\n"
                "Zupan: The existing unit will close in 2043.\n")
    assert name_of(_by_content(r, "Because we have learned")) == "Marko Zupan"
    assert name_of(_by_content(r, "The existing unit will close")) == "Marko Zupan"
    assert not any("cost estimate" in " ".join(c.text for c in s.content) for s in r.statements)


def test_a_that_clause_hung_on_a_place(analyze):
    r = analyze("Wilmer Quiñónez, who is not related to the family, told reporters outside the courtroom that "
                "guards had begged for reinforcements for months.\n")
    st = _by_content(r, "guards had begged for reinforcements")
    assert name_of(st) == "Wilmer Quiñónez"


def test_an_indefinite_minister_named_in_the_next_sentence(analyze):
    r = analyze("PORT LOUIS, Mauritius — Mauritius said on Thursday that it expected to assume sovereignty over "
                "the Chagos Archipelago within months.\n\n"
                "A spokesman for the prime minister, Ravi Seetulsingh, told reporters that Port Louis would honour "
                "the treaty. He added that a resettlement fund would be set up.\n\n"
                "In London, a Foreign Office minister told the House of Commons that the agreement \u201csecures "
                "the long-term future of a vital military facility.\u201d The minister, Hugh Pemberton, said the "
                "government was confident the deal would withstand any legal challenge.\n\n"
                "A senior official who asked not to be named said the talks had been difficult. The official, "
                "speaking in Port Louis, said more meetings were planned.\n")
    assert name_of(_by_content(r, "secures the long-term future")) == "Hugh Pemberton"
    assert name_of(_by_content(r, "the talks had been difficult")) is None


def test_a_director_general_set_off_by_name_is_no_ministry(analyze):
    r = analyze("JERUSALEM — A committee hearing on old apartment blocks grew heated.\n\n"
                "The Construction and Housing Ministry said it had approved 4,000 projects.\n\n"
                "The ministry\u2019s director-general, Eitan Shapira, told the committee that the figure was "
                "misleading because thousands of projects were waiting for permits.\n")
    assert name_of(_by_content(r, "the figure was misleading")) == "Eitan Shapira"


def test_a_transcript_in_capitals_with_diacritics_and_a_role_in_brackets(analyze):
    r = analyze("PRAGUE — Labour and Social Affairs Minister Marek Dvořák told reporters the reform was needed. "
                "Jana Procházková, who chairs the union confederation, disagreed.\n\n"
                "EVA RICHTEROVÁ (host): Minister, why should a nurse believe she will ever retire?\n\n"
                "MAREK DVOŘÁK: Because we are fixing the system now, precisely so that she can.\n\n"
                "JANA PROCHÁZKOVÁ: With respect, that nurse has heard the same promise from every "
                "government since 1995.\n\n"
                "MAREK DVOŘÁK: Then let her judge us by the law, not by the speeches.\n")
    assert name_of(_by_content(r, "Because we are fixing")) == "Marek Dvořák"
    assert name_of(_by_content(r, "Then let her judge us")) == "Marek Dvořák"
    assert name_of(_by_content(r, "that nurse has heard")) == "Jana Procházková"


def test_a_short_name_in_brackets_from_one_of_the_words(analyze):
    r = analyze("QUITO, Ecuador — Oil reached the San Miguel river.\n\n"
                "The state-owned Empresa Pública Petrolera del Oriente (Petroriente) said about 6,300 barrels "
                "had leaked.\n\n"
                "Petroriente said the flow had been stopped within nine hours.\n")
    assert name_of(_by_content(r, "the flow had been stopped")) == "Empresa Pública Petrolera del Oriente"


def test_a_which_after_a_name_and_an_untagged_association(analyze):
    r = analyze("Coastal towns revolt as Oslo refuses to budge on salmon tax\n\n"
                "BODØ, Norway — Mayors along the coast are in open revolt against the salmon tax.\n\n"
                "Meanwhile Nordkyst Sjømat, which operates more than 60 licences along the coast, "
                "said it was putting on hold a planned hatchery. The company blamed \u201can unpredictable tax "
                "regime that makes long-term planning impossible.\u201d\n\n"
                "The Coastal Fish Farmers\u2019 Association, which represents smaller producers, said in a "
                "statement that it supported the principle of the tax.\n")
    assert name_of(_by_content(r, "an unpredictable tax regime")) == "Nordkyst Sjømat"
    assert name_of(_by_content(r, "it supported the principle")) == "Coastal Fish Farmers\u2019 Association"


def test_the_mayor_of_a_town_is_not_the_commander_just_quoted(analyze):
    r = analyze("OLEIROS, Portugal — The report was published on Monday.\n\n"
                "The agency\u2019s regional commander at the time, Rui Manuel Almeida Costa, insisted that his "
                "crews had not been slow. Costa told reporters that they had been fighting three fires.\n\n"
                "The mayor of Oleiros, who has been among the fiercest critics of the national response, said "
                "the report confirmed what residents had been saying since the day of the fire.\n")
    assert name_of(_by_content(r, "the report confirmed")) is None
