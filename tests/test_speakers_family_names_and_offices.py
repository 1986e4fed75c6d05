"""Speakers in the forms of session 59's probes: a family name said alone where several people
share it, named family name first ("Lee" of "Lee Hye-won" and "Lee Jun-ho"), or tagged as a
people ("Han"); a title before a body and a person set off after it ("Counsel to INEC, Yusuf
Abdullahi,"; "The governor of Córdoba province, Hernán Echagüe,"); a group "calling itself" a
name, which is no person; a he or she right after a sentence whose subject is an unnamed
title, which is no one named before; "the document" after an indictment; "was quoted by the
newspaper X on Thursday as saying"; a nickname with a word of respect ("known to all as Dona
Ciça"); a tribunal's ruling; a justice who is "the judge"; a report by a body a possessive
owns ("the Council of Europe's Venice Commission"); a name closing a title the parse made the
head of its source ("Presidential chief of staff Kim Jin-seong"); from the second round,
Catalan surnames joined by "i", an Indonesian honorific after a quotation mark ("Bu
Rosmawati"), one name a title glosses ("Ratnawati, the commission's chairwoman,"), a name the
model took for a building, an acronym the parse hung loose; from the last set, a name after
"nickname," or "nom de guerre,", a town a person is "from", and a body's acronym set off after
the people it serves ("The UN agency for Palestinian refugees, UNRWA,"). Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import name_of  # noqa: E402
from speaker_fixtures import statement_saying as _by_content  # noqa: E402

_HEARING = (
    "SEOUL — Presidential chief of staff Kim Jin-seong told the court on Thursday that he had \"never given an "
    "unlawful order.\"\n\n"
    "Prosecuting the case is Rep. Lee Hye-won, who chairs the judiciary committee. She told the justices that the "
    "case was \"about the tax code.\"\n\n"
    "Kim's lead counsel, Kim Eun-ji, countered that the prosecution had built its case on one witness.\n\n"
    "That witness, former presidential secretary Lee Jun-ho, gave a different account. Lee, who resigned in "
    "January, testified that Kim had asked him to \"make the audit go away.\"\n\n"
    "\"I wrote down every word of that call,\" Lee told the court.\n\n"
    "Lee Hye-won said she would \"let the evidence answer.\"\n")


def test_a_family_name_alone_is_whoever_was_just_named_with_it(analyze):
    r = analyze(_HEARING)
    assert name_of(_by_content(r, "never given an")) == "Kim Jin-seong"
    assert name_of(_by_content(r, "make the audit go away")) == "Lee Jun-ho"
    assert name_of(_by_content(r, "I wrote down every word")) == "Lee Jun-ho"
    assert name_of(_by_content(r, "let the evidence answer")) == "Lee Hye-won"


_WARD = (
    "The federation's president, Park Jae-seong, said the strike would go on.\n\n"
    "\"We have moved 30 nurses into the emergency department,\" said the director, Han Seo-yeon.\n\n"
    "Han, a cardiologist by training, said she understood the residents' anger. Park Min-ji, a resident, "
    "said she had signed her resignation letter \"with a heavy heart.\"\n")


def test_a_family_name_the_model_took_for_a_people_is_that_person(analyze):
    r = analyze(_WARD)
    assert name_of(_by_content(r, "she understood the residents")) == "Han Seo-yeon"


_TRIBUNAL = (
    "KANO, Nigeria — The Kano State Governorship Election Petition Tribunal on Wednesday upheld the election of "
    "Governor Ibrahim Garba Kura, dismissing a petition by the All Progressives Congress. The Independent National "
    "Electoral Commission (INEC) had declared Kura the winner in March.\n\n"
    "\"The petitioners called 41 witnesses,\" the chairman of the panel, Justice Folasade Adeyemi-Bello, said "
    "while reading the lead judgment.\n\n"
    "\"Documents dumped on the tribunal from the bar are of no probative value,\" the judge added.\n\n"
    "Counsel to INEC, Yusuf Abdullahi, a retired Court of Appeal justice, said the commission had been "
    "\"vindicated\".\n")


def test_a_person_set_off_after_a_title_to_a_body_and_a_justice_as_the_judge(analyze):
    r = analyze(_TRIBUNAL)
    assert name_of(_by_content(r, "the commission had been")) == "Yusuf Abdullahi"
    assert name_of(_by_content(r, "Documents dumped on the tribunal")) == "Folasade Adeyemi-Bello"


_PROVINCE = (
    "BUENOS AIRES — The central bank's deputy governor, Mercedes Quiroga, said reserves were \"adequate.\"\n\n"
    "The governor of Córdoba province, Hernán Echagüe, said farmers there would welcome any step that ended the "
    "controls.\n")


def test_a_name_set_off_after_a_title_of_a_place_is_a_person(analyze):
    r = analyze(_PROVINCE)
    assert name_of(_by_content(r, "farmers there would welcome")) == "Hernán Echagüe"


_BANNER = (
    "11:35 a.m.\n"
    "State Attorney General Marisela Treviño Cantú said investigators had recovered 300 rifle casings.\n\n"
    "A banner left beside the highway on Sunday, signed by a group calling itself Fuerza Serrana, warned rival "
    "gangs to leave the region. The prosecutor said her office was examining the banner.\n\n"
    "11:41 a.m.\n"
    "Security Secretary Adalberto Ruiz de la Peña Olvera, a retired army general, described the attacks as "
    "\"a reaction to the pressure we have put on them.\"\n\n"
    "11:44 a.m.\n"
    "The mayor of Valparaíso has joined by video link from the town hall. She said three of her 11 police "
    "officers were killed.\n")


def test_a_group_calling_itself_a_name_is_no_person_and_a_title_before_she_no_one_named(analyze):
    r = analyze(_BANNER)
    assert name_of(_by_content(r, "her office was examining")) != "Fuerza Serrana"
    assert name_of(_by_content(r, "three of her 11 police")) is None


_INDICTMENT = (
    "TOKYO — According to the indictment, filed by the Tokyo District Public Prosecutors Office, the minister's "
    "office received 48 million yen in kickbacks. The document says the minister's accountant told investigators "
    "that the practice was \"an understanding everyone shared.\"\n\n"
    "Senator José Carlos Madeira was quoted by the newspaper Folha de S.Paulo on Thursday as saying that foreign "
    "groups \"want the Amazon as a museum.\"\n")


def test_the_document_after_an_indictment_and_a_newspaper_that_quoted_someone(analyze):
    r = analyze(_INDICTMENT)
    assert name_of(_by_content(r, "the minister's accountant told")) == "Tokyo District Public Prosecutors Office"
    assert name_of(_by_content(r, "want the Amazon as a museum")) == "José Carlos Madeira"


_SENATE = (
    "BRASÍLIA — Senator Maria Cecília Bastos of the Workers' Party, known to all as Dona Ciça, led the "
    "opposition on the floor.\n\n"
    "Dona Ciça, for her part, said the fight was \"far from finished.\"\n")


def test_a_nickname_with_a_word_of_respect_is_the_person_it_was_given_to(analyze):
    r = analyze(_SENATE)
    assert name_of(_by_content(r, "far from finished")) == "Maria Cecília Bastos"


_SEJM = (
    "WARSAW — Opposition deputies repeatedly cited a report by the Council of Europe's Venice Commission, "
    "published last month, which found that the proposed veto \"lacks sufficient safeguards.\"\n\n"
    "Government speakers pointed instead to a 2021 ruling of the Constitutional Tribunal. The ruling said EU law "
    "could not override the constitution.\n")


def test_a_report_by_a_possessed_body_and_a_tribunals_ruling(analyze):
    r = analyze(_SEJM)
    assert name_of(_by_content(r, "lacks sufficient safeguards")) == "Venice Commission"
    assert name_of(_by_content(r, "EU law could not override")) == "Constitutional Tribunal"


_CORTES = (
    "MADRID — The sharpest exchange came between two deputies who share a surname. Montserrat Ferrer i Roig, of "
    "Junts, told the chamber that Catalans had \"never asked to be forgiven for voting.\" Pau Ferrer Casals, a "
    "Socialist from Tarragona, replied that the law was \"not a prize.\"\n\n"
    "\"It is the end of a punishment that stopped being useful,\" he said, as she shook her head.\n\n"
    "Ferrer i Roig was unmoved. The amnesty, she said, was \"a first step, not a destination.\"\n")


def test_catalan_surnames_joined_by_i_and_given_names_that_tell_gender(analyze):
    r = analyze(_CORTES)
    assert name_of(_by_content(r, "never asked to be forgiven")) == "Montserrat Ferrer i Roig"
    assert name_of(_by_content(r, "the end of a punishment")) == "Pau Ferrer Casals"
    assert name_of(_by_content(r, "a first step, not a destination")) == "Montserrat Ferrer i Roig"


_HEARING_JAKARTA = (
    "JAKARTA — Replying for the minister, the director general of minerals and coal, Rosmawati Siregar, said the "
    "memos had been acted upon.\n\n"
    "\"We did not ignore anything,\" Bu Rosmawati said. \"Our team for the whole of Kalimantan is 23 people.\"\n\n"
    "Ratnawati, the commission's chairwoman, who like many Indonesians uses a single name, said the commission "
    "would summon the heads of all 14 companies. \"By then,\" she said, \"we want names, not explanations.\"\n\n"
    "Binh's lawyer, Le Dinh Khoa, said he had been informed on the morning of the trial that his papers were "
    "incomplete. The United Nations refugee agency, UNHCR, said it had offered to help the committee.\n")


def test_an_honorific_after_a_quotation_mark_one_name_a_title_glosses_and_a_misread_name(analyze):
    r = analyze(_HEARING_JAKARTA)
    assert name_of(_by_content(r, "We did not ignore anything")) == "Rosmawati Siregar"
    assert name_of(_by_content(r, "we want names, not explanations")) == "Ratnawati"
    assert name_of(_by_content(r, "he had been informed on the morning")) == "Le Dinh Khoa"
    assert name_of(_by_content(r, "it had offered to help the committee")) == "UNHCR"


_HAVANA = (
    "HAVANA — The rebels' lead negotiator, Aurelio Pineda Mosquera, better known by his nom de guerre, Tomás "
    "Arauca, read a statement. \"We have not come to Havana to surrender,\" Arauca told reporters.\n\n"
    "BANGKOK — Chanida Sirisombat, the party's 44-year-old leader, who is widely known by her nickname, Ploy, "
    "told reporters that the party had broken no law. Ploy wrote on X that \"we are still here.\"\n\n"
    "One of the supporters, a 23-year-old student from Chiang Rai who gave only her first name, Fah, said she "
    "had voted for the first time. \"If they take away my vote, where do I put it?\" she asked.\n\n"
    "The UN agency for Palestinian refugees, UNRWA, said it had run out of fuel.\n")


def test_a_name_after_a_noun_for_a_nickname_a_home_town_and_a_body_named_after_its_charges(analyze):
    r = analyze(_HAVANA)
    assert name_of(_by_content(r, "We have not come to Havana")) == "Aurelio Pineda Mosquera"
    assert name_of(_by_content(r, "we are still here")) == "Chanida Sirisombat"
    assert name_of(_by_content(r, "where do I put it")) != "Chiang Rai"
    assert name_of(_by_content(r, "it had run out of fuel")) == "UNRWA"


_BENCH = (
    "ISLAMABAD, Pakistan — The three-member bench, headed by Chief Justice Aftab Ahmed Malik, had summoned the "
    "former prime minister over a series of rally speeches.\n\n"
    "\"The court does not seek anybody's applause,\" the chief justice said from the bench.\n\n"
    "His lawyer, Barrister Salman Akhtar Bhatti, told the court that his client's remarks had been political.\n\n"
    "Justice Rukhsana Lahori, the only woman on the bench, cut him short.\n")


def test_the_chief_justice_is_the_one_named_so_before_not_a_justice_named_after(analyze):
    r = analyze(_BENCH)
    assert name_of(_by_content(r, "does not seek anybody's applause")) == "Aftab Ahmed Malik"
