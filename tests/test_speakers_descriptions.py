"""Descriptions ("the spokesperson", "the FBI director", "Its spokesman") and the speaker
they stand for, on made-up wire-style text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _by_source(result, text):
    return next(s.speaker for s in result.statements if s.source is not None and s.source.text == text)


def test_a_description_takes_the_unnamed_speaker_last_described_so_not_an_earlier_named_one(analyze):
    r = analyze("The Philippine coast guard said in a statement that Chinese personnel had boarded its "
                "boats. Its spokesman, Jay Tarriela, accused Beijing of \"barbaric\" behaviour.\n\n"
                "A U.S. State Department spokesperson said Washington stood with its ally. The "
                "spokesperson, who spoke on condition of anonymity, said the treaty obligations were "
                "\"ironclad\".\n")
    later = _by_source(r, "The spokesperson")
    assert later.name is None and later.affiliation == "U.S. State Department"


def test_a_role_owned_by_an_unnamed_but_described_body_takes_it_as_affiliation(analyze):
    r = analyze("The Philippine coast guard said in a statement that Chinese personnel had boarded its "
                "boats. Its spokesman, Jay Tarriela, accused Beijing of \"barbaric\" behaviour.\n")
    sp = _by_source(r, "Its spokesman, Jay Tarriela")
    assert (sp.name, sp.affiliation, sp.country) == ("Jay Tarriela", "Philippine coast guard", "PHL")


def test_a_plain_body_is_no_affiliation(analyze):
    r = analyze("Each committee is working to raise more than $60 million.\n\nThe host committee has "
                "collected roughly $56.5 million, said David Gilbert, its president. Gilbert said the "
                "boycott calls would have little effect.\n")
    assert all(s.speaker.affiliation != "Each committee" for s in r.statements if s.speaker)


def test_a_places_body_keeps_its_field_in_its_name(analyze):
    r = analyze("Lebanon's health ministry said at least 12 people were killed.\n")
    sp = r.statements[0].speaker
    assert (sp.name, sp.country) == ("Lebanon's health ministry", "LBN")


def test_a_title_cased_description_is_a_name_not_the_person_just_named(analyze):
    r = analyze("Cruz faces attacks.\n\nThe Union Leader said in an editorial that Cruz was wrong about "
                "the war in Iraq and about taxes.\n")
    assert _by_source(r, "The Union Leader").name is None


def test_the_moderator_is_not_the_candidate_who_was_asked(analyze):
    r = analyze("Donald Trump was asked a question about police violence.\n\"There are many who argue "
                "that phones are exposing cases of excessive force,\" the moderator said. \"How do you "
                "bridge the divide?\"\nTrump said the police were mistreated.\n")
    moderator = _by_source(r, "the moderator")
    assert moderator.name is None
    assert _by_source(r, "Trump").role is None  # and Trump is no moderator


def test_a_plural_noun_before_a_list_of_names_is_no_ones_role(analyze):
    r = analyze("The attendees cheered for the more establishment candidates -- Marco Rubio and Jeb Bush.\n"
                "Rubio said he would win the nomination.\n")
    assert _by_source(r, "Rubio").role is None


def test_a_name_in_apposition_to_a_role_noun_is_a_person_whatever_the_model_says(analyze):
    # the small model tags "Resila Onyango" as an organisation
    r = analyze("A police spokeswoman, Resila Onyango, said officers had acted with restraint. She denied "
                "that live ammunition was used.\n")
    assert _by_source(r, "She").name == "Resila Onyango"


def test_a_field_word_before_an_organisation_noun_is_part_of_its_name(analyze):
    r = analyze("The Justice Department said it would appeal. \"We strongly disagree with the court's "
                "decision,\" department spokeswoman Jane Harper said in a statement.\n")
    assert _by_source(r, "The Justice Department").name == "Justice Department"
    harper = _by_source(r, "department spokeswoman Jane Harper")
    assert (harper.name, harper.affiliation) == ("Jane Harper", "Justice Department")


def test_an_unnamed_spokeswoman_of_a_named_body_stays_unnamed(analyze):
    r = analyze("Chaffetz asked the U.S. attorney to look into the matter.\n\nA Justice Department "
                "spokeswoman declined to comment on Chaffetz's latest request.\n")
    sp = _by_source(r, "A Justice Department spokeswoman")
    assert (sp.name, sp.affiliation) == (None, "Justice Department")


def test_a_role_whose_modifier_is_an_organisation_noun_takes_the_one_such_body(analyze):
    r = analyze("China's foreign ministry on Wednesday urged the Philippines to stop \"provocations\".\n\n"
                "Foreign ministry spokesperson Mao Ning told a regular news briefing that Manila had "
                "rammed a Chinese ship.\n")
    sp = _by_source(r, "Foreign ministry spokesperson Mao Ning")
    assert (sp.affiliation, sp.country) == ("China's foreign ministry", "CHN")


def test_an_appositive_after_another_name_is_not_the_first_persons_role(analyze):
    r = analyze("Emanuel - who abruptly fired McCarthy, the Chicago police chief, on Tuesday - said he "
                "would not resign.\n")
    sp = _by_source(r, "Emanuel")
    assert sp.role is None and sp.affiliation is None


def test_an_unnamed_spokesman_of_a_named_person_takes_the_person_as_affiliation(analyze):
    r = analyze("President William Ruto has defended the bill. His spokesman said the president would "
                "address the nation on his return.\n")
    sp = _by_source(r, "His spokesman")
    assert (sp.name, sp.affiliation) == (None, "William Ruto")


@pytest.mark.parametrize("text, later, name", [
    ("The UN nuclear watchdog IAEA said inspectors had arrived. The watchdog added that the site was safe.",
     "The watchdog", "IAEA"),
    ("Toyota said sales rose 5 percent. The carmaker added that it expected further growth.",
     "The carmaker", "Toyota"),
    ("The BBC said it would appeal. The broadcaster said its reporting was accurate.",
     "The broadcaster", "BBC"),
    ("Britain's financial regulator, the Financial Conduct Authority, said it would act. "
     "The regulator added that fines were likely.", "The regulator", "Financial Conduct Authority"),
])
def test_wire_copy_calls_an_organisation_by_what_it_is(analyze, text, later, name):
    # "the watchdog", "the carmaker": the organisation last named as a speaker; a body
    # described by its country keeps the name its appositive gives it
    r = analyze(text)
    assert _by_source(r, later).name == name
    assert all(sp.name != "Britain's financial regulator" for sp in r.speakers)


def test_a_people_word_the_model_took_for_a_name_is_a_description(analyze):
    r = analyze("Pep Guardiola said City would suffer. The Spaniard said striker Erling Haaland would be fit.\n")
    st = next(s for s in r.statements if s.source.text == "The Spaniard")
    assert all(sp.name != "Spaniard" for sp in r.speakers)
    assert st.speaker.name == "Pep Guardiola"  # the subject just named (the model tags no people word here)


def test_a_nationality_noun_the_model_calls_an_organisation_still_describes_the_person_just_named(analyze):
    r = analyze("Manager Erik ten Hag said the forward had the \"hunger and character\" the team needed. "
                "\"Rasmus is a young player with enormous potential,\" the Dutchman said.\n")
    assert _by_source(r, "Manager Erik ten Hag").name == "Erik ten Hag"
    assert _by_source(r, "the Dutchman").name == "Erik ten Hag"


def test_a_possessed_role_is_not_someone_elses_holder_of_that_role(analyze):
    r = analyze("\"The report is full of prejudice,\" foreign ministry spokesperson Mao Ning told a briefing.\n\n"
                "Yellen has said she wants to stabilise ties with Beijing. Her spokeswoman did not respond to "
                "a request for comment.\n")
    assert _by_source(r, "Her spokeswoman").name is None  # not Mao Ning, a ministry's spokesperson


def test_the_same_possessive_role_is_the_person_the_text_described_so(analyze):
    r = analyze("Rafael Cruz, his father, fled Cuba in 1957. Ted Cruz spoke of him often. For years, his "
                "father refused to talk about the revolution, Cruz said.\n")
    assert _by_source(r, "Ted Cruz").name == "Ted Cruz"
    assert all(s.speaker is None or s.speaker.name != "Ted Cruz" for s in r.statements
               if s.source is not None and s.source.text == "his father")


def test_a_singular_description_does_not_reuse_a_plural_group_with_its_noun(analyze):
    r = analyze("The club announced that it had signed the striker. Several clubs had made offers, the agent "
                "said. The club said the player would miss the first match.\n")
    first, last = (s.speaker for s in r.statements if s.source is not None and s.source.text.lower() == "the club")
    assert last.role != "Several clubs" and last.id == first.id


def test_who_after_a_place_in_a_long_description_is_the_person_described(analyze):
    r = analyze("A doctor at a clinic in the eastern city of Goma, who asked not to be identified because she "
                "was not authorized to speak, said patients were arriving every day. \"We have no beds "
                "left,\" she said.\n")
    speakers = {s.speaker.id for s in r.statements if s.speaker is not None}
    assert len(speakers) == 1
    assert all(s.speaker.name is None for s in r.statements)


def test_the_man_is_not_the_woman_just_named_nor_is_the_victim_the_speaker_naming_them(analyze):
    r = analyze("Detective Chief Inspector Sarah Coulson said the victim's family had been informed. \"Our "
                "thoughts are with her loved ones,\" she said.\n\n"
                "The man, who has not been named, is due to appear in court on Monday. A neighbour, who did "
                "not want to give her name, said she had heard shouting. \"It went on for hours,\" she said.\n")
    last = r.statements[-1]
    assert (last.source.text, last.speaker.name, last.speaker.role) == ("she", None, "neighbour")


def test_an_aged_nationality_noun_is_no_name(analyze):
    r = analyze("Carlos Alcaraz beat Jannik Sinner in five sets on Sunday to win the title.\n\n"
                "\"I'm really proud of myself,\" the 21-year-old Spaniard said after the match.\n")
    assert all(sp.name != "Spaniard" for sp in r.speakers)
    assert _by_source(r, "the 21-year-old Spaniard").name == "Carlos Alcaraz"


def test_a_nationality_description_gives_the_person_it_takes_up_their_country(analyze):
    r = analyze("\"For a decade, Apple abused its dominant position,\" EU competition chief Margrethe Vestager told "
                "a news conference. The Dane said the company had prevented rivals from telling users about "
                "cheaper options.\n")
    sp = _by_source(r, "The Dane")
    assert (sp.name, sp.country) == ("Margrethe Vestager", "DNK")


def test_a_lead_description_naming_the_datelines_country_is_the_leader_named_next(analyze):
    r = analyze("NAIROBI, Kenya (AP) — Kenya's president on Wednesday withdrew a finance bill that proposed new "
                "taxes.\n\n\"I concede,\" President William Ruto said in a televised address.\n\n"
                "The Kenya National Commission on Human Rights said police had used excessive force.\n")
    ruto = _by_source(r, "Kenya's president")
    assert (ruto.name, ruto.country) == ("William Ruto", "KEN")
    assert _by_source(r, "The Kenya National Commission on Human Rights").country == "KEN"


def test_an_indefinite_title_in_the_lead_is_the_person_named_next_with_it(analyze):
    r = analyze("Judge blocks Texas law\n\nAUSTIN, Texas (AP) — A federal judge on Thursday blocked a Texas law, "
                "siding with tech industry groups.\n\nU.S. District Judge Robert Pitman wrote in a 30-page ruling "
                "that the law was unconstitutional.\n")
    lead = next(s for s in r.statements if s.source and s.source.text == "A federal judge")
    assert lead.speaker.name == "Robert Pitman"


def test_an_indefinite_official_in_the_lead_is_not_the_minister_named_next(analyze):
    r = analyze("WASHINGTON (AP) — A senior official said Thursday that talks would resume.\n\nSecretary of State "
                "Antony Blinken said he was hopeful.\n")
    lead = next(s for s in r.statements if s.source and s.source.text == "A senior official")
    assert lead.speaker.name is None


def test_a_landlord_is_no_one_its_possessor_and_an_appositive_company_names_it(analyze):
    r = analyze("Maria Gonzalez lost her home. Her landlord says the building needs repairs.\n")
    assert r.statements[0].speaker.name is None
    r = analyze('"I called everyone I knew," says Gonzalez, a 42-year-old mother of three.\n\n'
                "Her landlord, a company called Sunrise Properties, wants to renovate the building. A spokeswoman "
                'for the firm says the company is "following every rule."\n\n'
                "City Councilmember Eunisses Hernandez has proposed a law that would require landlords to pay "
                'moving costs.\n\n"We cannot keep losing our neighbors," she said at a rally last week.\n')
    by_cue = {s.cue.text: s.speaker for s in r.statements}
    assert by_cue["wants"].name == "Sunrise Properties"
    assert r.statements[0].speaker.name == "Gonzalez"
    spokeswoman = next(s.speaker for s in r.statements if s.source.text == "A spokeswoman for the firm")
    assert (spokeswoman.name, spokeswoman.affiliation) == (None, "Sunrise Properties")
    assert (by_cue["said"].name, by_cue["said"].role) == ("Eunisses Hernandez", "City Councilmember")


def test_they_far_from_any_plural_is_no_body_named_long_before(analyze):
    r = analyze("The report was sent to the Oval Office on Monday. Mrs. Rivera spoke first. She said little. She "
                "left early. She returned later. She smiled at the crowd.\n\nNone of it was enough, they complain.\n")
    they = [s for s in r.statements if s.source is not None and s.source.text == "they"]
    assert they and all(s.speaker.name is None for s in they)


def test_a_description_takes_up_the_source_of_an_according_to_sentence_before_it(analyze):
    r = analyze("TEHRAN, Oct. 21 (MNA) – Iran's Deputy Foreign Minister Kazem Gharibabadi has said that the move has "
                "no legal basis.\n\nAccording to Gharibabadi, the International Atomic Energy Agency should act "
                "professionally.\n\nThe senior official also stressed that the country's peaceful nuclear program "
                "would continue.\n")
    assert r.statements[-1].speaker.name == "Kazem Gharibabadi"


def test_coordinated_words_of_a_name_inside_a_title_stay_in_the_role(analyze):
    r = analyze("Mark Thurber, associate director for research at Stanford University's Program on Energy and "
                "Sustainable Development, said the plan would fail.\n\nDavid Stockman, a former director of the "
                "Office of Management and Budget in the Reagan administration, said it would work.\n")
    thurber, stockman = (s.speaker for s in r.statements)
    assert thurber.affiliation == "Stanford University's Program on Energy and Sustainable Development"
    assert "Reagan" not in (stockman.affiliation or "")


def test_a_hyphenated_role_noun_describes_the_person_just_named(analyze):
    r = analyze("Hillary Clinton on Monday sought to move past questions about her email server, telling voters "
                "here that she had \"made a mistake.\"\n\nThe Democratic front-runner said she understood why "
                "people had questions.\n")
    last = r.statements[-1].speaker
    assert (last.name, last.role) == ("Hillary Clinton", "Democratic front-runner")


def test_a_party_member_opening_a_paragraph_after_a_quotation_is_its_speaker(analyze):
    r = analyze("Sen. Jeff Sessions (R-AL) told reporters on Sunday that the plan is serious.\n\n"
                "\"This is exactly what the country needs,\" Sessions said in an interview. \"For too long, the "
                "politicians have ignored the American worker.\"\n\n"
                "The Alabama Republican said the plan would help working Americans.\n")
    assert r.statements[-1].speaker.name == "Jeff Sessions"


def test_a_role_description_opening_a_paragraph_after_a_quotation_needs_a_holder_of_the_role(analyze):
    r = analyze("Allies of Senator Ted Cruz are preparing for a floor fight.\n\n"
                "\"It's a rigged system,\" Mr. Trump said. \"The people are not going to stand for it.\"\n\n"
                "The Texas senator has denied any wrongdoing.\n")
    assert r.statements[-1].speaker.name is None  # not Mr. Trump, never called a senator


def test_a_description_opening_a_paragraph_passes_over_a_closing_mark_split_off_as_a_sentence(analyze):
    r = analyze("Donald Trump says he will accept the results of the presidential election \u2014 \"if I win.\"\n\n"
                "The Republican nominee made the comment at a rally in Delaware, Ohio.\n")
    assert r.statements[-1].speaker.name == "Donald Trump"


def test_a_plural_title_in_a_title_case_headline_is_a_group(nlp):
    from quotegraph.nlp.speakers_nominals import describe
    doc = nlp("Black Lawmakers Rip Mayor As A Fraud")
    lawmakers = doc[1]
    assert lawmakers.tag_ == "NNP"  # the tagger's reading of a title-case headline
    info = describe(lawmakers)
    assert info.plural and info.kind == "group"


def test_a_name_in_what_a_description_says_is_not_its_appositive(analyze):
    r = analyze("In response to the filings, the senator's lawyers relied on precedent to defend the view that "
                "he is eligible.\n\nThe lawyers also pointed to the valid candidacies of two former Republican "
                "hopefuls, Sen. John McCain and George Romney.\n")
    assert _by_source(r, "The lawyers").name is None  # not John McCain, whom they named


def test_a_description_goes_on_with_the_unnamed_person_its_noun_just_introduced(analyze):
    r = analyze("Jane Miller and her husband were greeted by an organizer at a field office in the city.\n\n"
                "\"You are going to be the most effective messengers,\" the organizer told them.\n")
    assert _by_source(r, "the organizer").name is None  # not Jane Miller


def test_a_colleague_is_no_one_their_possessor_is(analyze):
    r = analyze("Others paid tribute on social media to the geologist Richard Osman. \"One of the reasons why I "
                "work in mining was the support I got from Richard Osman,\" his colleague wrote on Facebook.\n")
    assert _by_source(r, "his colleague").name is None


def test_a_singular_description_never_takes_up_a_pair_named_with_its_noun(analyze):
    r = analyze("Adel Nefzi said he never saw Omar Mateen interact with Moner Abusalha. He said he does not believe "
                "there is any link between the two.\n\n\"It's our bad luck,\" he said, that both violent men had "
                "connections to this little mosque.\n\nAnother Muslim who worshiped here and who did not want to be "
                "named said he heard Mateen talk of immorality. \"I think it's a hate crime,\" the man said.\n")
    assert _by_source(r, "the man").name is None


def test_the_government_is_no_town_or_state_named_as_a_place(analyze):
    r = analyze("PORTLAND, Ore. - Peter Santilli made a name for himself in Burns, Ore., as a cameraman. A judge "
                "kept him in jail after hearing clips of his radio show - proof, the government argued, of his "
                "part in the plot.\n")
    assert _by_source(r, "the government").name is None  # not "Ore."



def test_a_description_naming_a_post_one_person_holds_goes_to_its_holder(analyze):
    r = analyze("\u201cDemand is not slowing down,\u201d Chief Executive Maria Castellanos said on a call with analysts.\n\n"
                "Chief Financial Officer Thomas Reid said margins had benefited from lower costs.\n\n"
                "\u201cWe are not going to pretend that tariffs are a rounding error,\u201d Reid said.\n\n"
                "The chief executive added that the company was in talks with two large retailers.\n")
    st = next(s for s in r.statements if s.cue is not None and s.cue.text == "added")
    assert st.speaker.name == "Maria Castellanos"


def test_a_description_whose_name_the_model_missed_takes_the_name_its_initials_spell(analyze):
    r = analyze("Officials at Al-Aqsa Martyrs Hospital said the facility was running low on fuel.\n\n"
                "The medical charity Médecins Sans Frontières (MSF), which supports the hospital, said its teams "
                "had received 23 patients within an hour of the strike.\n")
    assert _by_source(r, "The medical charity Médecins Sans Frontières (MSF)").name == "Médecins Sans Frontières"


def test_an_age_description_after_a_quoted_sentence_takes_the_quotation_s_speaker(analyze):
    r = analyze("Rovers captain Declan Moss said his side had deserved at least a point. \"We were the better team "
                "for an hour. To lose it like that really hurts,\" the 34-year-old said.\n")
    assert _by_source(r, "the 34-year-old").name == "Declan Moss"


def test_a_spouse_is_the_one_other_person_of_the_possessor_s_surname_and_gender(analyze):
    r = analyze("\"I was standing there with my keys in my hand,\" said Mrs. Okafor, 54.\n\n"
                "Her husband, who was away buying stock, said he learned of it from a neighbour. \"By the time I "
                "got back, there was nothing left,\" Mr. Okafor said.\n")
    assert _by_source(r, "Her husband, who was away buying stock").name == "Okafor"
    assert _by_source(r, "Mrs. Okafor, 54").name == "Okafor"
    assert _by_source(r, "Her husband, who was away buying stock") is not _by_source(r, "Mrs. Okafor, 54")


def test_the_former_and_the_latter_are_the_two_names_last_coordinated(analyze):
    r = analyze("Housing Secretary Helen Cartwright unveiled the plan on Monday. Shadow minister Robert Ainsley "
                "called it a gimmick.\n\nCartwright and Ainsley have clashed repeatedly since the election. The "
                "former said the latter was defending a racket.\n")
    assert _by_source(r, "The former").name == "Helen Cartwright"


def test_a_description_whose_own_verb_gives_it_a_gender_takes_no_one_of_the_other(analyze):
    r = analyze("COLUMBUS, Ohio \u2014 Democrat Rafael Delgado, a former Cincinnati city councilman, unseated Republican "
                "Sen. Tom Whitaker on Tuesday in one of the closest Senate races in the country.\n\n"
                "\"Ohio voted for a change,\" Delgado told supporters at a union hall in Columbus.\n\n"
                "The incumbent conceded in a brief phone call about 40 minutes later, a Delgado campaign "
                "spokeswoman, Maria Chen, said. The Republican then addressed his own supporters in Dayton.\n")
    st = next(s for s in r.statements if s.source is not None and s.source.text == "The Republican")
    assert st.speaker is None or st.speaker.name != "Maria Chen"


def test_a_person_who_gave_a_name_only_as_x_is_x(analyze):
    r = analyze("\"Every night my children ask me when we go home,\" said a man who gave his name only as Ahmed, "
                "standing outside the shelter where his family has lived since 2015.\n")
    st = next(s for s in r.statements if s.cue is not None and s.cue.text == "said")
    assert st.speaker.name == "Ahmed"


def test_a_role_set_off_after_a_name_the_parse_split_is_that_person_s(analyze):
    r = analyze("In Seoul, Kang Min-seok, a spokesman for South Korea's foreign ministry, said Seoul was monitoring "
                "Japan's defence build-up closely.\n")
    st = next(s for s in r.statements if s.cue is not None and s.cue.text == "said")
    assert st.speaker.name == "Kang Min-seok"


def test_her_mother_is_the_mother_the_text_named_even_when_her_is_misread(analyze):
    r = analyze("Officers found the girl, named locally as Chloe Barnes, with wounds to her abdomen.\n\n"
                "Chloe\u2019s mother, Denise Barnes, spoke briefly outside the hospital on Sunday afternoon. "
                "\u201cShe\u2019s a fighter. She\u2019s always been a fighter,\u201d her mother said.\n")
    assert _by_source(r, "her mother").name == "Denise Barnes"


def test_the_writer_s_parent_is_the_one_of_that_gender_named_beside_my_parents(analyze):
    # the parents are named after the first "my father"; the writer's kin are the same people all through
    r = analyze("By Ellen Carter\n\n\"The world is run by thieves,\" my father often said. He also told my brother "
                "that \"the government is the enemy.\"\n\nYou might assume that my parents, Harold and Ruth Carter, "
                "were simple people.\n\nWhen my mother mentioned the election to me, I laughed. She said, \"You will "
                "see.\"\n")
    assert _by_source(r, "my father").name == "Harold Carter"
    assert _by_source(r, "He").name == "Harold Carter"
    assert _by_source(r, "my mother").name == "Ruth Carter"
    assert _by_source(r, "She").name == "Ruth Carter"


def test_someone_else_s_parent_is_named_beside_their_parents_before(analyze):
    r = analyze("Lucy Wilson, 17, died on Saturday. Her parents, Tom and Anne Wilson, said she loved horses.\n\n"
                "\"She was the light of our lives,\" her mother said. Her father added that the road had been "
                "dangerous for years.\n\nMy father, Peter Grant, covered such crashes for this paper. \"Every one "
                "of them was avoidable,\" my father told me once.\n")
    assert _by_source(r, "her mother").name == "Anne Wilson"
    assert _by_source(r, "Her father").name == "Tom Wilson"  # though "Her" was read as the mother
    assert _by_source(r, "my father").name == "Peter Grant"


def test_a_capitalised_two_word_title_takes_up_its_holder(analyze):
    r = analyze("CANBERRA, April 28 - Prime Minister Daniel Whitfield has ruled out a tax rise.\n\n"
                "Opposition Leader Karen Doyle said the promise was worthless.\n\n"
                "Asked about the report, the Prime Minister said he would not comment.\n")
    assert _by_source(r, "the Prime Minister").name == "Daniel Whitfield"
    assert all(s.source is None or s.source.text != "CANBERRA" for s in r.statements)  # a dated dateline


def test_a_description_after_a_quotation_of_several_sentences_takes_up_the_subject_before_it(analyze):
    r = analyze("Kofi Mensah scored twice as Riverside beat Kingsbridge 2-1 on Saturday.\n\n"
                "Mensah opened the scoring in the 12th minute with a low shot.\n\n"
                "\u201cI just try to be in the right place. The gaffer tells me every day: stay in the box and the "
                "ball will come,\u201d the striker said.\n")
    assert _by_source(r, "the striker").name == "Kofi Mensah"


def test_the_writer_s_parents_are_the_pair_named_beside_them_and_a_parent_of_unknown_gender_is_the_other(analyze):
    # "June" is no given name the tables know; beside a known man she is the mother
    r = analyze("My parents, Walter and June Brennan, ran a hardware store in Scranton for 41 years. My mother, who "
                "kept the books, liked to say that the store survived on nails. When I moved away, my parents told "
                "me they would keep a light on.\n")
    assert _by_source(r, "My mother, who kept the books").name == "June Brennan"
    assert _by_source(r, "my parents").name == "Walter Brennan and June Brennan"


def test_a_defendant_and_a_mediator_are_roles_a_description_takes_up(analyze):
    r = analyze("Raymond Castell, 54, showed no visible reaction as the foreman read the verdict.\n\nOn Thursday, "
                "Castell spent nearly four hours on the witness stand. \"I made mistakes with paperwork. I trusted the "
                "wrong people,\" the defendant told jurors.\n\nGordon Leclerc, appointed by the province to end the "
                "dispute, said he was hopeful. \"I have seen wider gaps than this closed in a weekend,\" the mediator "
                "said.\n")
    assert _by_source(r, "the defendant").name == "Raymond Castell"
    assert _by_source(r, "the mediator").name == "Gordon Leclerc"


def test_the_statement_is_whoever_issued_or_spoke_in_the_last_one(analyze):
    r = analyze("Halcyon Pictures, the studio behind the films, said in a statement that the role would be recast. "
                "\"Nightreeve has always been bigger than any one person,\" the statement said.\n\n"
                "Senator Ruth Akers referenced a 2015 inspector general's report on Monday. The report said records "
                "were poorly kept.\n")
    assert _by_source(r, "the statement").name == "Halcyon Pictures"
    assert _by_source(r, "The report").name is None  # she cited it; she did not write it
    r = analyze("Senator Maria Lopez and Senator John Keller issued a joint statement on Thursday. The statement "
                "said both were committed to the bill.\n")
    assert _by_source(r, "The statement").name == "Maria Lopez and John Keller"


def test_an_organisation_set_off_after_a_spokesman_for_it_is_not_the_spokesman(analyze):
    r = analyze("A spokesman for the developer, Prairie Ridge Partners, said in an email that the company would "
                "provide traffic data within two weeks.\n")
    assert r.statements[0].speaker.name is None


def test_one_of_several_in_the_lead_is_no_one_named_later(analyze):
    r = analyze("NAIROBI \u2014 Developing countries rejected a draft deal on climate finance that one African "
                "negotiator called \u201can insult dressed up as a compromise.\u201d\n\n\u201cWe came here to close a "
                "gap,\u201d said Anjali Rao, India's lead negotiator.\n")
    assert _by_source(r, "one African negotiator").name is None


def test_the_agency_can_be_an_organization(analyze):
    r = analyze("GENEVA \u2014 Measles cases rose 40% last year, the World Health Organization said on Tuesday.\n\n"
                "The agency said 47 countries had reported large outbreaks in the past 12 months.\n")
    assert _by_source(r, "The agency").name == "World Health Organization"


def test_a_description_naming_another_body_is_not_the_person_just_quoted(analyze):
    r = analyze("Helen Marsh, the trust's chief executive, said the offer of 4 percent was final.\n\n"
                "\"We have gone as far as we can,\" Marsh said.\n\n\"This is an insult to every nurse,\" the "
                "union leader said. She added that a ballot on strike action would open next week.\n")
    assert _by_source(r, "the union leader").name is None
    assert _by_source(r, "She").name is None


def test_a_capitalised_body_noun_before_a_title_is_the_body_it_heads(analyze):
    r = analyze("The U.S. Chamber of Commerce, which backs Republicans, will spend $50 million. \"We are all "
                "in,\" said Scott Reed, the Chamber's chief political strategist.\n")
    sp = r.statements[-1].speaker
    assert sp.name == "Scott Reed" and sp.affiliation == "U.S. Chamber of Commerce"


def test_an_age_description_is_the_one_person_given_that_age_whoever_spoke_last(analyze):
    r = analyze("The party's leader, Montserrat Llorca-Bañuls, 44, a former nurse, said her party could not support "
                "the budget.\n\nJordi Mascarell-Vidal, spokesman for the opposition Progressive Alliance, said the "
                "coalition was finished.\n\nThe 44-year-old told a local radio station on Monday night that her "
                "party's members would be consulted.\n")
    assert _by_source(r, "The 44-year-old").name == "Montserrat Llorca-Bañuls"


def test_an_age_description_is_not_a_person_given_another_age(analyze):
    r = analyze("Earl Dobbs, 78, said he had waited since the previous evening.\n\nThe 46-year-old said she had "
                "learned of the decision by phone.\n")
    assert _by_source(r, "The 46-year-old").name is None


def test_a_two_word_title_whose_head_alone_is_none_describes_the_person_just_named(analyze):
    r = analyze("In the waiting room, Gerald Whitcomb, 71, said he had been waiting for a bed since the previous "
                "evening. \"They've been kind to me. But I've slept in this chair,\" the retired mail carrier "
                "said.\n")
    assert _by_source(r, "the retired mail carrier").name == "Gerald Whitcomb"


def test_a_description_after_a_paragraph_ending_in_a_quotation_takes_up_its_subject(analyze):
    r = analyze("ABEOKUTA — The deputy governor of Ogun State, Mrs. Folasade Adebayo-Okonkwo, on Sunday described "
                "the reports as \"a desperate sideshow cooked up by people who have run out of ideas.\"\n\n"
                "Speaking to journalists at her country home, the 54-year-old said she had not received any "
                "notice of allegations.\n")
    assert _by_source(r, "the 54-year-old").name == "Folasade Adebayo-Okonkwo"


def test_a_capitalised_abbreviated_title_with_an_article_is_a_role(analyze):
    r = analyze("Bartosz Kęszycki, an opposition MP from the liberal Civic Forward party, accused the minister of "
                "overreach.\n\n\"He already has the prosecutors,\" Kęszycki said.\n\nThe MP said his party would "
                "ask the tribunal to review the law.\n")
    sp = _by_source(r, "The MP")
    assert sp.name == "Bartosz Kęszycki" and sp.role is not None and "MP" in sp.role


def test_a_title_of_two_capitalised_words_opening_a_source_is_the_person_holding_it(analyze):
    r = analyze("GUNTUR — Andhra Pradesh Chief Minister G. Srinivasa Murthy on Saturday unveiled a plan for free "
                "bus travel.\n\nDr. T. Ravindranath, who teaches political science, said both parties were "
                "competing on welfare. \"It has become an auction,\" he said.\n\nThe Chief Minister, speaking "
                "later at Narasaraopet, was unfazed: \"Let them complain to the Commission. The people will give "
                "the verdict.\"\n")
    assert _by_source(r, "The Chief Minister").name == "G. Srinivasa Murthy"


def test_a_prosecutor_is_the_district_attorney_named_before(analyze):
    r = analyze("Prosecutors will not offer a plea agreement, District Attorney Patricia Van Alstyne said.\n\n"
                "His attorney, Gloria Ibarra-Whitfield, said her client was at work. \"The state has a theory,\" "
                "she said.\n\nThe prosecutor dismissed the argument. \"Juries understand that,\" she said.\n")
    assert [s.speaker.name for s in r.statements if s.source is not None and s.source.text == "she"] \
        == ["Gloria Ibarra-Whitfield", "Patricia Van Alstyne"]


def test_a_description_naming_a_court_is_the_judge_of_that_court_not_an_unnamed_judge_of_another(analyze):
    r = analyze("The bill drew a sharp response from Małgorzata Szczęsna-Kowal, a judge of the Supreme Court's "
                "criminal chamber, who said it would \"turn every judge into a defendant.\"\n\n\"A judge who fears "
                "the minister cannot protect a citizen,\" Judge Szczęsna-Kowal said.\n\nOne judge at a "
                "Warsaw district court, who asked not to be named, said colleagues were already thinking twice.\n\n"
                "The Supreme Court judge said she would join the protest on the steps of her own court.\n")
    assert _by_source(r, "The Supreme Court judge").name == "Małgorzata Szczęsna-Kowal"


def test_an_age_set_off_after_a_description_is_the_described_persons(analyze):
    r = analyze("Senator Marta Quiroga was questioned on Tuesday.\n\nThe senator, 58, denied any wrongdoing.\n\n"
                "The opposition leader in the Senate, Cláudio Rezende Vasconcelos, said she should resign.\n\nIn a "
                "second statement issued by her office, the 58-year-old said she had offered her bank records.\n")
    assert _by_source(r, "the 58-year-old").name == "Marta Quiroga"
