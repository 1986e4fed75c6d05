"""Speaker resolution on short made-up texts (and the seed article when ../shared is there):
pronouns, names, titles and groups. Entities' roles, affiliations and organisations are in
test_speakers_entities.py."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotegraph.records import Span, Statement
from speaker_fixtures import _resolve, _span, _statement, nlp  # noqa: F401

pytest.importorskip("spacy")

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"


def test_pronoun_takes_the_last_speaker(nlp):
    text = ("Maria Lopez, the mayor of Springfield, said the bridge would reopen in May. "
            "She added that the city had found the money.")
    sts = [_statement(text, ("Maria Lopez", 0), ("said", 0), ("the bridge would reopen in May", 0)),
           _statement(text, ("She", 0), ("added", 0), ("the city had found the money", 0))]
    speakers = _resolve(nlp, text, sts)
    assert [s.name for s in speakers] == ["Maria Lopez"]
    assert sts[1].speaker is sts[0].speaker
    assert speakers[0].id == "s1"
    assert speakers[0].kind == "person"


def test_gender_agreement_picks_the_matching_person(nlp):
    text = ("Senator John Barker met Governor Ellen Walsh on Monday. "
            "Walsh said the talks went well. Barker said they did not. "
            "She said a deal was close.")
    sts = [_statement(text, ("Walsh", 1), ("said", 0), ("the talks went well", 0)),
           _statement(text, ("Barker", 1), ("said", 1), ("they did not", 0)),
           _statement(text, ("She", 0), ("said", 2), ("a deal was close", 0))]
    _resolve(nlp, text, sts)
    assert sts[2].speaker.name == "Ellen Walsh"
    assert sts[1].speaker.name == "John Barker"


def test_mr_and_mrs_keep_namesakes_apart(nlp):
    text = ("Hillary Clinton and Bill Clinton arrived together. "
            "Mrs. Clinton said the trip was useful. Mr. Clinton said nothing.")
    sts = [_statement(text, ("Mrs. Clinton", 0), ("said", 0), ("the trip was useful", 0)),
           _statement(text, ("Mr. Clinton", 0), ("said", 1), ("nothing", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Hillary Clinton"
    assert sts[1].speaker.name == "Bill Clinton"
    assert sts[0].speaker is not sts[1].speaker


def test_an_honorific_of_the_other_gender_is_not_the_only_namesake(nlp):
    # the only "Obama" named in full is the first lady: "Mr. Obama" is someone else
    text = ("Obama spoke in Ohio on Monday. Mr. Obama said the vote mattered. "
            "The campaign will use Mr. Obama and the first lady, Michelle Obama, in Florida. "
            "Turnout there was low in 2012. Obama said he would return.")
    sts = [_statement(text, ("Mr. Obama", 0), ("said", 0), ("the vote mattered", 0)),
           _statement(text, ("Obama", 4), ("said", 1), ("he would return", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Obama"
    assert sts[1].speaker is sts[0].speaker


def test_title_gives_role_affiliation_and_country(nlp):
    text = "Iran's Foreign Minister Ali Rezaei said the talks would resume next week."
    sts = [_statement(text, ("Iran's Foreign Minister Ali Rezaei", 0), ("said", 0),
                      ("the talks would resume next week", 0))]
    (speaker,) = _resolve(nlp, text, sts)
    assert speaker.name == "Ali Rezaei"
    assert speaker.role == "Iran's Foreign Minister"
    assert speaker.country == "IRN"


def test_appositive_role_and_affiliation(nlp):
    text = ("Tom Baker, a spokesman for the Ministry of Finance of Kenya, said the budget was ready. "
            "The spokesman said taxes would not rise.")
    sts = [_statement(text, ("Tom Baker", 0), ("said", 0), ("the budget was ready", 0)),
           _statement(text, ("The spokesman", 0), ("said", 1), ("taxes would not rise", 0))]
    (speaker,) = _resolve(nlp, text, sts)
    assert speaker.name == "Tom Baker"
    assert speaker.role.startswith("spokesman for")
    assert speaker.affiliation == "Ministry of Finance of Kenya"
    assert speaker.country == "KEN"
    assert sts[1].speaker is speaker


def test_cataphora_from_a_title_only_lead(nlp):
    text = ("Minister of Energy of Ghana warned that prices would rise.\n\n"
            "Kwame Mensah made the remarks in a radio interview.\n\n"
            "He said the government would help poor families.")
    sts = [_statement(text, ("Minister of Energy of Ghana", 0), ("warned", 0),
                      ("prices would rise", 0)),
           _statement(text, ("He", 0), ("said", 0), ("the government would help poor families", 0))]
    speakers = _resolve(nlp, text, sts)
    assert [s.name for s in speakers] == ["Kwame Mensah"]
    assert speakers[0].role == "Minister of Energy of Ghana"
    assert speakers[0].country == "GHA"


def test_unnamed_source_stays_unnamed_and_apart(nlp):
    text = ("Anna Berg said the plan was sound. "
            "But a source close to the talks said it would fail.")
    sts = [_statement(text, ("Anna Berg", 0), ("said", 0), ("the plan was sound", 0)),
           _statement(text, ("a source close to the talks", 0), ("said", 1), ("it would fail", 0))]
    speakers = _resolve(nlp, text, sts)
    assert len(speakers) == 2
    assert sts[1].speaker.name is None
    assert sts[1].speaker is not sts[0].speaker
    assert sts[1].speaker.id == "s2"


def test_generic_plural_source_stays_unnamed(nlp):
    text = "Paul Otto defended the law. Critics said it would hurt farmers."
    sts = [_statement(text, ("Critics", 0), ("said", 0), ("it would hurt farmers", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker is not None and sts[0].speaker.name is None


def test_first_person_inside_a_quote_is_the_quoted_speaker(nlp):
    text = '"I think we will win," said Laura Kim, the team captain.'
    outer = _statement(text, ("Laura Kim", 0), ("said", 0), ("I think we will win", 0))
    inner = _statement(text, ("I", 0), ("think", 0), ("we will win", 0))
    _resolve(nlp, text, [outer, inner])
    assert inner.speaker is outer.speaker
    assert inner.speaker.name == "Laura Kim"


def test_first_person_outside_quotes_is_the_unnamed_author(nlp):
    text = "I believe the council is wrong. Mayor Dan Frost said the council was right."
    sts = [_statement(text, ("I", 0), ("believe", 0), ("the council is wrong", 0)),
           _statement(text, ("Mayor Dan Frost", 0), ("said", 0), ("the council was right", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name is None
    assert sts[1].speaker.name == "Dan Frost"


def test_organisation_campaign_and_it(nlp):
    text = ("Donald Trump spoke in Ohio on Friday. "
            "The Trump campaign said the rally was a success. "
            "The campaign said it would return next month.")
    sts = [_statement(text, ("The Trump campaign", 0), ("said", 0), ("the rally was a success", 0)),
           _statement(text, ("The campaign", 0), ("said", 1), ("it would return next month", 0))]
    speakers = _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Donald Trump campaign" or sts[0].speaker.name.endswith("campaign")
    assert sts[1].speaker is sts[0].speaker
    assert speakers[0].kind == "organisation"


def test_no_source_gives_no_speaker(nlp):
    text = "The bridge will reopen in May, according to reports."
    st = Statement(source=None, cue=_span(text, "according to"), content=[_span(text, "The bridge will reopen in May")])
    assert _resolve(nlp, text, [st]) == []
    assert st.speaker is None


def test_relative_pronoun_takes_its_antecedent(nlp):
    text = "The bill was backed by Senator Rosa Delgado, who said it would save money."
    sts = [_statement(text, ("who", 0), ("said", 0), ("it would save money", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Rosa Delgado"


@pytest.mark.data
def test_seed_article(nlp):
    if not (SEED / "mehr-gharibabadi.txt").exists():
        pytest.skip("../shared/seed is not available")
    text = (SEED / "mehr-gharibabadi.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED / "mehr-gharibabadi.gold.json").read_text(encoding="utf-8"))
    sts = [Statement(source=Span(**g["source"]), cue=Span(**g["cue"]),
                     content=[Span(**c) for c in g["content"]]) for g in gold["statements"]]
    speakers = _resolve(nlp, text, sts)
    want = gold["speakers"][0]
    assert len(speakers) == 1
    (speaker,) = speakers
    assert all(st.speaker is speaker for st in sts)
    assert speaker.name == want["name"]
    assert speaker.role == want["role"]
    assert speaker.affiliation == want["affiliation"]
    assert speaker.country == want["country"]
    assert "Gharibabadi" in speaker.aliases


def test_he_after_an_unnamed_speaker_stays_unnamed(nlp):
    text = ("Prime Minister Omar Haddad opened the summit on Monday. Delegates arrived late. "
            "The hall was full.\n\nA senior official said the talks had stalled. "
            "He added that no date had been set.")
    sts = [_statement(text, ("A senior official", 0), ("said", 0), ("the talks had stalled", 0)),
           _statement(text, ("He", 0), ("added", 0), ("no date had been set", 0))]
    _resolve(nlp, text, sts)
    assert sts[1].speaker.name is None
    assert sts[1].speaker is sts[0].speaker


def test_pre_name_title_serves_a_later_nominal(nlp):
    text = ("Campaign spokesman Brian Tully said the senator would run again. "
            "Later the spokesman said the decision was final.")
    sts = [_statement(text, ("Campaign spokesman Brian Tully", 0), ("said", 0),
                      ("the senator would run again", 0)),
           _statement(text, ("the spokesman", 0), ("said", 1), ("the decision was final", 0))]
    (speaker,) = _resolve(nlp, text, sts)
    assert speaker.name == "Brian Tully"
    assert speaker.role == "Campaign spokesman"
    assert sts[1].speaker is speaker


def test_it_takes_the_organisation(nlp):
    text = ("The International Widget Fund cut its forecast on Tuesday. "
            "It said demand had weakened in Asia.")
    sts = [_statement(text, ("It", 0), ("said", 0), ("demand had weakened in Asia", 0))]
    (speaker,) = _resolve(nlp, text, sts)
    assert speaker.name == "The International Widget Fund" or speaker.name == "International Widget Fund"
    assert speaker.kind == "organisation"


def test_odd_inputs_do_not_break(nlp):
    from quotegraph.nlp.speakers import resolve_speakers

    text = "Hello there.  \n\n  Odd."
    doc = nlp(text)
    assert resolve_speakers(doc, []) == []
    st = Statement(source=Span.of(text, 12, 15), cue=Span.of(text, 0, 5), content=[Span.of(text, 0, 11)])
    speakers = resolve_speakers(doc, [st])
    assert len(speakers) <= 1
    assert resolve_speakers(nlp(""), []) == []


def test_unnamed_group_keeps_its_description_and_country(nlp):
    text = "Iranian officials said the border would stay closed."
    sts = [_statement(text, ("Iranian officials", 0), ("said", 0), ("the border would stay closed", 0))]
    (speaker,) = _resolve(nlp, text, sts)
    assert speaker.name is None
    assert speaker.role == "Iranian officials"
    assert speaker.country == "IRN"


def test_a_one_letter_slip_in_a_surname_is_the_same_person(nlp):
    text = ("Dana Wimes, a local organiser, said turnout would be high. "
            "Wines believes the campaign took voters for granted. "
            '"It is not enough," she said.')
    sts = [_statement(text, ("Dana Wimes", 0), ("said", 0), ("turnout would be high", 0)),
           _statement(text, ("Wines", 0), ("believes", 0), ("the campaign took voters for granted", 0)),
           _statement(text, ("she", 0), ("said", 1), ("It is not enough", 0))]
    _resolve(nlp, text, sts)
    assert sts[1].speaker is sts[0].speaker
    assert sts[2].speaker is sts[0].speaker


def test_arbitrary_spans_keep_the_contract(nlp):
    import random

    from quotegraph.nlp.speakers import resolve_speakers

    text = ('Mayor Ann Cole said the park would open. "We are ready," she said. '
            "Her deputy, Tom Reyes, told reporters that it was late. They disagreed, officials said.")
    doc = nlp(text)
    rng = random.Random(7)
    for _ in range(60):
        sts = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randrange(len(text))
            c = rng.randrange(len(text))
            source = Span.of(text, a, min(len(text), a + rng.randint(0, 30))) if rng.random() < 0.8 else None
            sts.append(Statement(source=source, cue=Span.of(text, c, c + 1),
                                 content=[Span.of(text, c, min(len(text), c + rng.randint(0, 80)))]))
        speakers = resolve_speakers(doc, sts)
        assert [s.id for s in speakers] == [f"s{i + 1}" for i in range(len(speakers))]
        assert all(st.speaker is None or st.speaker in speakers for st in sts)
        assert all(st.speaker is None for st in sts if st.source is None)


def test_a_lone_first_name_gives_its_gender(nlp):
    text = ("Melanie waited at the rally for hours. Kevin was snoring beside her. "
            "“Here he is,” she said.")
    sts = [_statement(text, ("she", 0), ("said", 0), ("“Here he is,”", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker is not None and sts[0].speaker.name == "Melanie"


def test_nothing_inside_the_pronouns_own_participle_clause_is_its_antecedent(nlp):
    text = ("Barack Obama spoke at a summit on Monday. "
            "Campaigning against Mitt Romney in 2012, he barely mentioned climate change.")
    sts = [_statement(text, ("he", 0), ("barely mentioned", 0), ("climate change", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker is not None and sts[0].speaker.name == "Barack Obama"


def test_they_prefers_a_plural_group_to_an_organisation(nlp):
    text = ("The Associated Press interviewed more than 20 former crew members and editors. "
            "They described crass behavior by the host.")
    sts = [_statement(text, ("They", 0), ("described", 0), ("crass behavior by the host", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker is None or sts[0].speaker.name != "Associated Press"


def test_a_bare_collective_body_is_one_unnamed_speaker(nlp):
    text = ("The man was not armed, police said. Witnesses disagreed. "
            "Police said the officer had warned him several times.")
    sts = [_statement(text, ("police", 0), ("said", 0), ("The man was not armed", 0)),
           _statement(text, ("Police", 0), ("said", 1), ("the officer had warned him several times", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker is not None and sts[0].speaker.name is None
    assert sts[1].speaker is not None and sts[1].speaker.id == sts[0].speaker.id


def test_a_surname_that_is_a_role_word_is_still_a_name(nlp):
    text = ("Jim Justice, a wealthy West Virginia businessman, owns several coal mines. "
            "Mr. Justice is running for governor. "
            "Through a spokesman, he declined to comment.")
    sts = [_statement(text, ("he", 0), ("declined to comment", 0), ("comment", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker is not None and sts[0].speaker.name == "Jim Justice"


def test_a_person_named_in_the_quote_is_not_its_speaker(nlp):
    text = ("While Senator Tom Harlan drew large crowds all summer, that has not happened for the "
            "campaign, which worries Peter Vance, the chairman of the county party.\n\n"
            "“Nobody comes out for us anymore. Harlan had the crowds,” he said.")
    he = text[: text.index("” he said") + 2].count("he")
    sts = [_statement(text, ("he", he), ("said", 0), ("Nobody comes out for us anymore. Harlan had the crowds", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Peter Vance"


def test_a_paraphrase_may_name_its_own_speaker(nlp):
    text = ("Maria Costa, 24, met Ana Ruiz at a skate park in Queens.\n\n"
            "Ms. Costa found skating a salve for her worries, she said.")
    sts = [_statement(text, ("she", 0), ("said", 0), ("Ms. Costa found skating a salve for her worries", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Maria Costa"


def test_given_names_share_a_surname(nlp):
    text = ("Lawyers for Donald and Ivana Trump filed papers on Monday. Bill and Hillary Clinton "
            "were in Denver. Ted Cruz and John Kasich debated. Donald said the deal was good. "
            "Bill said the trip went well. Kasich said he won.")
    sts = [_statement(text, ("Donald", 1), ("said", 0), ("the deal was good", 0)),
           _statement(text, ("Bill", 1), ("said", 1), ("the trip went well", 0)),
           _statement(text, ("Kasich", 1), ("said", 2), ("he won", 0))]
    _resolve(nlp, text, sts)
    assert [s.speaker.name for s in sts] == ["Donald Trump", "Bill Clinton", "John Kasich"]


def test_they_may_take_a_one_word_name_the_model_took_for_a_person(nlp):
    from quotegraph.nlp.speakers_model import Entity
    from quotegraph.nlp.speakers_pronouns import compatible

    site = Entity(kind="person", named=True, names=["Politifact"])
    assert compatible(site, "pl", None)
    assert not compatible(Entity(kind="person", named=True, names=["Kevin"]), "pl", None)
    assert not compatible(Entity(kind="person", named=True, names=["Tom Harlan"]), "pl", None)
    assert not compatible(Entity(kind="person", named=True, names=["Vance"], gender="m"), "pl", None)


def test_a_partys_members_are_a_named_group(nlp):
    text = ("Oversight Committee Republicans called the hearing because they felt the FBI was not "
            "forthcoming. Many Democrats said it was unfair. Nervous Democrats, who want a quick vote, said "
            "the hearing was a stunt.")
    they = text.index("they")
    sts = [_statement(text, ("they", 0), ("felt", 0), ("the FBI was not forthcoming", 0)),
           _statement(text, ("Many Democrats", 0), ("said", 0), ("it was unfair", 0)),
           _statement(text, ("who", 0), ("want", 0), ("a quick vote", 0))]
    assert sts[0].source.start == they
    speakers = _resolve(nlp, text, sts)
    group = sts[0].speaker
    assert group.name == "Oversight Committee Republicans" and group.affiliation == "Republican Party"
    assert sts[1].speaker is None or sts[1].speaker.name is None  # quantified: some members, unnamed
    assert sts[2].speaker is None or sts[2].speaker.name is None  # described: "nervous Democrats"
    text = "The ruling gave fresh ammunition to Republicans who say the law is a failure."
    sts = [_statement(text, ("who", 0), ("say", 0), ("the law is a failure", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker is None or sts[0].speaker.name is None  # restrictive: some Republicans
    assert group in speakers


def test_a_bare_police_takes_the_police_the_article_names(nlp):
    text = ("Protests went on in Charlotte, police said. Kerr Putney, the Charlotte-Mecklenburg "
            "police chief, said the video did not show a gun. According to police, officers saw "
            "a gun. In Tulsa, the mayor spoke.")
    sts = [_statement(text, ("police", 0), ("said", 0), ("Protests went on in Charlotte", 0)),
           _statement(text, ("police", 2), ("According to", 0), ("officers saw a gun", 0))]
    _resolve(nlp, text, sts)
    assert [s.speaker.name for s in sts] == ["Charlotte-Mecklenburg police"] * 2


def test_two_named_police_forces_leave_a_bare_police_unnamed(nlp):
    text = ("Protests went on, police said. The Tulsa police chief and the Charlotte-Mecklenburg "
            "police chief met on Monday.")
    sts = [_statement(text, ("police", 0), ("said", 0), ("Protests went on", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name is None


def test_it_skips_a_name_that_only_modifies_a_noun(nlp):
    text = ("The Tampa Bay Times endorsed her in March. She has long been an advocate. She knows "
            "policy. She was a U.S. senator. She negotiates well. Meanwhile, it attacked Trump.")
    sts = [_statement(text, ("it", 0), ("attacked", 0), ("Trump", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Tampa Bay Times"


def test_each_and_both_speak_for_the_pair_before_them(nlp):
    text = ("Donald Trump and Hillary Clinton spoke at the forum on Wednesday, each touting their own "
            "experience. Both said the other lacked judgment. Both of their aides said little.")
    sts = [_statement(text, ("each", 0), ("touting", 0), ("their own experience", 0)),
           _statement(text, ("Both", 0), ("said", 0), ("the other lacked judgment", 0)),
           _statement(text, ("Both of their aides", 0), ("said", 1), ("little", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == sts[1].speaker.name == "Donald Trump and Hillary Clinton"
    assert sts[2].speaker is None or sts[2].speaker.name is None


def test_a_description_takes_up_the_person_a_team_is_named_after(nlp):
    text = ("Donald Trump unveiled a child-care plan on Tuesday in Pennsylvania.\n\nThe Trump team has "
            "said families would qualify for the tax breaks. The GOP candidate proposes allowing "
            "parents to deduct the cost. He also wants to extend paid leave.")
    sts = [_statement(text, ("The GOP candidate", 0), ("proposes", 0), ("allowing parents to deduct the cost", 0)),
           _statement(text, ("He", 0), ("wants", 0), ("to extend paid leave", 0))]
    _resolve(nlp, text, sts)
    assert [s.speaker.name for s in sts] == ["Donald Trump", "Donald Trump"]


def test_a_title_case_headlines_capitals_are_not_a_name(nlp):
    text = ("New Poll Shows Bump For Clinton.\n\nA new poll shows that Trump leads. "
            "The latest Reuters/Ipsos opinion poll released Friday shows that Clinton leads by four points.")
    sts = [_statement(text, ("New Poll", 0), ("Shows", 0), ("Bump For Clinton", 0)),
           _statement(text, ("The latest Reuters/Ipsos opinion poll released Friday", 0), ("shows", 1),
                      ("that Clinton leads by four points", 0))]
    speakers = _resolve(nlp, text, sts)
    assert "New Poll" not in [s.name for s in speakers]  # "new" and "poll" are common words here
    assert sts[1].speaker is None or sts[1].speaker.name != "New Poll"
    text = "Sean Fallon said the talks would resume. Fallon added that both sides were ready."
    sts = [_statement(text, ("Fallon", 1), ("added", 0), ("that both sides were ready", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Sean Fallon"


def test_a_subject_the_parse_reads_as_an_appositive_is_not_the_name_before_it(nlp):
    text = ("Hillary Clinton spoke on Friday.\n\nIn an interview with Morning Joe hosts Joe Scarborough and Mika "
            "Brzezinski, the Democratic presidential candidate stated that the comments do not fit.")
    sts = [_statement(text, ("the Democratic presidential candidate", 0), ("stated", 0),
                      ("that the comments do not fit", 0))]
    speakers = _resolve(nlp, text, sts)
    assert sts[0].speaker is None or sts[0].speaker.name != "Mika Brzezinski"
    assert all(s.role != "Democratic presidential candidate" for s in speakers if s.name == "Mika Brzezinski")
    text = "Heather Samuelson, a former staffer, said the files were gone."
    sts = [_statement(text, ("a former staffer", 0), ("said", 0), ("the files were gone", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Heather Samuelson"  # a true appositive still names its person


def test_a_name_that_is_also_a_lower_case_verb_stays_a_name(nlp):
    from quotegraph.nlp.speakers_name_runs import common_words
    from quotegraph.nlp.speakers_names import _lowercase_words

    doc = nlp("Families cook dinner at home. Cook said the talks would resume, a new poll shows.")
    lower = _lowercase_words(doc)
    assert not common_words(lower, [doc[6]])  # "cook" here is a verb: "Cook" may be a name
    assert "poll" in lower and "new" in lower


def test_names_joined_by_and_in_a_source_speak_together(nlp):
    text = "Senators Charles Grassley and Patrick Leahy said on Thursday that the program should expire."
    sts = [_statement(text, ("Senators Charles Grassley and Patrick Leahy", 0), ("said", 0),
                      ("that the program should expire", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Charles Grassley and Patrick Leahy"
    text = "The Swiss People's Party, or SVP, said on Sunday that the vote was a victory."
    sts = [_statement(text, ("The Swiss People's Party, or SVP,", 0), ("said", 0), ("that the vote was a victory", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Swiss People's Party"  # "or" gives another name, not a second party


def test_a_poll_speaks_for_its_joint_sponsors(nlp):
    text = ("The latest Reuters/Ipsos opinion poll showed that Clinton leads by five points. "
            "The poll also found that most voters want change. "
            "A CNN/ORC poll found that the race is tight. Photo: Gary Cameron/Reuters.")
    sts = [_statement(text, ("The latest Reuters/Ipsos opinion poll", 0), ("showed", 0),
                      ("that Clinton leads by five points", 0)),
           _statement(text, ("The poll", 0), ("also found", 0), ("that most voters want change", 0)),
           _statement(text, ("A CNN/ORC poll", 0), ("found", 1), ("that the race is tight", 0))]
    speakers = _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Reuters/Ipsos" and sts[0].speaker.kind == "organisation"
    assert sts[1].speaker is sts[0].speaker
    assert sts[2].speaker.name == "CNN/ORC"  # not "ORC" alone
    assert "Gary Cameron/Reuters" not in {s.name for s in speakers}  # a photo credit is no sponsor


def test_slash_names_join_only_before_a_document_noun(nlp):
    from quotegraph.nlp.speakers_joins import sponsor_spans

    doc = nlp("A New York Times/CBS News survey and the Walker/Cruz ticket. Photo: John Moore/Getty Images. "
              "The USA TODAY/Suffolk University Poll finds a tie.")
    assert [s.text for s in sponsor_spans(doc)] == ["New York Times/CBS News", "USA TODAY/Suffolk University"]


def test_a_quoted_nickname_stays_inside_the_name(nlp):
    text = ('Rep. Robert C. "Bobby" Scott said the cookout would go on. '
            'His niece, state Del. Marcia “Cia” Price, said it was a tradition. Price added that it was fun.')
    sts = [_statement(text, ('Rep. Robert C. "Bobby" Scott', 0), ("said", 0), ("the cookout would go on", 0)),
           _statement(text, ("His niece, state Del. Marcia “Cia” Price,", 0), ("said", 1),
                      ("it was a tradition", 0)),
           _statement(text, ("Price", 1), ("added", 0), ("it was fun", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == 'Robert C. "Bobby" Scott'
    assert sts[0].speaker.role == "Rep."  # not 'Rep. Robert C. "Bobby'
    assert sts[1].speaker.name == "Marcia “Cia” Price" and sts[2].speaker is sts[1].speaker


def test_a_loose_lower_case_adjective_is_not_part_of_a_name(nlp):
    # "the federal Securities and Exchange Commission": "federal" describes it; a
    # hyphened prefix ("pro-Islamic State") stays where it is
    text = ("The complaint was filed by the federal Securities and Exchange Commission. "
            "The S.E.C. said the developers had lied.")
    sts = [_statement(text, ("The S.E.C.", 0), ("said", 0), ("the developers had lied", 0))]
    (speaker,) = _resolve(nlp, text, sts)
    assert speaker.name == "Securities and Exchange Commission"
    assert "S.E.C." in speaker.aliases


def _speakers_by_source(result):
    return [((s.source.text if s.source else None), (s.speaker.name if s.speaker else None)) for s in result.statements]


def test_a_surname_that_is_a_title_after_given_names_is_a_name_and_a_leading_noun_is_no_speaker(analyze):
    r = analyze('Tennis great Billie Jean King said Ali was fun to be around. "He was great," she said.\n')
    assert _speakers_by_source(r) == [("Tennis great Billie Jean King", "Billie Jean King"), ("she", "Billie Jean King")]


def test_who_after_a_persons_home_town_is_the_person(analyze):
    r = analyze('"I have never voted in a primary, but I am going to vote in this primary for Bernie," said Nicky '
                'Driscoll, 24,  from Manchester, who said Sanders is best suited to get corporate money out of '
                'government.\n')
    assert ("who", "Nicky Driscoll") in _speakers_by_source(r)


def test_a_source_between_two_kinds_of_quotation_marks_keeps_its_salience(analyze):
    r = analyze("Donald Trump is on solid ground attacking Bill Clinton, Carly Fiorina said Monday.\n\n"
                "As for the notion that people want to vote for Clinton because she would be the first woman to be "
                "president, Fiorina offered her own approach.\n\n"
                "\u201cLook, how about an honest woman? How about a competent woman? But I\u2019m never going to ask "
                "for people\u2019s support because I\u2019m a woman,\" she said. \"I\u2019m going to ask for their "
                "support because I\u2019m the most qualified candidate to beat Hillary Clinton and to do the job.\"\n\n"
                "She also criticized Trump's past support for liberal policy ideas.\n")
    assert _speakers_by_source(r)[-2:] == [("she", "Carly Fiorina"), ("She", "Carly Fiorina")]


def test_who_after_an_object_is_not_the_subject_of_the_verb_before_it(analyze):
    r = analyze("The ruling sided with tech industry groups, who argued it violated the First Amendment.\n")
    sp = next(s for s in r.statements if s.cue.text == "argued").speaker
    assert (sp.name, sp.role) == (None, "tech industry groups")


def test_who_of_a_share_of_voters_is_that_share_not_the_candidate_it_chose(analyze):
    r = analyze("Clinton won by almost 60 points among the 30 percent of voters who said Wall Street does more to "
                "help the economy.\n")
    sp = next(s for s in r.statements if s.cue.text == "said").speaker
    assert sp.name is None


def test_a_description_denied_of_the_subject_is_not_the_subject(nlp):
    text = ("Mayor Tom Reyes criticised the budget. "
            "He was not the only candidate attacking the council.")
    sts = [_statement(text, ("the only candidate", 0), ("attacking", 0), ("the council", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker is not None and sts[0].speaker.name != "Tom Reyes"



def test_she_after_a_sentence_about_one_unnamed_person_is_that_person(nlp):
    text = ("Anna Berg spoke in Ohio on Monday. \"We will win,\" she said. "
            "Paul Otto took questions at a forum in Reno. "
            "But that changed when one voter brought up housing. She asked Otto about rents.")
    sts = [_statement(text, ("She", 0), ("asked", 0), ("about rents", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker is not None and sts[0].speaker.name is None


def test_a_name_the_model_missed_is_still_a_candidate_for_she(nlp):
    text = ("Meanwhile, John Kasich reminds us of the houseguest who will not leave. He is not likable. "
            "And oh yes, Carly Fiorina: What, exactly, are her qualifications? Losing a Senate race? "
            "She had a great line a while back when she said, \"I know that flying is an activity.\"")
    sts = [_statement(text, ("she", 0), ("said", 0), ("\"I know that flying is an activity.\"", 0))]
    _resolve(nlp, text, sts)
    assert sts[0].speaker.name == "Carly Fiorina"
