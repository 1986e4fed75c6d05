"""A person's party and a country's body as affiliation, and descriptions that name another party."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _by_source(result, source: str):
    return next(s for s in result.statements if s.source is not None and s.source.text == source)


def test_a_party_word_before_the_name_is_the_affiliation(analyze):
    r = analyze("Republican Donald Trump said on Monday that the election was rigged. "
                "Democrat Hillary Clinton said she would win.\n")
    trump = _by_source(r, "Republican Donald Trump").speaker
    clinton = _by_source(r, "Democrat Hillary Clinton").speaker
    assert (trump.name, trump.affiliation, trump.country) == ("Donald Trump", "Republican Party", "USA")
    assert trump.party == "Republican Party" and r.to_dict()["speakers"][0]["party"] == "Republican Party"
    assert (clinton.name, clinton.affiliation) == ("Hillary Clinton", "Democratic Party")


def test_a_lawmakers_party_code_and_an_appositive_party(analyze):
    r = analyze("Sen. Jeff Merkley (D-Ore.) said the claim was false. Senate Majority Leader Mitch "
                "McConnell, R-Ky., said the vote would go ahead. Olaf Scholz, a Social Democrat, said "
                "Germany would help.\n")
    assert _by_source(r, "Sen. Jeff Merkley (D-Ore.)").speaker.affiliation == "Democratic Party"
    mcconnell = next(s.speaker for s in r.statements if s.speaker and s.speaker.name == "Mitch McConnell")
    assert (mcconnell.affiliation, mcconnell.party) == ("Senate", "Republican Party")  # the role's first
    scholz = next(s.speaker for s in r.statements if s.speaker and s.speaker.name == "Olaf Scholz")
    assert scholz.affiliation == "Social Democrats"


def test_an_ambiguous_party_word_counts_only_before_a_political_office(analyze):
    r = analyze("The Conservative MP Jacob Rees-Mogg said Britain would not pay. Conservative columnist "
                "George Will wrote that the plan would fail.\n")
    assert _by_source(r, "The Conservative MP Jacob Rees-Mogg").speaker.affiliation == "Conservative Party"
    will = next(s.speaker for s in r.statements if s.speaker and s.speaker.name == "George Will")
    assert will.affiliation is None  # an American columnist: "conservative" is no party here


def test_no_party_from_a_neighbours_title_a_former_one_or_a_portfolio(analyze):
    r = analyze("Republican Trump and Democrat Clinton have criticized Nabisco for the move, and Clinton "
                "said she would act. Trump, for years a registered Democrat, said he would too. "
                "Labour Minister Bhupender Yadav said the rules would change.\n")
    clinton = next(s.speaker for s in r.statements if s.speaker and s.speaker.name == "Clinton")
    assert clinton.affiliation == "Democratic Party"
    yadav = next(s.speaker for s in r.statements if s.speaker and s.speaker.name == "Bhupender Yadav")
    assert yadav.affiliation != "Labour Party"


def test_a_description_naming_another_party_does_not_take_up_the_last_subject(analyze):
    r = analyze("BERLIN (DW) - Friedrich Merz called on Chancellor Olaf Scholz to hold a confidence vote "
                "next week.\n\nScholz, a Social Democrat, had said on Wednesday that he would seek the vote "
                "in January. The chancellor argued that the budget had to be passed first.\n\n"
                "The CDU leader rejected that timetable.\n")
    assert _by_source(r, "The chancellor").speaker.name == "Olaf Scholz"
    assert _by_source(r, "The CDU leader").speaker.name != "Olaf Scholz"  # the text made him a Social Democrat


def test_a_name_coordinated_by_a_comma_alone_is_an_appositive(analyze):
    r = analyze("Presidential spokesman Ajuri Ngelale said in a statement that the government would pay "
                "25,000 naira a month to 15 million poor households.\n\nThe main labour union, the Nigeria "
                "Labour Congress (NLC), said the measures were not enough and threatened a nationwide "
                "strike.\n")
    assert _by_source(r, "The main labour union, the Nigeria Labour Congress (NLC)").speaker.name \
        == "Nigeria Labour Congress"


def test_a_politician_described_by_nationality_takes_up_the_speaker_before(analyze):
    r = analyze("Competition Commissioner Margrethe Vestager said the company had denied other firms the "
                "chance to compete. \"What Google has done is illegal under EU antitrust rules,\" she told "
                "a news conference in Brussels.\n\nThe Danish politician said Google had 90 days to end "
                "the practice.\n")
    desc = _by_source(r, "The Danish politician").speaker
    assert (desc.name, desc.country) == ("Margrethe Vestager", "DNK")


def test_a_countrys_lower_case_ministry_is_the_affiliation(analyze):
    r = analyze("Russia's defence ministry spokesman Igor Konashenkov said the drones were shot down. "
                "South Korea's unification ministry spokesman Koo Byoung-sam said talks would resume.\n")
    konashenkov = next(s.speaker for s in r.statements if s.speaker and s.speaker.name == "Igor Konashenkov")
    assert (konashenkov.affiliation, konashenkov.country) == ("Russia's defence ministry", "RUS")
    koo = next(s.speaker for s in r.statements if s.speaker and s.speaker.name == "Koo Byoung-sam")
    assert (koo.affiliation, koo.country) == ("South Korea's unification ministry", "KOR")


def test_a_party_name_several_countries_use_gives_no_country(analyze):
    r = analyze("Conservative Leader Pierre Poilievre said the announcement changed nothing.\n")
    poilievre = r.statements[0].speaker
    assert (poilievre.name, poilievre.party, poilievre.country) == ("Pierre Poilievre", "Conservative Party", None)
    r = analyze("OTTAWA (CBC) - Conservative Leader Pierre Poilievre said the announcement changed nothing.\n")
    assert r.statements[0].speaker.country == "CAN"  # unless a dateline says where


def test_a_foreign_dateline_decides_a_party_name_several_countries_use(analyze):
    seoul = analyze("SEOUL, March 3 (Yonhap) -- Lee Jae-myung, leader of the main opposition Democratic "
                    "Party, said Tuesday that the government must stop its push for nuclear power.\n")
    sp = seoul.statements[0].speaker
    # not the American party; a party leader in a story naming no other country than the dateline's is its
    assert (sp.affiliation, sp.country) == ("Democratic Party", "KOR")
    berlin = analyze("BERLIN (DW) - Green Party candidate Robert Habeck said his party would not join such "
                     "a coalition.\n")
    assert berlin.statements[0].speaker.country == "DEU"


def test_dateline_country():
    from quotegraph.nlp.speakers_lexicon import dateline_country

    assert dateline_country("Headline\n\nNAIROBI (AFP) - Kenyan police fired tear gas") == "KEN"
    assert dateline_country("MEXICO CITY (AP) — Mexican President") == "MEX"
    assert dateline_country("WASHINGTON (AP) — The Senate") == "USA"  # a US city AP names alone
    assert dateline_country("AUSTIN, Texas (AP) — A federal judge") == "USA"  # a city with its state
    assert dateline_country("PARIS, Texas — The mayor") == "USA"
    assert dateline_country("PARIS (Reuters) - The French president") == "FRA"
    assert dateline_country("The man said") is None


def test_a_governor_in_a_story_datelined_in_a_us_state_is_american(analyze):
    r = analyze("AUSTIN, Texas (AP) — Gov. Greg Abbott said Thursday that the state would appeal the ruling.\n")
    assert r.statements[0].speaker.country == "USA"


def test_a_party_word_before_a_leadership_contender_names_the_party(analyze):
    r = analyze("Conservative leadership contender Kemi Badenoch said the party had lost its way.\n")
    assert r.statements[0].speaker.party == "Conservative Party"
    r = analyze("Conservative leadership expert Tim Bale said the party had lost its way.\n")
    assert r.statements[0].speaker.party is None


def test_a_persons_name_that_is_a_country_names_no_other_country(analyze):
    r = analyze("PARIS (AP) — French President Emmanuel Macron called a snap election on Sunday.\n\nNational Rally "
                "leader Jordan Bardella told supporters the vote was a rebuke. Prime Minister Gabriel Attal said the "
                "campaign would be \"a moment of truth.\"\n")
    attal = next(s for s in r.statements if "Attal" in s.source.text).speaker
    assert attal.country == "FRA"
