"""Organisations as speakers: business names the model takes for people, a bracketed
abbreviation, a league's clubs, boards, districts and other bodies a description takes up.
Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import speaker_of as _speaker  # noqa: E402


def test_a_business_name_ending_in_a_company_word_is_an_organisation(analyze):
    r = analyze("Its landlord, Harrowgate Estates, has proposed raising the rent.\n\nHarrowgate Estates said in "
                "a statement that it had offered the sisters a phased increase. The company added that the "
                "new figure reflected market conditions.\n")
    assert _speaker(r, "The company").name == "Harrowgate Estates"


def test_a_bracketed_abbreviation_is_another_name_of_the_body_before_it(analyze):
    r = analyze("The death toll rose to 31, the National Disaster Management Agency (BNPB) said on Tuesday.\n\n"
                "BNPB said in a later statement that 9,000 people had fled to shelters.\n")
    agency = next(sp for sp in r.speakers if sp.name == "National Disaster Management Agency")
    assert "BNPB" in agency.aliases
    assert _speaker(r, "BNPB").name == "National Disaster Management Agency"


def test_a_league_club_is_no_club_of_the_league_and_no_title_is_stripped_from_the_league(analyze):
    r = analyze("The Premier League club had a third bid rejected on Wednesday. \"We are disappointed,\" the "
                "club said in a statement.\n")
    names = {sp.name for sp in r.speakers}
    assert "League club" not in names and "League" not in names
    assert _speaker(r, "the club").name != "Premier League"


def test_a_district_a_board_and_an_observatory_are_the_bodies_so_named(analyze):
    r = analyze("The Cedar Hollow Unified School District voted to close two schools. The district said "
                "families would receive letters this week.\n\nThe Data Protection Board of India is examining "
                "the device. The board said it had requested technical documentation.\n\nThe North Sea "
                "Climate Observatory published its report on Monday. The observatory said it would publish "
                "new projections every two years.\n")
    assert _speaker(r, "The district").name == "Cedar Hollow Unified School District"
    assert _speaker(r, "The board").name == "Data Protection Board of India"
    assert _speaker(r, "The observatory").name == "North Sea Climate Observatory"


def test_a_possessed_board_speaks_for_its_owner_and_a_chairman_of_a_board_is_of_its_owner(analyze):
    r = analyze("The Ashford Herald endorsed the mayor on Sunday. The paper's editorial board said she had "
                "earned a second term.\n\nMark Holden, chairman of the board of Freedom Partners, said the "
                "group would spend $20 million.\n")
    assert _speaker(r, "The paper's editorial board").name == "Ashford Herald"
    assert _speaker(r, "Mark Holden, chairman of the board of Freedom Partners").affiliation == "Freedom Partners"


def test_a_short_form_of_a_business_name_is_the_business_and_no_person(analyze):
    r = analyze("The Securities and Exchange Commission on Wednesday charged Dale Vukovich, the former chief "
                "financial officer of Brightwater Logistics, with orchestrating a scheme to inflate the trucking "
                "company's revenue.\n\nThe company's troubles began last September, when Kestrel Ridge Research, "
                "a short-selling firm based in Austin, Texas, published a report accusing Brightwater of "
                "\"systematic revenue manipulation.\" The report alleged that a dozen of the company's largest "
                "contracts existed only on paper.\n\nBrightwater initially hit back. In a statement at the time, "
                "the company called the report \"a fabricated hit piece by a firm that profits when our share "
                "price falls.\"\n")
    assert _speaker(r, "the company").name == "Brightwater Logistics"


def test_a_mixed_case_bracketed_abbreviation_and_a_chamber_are_the_bodies_named(analyze):
    r = analyze("The Federal Institute for Drugs and Medical Devices (BfArM) ordered the recall. The BfArM said "
                "it had first been alerted in February.\n\nThe Red River Chamber of Commerce welcomed the budget. "
                "The chamber said the tax threshold should rise.\n")
    assert _speaker(r, "The BfArM").name == "Federal Institute for Drugs and Medical Devices"
    assert _speaker(r, "The chamber").name == "Red River Chamber of Commerce"


def test_a_one_word_name_someone_works_at_is_an_organisation(analyze):
    r = analyze("Former Lumora executive testifies company paid billions\n\nWASHINGTON — A former senior "
                "executive at Lumora testified on Wednesday that the company paid smartphone makers billions of "
                "dollars a year.\n\nThe Justice Department argues that Lumora, based in San Jose, illegally "
                "maintained a monopoly over online search. The company denies wrongdoing and says users choose "
                "its products because they are better.\n")
    assert _speaker(r, "The company").name == "Lumora"
    assert all(sp.kind != "person" for sp in r.speakers if sp.name == "Lumora")


def test_a_business_name_the_model_left_untagged_after_a_dateline_is_the_company(analyze):
    r = analyze("Drug maker recalls pills\n\nBERLIN — Brenntal Pharma, one of Germany's largest makers of generic "
                "medicines, is recalling 41 batches of its blood pressure drug, the company said on Wednesday.\n\n"
                "The Darmstadt-based company said the impurity had been traced to a solvent supplied by a "
                "contractor in India.\n")
    assert _speaker(r, "the company").name == "Brenntal Pharma"
    assert _speaker(r, "The Darmstadt-based company").name == "Brenntal Pharma"


def test_a_body_known_by_its_initials_and_no_company_is_a_public_institute(analyze):
    r = analyze("BERLIN — Brenntal Pharma is recalling 41 batches of its blood pressure drug, the company said.\n\n"
                "About 300,000 patients take the drug, according to the Federal Institute for Drugs and Medical "
                "Devices, known by its German initials BfArM, which has ordered pharmacies to remove the packs.\n\n"
                "In a statement, the BfArM said it had first been alerted to the problem in February.\n\n"
                "Jens-Uwe Pfeiffer, the Greens' health spokesman in the Bundestag, said the case showed how "
                "fragile supply had become.\n\nIn a second statement, the company said it had suspended all "
                "purchases from the contractor.\n")
    assert _speaker(r, "the BfArM").name == "Federal Institute for Drugs and Medical Devices"
    assert _speaker(r, "the company", ).name == "Brenntal Pharma"
    assert [s.speaker.name for s in r.statements if s.source is not None and s.source.text == "the company"] \
        == ["Brenntal Pharma", "Brenntal Pharma"]


def test_an_untagged_name_before_a_bracketed_abbreviation_is_the_body_it_abbreviates(analyze):
    r = analyze("The regional president said he would present a revised budget, with or without the votes of the "
                "Valencian Left Bloc (BEV).\n\nIn a statement issued later on Monday, the BEV said its executive "
                "committee would meet on Thursday.\n")
    assert _speaker(r, "the BEV").name == "Valencian Left Bloc"


def test_an_organisation_the_model_tagged_elsewhere_is_named_where_it_speaks(analyze):
    r = analyze("Shintaro Ibaraki, founder of the Tokyo-based activist fund Sakuragawa Partners, said the "
                "president should step down.\n\nSakuragawa Partners said in a letter to the board that it would "
                "nominate two directors.\n")
    assert _speaker(r, "Sakuragawa Partners").name == "Sakuragawa Partners"


def test_forums_movements_foreign_foundations_and_companies_medical_centers_and_homes_are_bodies(analyze):
    r = analyze("Łucja Żabińska, president of the Polish Judges' Forum, called the law an attack. The forum said "
                "in a statement that it had documented 41 letters.\n\nAbu Yasser al-Khatib, a senior figure in the "
                "Rashidiya Movement, rejected the terms. The movement said the prisoners were common criminals.\n\n"
                "Álvaro Sanchís-Ortega, an economist at the Fundación Mediterránea de Estudios Fiscales, said both "
                "parties were exaggerating. According to the foundation, Valencia receives 215 euros less per "
                "inhabitant.\n\nSt. Brigid Regional Medical Center will close its maternity unit in June. The "
                "hospital said it had tried for two years to recruit anesthesiologists.\n\nShares in Halvard Homes "
                "fell 6 percent. The company said higher mortgage costs continue to weigh on buyers.\n\nThe "
                "management of the Compagnie Nationale des Trains Régionaux met the unions on Monday. The company "
                "said it would run replacement buses on three lines.\n")
    assert _speaker(r, "The forum").name == "Polish Judges' Forum"
    assert _speaker(r, "The movement").name == "Rashidiya Movement"
    assert _speaker(r, "the foundation").name == "Fundación Mediterránea de Estudios Fiscales"
    assert _speaker(r, "The hospital").name == "St. Brigid Regional Medical Center"
    assert [s.speaker.name for s in r.statements if s.source is not None and s.source.text == "The company"] \
        == ["Halvard Homes", "Compagnie Nationale des Trains Régionaux"]


def test_a_bodys_own_estimates_speak_for_it(analyze):
    r = analyze("Gilt yields rose sharply on Tuesday, analysts at Pellucid Capital said.\n\nAccording to "
                "Pellucid Capital's estimates, the repricing added about £3 billion to the government's annual "
                "borrowing costs.\n")
    assert _speaker(r, "Pellucid Capital's estimates").name == "Pellucid Capital"
