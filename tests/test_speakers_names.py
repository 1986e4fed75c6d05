"""How a speaker's name is read from the model's entities: surname particles, places
the model took for people, and companies whose name opens on a title word."""
from __future__ import annotations

import pytest

from speaker_fixtures import speaker_named

pytest.importorskip("spacy")


def test_a_lower_case_particle_after_the_models_name_runs_on_to_the_surname(analyze):
    r = analyze("Manager Erik ten Hag said the forward had the character the team needed.\n")
    assert (r.statements[0].speaker.name, r.statements[0].speaker.role) == ("Erik ten Hag", "Manager")


def test_a_company_named_with_a_title_word_keeps_it(analyze):
    r = analyze("General Motors said on Monday it would cut 1,000 jobs. The company declined to say "
                "which plants would be affected.\n")
    assert {s.speaker.name for s in r.statements} == {"General Motors"}


def test_a_name_after_city_of_is_a_place_not_a_speaker(analyze):
    r = analyze("A nurse in the city of Goma said patients were arriving every day. \"We have no beds left,\" "
                "she said.\n")
    assert all(s.speaker.name != "Goma" for s in r.statements)


def test_its_officer_belongs_to_the_company_the_model_took_for_a_person(analyze):
    r = analyze("Shares of Apple fell. \"Apple enters late and then dominates,\" said Carolina Milanesi, an "
                "analyst.\n\nMeta, whose Quest headsets dominate the market, declined to comment. Its chief "
                "technology officer, Andrew Bosworth, said last week that the company welcomed competition.\n")
    assert speaker_named(r, "Andrew Bosworth").affiliation == "Meta"


def test_a_datelines_place_is_no_appositive_of_the_first_words_after_it(analyze):
    r = analyze("DUBAI, United Arab Emirates (AP) — Nearly 200 nations agreed on Wednesday to transition away "
                "from fossil fuels.\n\nU.S. climate envoy John Kerry called the outcome a cause for optimism.\n")
    first, kerry = r.statements[0].speaker, r.statements[-1].speaker
    assert first.name is None
    assert (kerry.name, kerry.country) == ("John Kerry", "USA")  # "U.S." is where an envoy is from


def test_a_long_name_with_a_gerund_after_for_is_a_name_not_a_headline(analyze):
    r = analyze("The Center for Countering Digital Hate, which published several reports on hate speech, said "
                "it would not be intimidated.\n")
    assert r.statements[-1].speaker.name == "Center for Countering Digital Hate"


def test_a_first_name_given_in_a_relative_clause_names_the_person_described(analyze):
    r = analyze("\"We have been here for three months,\" said a 32-year-old woman from Honduras who gave only her "
                "first name, Maria, because she feared for her safety.\n\n"
                "Shelter director Jose Maria Garcia said the facility was at double its capacity.\n")
    maria, garcia = r.statements[0].speaker, r.statements[-1].speaker
    assert (maria.name, maria.country) == ("Maria", "HND")
    assert garcia.name == "Jose Maria Garcia" and garcia.id != maria.id


def test_a_sum_the_model_ran_into_a_name_is_cut_off(analyze):
    r = analyze("BRUSSELS — The European Commission on Thursday fined Apple 1.8 billion euros for abusing its "
                "dominance.\n\nApple said it would appeal.\n")
    assert r.statements[-1].speaker.name == "Apple"


def test_a_name_the_model_ended_one_word_short_runs_on_but_not_into_a_headline(analyze):
    r = analyze("SEOUL (Reuters) - Parliament voted on Saturday to impeach President Yoon Suk Yeol over martial "
                "law.\n\nYoon said in a televised statement that he would never give up.\n")
    assert r.statements[-1].speaker.name == "Yoon Suk Yeol"
    r = analyze("Donald Trump Finally Endorses Paul Ryan\n\nDonald Trump said on Friday that he backed the speaker.\n")
    assert all(sp.name != "Donald Trump Finally" for sp in r.speakers)


def test_a_one_word_name_the_model_took_for_a_place_is_a_person_described_as_one(analyze):
    r = analyze('"We will not let them drag us back to Russia," said Nino, a 24-year-old student who declined to '
                'give her surname.\n')
    sp = r.statements[0].speaker
    assert (sp.name, sp.role) == ("Nino", "24-year-old student")


def test_a_name_after_a_rank_is_a_person_even_where_the_model_took_it_for_an_organisation(analyze):
    r = analyze('Indian army spokesman Col. Sudhir Chamoli said two soldiers were wounded. "Our forces responded '
                'effectively," he said.\n')
    assert [s.speaker.name for s in r.statements] == ["Sudhir Chamoli", "Sudhir Chamoli"]
    assert r.statements[0].speaker.country == "IND"


def test_a_plural_noun_opening_the_sentence_before_an_appositive_is_no_name(analyze):
    r = analyze("Lawyers for the plaintiffs, a group of performers and a Houston bar, welcomed the decision.\n")
    sp = r.statements[0].speaker
    assert (sp.name, sp.role) == (None, "Lawyers for the plaintiffs")


def test_a_headline_run_of_two_surnames_and_a_verb_is_two_people(analyze):
    r = analyze("Warren Endorses Clinton, Joins Attack on Trump\n\n"
                "Sen. Elizabeth Warren endorsed Hillary Clinton on Thursday.\n\n"
                "Clinton welcomed the endorsement. \"Elizabeth has been a fierce champion for working families,\" "
                "she said in a statement.\n")
    assert [s.speaker.name for s in r.statements if s.source is not None and s.source.text in ("Clinton", "she")] \
        == ["Hillary Clinton", "Hillary Clinton"]


def test_a_headline_name_running_over_its_verb_is_cut_before_the_verb(analyze):
    r = analyze("Putin Praises Trump as 'Talented,' Kremlin Denies Meddling\n\n"
                "MOSCOW (Reuters) - Russian President Vladimir Putin on Thursday called Donald Trump \"a very "
                "colorful and talented man,\" but the Kremlin denied that Moscow was trying to influence the U.S. "
                "election.\n")
    kremlin = next(s for s in r.statements if s.source is not None and s.source.text == "the Kremlin")
    assert kremlin.speaker.name == "Kremlin"


def test_a_headline_verb_after_a_title_is_no_name_and_the_lead_judge_is_the_one_named_next(analyze):
    r = analyze("Judge Orders Release of Trump University Documents\n\n"
                "SAN DIEGO (AP) — A federal judge on Friday ordered the release of internal Trump University "
                "documents.\n\nU.S. District Judge Gonzalo Curiel granted a request from The Washington Post. The "
                "judge wrote that Trump had raised the issue on the campaign trail.\n")
    lead = next(s for s in r.statements if s.source is not None and s.source.text == "A federal judge")
    assert lead.speaker.name == "Gonzalo Curiel"


def test_a_named_persons_surname_the_tagger_took_for_a_noun_is_still_a_name(analyze):
    r = analyze("The Latest: Trump Says He Will Accept Election Results\n\n"
                "Donald Trump says he will accept the results of the presidential election.\n")
    assert [s.speaker.name for s in r.statements] == ["Donald Trump", "Donald Trump"]


def test_a_person_the_model_takes_for_a_product_is_a_person():
    from spacy.tokens import Span as SpacySpan
    from quotegraph.nlp.speakers_joins import relabelled_people
    import spacy

    doc = spacy.blank("en")("Aides say Ivanka Trump advises him.")
    ents = [SpacySpan(doc, 2, 4, label="PRODUCT")]
    for t in doc[2:4]:
        t.pos_ = "PROPN"
    assert [e.label_ for e in relabelled_people(ents)] == ["PERSON"]


def test_a_headline_word_run_into_a_name_is_dropped(analyze):
    r = analyze("Top Walsh Aide Sent Secret Files\n\n"
                "\"It was fine,\" Walsh said of the files her top aide sent. Later, Karen Walsh's campaign agreed "
                "to release them.\n")
    assert r.statements[0].speaker.name == "Karen Walsh"  # not "Top Walsh"
    # a given name in a headline stays ("Khalid Walsh" is no "Walsh" of the body's)
    r = analyze("Khalid Walsh Says He Will Run\n\nKhalid Walsh said he would run. Karen Walsh said she "
                "would not.\n")
    assert "Khalid Walsh" in {s.name for s in r.speakers}


def test_a_partys_members_noun_run_into_a_name_is_no_part_of_it(analyze):
    r = analyze("Republicans Jolly of Indian Shores and DeSantis of Ponte Vedra Beach are against abolishing the "
                "department. Jolly, who was elected to Congress in 2014, said the department had a role.")
    assert (r.statements[0].speaker.name, r.statements[0].speaker.affiliation) == ("Jolly", None)  # a home town


def test_an_honorific_and_surname_go_on_as_before_whoever_else_the_text_names(analyze):
    r = analyze("Hillary Clinton spoke on Monday. Mrs. Clinton said the plan would work.\n\nAmbassador John Tefft "
                "wrote to Mrs. Clinton about a visit to Ukraine by Chelsea Clinton and her husband. Mrs. Clinton "
                "replied, \"As you know, hearing nice things about your children is always welcome.\"\n")
    st = next(s for s in r.statements if s.cue is not None and s.cue.text == "replied")
    assert st.speaker.name == "Hillary Clinton"


def test_a_title_before_a_shared_surname_goes_to_whoever_held_it_before(analyze):
    r = analyze("Former Secretary of State Hillary Clinton spoke in Ohio on Monday. Her husband, former President "
                "Bill Clinton, joined her.\n\n\"We will win,\" Secretary Clinton said.\n\n\"She is ready,\" "
                "President Clinton said.\n")
    names = {s.content[0].text: s.speaker.name for s in r.statements if s.speaker is not None}
    assert names == {'"We will win,"': "Hillary Clinton", '"She is ready,"': "Bill Clinton"}


def test_a_name_the_model_calls_a_person_once_and_an_organisation_elsewhere_is_one_speaker(analyze):
    r = analyze("USA TODAY reported on Monday that the donor gave $5,000. The donor told USA TODAY he knew no one. A "
                "review by USA TODAY found that the money came from Turkey. USA TODAY said the campaign did not "
                "respond.\n")
    assert [s.kind for s in r.speakers if s.name == "USA TODAY"] == ["organisation"]
    r = analyze("Husted said on Tuesday that the rules stand. Husted told reporters the voters were wrong. In a "
                "statement, Husted said he would appeal.\n")
    assert len([s for s in r.speakers if s.name == "Husted"]) == 1


def test_a_name_run_over_a_title_cased_lines_words_is_cut_before_them(analyze):
    r = analyze("Obama To Asians Worried About U.S. Election: It Is Going To Be OK\n\nPresident Barack Obama told "
                "Asian leaders on Tuesday that they need not worry about the election.\n")
    assert {s.speaker.name for s in r.statements if s.speaker is not None} == {"Barack Obama"}
    r = analyze("Trump May Not Have Suggested A Registry, But He Supported One\n\nDonald Trump tweeted on Friday to "
                "say he had never suggested a registry.\n")
    assert {s.speaker.name for s in r.statements if s.speaker is not None} == {"Donald Trump"}


def test_a_name_with_a_generational_suffix_is_one_person_however_often_it_is_written_in_full(analyze):
    r = analyze("Biden calls Trump a risk.\n\nVice President Joseph R. Biden Jr. said the remarks were dangerous.\n\n"
                "Vice President Joseph R. Biden Jr. warned on Monday that allies were worried. Mr. Biden said more.\n\n"
                "Assistant pastor Charles Elliott III said the service was moving. His father, the Rev. Charles "
                "Elliott Jr., said he had known the family for decades.\n")
    names = [s.name for s in r.speakers if s.name]
    assert names.count("Joseph R. Biden Jr.") == 1
    assert "Charles Elliott III" in names and "Charles Elliott Jr." in names


def test_a_name_with_a_bare_title_set_off_after_it_is_a_person(analyze):
    r = analyze("Amara Osei, director-general of Ghana\u2019s National Coastal Protection Authority, said on Monday "
                "that the sea wall was not failing.\n")
    assert [(s.name, s.kind) for s in r.speakers] == [("Amara Osei", "person")]


def test_a_name_written_in_capitals_in_a_dateline_is_named_as_the_text_writes_it_elsewhere(analyze):
    r = analyze("BEIJING - China on Monday warned the United States over the sale of drones to Taiwan.\n\n"
                "Beijing said it would impose countermeasures on the companies involved.\n")
    assert "BEIJING" not in {sp.name for sp in r.speakers}


def test_a_surname_the_model_took_for_an_organisation_after_a_given_name_is_a_person(analyze):
    # in this context the model tags only "Kwan", and as an organisation
    r = analyze("\"This is a government that promised cheaper power bills and delivered the opposite,\" Ms Doyle said. "
                "\"Australians have learned not to take Mr Whitfield at his word.\"\n\nTreasurer Amanda Kwan said the "
                "budget, to be handed down on May 12, would return a modest surplus of $4.1 billion, the second in "
                "three years.\n")
    st = next(s for s in r.statements if s.source is not None and s.source.text == "Treasurer Amanda Kwan")
    assert (st.speaker.name, st.speaker.role) == ("Amanda Kwan", "Treasurer")


def test_management_opening_a_sentence_is_no_name(analyze):
    r = analyze("WINNIPEG - Workers at the Prairie Gold Meats plant walked off the job on Monday.\n\n"
                "Management said it had no plans to hire replacement workers, but warned that deliveries would be "
                "diverted if the stoppage continued.\n")
    assert all(sp.name != "Management" for sp in r.speakers)


def test_a_name_set_off_before_a_hyphenated_organisation_noun_is_an_organisation(analyze):
    r = analyze("Berlin start-up Quillon unveils AI bookkeeper it says can run a small firm's accounts\n\n"
                "BERLIN \u2014 Quillon, a two-year-old German start-up, on Wednesday released an artificial-intelligence "
                "assistant that it said could handle invoicing, payroll and tax filings for small businesses \u201cwith "
                "less supervision than a junior accountant.\u201d\n\nThe product, called Ledgerline, is available "
                "immediately to companies in Germany and Austria, with a wider European release planned for the "
                "spring, the startup said.\n")
    assert ("Quillon", "organisation") in [(s.name, s.kind) for s in r.speakers]
    st = next(s for s in r.statements if s.source is not None and s.source.text == "the startup")
    assert st.speaker.name == "Quillon"
