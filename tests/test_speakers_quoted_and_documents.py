"""Speakers in the forms of session 57's probes: "X was quoted by the agency Y as saying"
(X speaks, the agency only reports); a capital the parse split in two ("Addis Ababa") or that
ends another name ("Euronext Lisbon"), and a country named as the story writes it ("Cabo
Verde"); a woman told by her surname's ending ("Dilfuza Rakhimova"); "X, who heads Y, a legal
aid group" (X a person, Y a body); documents by a body through "of", "drafted by", "by the
section of", a compound ("A US State Department cable") or a "who attached it" clause;
"the Green Climate Fund's regional office" as the fund; a role source titled with its role
further on ("The presiding judge ... Judge X told"), or set off by the very same description
paragraphs on; a name after "Head of Government"; a rank written
short ("Col.") as a role; filings that speak for no body they were lodged with; "The Hague";
a hyphened surname after a title and an unknown given name, a body's name with a participle
("on Enforced Disappearances"), a name before "campaign" that is no person's, "Outside
Parliament," as no part of a name, and "His Majesty" as no one's name. Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import name_of  # noqa: E402
from speaker_fixtures import statement_saying as _by_content  # noqa: E402

_QUOTED = (
    "Nazarov was quoted by the state news agency UzA as saying that a verdict would be delivered within the "
    "month.\n\n"
    "Deputy Education Minister Andrei Pavlovich Lyubimov was quoted by the state news agency TASS as saying that "
    "Russia \"protects all of its languages equally, and compels no one.\"\n\n"
    "Mukhlis Abdullah was quoted by Serambi Indonesia as saying that the bylaw would stay.\n\n"
    "The court's spokesman, Aybek Tursunov, spoke to reporters on Monday. He was quoted by the state news agency "
    "Dunyo as saying that the hearing would resume in May.\n")


def test_one_quoted_by_an_agency_as_saying_is_the_speaker(analyze):
    r = analyze(_QUOTED)
    for words, name in (("a verdict would be delivered", "Nazarov"),
                        ("protects all of its languages", "Andrei Pavlovich Lyubimov"),
                        ("the bylaw would stay", "Mukhlis Abdullah"),
                        ("the hearing would resume", "Aybek Tursunov")):
        assert name_of(_by_content(r, words)) == name
    contents = [" ".join(c.text for c in s.content) for s in r.statements]
    assert not any(c in ("Nazarov", "Mukhlis Abdullah", "He") for c in contents)  # no one's name is what was said
    assert all(s.source is not None and "agency" not in s.source.text for s in r.statements)


_CAPITALS = (
    "PRAIA, Cabo Verde — Sereno Air Group, which is listed on Euronext Lisbon, agreed to buy a stake in Cabo "
    "Verde Airlines.\n\n"
    "Praia has said the sale will not affect links between the islands. Lisbon, for its part, said it welcomed a "
    "deal that would strengthen the air bridge.\n\n"
    "15:50 — Addis Ababa defends curfew\n\n"
    "Addis Ababa said the curfew was a regional measure taken “within the constitutional mandate of the regional "
    "state.”\n")


def test_a_capital_speaks_for_its_country_as_the_story_names_it(analyze):
    r = analyze(_CAPITALS)
    assert name_of(_by_content(r, "will not affect links")) == "Cabo Verde"
    assert name_of(_by_content(r, "it welcomed a deal")) == "Portugal"  # not "Euronext Lisbon"
    statement = _by_content(r, "the curfew was a regional measure")
    assert statement.source.text == "Addis Ababa" and name_of(statement) == "Ethiopia"


_TRIAL = (
    "Dilfuza Rakhimova, the lead prosecutor, argued that the channel's 40,000 subscribers made him responsible for "
    "what followed. \"Words have consequences,\" she told the three-judge panel.\n\n"
    "Nurlaila, who heads Rumoh Perempuan, a legal aid group for women in the city, disagrees. She said her group "
    "had recorded 31 cases in two years.\n")


def test_a_surnames_ending_tells_a_woman_and_one_who_heads_a_group_is_a_person(analyze):
    r = analyze(_TRIAL)
    assert name_of(_by_content(r, "Words have consequences")) == "Dilfuza Rakhimova"
    assert name_of(_by_content(r, "had recorded 31 cases")) == "Nurlaila"


_DOCUMENTS = (
    "The written ruling of the Special Criminal Court for Slavery Crimes said the claim was contradicted by the "
    "testimony of neighbours.\n\n"
    "The indictment, drafted by the Prosecutor General's Office in Tashkent, alleges that Embergenov used a "
    "Telegram channel to call residents onto the streets.\n\n"
    "A report by the regional section of the Court of Auditors, published in January, found that the region had "
    "paid out less than a fifth of the compensation.\n\n"
    "A US State Department cable from March, seen by this news agency, warned that negotiators were likely to "
    "\"link compensation to the renewal.\"\n\n"
    "A leaked memo from the Green Climate Fund's regional office, seen by this newspaper, warned that dredging "
    "could accelerate erosion.\n\n"
    "Mukhlis Abdullah proposed the bylaw. An explanatory note he attached to it argues that mixed gatherings late "
    "at night “open the door to khalwat”.\n\n"
    "The pair spent heavily, according to a Huffington Post review of Federal Election Commission filings.\n")


@pytest.mark.parametrize("words, name", [
    ("the claim was contradicted", "Special Criminal Court for Slavery Crimes"),
    ("used a Telegram channel", "Prosecutor General's Office"),
    ("paid out less than a fifth", "Court of Auditors"),
    ("link compensation to the renewal", "US State Department"),
    ("could accelerate erosion", "Green Climate Fund"),
    ("open the door to khalwat", "Mukhlis Abdullah"),
    ("The pair spent heavily", "Huffington Post"),  # whose review, not whose filings
])
def test_a_document_speaks_for_who_issued_it(analyze, words, name):
    assert name_of(_by_content(analyze(_DOCUMENTS), words)) == name


_COURT = (
    "Mauritanian court jails herder for 10 years\n\n"
    "NOUAKCHOTT, Mauritania — A special court in Nouakchott on Tuesday sentenced a livestock owner to 10 years in "
    "prison for holding a woman and her two children in slavery.\n\n"
    "The presiding judge said the evidence showed that the defendant had kept the woman in conditions of total "
    "dependence.\n\n"
    "Sidi Ould Ahmed Salem, 61, who denied the charges, was also ordered to pay damages to Fatimetou Mint Mbarek. "
    "His nephew, Brahim Ould Ahmed Salem, received a suspended sentence.\n\n"
    "“The law of this republic does not recognise masters,” Judge Mohamed Lemine Ould Sidi Baba told the packed "
    "courtroom.\n")

def test_a_role_source_is_the_one_titled_with_that_role_further_on(analyze):
    assert name_of(_by_content(analyze(_COURT), "the evidence showed")) == "Mohamed Lemine Ould Sidi Baba"


_TALKS = (
    "MAJURO, Marshall Islands — Talks on compensation for nuclear tests opened on Monday.\n\n"
    "The head of the Marshallese delegation told reporters that her team had come with the same request their "
    "parents brought in 1986.\n\n"
    "The US team arrived an hour late. Its leader, Daniel Hallam, said Washington was ready to listen.\n\n"
    "The fund created in 1986 paid out only a fraction of the awards. Claimants have waited decades.\n\n"
    "Many of them have since died. Their children now carry the claims.\n\n"
    "The head of the Marshallese delegation, Ambassador Lemyo N. Jeadrik, sat on the claims tribunal for 11 "
    "years.\n")


def test_a_role_source_is_the_one_the_same_description_sets_off_later(analyze):
    assert name_of(_by_content(analyze(_TALKS), "her team had come")) == "Lemyo N. Jeadrik"


@pytest.mark.parametrize("text, words, name", [
    ("Head of Government Carmen Büchel-Wohlwend told the chamber: \"The government will not campaign in this "
     "referendum.\"", "will not campaign", "Carmen Büchel-Wohlwend"),  # a name after a title of several words
    ("Farmers drove tractors to parliament on Tuesday. The Hague insists the cuts are a legal obligation rather "
     "than a political choice.", "the cuts are a legal obligation", "Netherlands"),
    ("Outside Parliament, Viliami Fifita told reporters the company would employ 40 local workers.",
     "would employ 40 local workers", "Viliami Fifita"),  # not "Outside Parliament"
])
def test_one_sentence_names_its_speaker(analyze, text, words, name):
    assert name_of(_by_content(analyze(text), words)) == name


_HEARING = (
    "First up for the military: Col. Matthew R. Hadley, commanding officer of the base. He told senators the range "
    "was essential.\n\n"
    "Hadley said the Marine Corps had heard the concerns.\n\n"
    "The colonel said he could not give a figure tonight.\n\n"
    "The Navy sent an official to the hearing. The official, Dennis Okamura, the Navy's Guam program manager, said "
    "about 1,000 acres had been set aside.\n")


def test_a_rank_written_short_is_a_role_that_the_bare_rank_takes_up(analyze):
    r = analyze(_HEARING)
    assert name_of(_by_content(r, "could not give a figure")) == "Matthew R. Hadley"  # not the official set off next
    assert name_of(_by_content(r, "1,000 acres")) == "Dennis Okamura"


def test_filings_speak_for_no_body_they_were_lodged_with(analyze):
    r = analyze("Conservative Solutions spent nearly $3 million, according to Federal Election Commission filings. "
                "The Bloomberg poll found that the race was tied.")
    assert name_of(_by_content(r, "spent nearly $3 million")) is None
    assert name_of(_by_content(r, "the race was tied")) == "Bloomberg poll"


_NAMES = (
    "Chief financial officer Olumide Bakare-Hughes said the charge would be booked against fourth-quarter "
    "earnings. She noted that security spending had risen by a third.\n\n"
    "The Commission of Inquiry on Enforced Disappearances said that it has traced more than 8,000 people.\n\n"
    "His cousin, Kiki Nakamura, runs the Stay Together campaign. She told this blog the commission had “sold a "
    "dream without a budget”.\n")


def test_names_the_model_cut_or_took_for_a_headline_or_a_person(analyze):
    r = analyze(_NAMES)
    assert name_of(_by_content(r, "the charge would be booked")) == "Olumide Bakare-Hughes"  # the model: a body
    assert name_of(_by_content(r, "security spending had risen")) == "Olumide Bakare-Hughes"
    assert name_of(_by_content(r, "traced more than 8,000")) == "Commission of Inquiry on Enforced Disappearances"
    assert name_of(_by_content(r, "sold a dream")) == "Kiki Nakamura"  # not the campaign, a body


def test_his_majesty_is_no_ones_name(analyze):
    r = analyze("The Minister of Lands and Natural Resources told the House the lease had been granted “in full "
                "accordance with the Land Act” and approved by His Majesty in Privy Council in March. “There is "
                "nothing hidden here. Every document is in the registry,” he said.")
    assert name_of(_by_content(r, "There is nothing hidden here")) != "Majesty"
