"""Speakers in the forms of session 48's third round of probes: a firm named after a
dateline city the model calls an organisation, Greek given names, "the miner" for a mining
company but not for a miner who asked not to be named, "Its chief executive" taken up
again, a police spokesperson told from a party's justice spokesperson, and the Swedish
particle "af". Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import name_of as _name, statement_saying as _by_content  # noqa: E402


def test_a_firm_after_a_dateline_and_its_new_finance_chief(analyze):
    r = analyze("Piraeus shipping group files for insolvency\n\n"
                "PIRAEUS, Greece — Aegean Meridian Shipping, one of the oldest shipping groups in Piraeus, filed "
                "for insolvency on Friday.\n\n"
                "In its filing with the Piraeus court, the firm said 23 of its 31 vessels were under arrest.\n\n"
                "The group's founder, Giorgos Papadopoulos, said he was in talks with two investors.\n\n"
                "His chief financial officer, Stavros Theodorakopoulos, was more cautious. Speaking to analysts, "
                "he said the cash would last weeks, not months.\n")
    assert _by_content(r, "23 of its 31 vessels").speaker.name == "Aegean Meridian Shipping"
    assert _by_content(r, "the cash would last weeks").speaker.name == "Stavros Theodorakopoulos"


def test_the_miner_is_the_mining_company_and_its_chief_executive_again(analyze):
    r = analyze("PERTH — The state will lift iron ore royalties.\n\n"
                "Pilbara Crest Resources, the state's third-largest iron ore producer, said it would pause an "
                "expansion. The miner said the new rate would cost it $310 million a year.\n\n"
                "Its chief executive, Bruce Tennant, was blunt: \"They are killing the goose.\"\n\n"
                "Trevor Wanambi-Cooper, chair of the Nyinbarra Land Council, said owners had been shut out.\n\n"
                "Late on Monday, the miner said it would consider legal action. Its chief executive told the ABC the "
                "company had never failed to pay its royalties.\n\n"
                "\"The forest is finished,\" said a galamsey miner who asked not to be named. He said he earned "
                "little.\n")
    assert _by_content(r, "the new rate would cost it").speaker.name == "Pilbara Crest Resources"
    assert _by_content(r, "it would consider legal action").speaker.name == "Pilbara Crest Resources"
    assert _by_content(r, "the company had never failed").speaker.name == "Bruce Tennant"
    assert _name(_by_content(r, "he earned little")) is None


def test_the_police_spokesperson_is_not_a_party_justice_spokesperson(analyze):
    r = analyze("STOCKHOLM — A 15-year-old boy was shot dead on Saturday, the Swedish Police Authority said.\n\n"
                "Lina Bergström, a spokesperson for the Stockholm police region, said two suspects had been "
                "detained.\n\n"
                "Carl-Johan af Wetterstedt, the Social Democrats' justice spokesperson, said the government had run "
                "out of excuses. \"They promised us order,\" af Wetterstedt said.\n\n"
                "According to the police spokesperson, 23 of the 41 suspects this year were under 18.\n")
    assert _by_content(r, "23 of the 41 suspects").speaker.name == "Lina Bergström"
    assert _by_content(r, "They promised us order").speaker.name == "Carl-Johan af Wetterstedt"
