"""Speakers in the forms of session 51's probes: a Malay name called by the own name before
"binti" (with a judge's title, after an adverb, two words of it), which also gives her
gender; a question hung on a noun before "he" ("Asked during a recess whether he ..., X
bristled"); a company's chief executive who is not the minister just quoted; a headline's
first word that the story never repeats; a party whose name opens on "Parti"; an
abbreviation after ", or" and one the text never spells out beside its body's name; a
source opening on the place of its sentence's "In"; a body the model took for a work;
"the union" after a syndicate; a quotation inside a pronoun's own that names someone else.
Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import statement_saying as _by_content  # noqa: E402


def test_a_malay_name_by_the_name_before_binti(analyze):
    r = analyze("KUALA LUMPUR, Malaysia \u2014 The trial resumed on Monday.\n\n"
                "At one point Justice Datuk Noraini binti Hashim intervened, warning both sides to keep their "
                "questions relevant. \u201cThis is a courtroom,\u201d the judge said.\n\n"
                "Siti Rosnah later objected when the defence asked about the witness\u2019s former partner, Tan Wei "
                "Ming. Justice Noraini overruled her, saying the partner\u2019s dealings went to credibility. She said "
                "the prosecution could re-examine the witness on Thursday.\n\n"
                "Later Noraini said the hearing would end at four.\n")
    assert _by_content(r, "dealings went to credibility").speaker.name == "Noraini binti Hashim"
    assert _by_content(r, "the prosecution could re-examine").speaker.name == "Noraini binti Hashim"
    assert _by_content(r, "the hearing would end").speaker.name == "Noraini binti Hashim"


def test_the_one_asked_whether_he_acts_on_orders_answers(analyze):
    r = analyze("GUATEMALA CITY — Prosecutor Hugo Ramírez Pardo filed the complaint on Monday.\n\n"
                "Marco Villeda, a spokesman for the court, said the timing was set by the law. He added that the "
                "case had begun in March.\n\n"
                "Asked by reporters during a recess whether he was acting on orders, Ramírez bristled. \"Nobody "
                "gives me orders,\" he said.\n")
    assert _by_content(r, "Nobody gives me orders").speaker.name == "Hugo Ramírez Pardo"


def test_a_chief_executive_is_not_the_minister_just_quoted(analyze):
    r = analyze("CHISINAU, Moldova — Moldova signed a winter gas deal on Monday.\n\n"
                "\"We have enough gas,\" Energy Minister Petru Rusu told a news conference. Rusu said the "
                "contracts covered 400 million cubic metres.\n\n"
                "The chief executive of the state gas company told reporters that the first cargoes would "
                "arrive in November.\n")
    assert _by_content(r, "the first cargoes would arrive").speaker.name is None


def test_a_headline_word_the_story_never_repeats_is_no_name(analyze):
    r = analyze("Contractor tells court he paid millions to aides\n\n"
                "KUALA LUMPUR, Malaysia — A construction company director told a court on Wednesday that he "
                "handed cash to the aides of a former minister.\n")
    assert _by_content(r, "he paid millions").speaker.name is None


def test_a_party_whose_name_opens_on_parti_is_a_body(analyze):
    r = analyze("A spokesman for his party, Parti Suara Rakyat, who declined to give his name, called the case "
                "\"a vendetta dressed up as justice.\"\n")
    assert _by_content(r, "a vendetta dressed up").speaker.name is None


def test_an_abbreviation_after_or_and_one_never_spelled_out(analyze):
    r = analyze("GOMA, Congo — The army said the attack was carried out by the Mouvement pour la Liberté du "
                "Sud, or MLS, a rebel group.\n\n"
                "The MLS said in a statement that its fighters had acted in self-defence.\n\n"
                "The charges were brought by the Malaysian Anti-Corruption Commission last year. The MACC said "
                "it had followed the evidence.\n")
    assert _by_content(r, "acted in self-defence").speaker.name == "Mouvement pour la Liberté du Sud"
    assert _by_content(r, "followed the evidence").speaker.name == "Malaysian Anti-Corruption Commission"


def test_a_source_does_not_open_on_the_place_of_its_sentences_in(analyze):
    r = analyze("In Goma, Patrick Kabongo, a spokesman for North Kivu\u2019s military governor, Lieutenant General "
                "Jules Mambweni, said a curfew would be imposed from 8 p.m. and that schools near the border would "
                "stay closed.\n")
    st = _by_content(r, "a curfew would be imposed")
    assert st.source.text.startswith("Patrick Kabongo")
    assert st.speaker.name == "Patrick Kabongo"


def test_a_body_the_model_took_for_a_work_and_the_union_after_a_syndicate(analyze):
    r = analyze("NARSAQ, Greenland — The mining company Southern Cross Rare Metals wants to dig near the "
                "town, and the referendum is on Sunday.\n\n"
                "Pavia Kristiansen, an electrician in Narsaq, said he would vote yes.\n\n"
                "The Narsaq Fishers and Hunters Association said in a statement that the mine puts at risk "
                "the only industry that has fed this town for generations. The association believes dust could "
                "settle on grazing land.\n\n"
                "TUNIS — The National Syndicate of Tunisian Press Workers called a strike. According to the union, "
                "nine journalists have been questioned under the decree.\n")
    assert _by_content(r, "the only industry").speaker.name == "Narsaq Fishers and Hunters Association"
    assert _by_content(r, "dust could settle").speaker.name == "Narsaq Fishers and Hunters Association"
    assert _by_content(r, "nine journalists have been questioned").speaker.name \
        == "National Syndicate of Tunisian Press Workers"


def test_a_quotation_inside_a_pronouns_own_names_someone_else(analyze):
    r = analyze("TASHKENT, Uzbekistan — The author, Dilnoza Karimova, said monitors had documented 112 cases.\n\n"
                "A schoolteacher in Kashkadarya, who asked not to be named, told monitors that the head of the "
                "district department had called staff into a meeting. \"He said anyone who refused would have "
                "problems,\" she said.\n")
    assert _by_content(r, "anyone who refused").speaker.name is None
