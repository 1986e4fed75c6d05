"""Speakers in the forms of session 50's probes: a titled person the model ran into the body
after "Speaker of" or "Minister of" with a given name no list holds, Mongolian names (a
father's name in the genitive, then the given name), a bracketed abbreviation the model read
as a nationality, "the agency" after a UN fund, the elder of a father and son who share a
surname, Burmese honorifics, sports clubs and supermarket chains the model took for people,
a government in exile that is not its country's, a UN office, "the university" against a
union named after universities, a surname the model ran over a comma into a club's name, a
chamber whose name holds a plural's apostrophe, a person's name the model took for a
nationality, "the farmers' leader", a country's board, "the centre", an unnamed buyer's "he
says", "the commander" of "the officer who commands KFOR", a councillor's name the model read
as a body, a pipeline company, a name by one's child ("Abu Ali") and a prefectural
government. Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import name_of as _name, statement_saying as _by_content  # noqa: E402


def test_a_speaker_of_parliament_whose_given_name_no_list_holds(analyze):
    r = analyze("TBILISI, Georgia — A motion of no confidence failed on Friday.\n\n"
                "Speaker of Parliament Levan Abashidze announced the result, telling deputies that the government "
                "remained in office.\n\n"
                "Opposition MP Nino Beridze said the vote was rigged. \"People are paying more for bread,\" she told "
                "the chamber.\n\n"
                "Abashidze said parliament would resume its session on Tuesday.\n")
    assert _by_content(r, "the government remained in office").speaker.name == "Levan Abashidze"
    assert _by_content(r, "parliament would resume").speaker.name == "Levan Abashidze"
    assert _by_content(r, "People are paying more").speaker.name == "Nino Beridze"


def test_a_minister_of_a_long_portfolio_and_mongolian_names(analyze):
    r = analyze("ULAANBAATAR, Mongolia — The government declared an emergency on Thursday.\n\n"
                "Minister of Food, Agriculture and Light Industry Gantulgyn Batzorig said more than a million "
                "animals had died. \"This is the worst winter in memory,\" he said.\n\n"
                "In Uvs province, Dorjiin Tsetsegmaa and her husband, Lkhagvyn Ganbold, have lost half their "
                "sheep. Tsetsegmaa said the family had burned old furniture to keep warm. \"Every morning we find "
                "more animals frozen,\" she said.\n")
    assert _by_content(r, "more than a million animals").speaker.name == "Gantulgyn Batzorig"
    assert _by_content(r, "worst winter in memory").speaker.name == "Gantulgyn Batzorig"
    assert _by_content(r, "Every morning we find").speaker.name == "Dorjiin Tsetsegmaa"


def test_an_abbreviation_read_as_a_nationality_and_the_agency_after_a_un_fund(analyze):
    r = analyze("MOGADISHU, Somalia — Aid agencies appealed for funds on Monday.\n\n"
                "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said in a statement that 1.3 "
                "million people had been displaced. The agency said funding stood at 18 percent.\n\n"
                "According to OCHA, cholera cases have also risen sharply in the camps.\n\n"
                "The UN Children's Fund (UNICEF) said it had recorded 44,000 cases of malnutrition. In a separate "
                "statement, the agency warned that thousands of children would die.\n")
    assert "Humanitarian Affairs" in _name(_by_content(r, "cholera cases have also"))
    assert _by_content(r, "thousands of children would die").speaker.name == "UN Children's Fund"


def test_the_elder_and_the_younger_of_a_father_and_son(analyze):
    r = analyze("MILAN, Italy — A succession battle at a family fashion house spilled into the open on Monday "
                "when creative director Matteo Bellandi accused his father, chairman Carlo Bellandi, of selling "
                "part of the company behind the family's back.\n\n"
                "In a letter to the board, the younger Bellandi said the sale would betray his grandfather.\n\n"
                "The elder Bellandi responded within hours. \"My son is a talented designer, but he is not a "
                "businessman,\" he said in a statement.\n\n"
                "Matteo Bellandi told reporters that he had an alternative plan.\n")
    assert _by_content(r, "My son is a talented designer").speaker.name == "Carlo Bellandi"
    assert _by_content(r, "the sale would betray").speaker.name == "Matteo Bellandi"
    assert _by_content(r, "an alternative plan").speaker.name == "Matteo Bellandi"


def test_burmese_honorifics_give_the_name_and_the_gender(analyze):
    r = analyze("BANGKOK, Thailand — Myanmar's self-declared government in exile said on Sunday that it was "
                "prepared to join ceasefire talks.\n\n"
                "In a statement, the Federal Unity Council called on its neighbours to guarantee any negotiations. "
                "The council's spokesman, U Nay Lin, told reporters that the offer was serious. \"We are not "
                "asking the generals to surrender,\" he said.\n\n"
                "Nay Lin said the council would give the military thirty days to respond.\n")
    assert _by_content(r, "not asking the generals").speaker.name == "Nay Lin"  # (the honorific set aside,
    assert _by_content(r, "thirty days to respond").speaker.name == "Nay Lin"  # as "Mr." is)
    assert _name(_by_content(r, "prepared to join ceasefire")) != "Myanmar government"


def test_clubs_and_chains_the_model_took_for_people(analyze):
    r = analyze("CARDIFF, Wales — Glamorgan Warriors rejected a third offer from the French club Garonne Olympique "
                "on Thursday.\n\n"
                "The player's agent, Elin Pryce, said the offer was the best any Welsh player had received. "
                "According to Pryce, Garonne Olympique has offered a fee of about 450,000 pounds.\n\n"
                "PRAGUE — Brána Market, which operates 212 stores across Bohemia, rejected the regulator's "
                "findings. In a statement, the company said it had always treated its suppliers fairly.\n")
    assert _by_content(r, "has offered a fee").speaker.name == "Elin Pryce"
    assert _by_content(r, "always treated its suppliers").speaker.name == "Brána Market"


def test_a_un_office_and_the_university_against_a_union_of_university_staff(analyze):
    r = analyze("HELSINKI, Finland — Staff at Töölö University walked out on Monday in a strike called by the "
                "Federation of University Employees.\n\n"
                "The federation is demanding a pay rise of 4.5 percent over two years.\n\n"
                "The university said in a statement that it had offered a 3 percent increase.\n\n"
                "Rector Mikko Halonen said the budget had been squeezed. The rector later told students that he "
                "expected exams to go ahead.\n\n"
                "The United Nations office in Finland said in a statement that it was following the talks.\n")
    assert _by_content(r, "offered a 3 percent increase").speaker.name == "Töölö University"
    assert _by_content(r, "expected exams to go ahead").speaker.name == "Mikko Halonen"
    assert _by_content(r, "it was following the talks").speaker.name == "United Nations office"


def test_a_chamber_a_nationality_misread_and_the_farmers_leader(analyze):
    r = analyze("LUSAKA, Zambia — A dispute over copper royalties deepened on Tuesday.\n\n"
                "The Zambian Mining Producers’ Chamber backed the industry's position. In a submission to "
                "parliament, the chamber argued that the combined tax burden would exceed 50 percent.\n\n"
                "Before the vote, the council heard from Marguerite Oyelaran, the UN's deputy relief "
                "coordinator, who described conditions in the north as catastrophic.\n\n"
                "The Union of Independent Farmers of Bohemia and Moravia welcomed the ruling. Its chairman, Jiří "
                "Šťastný, said farmers had waited years. The farmers’ leader put it bluntly: \"If nothing "
                "changes, there will be no one left to squeeze.\"\n")
    assert "Chamber" in _name(_by_content(r, "combined tax burden"))
    assert _by_content(r, "conditions in the north").speaker.name == "Marguerite Oyelaran"
    assert _by_content(r, "no one left to squeeze").speaker.name == "Jiří Šťastný"


def test_a_countrys_board_the_centre_and_an_unnamed_buyer(analyze):
    r = analyze("VILNIUS, Lithuania — Ice on the wings was among the causes of the crash, the country's aviation "
                "accident board said on Tuesday.\n\n"
                "TBILISI — According to the Civic Monitoring Centre, a Tbilisi-based watchdog, only 14 of 40 reform "
                "commitments have been met. The centre said it had shared its findings with the government.\n\n"
                "Grape prices have barely moved in a decade, Albano Teixeira says. One buyer for a Gaia shipper, "
                "who asked that his firm not be named, says the houses are buying less fruit. \"Nobody wants to "
                "say it out loud, but there are too many grapes,\" he says.\n")
    assert _name(_by_content(r, "Ice on the wings")) != "Lithuania"
    assert _by_content(r, "shared its findings").speaker.name == "Civic Monitoring Centre"
    assert _name(_by_content(r, "Nobody wants to say")) is None


def test_who_commands_a_force_a_titled_name_read_as_a_body_and_a_pipeline_company(analyze):
    r = analyze("PRISTINA, Kosovo — Colonel Valon Gashi, the police commander for the northern region, told "
                "reporters that the attack had been planned.\n\n"
                "Major General Alessandro Ferrante, the Italian officer who commands KFOR, said his troops had "
                "reinforced the crossing. The commander added that KFOR was not involved in the investigation.\n\n"
                "LAC LA BICHE, Alberta — Councillor Jordan Wapahkesis, who holds the lands portfolio, told the "
                "panel that 14 traplines lie near the route. Northern Prairie Pipelines disputed the account. The "
                "company said it had held 23 engagement sessions. Wapahkesis said the nation could go to court. "
                "\"We would rather sit at the table,\" he said.\n")
    assert _by_content(r, "KFOR was not involved").speaker.name == "Alessandro Ferrante"
    assert _by_content(r, "14 traplines").speaker.name == "Jordan Wapahkesis"
    assert _by_content(r, "23 engagement sessions").speaker.name == "Northern Prairie Pipelines"
    assert _by_content(r, "rather sit at the table").speaker.name == "Jordan Wapahkesis"


def test_a_name_by_ones_child_and_a_prefectural_government(analyze):
    r = analyze("BEIRUT, Lebanon — \"They stole our lives,\" said Hassan Shami, a 67-year-old retired teacher "
                "known to his neighbours as Abu Ali, who has $86,000 trapped in a bank.\n\n"
                "As darkness fell, Abu Ali said he would be back in the morning. \"Where else would I go?\" he "
                "asked.\n\n"
                "TSURUGA, Japan — The town assembly voted for the restart. According to the Fukui prefectural "
                "government, three towns near the plant have asked to be heard.\n")
    assert _by_content(r, "Where else would I go").speaker.name == "Hassan Shami"
    assert _name(_by_content(r, "three towns near the plant")) != "Japan"
