"""Speakers in the forms of session 48's probes: hearings where a question names the one
who answers, hyphened and nicknamed names the model cuts or calls a body, a body named
before its own description, a lead description named paragraphs later, "Brussels" for the
Commission, a body taken up by its own noun. Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import name_of as _name, statement_saying as _by_content  # noqa: E402


def test_hyphened_given_names_and_surnames_are_people(analyze):
    r = analyze("QUEBEC CITY — A fight over a hydro dam reached the legislature on Tuesday, as the leader of "
                "the Green Party accused the premier of hiding the costs.\n\n"
                "“This government is pouring concrete first and asking questions later,” Jean-Philippe "
                "Gagnon-Leclerc, 47, told the assembly.\n\n"
                "The Green leader said the province had already spent $2 billion.\n\n"
                "Their energy critic, Marc-André Ouellet-Fortin, said the dam was needed. \"We cannot wait,\" "
                "he said.\n")
    assert _by_content(r, "the province had already spent").speaker.name == "Jean-Philippe Gagnon-Leclerc"
    assert _by_content(r, "the dam was needed").speaker.name == "Marc-André Ouellet-Fortin"
    assert _by_content(r, "We cannot wait").speaker.name == "Marc-André Ouellet-Fortin"


def test_a_body_named_before_its_own_description_is_the_speaker(analyze):
    r = analyze("TORONTO — The rail dispute dragged on.\n\n"
                "In a statement released after the hearing, Northfield Rail Transit, the Crown corporation that "
                "runs the line, said it had met every safety order. It added that a delay would cost $90 "
                "million.\n")
    assert _by_content(r, "it had met every safety order").speaker.name == "Northfield Rail Transit"
    assert _by_content(r, "a delay would cost").speaker.name == "Northfield Rail Transit"


def test_a_party_spokesman_is_the_one_its_pronoun_owner_names(analyze):
    r = analyze("LAHORE — The by-election row deepened on Monday.\n\n"
                "The National Awami Front, which had asked for a delay, reacted within the hour. Its spokesman, "
                "Chaudhry Asif Mehmood Cheema, called the decision unfair.\n\n"
                "The rival Pakistan Justice Movement backed the commission. Its secretary-general, Makhdoom "
                "Raza Ali Shah, accused the Front of running away.\n\n"
                "\"When you know you will lose, you discover duplicate voters,\" Shah said in Multan.\n\n"
                "The Awami Front spokesman hit back in the evening, saying Shah's own party had asked for a "
                "delay in 2021.\n")
    assert _by_content(r, "own party had asked for a").speaker.name == "Chaudhry Asif Mehmood Cheema"


def test_the_one_a_quoted_question_names_is_the_one_who_answers(analyze):
    r = analyze("MANILA — A former driver testified before a Senate panel on Tuesday.\n\n"
                "Rodolfo Macaraeg, 41, who drove for the mayor for six years, said he had carried bags of cash.\n\n"
                "The committee chairman, Sen. Ramon Villanueva, pressed him on where the money came from. "
                "\"Who gave you the bags, Mr. Macaraeg? I want a name,\" Villanueva said.\n\n"
                "The witness answered that an engineer from a Pampanga contractor would meet him at a gas "
                "station. He said he was later told to log the meetings as site visits.\n\n"
                "Asked by Villanueva whether he feared for his life, the witness nodded. He said he had asked "
                "for police protection.\n")
    assert _by_content(r, "an engineer from a Pampanga contractor").speaker.name == "Rodolfo Macaraeg"
    assert _by_content(r, "he was later told to log").speaker.name == "Rodolfo Macaraeg"
    assert _by_content(r, "he had asked for police protection").speaker.name == "Rodolfo Macaraeg"


def test_names_around_a_quoted_nickname_are_whole(analyze):
    r = analyze("MANILA — A Senate hearing heard new testimony on Tuesday.\n\n"
                "Jericho \"Jeck\" Dimaculangan, 34, who worked for Undersecretary Corazon \"Cora\" "
                "Villareal-Tan for four years, said the deliveries began in 2022.\n\n"
                "Villareal-Tan denied that she had ever received money.\n")
    assert _by_content(r, "the deliveries began in 2022").speaker.name == "Jericho \"Jeck\" Dimaculangan"
    assert _by_content(r, "she had ever received money").speaker.name == "Corazon \"Cora\" Villareal-Tan"


def test_a_lead_description_takes_the_one_named_with_its_role_further_down(analyze):
    r = analyze("WARSAW — Poland's justice minister on Wednesday defended his bid to suspend a judge, as the "
                "country's ombudsman warned that the move threatened the courts.\n\n"
                "Tomasz Kowalczyk, the justice minister, told reporters that the judge had crossed a line. "
                "\"That is anarchy,\" he said.\n\n"
                "The judge, Agnieszka Wróblewska, said she had only applied the law.\n\n"
                "The ombudsman, Bożena Szczepańska-Mróz, said she had written to the minister asking him to "
                "withdraw the motion. In the letter, she wrote that the proceedings were unlawful.\n")
    assert _by_content(r, "the move threatened the courts").speaker.name == "Bożena Szczepańska-Mróz"
    assert _by_content(r, "the proceedings were unlawful").speaker.name == "Bożena Szczepańska-Mróz"


def test_brussels_speaks_for_the_commission_and_a_body_for_its_own_noun(analyze):
    r = analyze("WARSAW — The row over the courts widened on Thursday.\n\n"
                "In Brussels, the European Commission said it had asked Warsaw to explain the motion.\n\n"
                "Brussels said it could not rule out legal action. It added that ministers would discuss the "
                "case next month.\n\n"
                "The lawyers' association Lex Libera said in a statement that 300 lawyers had signed a letter. "
                "\"Today it is one judge. Tomorrow it is all of us,\" the association said. Its members would "
                "march on Saturday, the group said.\n\n"
                "The Ministry of Justice later said in a statement that it would reply in due course.\n")
    assert _by_content(r, "could not rule out legal action").speaker.name == "European Commission"
    assert _by_content(r, "ministers would discuss the case").speaker.name == "European Commission"
    assert _by_content(r, "Tomorrow it is all of us").speaker.name == "Lex Libera"
    assert _by_content(r, "Its members would march").speaker.name == "Lex Libera"
    assert _by_content(r, "it would reply in due course").speaker.name == "Ministry of Justice"


def test_a_woman_who_gave_only_her_first_name_is_that_name(analyze):
    r = analyze("REYKJAVIK — Lava reached the edge of the town overnight.\n\n"
                "At a school gym in Reykjanesbær, a woman who gave only her first name, Ásdís, said she had "
                "left with nothing but her dog. \"Forty years in that house,\" said the 68-year-old.\n")
    assert _by_content(r, "left with nothing but her dog").speaker.name == "Ásdís"
    assert _by_content(r, "Forty years in that house").speaker.name == "Ásdís"


def test_an_unnamed_dealer_is_no_supplier(analyze):
    r = analyze("DETROIT — A carmaker recalled 400,000 vehicles on Tuesday.\n\n"
                "The faulty part is made by Vantor Components, a supplier based in Dayton, Ohio. Vantor said in "
                "a statement that the part met every specification. It declined to comment further.\n\n"
                "A Redline dealer in suburban Columbus, who asked not to be named because he did not want to "
                "harm his relationship with the carmaker, said customers had started calling. \"People are "
                "scared to drive,\" he said.\n")
    assert _by_content(r, "the part met every specification").speaker.name == "Vantor Components"
    assert _name(_by_content(r, "People are scared to drive")) is None

