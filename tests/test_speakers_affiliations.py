"""What a speaker's role belongs to: the organisation a description names, the person a
staff role serves, and what is no affiliation at all (a person one backs, a place, a
topic of expertise)."""
from __future__ import annotations

import pytest

from speaker_fixtures import _resolve, _statement, nlp, speaker_named  # noqa: F401 - the session fixture


def _one(nlp, text: str, source: str):  # noqa: F811
    """The speaker of ``source`` saying the rest of its sentence."""
    after = text[text.index(source) + len(source):]
    cue = "said"
    content = after[after.index(cue) + len(cue):].strip(" .")
    sts = [_statement(text, (source, 0), (cue, text[:text.index(source)].count(cue)), (content, 0))]
    _resolve(nlp, text, sts)
    return sts[0].speaker


@pytest.mark.parametrize("text, source, affiliation", [
    ("Clinton campaign manager Robby Mook said the race was close.",
     "Clinton campaign manager Robby Mook", "Clinton campaign"),
    ("Corey Lewandowski, Mr. Trump's former campaign manager, said the rally went well.",
     "Corey Lewandowski, Mr. Trump's former campaign manager", "Trump's campaign"),
    ("Steven Law, a former top aide to Senate Majority Leader Mitch McConnell, said the ads would run.",
     "Steven Law, a former top aide to Senate Majority Leader Mitch McConnell", "Mitch McConnell"),
])
def test_a_staff_role_belongs_to_the_campaign_or_person_it_serves(nlp, text, source, affiliation):  # noqa: F811
    assert _one(nlp, text, source).affiliation == affiliation


@pytest.mark.parametrize("text, source", [
    ("Jay Jacobs, a Clinton supporter, said the party would unite.", "Jay Jacobs, a Clinton supporter"),
    ("Martha Allen, a Sanders delegate from Vermont, said the party would unite.",
     "Martha Allen, a Sanders delegate from Vermont"),
    ("Terry Giles, a longtime Carson friend, said the campaign was over.", "Terry Giles, a longtime Carson friend"),
    ("Maria Hinojosa, an Award-winning journalist, said the story mattered.",
     "Maria Hinojosa, an Award-winning journalist"),
])
def test_whom_one_backs_or_befriends_is_no_affiliation(nlp, text, source):  # noqa: F811
    assert _one(nlp, text, source).affiliation is None


@pytest.mark.parametrize("text, source, affiliation", [
    ("Fred Kagan, director of the Critical Threats Project at the American Enterprise Institute, said the "
     "plan would fail.", "Fred Kagan, director of the Critical Threats Project at the American Enterprise Institute",
     "American Enterprise Institute"),
    ("Jeffery Hemsley, an assistant professor in the school of information studies at Syracuse University, "
     "said rumors spread fast.",
     "Jeffery Hemsley, an assistant professor in the school of information studies at Syracuse University",
     "Syracuse University"),
    ("Emmanuel Saez, an economics professor at the University of California at Berkeley, said inequality grew.",
     "Emmanuel Saez, an economics professor at the University of California at Berkeley",
     "University of California at Berkeley"),
    ("Alicia Bannon, senior counsel in the Brennan Center's Democracy Program, said the race was costly.",
     "Alicia Bannon, senior counsel in the Brennan Center's Democracy Program", "Brennan Center's Democracy Program"),
])
def test_the_affiliation_is_the_institution_a_post_is_at(nlp, text, source, affiliation):  # noqa: F811
    assert _one(nlp, text, source).affiliation == affiliation


def test_a_topic_of_expertise_is_neither_affiliation_nor_country(nlp):  # noqa: F811
    text = ("Andrew J. Tabler, an expert on Syria at the Washington Institute for Near East Policy, said the "
            "truce would fail.")
    speaker = _one(nlp, text, "Andrew J. Tabler, an expert on Syria at the Washington Institute for Near East Policy")
    # the country is the institute's city's (Washington), not the topic's (Syria)
    assert (speaker.affiliation, speaker.country) == ("Washington Institute for Near East Policy", "USA")


def test_an_organisations_possessive_before_a_name_is_the_affiliation(nlp):  # noqa: F811
    text = "“The bullying has to stop,” Fox's Chris Wallace said on Sunday."
    sts = [_statement(text, ("Fox's Chris Wallace", 0), ("said", 0), ("“The bullying has to stop,”", 0))]
    _resolve(nlp, text, sts)
    assert (sts[0].speaker.name, sts[0].speaker.affiliation) == ("Chris Wallace", "Fox")


def test_a_name_the_model_ran_together_with_its_outlets_possessive_is_the_person(nlp):  # noqa: F811
    text = "Breitbart’s Joel Pollak said the move was a mistake."
    sts = [_statement(text, ("Breitbart’s Joel Pollak", 0), ("said", 0), ("the move was a mistake", 0))]
    _resolve(nlp, text, sts)
    assert (sts[0].speaker.name, sts[0].speaker.affiliation) == ("Joel Pollak", "Breitbart")


def test_a_dateline_before_a_title_is_not_part_of_the_role(nlp):  # noqa: F811
    text = "CONCORD, N.H. - Sen. Bernie Sanders said he had won the primary."
    speaker = _one(nlp, text, "Sen. Bernie Sanders")
    assert (speaker.name, speaker.role) == ("Bernie Sanders", "Sen.")


def test_what_a_quotation_calls_someone_is_not_their_role(nlp):  # noqa: F811
    text = ("Paul Pillar said, “Hillary Clinton is a more hawkish person than Obama.” "
            "Hillary Clinton said the strikes would go on.")
    quote = "“Hillary Clinton is a more hawkish person than Obama.”"
    sts = [_statement(text, ("Paul Pillar", 0), ("said", 0), (quote, 0)),
           _statement(text, ("Hillary Clinton", 1), ("said", 1), ("the strikes would go on", 0))]
    _resolve(nlp, text, sts)
    assert sts[1].speaker.name == "Hillary Clinton" and sts[1].speaker.role is None



def test_the_party_one_votes_for_is_an_affiliation_and_a_candidate_is_not(nlp):  # noqa: F811
    text = "GOP primary voters said they wanted a change. Sanders donors said they wanted more."
    sts = [_statement(text, ("GOP primary voters", 0), ("said", 0), ("they wanted a change", 0)),
           _statement(text, ("Sanders donors", 0), ("said", 1), ("they wanted more", 0))]
    _resolve(nlp, text, sts)
    assert [st.speaker.affiliation for st in sts] == ["Republican Party", None]  # the party word, named as the party


@pytest.mark.parametrize("text, source, role, affiliation", [
    ("Filippo Grandi, the UN High Commissioner for Refugees, said the camps were full.",
     "Filippo Grandi, the UN High Commissioner for Refugees", "UN High Commissioner for Refugees", "UN"),
    ("Carly Fiorina, the former Hewlett-Packard CEO, said the race was open.",
     "Carly Fiorina, the former Hewlett-Packard CEO", "former Hewlett-Packard CEO", "Hewlett-Packard"),
])
def test_a_title_the_tagger_read_as_a_proper_noun_is_still_a_role(nlp, text, source, role, affiliation):  # noqa: F811
    # "Refugees" is whom the office serves, capitalised in its title: no affiliation
    sp = _one(nlp, text, source)
    assert (sp.role, sp.affiliation) == (role, affiliation)


def test_a_name_ending_in_s_is_still_an_affiliation(nlp):  # noqa: F811
    text = "Cheryl Mills testified for hours. A lawyer for Mills said she answered every question."
    assert _one(nlp, text, "A lawyer for Mills").affiliation == "Cheryl Mills"


def test_a_seat_is_no_affiliation_and_a_party_word_is_its_party(analyze):
    r = analyze("Rachael Maskell, the Labour MP for York Central, said she would vote against the bill. "
                "GOP strategist Keith Nahigian said the race was over.\n")
    by_name = {sp.name: sp for sp in r.speakers}
    assert by_name["Rachael Maskell"].affiliation == "Labour Party"
    assert by_name["Keith Nahigian"].affiliation == "Republican Party"


def test_a_body_the_model_did_not_tag_before_a_title_is_the_affiliation(analyze):
    r = analyze("WASHINGTON — The White House on Monday defended its plan to impose new tariffs on steel "
                "imports, even as close allies warned of retaliation.\n\n"
                "\"The president has been clear: American workers come first,\" press secretary Karoline "
                "Leavitt told reporters at the daily briefing. She said the tariffs would take effect on March 1.\n\n"
                "Canada's trade minister, Mary Ng, called the move \"unacceptable.\" In a post on X, she wrote "
                "that Ottawa would respond \"in kind.\"\n\n"
                "European Commission President Ursula von der Leyen said the bloc was ready to act. \"We will "
                "protect our interests,\" she said in Brussels.\n\n"
                "State Sen. Lee Bright said he backed Cruz.\n")
    by_name = {sp.name: sp for sp in r.speakers}
    assert by_name["Ursula von der Leyen"].affiliation == "European Commission"
    assert by_name["Lee Bright"].affiliation != "State"


def test_a_group_named_with_a_plural_title_is_an_affiliation(analyze):
    r = analyze("Fr. Frank Pavone, national director of Priests for Life, criticized the party's draft platform.")
    assert r.statements[0].speaker.affiliation == "Priests for Life"


def test_a_staff_member_s_affiliation_is_the_full_name_of_whom_they_serve(analyze):
    r = analyze("Carlos Alcaraz lost the final on Sunday.\n\nAlcaraz's coach, Juan Carlos Ferrero, said his "
                "player had been tired.\n")
    st = next(s for s in r.statements if s.speaker.name == "Juan Carlos Ferrero")
    assert st.speaker.affiliation == "Carlos Alcaraz"


def test_a_surname_two_people_share_stays_as_written(analyze):
    r = analyze("Hillary Clinton and Bill Clinton arrived together.\n\nClinton spokesman Brian Fallon said the "
                "couple would speak later.\n")
    st = next(s for s in r.statements if s.speaker.name == "Brian Fallon")
    assert st.speaker.affiliation == "Clinton"


def test_a_body_word_before_a_title_is_the_one_body_named_with_it(analyze):
    r = analyze("According to a statement from the European Commission, the bloc is ready to respond. "
                "Commission spokesman Olof Gill said the EU preferred a negotiated solution.\n")
    st = next(s for s in r.statements if s.speaker is not None and s.speaker.name == "Olof Gill")
    assert st.speaker.affiliation == "European Commission"


def test_a_title_set_off_without_a_comma_is_one_role_and_a_portfolio_no_body(analyze):
    r = analyze("Sir Bill Cash, the veteran Tory MP for Stone, said he would table amendments.\n\n"
                "The Home Secretary said the plan was lawful.\n\n"
                "A spokeswoman, Petty Officer Ryan Wood, said two of them were children.\n")
    by_source = {s.source.text: s.speaker for s in r.statements}
    assert by_source["Sir Bill Cash, the veteran Tory MP for Stone"].role == "veteran Tory MP for Stone"
    assert by_source["The Home Secretary"].affiliation is None  # not "Home"
    assert by_source["A spokeswoman, Petty Officer Ryan Wood"].affiliation is None  # not "Petty"


def test_kin_have_no_affiliation_nor_their_relative_s_party(analyze):
    r = analyze("Thomas Perez, the son of Dominican immigrants, said the law was unfair.\n\n"
                "Eric Trump, son of the Republican presidential front-runner, said his father would win.\n")
    by_name = {sp.name: sp for sp in r.speakers}
    assert by_name["Thomas Perez"].affiliation is None
    assert by_name["Eric Trump"].affiliation is None and by_name["Eric Trump"].party is None


def test_a_company_named_before_a_title_is_the_affiliation(analyze):
    r = analyze("Pfizer Inc said on Monday it would buy Seagen Inc for $43 billion.\n\n"
                "\"Together, we can accelerate the next generation of cancer breakthroughs,\" Pfizer Chief "
                "Executive Albert Bourla said in a statement.\n\n"
                "The Associated Press asked the White House. Press Secretary Josh Earnest said it was no concern.\n")
    by_name = {sp.name: sp for sp in r.speakers}
    assert by_name["Albert Bourla"].affiliation == "Pfizer"
    assert by_name["Josh Earnest"].affiliation is None  # a two-word title, not the Associated Press


def test_a_state_named_in_a_role_gives_its_country(analyze):
    r = analyze("Texas Attorney General Ken Paxton called the decision a dark day for free speech.\n\n"
                "Premier Danielle Smith, the leader of Alberta, said the province would appeal.\n")
    assert [s.speaker.country for s in r.statements] == ["USA", "CAN"]


def test_new_england_is_no_english_place(analyze):
    r = analyze("Robert Kraft, the New England Patriots owner, said the team would rebuild.\n")
    assert r.statements[0].speaker.country != "GBR"


def test_a_state_body_in_a_foreign_datelined_story_is_that_countrys(analyze):
    r = analyze("BEIJING, March 12 (Reuters) - China on Tuesday rejected a U.S. report on forced labour.\n\n"
                "\"The so-called report is full of prejudice,\" foreign ministry spokesperson Mao Ning told a "
                "regular press briefing.\n")
    assert speaker_named(r, "Mao Ning").country == "CHN"


def test_a_name_right_after_an_organisation_noun_is_the_affiliation(analyze):
    r = analyze("Erika Pinheiro, executive director of the legal aid group Al Otro Lado, said the system left "
                "the most vulnerable people stranded.\n")
    assert r.statements[0].speaker.affiliation == "Al Otro Lado"


def test_the_agency_a_spokesperson_speaks_for_is_the_one_that_spoke_as_the_agency(analyze):
    r = analyze("The U.S. Customs and Border Protection agency said it was processing about 1,450 appointments "
                "a day. A spokesperson for the agency said the app had reduced chaos at ports of entry.\n")
    first, second = (s.speaker for s in r.statements if s.cue.text == "said")
    assert first.name == "U.S. Customs and Border Protection"
    assert (second.name, second.affiliation) == (None, "U.S. Customs and Border Protection")


def test_a_second_coordinated_description_gives_the_affiliation_the_first_lacks(analyze):
    r = analyze("\"Our findings support limiting sugary drinks,\" said Vasanti Malik, the study's lead author and a "
                "research scientist at the Harvard T.H. Chan School of Public Health.\n")
    sp = r.statements[0].speaker
    assert (sp.role, sp.affiliation) == ("study's lead author", "Harvard T.H. Chan School of Public Health")


def test_a_second_description_does_not_displace_a_known_party(analyze):
    r = analyze("Todd Wilcox, a Republican candidate and former CIA officer, said the plan would fail.\n")
    assert r.statements[0].speaker.affiliation == "Republican Party"


def test_a_state_in_any_description_of_a_person_gives_their_country(analyze):
    r = analyze("Rep. Alexandria Ocasio-Cortez said lawmakers should not own stocks. \"It's a matter of public "
                "trust,\" the New York congresswoman told reporters.\n")
    assert {s.speaker.country for s in r.statements} == {"USA"}


def test_a_company_named_after_a_lower_case_business_noun_is_the_affiliation(analyze):
    r = analyze("Sergei Chemezov, the head of state conglomerate Rostec, warned that high rates could bankrupt "
                "many companies.\n")
    assert r.statements[0].speaker.affiliation == "Rostec"


def test_a_state_after_a_name_gives_the_country(analyze):
    r = analyze("Trump's running mate, Sen. JD Vance of Ohio, told Fox News that Harris had avoided interviews.\n")
    assert r.statements[0].speaker.country == "USA"


def test_a_political_office_in_a_story_naming_only_its_datelines_country_is_that_countrys(analyze):
    r = analyze("OTTAWA — Prime Minister Justin Trudeau announced on Monday that he would resign.\n\n"
                "\"This country deserves a real choice,\" Trudeau told reporters.\n")
    assert {s.speaker.country for s in r.statements} == {"CAN"}
    r = analyze("KYIV, Ukraine (AP) — Russian forces launched a missile attack overnight.\n\n"
                "President Volodymyr Zelenskyy said Russia had fired more than 100 missiles.\n")
    assert r.statements[-1].speaker.country is None  # the story names Russia too: a president may be either's


def test_a_description_the_parse_made_the_names_head_is_still_its_role(analyze):
    r = analyze("Not everyone was convinced. Mohamed El-Erian, chief economic adviser at Allianz, wrote on X that "
                "the Fed risked falling behind again.\n")
    sp = next(s for s in r.statements if s.cue.text == "wrote").speaker
    assert (sp.name, sp.role, sp.affiliation) == ("Mohamed El-Erian", "chief economic adviser at Allianz", "Allianz")


def test_the_groups_counsel_works_for_the_group_just_named(analyze):
    r = analyze("NetChoice, one of the groups that sued, praised the decision. \"This ruling protects the "
                "constitutional rights of online businesses,\" said Chris Marchese, the group's counsel.\n")
    sp = next(s for s in r.statements if "Marchese" in s.source.text).speaker
    assert (sp.name, sp.affiliation) == ("Chris Marchese", "NetChoice")


def test_the_nations_top_diplomat_is_no_organisations(analyze):
    r = analyze("The New York Times reported the dinner. Colin Powell, the nation's top diplomat at the time, "
                "said he did not recall it.\n")
    sp = next(s for s in r.statements if "Powell" in (s.source.text if s.source else "")).speaker
    assert sp.affiliation != "New York Times"


def test_an_organisations_initials_are_that_organisation_and_a_region_is_no_affiliation(analyze):
    r = analyze("WHO warns of rising measles cases\n\nGENEVA (Reuters) - Measles cases rose more than 30-fold last "
                "year, the World Health Organization said on Wednesday. \"We have seen close to 21,000 "
                "hospitalisations,\" said Hans Kluge, WHO regional director for Europe.\n")
    assert r.statements[0].speaker.name == "World Health Organization"
    kluge = next(s for s in r.statements if "Kluge" in s.source.text).speaker
    assert kluge.affiliation == "WHO"


def test_a_company_the_model_took_for_a_nationality_is_the_affiliation_of_its_spokesperson(analyze):
    r = analyze("Tesla shares rose. A Tesla spokesperson did not respond to a request for comment.\n")
    assert r.statements[0].speaker.affiliation == "Tesla"
    r = analyze("Republican Secretary of State Jon Husted said in a statement that the ruling was wrong.\n")
    assert r.statements[0].speaker.affiliation != "Republican"


def test_its_after_a_body_the_model_took_for_a_person_is_that_body(analyze):
    r = analyze("KYIV, Ukraine (AP) — Russia's Defense Ministry said the strikes targeted military facilities.\n\n"
                "Ukrenergo, the national grid operator, said repairs could take weeks. Its chief executive, Volodymyr "
                "Kudrytskyi, told The Associated Press that the attacks were the most damaging of the war.\n")
    sp = next(s for s in r.statements if "Kudrytskyi" in s.source.text).speaker
    assert sp.affiliation == "Ukrenergo"


def test_an_institute_the_model_did_not_tag_after_of_the_is_the_affiliation(analyze):
    r = analyze("Dr. Peter Kistler of the Baker Heart and Diabetes Institute in Melbourne said the findings were "
                "\"interesting but far from conclusive.\" He added that many coffee drinkers also exercise more.\n")
    assert [s.speaker.affiliation for s in r.statements] == ["Baker Heart and Diabetes Institute"] * 2


def test_a_ministers_field_is_no_affiliation_and_a_language_or_parents_origin_no_country(analyze):
    r = analyze("Scholz fired Finance Minister Christian Lindner. Lindner said he was shocked.\n")
    assert (r.statements[-1].speaker.role, r.statements[-1].speaker.affiliation) == ("Finance Minister", None)
    r = analyze("Labor Secretary Thomas Perez said the deal was good. Perez, the Spanish-speaking son of Dominican "
                "immigrants, is the least-known name on the list. He said he was happy.\n")
    assert [s.speaker.country for s in r.statements] == [None, None]


def test_a_chancellor_in_a_story_naming_only_its_datelines_country_is_that_countrys(analyze):
    r = analyze("BERLIN (AP) — Germany's coalition collapsed on Wednesday after Chancellor Olaf Scholz fired his "
                "finance minister. Scholz said the minister had broken his trust.\n")
    assert [(s.speaker.name, s.speaker.country) for s in r.statements if s.cue.text == "said"] == [
        ("Olaf Scholz", "DEU")]


def test_an_affiliation_by_initials_takes_the_named_organisations_country(analyze):
    r = analyze("The British Medical Association said its members would vote on strike action next month.\n\n"
                "\"Behind every number is a patient in pain,\" said Dr Tom Dolphin, the BMA's council chair.\n")
    dolphin = r.statements[-1].speaker
    assert (dolphin.name, dolphin.affiliation, dolphin.country) == ("Tom Dolphin", "BMA", "GBR")


def test_a_sought_office_is_no_affiliation_and_a_name_before_and_is_no_title(analyze):
    r = analyze("White House hopeful Hillary Clinton said she was ready. GOP hopeful Jeb Bush said he was too.\n")
    assert [(s.speaker.role, s.speaker.affiliation) for s in r.statements] == [
        ("White House hopeful", None), ("GOP hopeful", "Republican Party")]
    r = analyze("Graham called both Trump and Democratic front-runner Hillary Clinton \"crazy.\" Clinton said he "
                "was wrong.\n")
    assert r.statements[-1].speaker.role == "Democratic front-runner"


def test_a_spokesman_for_a_person_has_that_person_as_affiliation_but_not_for_their_campaign(analyze):
    r = analyze("A spokeswoman for Sen. Ted Cruz, Catherine Frazier, said the senator disagreed.\n\n"
                "Brian Fallon, a spokesman for the Clinton campaign, said it agreed.\n")
    assert [s.speaker.affiliation for s in r.statements] == ["Ted Cruz", None]


def test_a_party_member_description_naming_a_state_gives_its_country(analyze):
    r = analyze("House Speaker Paul Ryan said the proposal was wrong. The Wisconsin Republican told reporters "
                "that freedom of religion mattered.\n")
    assert [(s.speaker.name, s.speaker.country) for s in r.statements] == [("Paul Ryan", "USA")] * 2


def test_a_thing_set_off_after_a_name_gives_no_role_nor_the_country_inside_it(analyze):
    r = analyze("Senator Ted Cruz spoke in Houston on Monday.\n\nHis preference for Ted, a suggestion from Mr. "
                "Cruz's Irish-American mother, infuriated his father. \"It was a hard time,\" Mr. Cruz wrote.\n")
    speaker = next(s.speaker for s in r.statements if s.source is not None and s.source.text == "Mr. Cruz")
    assert (speaker.name, speaker.role, speaker.country) == ("Ted Cruz", "Senator", None)


def test_a_hyphenated_american_is_american(analyze):
    r = analyze("Jorge Ramos, a famous Mexican-American reporter, said the debate was unfair.\n")
    assert r.statements[0].speaker.country == "USA"
