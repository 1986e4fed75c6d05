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
