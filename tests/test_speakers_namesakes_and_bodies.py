"""Speakers in the forms of session 60's probes: a capital that is also a person's given name
("Santiago said"); "added 14 companies to a list", which reports nothing; namesakes told apart
by the "She" that goes on in the next sentence; a title's capital abbreviation ("the DPP")
only where the article writes the title out; a body's name going on with "and"; a he inside
a relative clause on an unnamed judge; "Her predecessor", who is someone else; a
president-elect, who is no council's president; "Its chairman" of an unnamed commission; a
body the model took for a person ("Usdaw, the shopworkers' union"), which is no company;
Malaysian names ("Ramasamy a/l Subramaniam", "Datuk Seri Kamaruddin"); an unnamed court in
the lead, which is not the company named next; "the tycoon"; a court's chamber; a body
classed by a plural possessor ("The bishops' conference"); a Spanish first surname shared
by two people, one named only later; "the federation" after a confederation; a body's mission;
an unnamed body in the lead named next with its word ("an independent monitoring body"); and an
age after "The sharpest reply came from X". Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import name_of  # noqa: E402
from speaker_fixtures import statement_saying as _by_content  # noqa: E402

_REFERENDUM = (
    "VALPARAÍSO, Chile — Camila Henríquez Soto, the mayor, has campaigned for a month. \"This text gives cities "
    "the money,\" Henríquez said on Tuesday.\n\n"
    "Her cousin, Senator Rodrigo Henríquez Larraín, argued on Monday that the document would \"lock one "
    "generation's politics into stone.\"\n\n"
    "Business has weighed in too. Santiago Lagos Errázuriz, president of the Confederation of Production and "
    "Commerce, said the draft would frighten investors.\n\n"
    "La Paz said last week that the wording was a provocation. Santiago said on Monday that the article merely "
    "restated existing law.\n")


def test_a_capital_is_no_person_it_is_the_given_name_of(analyze):
    r = analyze(_REFERENDUM)
    assert name_of(_by_content(r, "merely restated existing law")) == "Chile"


def test_a_first_surname_goes_to_the_one_named_before_it(analyze):
    r = analyze(_REFERENDUM)
    assert name_of(_by_content(r, "gives cities")) == "Camila Henríquez Soto"


_CURBS = (
    "TAIPEI, Taiwan — Taiwan on Thursday added 14 Chinese companies to a list of entities barred from buying its "
    "chipmaking equipment.\n\n"
    "Economics Minister Chiang Pei-yu said the decision had been under review for months. \"We do not make trade "
    "policy with a stopwatch,\" she told reporters.\n\n"
    "The defence ministry's spokesman, Major General Chiang Chih-ming, told a briefing that the situation was "
    "under control. The general, who is not related to the minister, said the drills looked like a blockade.\n\n"
    "Taipei said in response that the office did not speak for Taiwan, while Chiang told lawmakers the new rules "
    "had been discussed with partners. She insisted the list was \"not aimed at the people of China\".\n")


def test_adding_things_to_a_list_reports_nothing(analyze):
    r = analyze(_CURBS)
    assert not [s for s in r.statements if s.cue.text.startswith("added")]


def test_a_namesake_is_the_one_the_next_she_fits(analyze):
    r = analyze(_CURBS)
    assert name_of(_by_content(r, "discussed with partners")) == "Chiang Pei-yu"
    assert name_of(_by_content(r, "not aimed at the people")) == "Chiang Pei-yu"


_TRIAL = (
    "KUALA LUMPUR, Malaysia — A former aide told the High Court on Wednesday that he delivered cash to the home of "
    "ex-works minister Datuk Seri Kamaruddin bin Haji Osman.\n\n"
    "\"I did not count it,\" Faizal said under examination by deputy public prosecutor Nurul Huda binti Abdul "
    "Rahman.\n\n"
    "Kamaruddin, 63, told reporters outside the court that he was innocent.\n\n"
    "Under cross-examination, the former minister's lead counsel, Ramasamy a/l Subramaniam, said the witness had "
    "been promised immunity. Ramasamy told the court the case \"rests on one man's word\".\n\n"
    "The DPP objected, saying the arrangement had been disclosed to the defence \"months ago\".\n")


def test_a_title_abbreviation_is_the_prosecutor_the_article_spells_out(analyze):
    r = analyze(_TRIAL)
    assert name_of(_by_content(r, "disclosed to the defence")) == "Nurul Huda binti Abdul Rahman"


def test_an_abbreviation_never_spelled_out_stays_a_body(analyze):
    r = analyze("TAIPEI, Taiwan — The DPP said on Monday that the vote had been fair.\n")
    assert name_of(_by_content(r, "vote had been fair")) == "DPP"


def test_malaysian_names_keep_a_l_and_drop_the_rank(analyze):
    r = analyze(_TRIAL)
    assert name_of(_by_content(r, "rests on one man")) == "Ramasamy a/l Subramaniam"
    assert name_of(_by_content(r, "he was innocent")) == "Kamaruddin bin Haji Osman"


_BORDER = (
    "BELGRADE, Serbia — Serbia’s Office for Kosovo and Metohija said the wounded man had been taken to a hospital "
    "in Kosovska Mitrovica.\n")


def test_a_body_name_goes_on_with_and(analyze):
    r = analyze(_BORDER)
    assert name_of(_by_content(r, "taken to a hospital")).endswith("Office for Kosovo and Metohija")


_AUDIT = (
    "BEIRUT — The central bank's former governor, Fouad Khoury, denies that he broke any law. In a written "
    "statement, he said the audit \"confuses policy choices with crimes\".\n\n"
    "Judge Rania Beiruti smiled when the argument was put to her. \"Monetary policy does not usually need offshore "
    "accounts,\" she said.\n\n"
    "She is not the first judge to try. Her predecessor on the file, a former appeals court judge who stepped "
    "aside after what he called \"a campaign of intimidation\", now teaches law.\n\n"
    "Her predecessor said the pressure had never let up.\n")


def test_a_he_inside_a_relative_clause_is_its_unnamed_judge(analyze):
    r = analyze(_AUDIT)
    assert name_of(_by_content(r, "a campaign of intimidation")) is None


def test_her_predecessor_is_not_her(analyze):
    r = analyze(_AUDIT)
    assert name_of(_by_content(r, "never let up")) is None


_RESULT = (
    "DAKAR, Senegal — \"None of the complaints changes the result,\" said Aminata Dièye Gaye, the council's "
    "president, reading the ruling.\n\n"
    "Ibrahima Fall Sarr, 64, made no public appearance on Thursday. The president-elect was quoted by the state "
    "daily as saying that he would be \"the president of all Senegalese\".\n")


def test_a_president_elect_is_no_council_president(analyze):
    r = analyze(_RESULT)
    assert name_of(_by_content(r, "the president of all Senegalese")) != "Aminata Dièye Gaye"


_INQUIRY = (
    "ATYRAU, Kazakhstan — A former officer told a parliamentary commission on Tuesday that police had been "
    "ordered to fire.\n\n"
    "The commission's chairman, Arman Serikuly, pressed the witness on who had given the order.\n\n"
    "The Interior Ministry said it had found no evidence of such an order.\n\n"
    "The commission is due to report by the end of November. Its chairman told journalists after the session "
    "that the findings would be published in full.\n")


def test_its_chairman_of_an_unnamed_commission_is_the_one_named_its_chairman(analyze):
    r = analyze(_INQUIRY)
    assert name_of(_by_content(r, "published in full")) == "Arman Serikuly"


_CLOSURES = (
    "LONDON — Castell & Reeve, the department store chain, said on Wednesday that it would close 38 shops.\n\n"
    "Usdaw, the shopworkers' union, said the closures were \"a hammer blow\" for the towns affected. Its national "
    "officer, Dave Kinsella, said the union would seek urgent talks.\n\n"
    "The union argued that every affected worker should be offered another job. The company said all staff had "
    "been briefed before the announcement.\n")


def test_a_union_the_model_took_for_a_person_is_a_body_and_no_company(analyze):
    r = analyze(_CLOSURES)
    assert name_of(_by_content(r, "offered another job")) == "Usdaw"
    assert name_of(_by_content(r, "staff had been briefed")) == "Castell & Reeve"
    assert _by_content(r, "seek urgent talks").speaker.affiliation == "Usdaw"


_EVICTION = (
    "PHNOM PENH — A court ruled that 214 families must leave, handing victory to a developer owned by the tycoon "
    "Oknha Ly Heng.\n\n"
    "Heng Development said in a statement that it welcomed the decision.\n\n"
    "Oknha Ly Heng, 61, did not attend the hearing. Reached by telephone, the tycoon said he had \"always been "
    "ready to talk\" to the families.\n")


def test_an_unnamed_court_in_the_lead_is_not_the_company_named_next(analyze):
    r = analyze(_EVICTION)
    assert name_of(_by_content(r, "214 families must leave")) is None


def test_the_tycoon_is_the_tycoon_named_before(analyze):
    r = analyze(_EVICTION)
    assert name_of(_by_content(r, "ready to talk")) == "Oknha Ly Heng"


_BAN = (
    "CARACAS, Venezuela — Venezuela's Supreme Tribunal of Justice on Friday upheld a ban on the opposition's "
    "candidate.\n\n"
    "In a ruling published after midnight, the tribunal's political-administrative chamber said the comptroller "
    "had acted within his powers.\n\n"
    "Monsignor Ricardo Peña, president of the Venezuelan Episcopal Conference, warned that people would leave. "
    "The bishops' conference said in a separate statement that it was ready to offer its good offices.\n")


def test_a_courts_chamber_speaks_for_the_court(analyze):
    r = analyze(_BAN)
    assert name_of(_by_content(r, "acted within his powers")) == "Supreme Tribunal of Justice"


def test_a_body_classed_by_a_plural_possessor_is_the_body_of_that_name(analyze):
    r = analyze(_BAN)
    assert name_of(_by_content(r, "offer its good offices")) == "Venezuelan Episcopal Conference"


_EMPLOYERS = (
    "SANTIAGO, Chile — Santiago Lagos Errázuriz, president of the Confederation of Production and Commerce, the "
    "main employers' federation, said the draft would frighten investors.\n\n"
    "The federation said in a statement on Monday that the phrase had been taken out of context.\n")


def test_the_federation_is_the_confederation_named_before(analyze):
    r = analyze(_EMPLOYERS)
    assert name_of(_by_content(r, "taken out of context")) == "Confederation of Production and Commerce"


_OBSERVERS = (
    "DAKAR, Senegal — The Constitutional Council on Thursday confirmed the result.\n\n"
    "In a preliminary statement, the European Union's election observation mission found that the count had "
    "been broadly orderly.\n")


def test_a_bodys_mission_is_named_after_the_body(analyze):
    r = analyze(_OBSERVERS)
    assert name_of(_by_content(r, "broadly orderly")) == "European Union mission"


_MONITORS = (
    "ADDIS ABABA, Ethiopia — Government troops and fighters of the Gibe Liberation Front repeatedly violated a "
    "ceasefire, an independent monitoring body said on Monday.\n\n"
    "The Joint Ceasefire Monitoring Commission, set up under the accord signed in March, documented 43 "
    "violations between April and September.\n")


def test_an_unnamed_body_in_the_lead_is_the_body_named_next_with_its_word(analyze):
    r = analyze(_MONITORS)
    assert name_of(_by_content(r, "repeatedly violated")) == "Joint Ceasefire Monitoring Commission"


_DEBATE = (
    "TBILISI, Georgia — Giorgi Beridze, the committee chairman, said opponents had been paid.\n\n"
    "The sharpest reply came from Nino Beridze, a former judge who is no relation. \"The American law is about "
    "lobbyists,\" the 41-year-old said.\n")


def test_an_age_after_the_reply_came_from_is_that_person(analyze):
    r = analyze(_DEBATE)
    assert name_of(_by_content(r, "about lobbyists")) == "Nino Beridze"
