"""Speakers in the forms of session 48's second round of probes: a product is no company,
Spanish names known by their first surname, long names the model leaves untagged, a body
the model calls a nationality, "the ruling party" and "the party" after it, a cue that
splits a clause about someone else, "Andrea" as a man's name, a witness the court "heard
from", a role cut at a hyphen, a one-word company taken for a person. Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import name_of as _name, statement_saying as _by_content  # noqa: E402


def test_a_product_is_no_company(analyze):
    r = analyze("TOKYO — The president of Akebono Motor bowed deeply on Monday, after the automaker admitted "
                "that staff had falsified test data for years.\n\n"
                "The review found problems with 11 models, including the best-selling Hoshi compact and the "
                "Tsubame hybrid. According to the company, engineers had reused data from one car.\n\n"
                "Shares fell 9 percent. The company said it would compensate owners.\n")
    assert _by_content(r, "engineers had reused data").speaker.name == "Akebono Motor"
    assert _by_content(r, "it would compensate owners").speaker.name == "Akebono Motor"


def test_spanish_names_untagged_and_by_their_first_surname(analyze):
    r = analyze("UTUADO, Puerto Rico — Luz María Figueroa Santiago has cooked on a propane burner for 19 days. "
                "“The waiting has lasted three weeks,” the 62-year-old said.\n\n"
                "The town’s mayor, Ana Isabel Vázquez Cintrón, was less diplomatic. She said some barrios had "
                "seen no federal employee. “They take photos and they leave,” Vázquez said.\n\n"
                "About 300,000 customers were without power, according to Energía Boricua, the private company "
                "that runs the grid. The utility said crews had restored 82 percent of service.\n")
    assert _by_content(r, "The waiting has lasted").speaker.name == "Luz María Figueroa Santiago"
    assert _by_content(r, "some barrios had seen").speaker.name == "Ana Isabel Vázquez Cintrón"
    assert _by_content(r, "They take photos").speaker.name == "Ana Isabel Vázquez Cintrón"
    assert _by_content(r, "crews had restored").speaker.name == "Energía Boricua"


def test_the_ruling_party_is_no_opposition_party(analyze):
    r = analyze("CHENNAI — The governor returned a bill on Tuesday.\n\n"
                "The Leader of the Opposition, K. Palani of the Tamil Nadu Progressive Front, said the "
                "government was manufacturing a crisis.\n\n"
                "Not everyone in the opposition agrees. A senior Progressive Front functionary, who asked not "
                "to be named, said several legislators were uneasy.\n\n"
                "The ruling party's spokesperson, Dr. T. Meena Sundaram, said the resolution would be moved. "
                "The party said in a separate statement that its units would protest on Friday.\n")
    assert _name(_by_content(r, "its units would protest")) != "Progressive Front"


def test_a_cue_splitting_a_clause_about_someone_is_not_theirs(analyze):
    r = analyze("NAIROBI — The election petition entered its second day.\n\n"
                "Senior Counsel Peter Odhiambo Owino, for the petitioners, said the results had been altered. "
                "\"The numbers were changed at night,\" he said.\n\n"
                "Representing President-elect Joseph Mutua Kilonzo, Senior Counsel Abdullahi Hassan Noor told the "
                "court the petition was \"a political campaign dressed in a gown.\" Mr. Owino, he added, had "
                "conceded in two television interviews before changing his mind.\n")
    assert _by_content(r, "had conceded in two television").speaker.name == "Abdullahi Hassan Noor"


def test_andrea_may_be_a_man_and_a_man_who_gave_no_name_stays_unnamed(analyze):
    r = analyze("NAQOURA, Lebanon — Shelling hit border villages on Sunday.\n\n"
                "Andrea Castelli, a spokesperson for the peacekeeping force, said more than 40 shells had landed.\n\n"
                "Ibrahim Abu Zeid, the mayor of Aitaroun, said three houses had been destroyed. A younger man "
                "helping him stack crates, who would not give his name, said the shelling was the worst in years. "
                "\"The windows shake,\" he said.\n\n"
                "By nightfall the shelling had eased. Castelli said liaison officers had been in contact with both "
                "armies. \"The line of communication is open,\" he said.\n")
    assert _by_content(r, "The line of communication is open").speaker.name == "Andrea Castelli"
    assert _name(_by_content(r, "The windows shake")) is None


def test_a_witness_the_court_heard_from_and_a_company_set_off_before_which(analyze):
    r = analyze("WASHINGTON — The antitrust trial entered its third week.\n\n"
                "Deborah Lindqvist, Quillfinch’s co-founder and chief executive, testified that rivals could "
                "not reach users.\n\n"
                "Lumora, which handles nine in ten searches, has denied wrongdoing. In a statement, the company "
                "said the testimony told the story of a product that did not win.\n\n"
                "A company spokesman, Jonah Feld, said Lumora expected to be vindicated.\n\n"
                "Earlier, the court heard from a former Lumora employee who testified under seal. He said "
                "executives called the deals the moat.\n")
    assert _by_content(r, "the testimony told the story").speaker.name == "Lumora"
    assert _name(_by_content(r, "executives called the deals")) is None
    lindqvist = _by_content(r, "rivals could not reach users").speaker
    assert lindqvist.name == "Deborah Lindqvist" and "chief executive" in lindqvist.role
