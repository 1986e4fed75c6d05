"""Speakers in the forms of session 56's probes: an interview's turns after the sentence that
leads into them ("He spoke to this newspaper by phone:", "Pritchard pressed her on payments:");
"who is not related to her" (no pronoun of a relative clause is its own antecedent); a body's
name run on over a comma onto a person's ("A spokeswoman for [Lúrio, Celeste Macuácua]"), or
cut before a Romance particle ("the Commission de Surveillance du Secteur Financier", "the
Observatório do Norte"); documents presented, announced or sent by a body ("A survey presented
at the congress by ...", "a statement from ..."); a capital's government ("Maputo ... The
Mozambican government"), a country the model left untagged, and a capital of several words
("Santo Domingo", "Port of Spain"); the dateline's town as a place, not a person; Iban names
with "anak"; "foreman" and "headman" as roles; a role source titled with its role next
("Commissioner X told"); "The official" after an unnamed official introduced just before; a
body the noun described before one only named near; publishers and plantations as companies;
and initials with an ampersand ("M&D"). Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import name_of  # noqa: E402
from speaker_fixtures import statement_saying as _by_content  # noqa: E402

_INTERVIEW = (
    "Insurgents raid villages near gas site as Maputo insists Cabo Delgado is secure\n\n"
    "PEMBA, Mozambique — Insurgents attacked three villages in Palma district on Saturday, burning homes and "
    "forcing hundreds of families to flee towards the coast, according to local officials.\n\n"
    "The attacks took place less than 20 kilometres from the liquefied natural gas plant being built by Lúrio "
    "Offshore Energy.\n\n"
    "A spokeswoman for Lúrio, Celeste Macuácua, added that the consortium was “in constant contact with the "
    "authorities”. She said no workers had been evacuated.\n\n"
    "The Mozambican government has long argued that the insurgency, which began in 2017, is in its final phase. "
    "On Sunday, Maputo said in a statement that the raids were “the desperate acts of a defeated enemy”.\n\n"
    "A report published last month by the Observatório do Norte, a Pemba-based monitoring group, found that "
    "attacks in Palma district had nearly doubled in the first half of the year. The group believes the "
    "insurgents have rebuilt supply lines across the Rovuma river from Tanzania.\n\n"
    "Couto said she had raised the rising number of attacks with Lúrio’s community liaison manager, Fátima "
    "Muhate, at a meeting in March. Muhate confirmed the meeting had taken place. “We listened carefully, and we "
    "acted,” she said.\n\n"
    "In Olumbi, the village chief, Saide Mpemba, is sheltering 14 relatives in a two-room house. The 45-year-old "
    "said the army arrived six hours after the attackers had left. He spoke to this newspaper by phone:\n\n"
    "Q: Did anyone warn you the attack was coming?\n\n"
    "A: We heard rumours for a week. We told the soldiers at the checkpoint. They laughed.\n\n"
    "Q: Will you stay in Olumbi?\n\n"
    "A: Where would I go? This is my land. But I will not bring my grandchildren back until someone tells me "
    "the truth.\n")

_HEARING = (
    "Water company boss faces MPs’ anger over record sewage spills\n\n"
    "Caroline Ashdown, who runs Medway & Downs Water, told the environment, food and rural affairs committee on "
    "Tuesday that the company was “deeply sorry for every single spill” but insisted its investment plan would "
    "halve discharges by 2030.\n\n"
    "Helen Pritchard, the Labour MP who chairs the committee, later told reporters she would ask the regulator to "
    "examine whether the company had breached its licence.\n\n"
    "In one tense exchange, Pritchard pressed her on payments to shareholders:\n\n"
    "Q: How much did your shareholders receive last year?\n\n"
    "A: The dividend was £94m, which is below the sector average.\n\n"
    "Q: And how much did you spend on the overflows at Whitstable?\n\n"
    "A: I don’t have that figure in front of me, but I will write to the committee.\n\n"
    "In a statement, M&D said it “shares the public’s frustration” and was “working around the clock to upgrade "
    "its network”.\n")


def test_an_interview_is_the_one_the_lead_in_sentence_makes_its_subject(analyze):
    r = analyze(_INTERVIEW)
    assert name_of(_by_content(r, "We heard rumours for a week")) == "Saide Mpemba"
    assert name_of(_by_content(r, "Where would I go?")) == "Saide Mpemba"
    assert name_of(_by_content(r, "Did anyone warn you")) is None


def test_the_one_who_presses_asks_and_the_one_pressed_answers(analyze):
    r = analyze(_HEARING)
    assert name_of(_by_content(r, "How much did your shareholders receive")) == "Helen Pritchard"
    assert name_of(_by_content(r, "The dividend was £94m")) == "Caroline Ashdown"


def test_initials_with_an_ampersand_name_the_company(analyze):
    assert name_of(_by_content(analyze(_HEARING), "shares the public’s frustration")) == "Medway & Downs Water"


def test_a_body_run_on_over_a_comma_onto_a_person_is_the_two(analyze):
    r = analyze(_INTERVIEW)
    assert name_of(_by_content(r, "in constant contact with the authorities")) == "Celeste Macuácua"
    assert name_of(_by_content(r, "no workers had been evacuated")) == "Celeste Macuácua"


def test_a_capitals_government_and_the_capital_are_one_speaker(analyze):
    r = analyze(_INTERVIEW)
    government = _by_content(r, "is in its final phase").speaker
    capital = _by_content(r, "the desperate acts of a defeated enemy").speaker
    assert government.name == capital.name == "Mozambique"
    assert government.id == capital.id


def test_a_country_the_model_left_untagged_speaks_as_a_country(analyze):
    r = analyze("Mozambique insists the province is secure. The Mozambican government has long argued that the "
                "insurgency is in its final phase.")
    speaker = _by_content(r, "the province is secure").speaker
    assert speaker.name == "Mozambique" and speaker.country == "MOZ"
    assert _by_content(r, "in its final phase").speaker.id == speaker.id


def test_a_body_cut_before_a_particle_is_named_in_full(analyze):
    r = analyze(_INTERVIEW)
    assert name_of(_by_content(r, "attacks in Palma district had nearly doubled")) == "Observatório do Norte"
    assert name_of(_by_content(r, "rebuilt supply lines")) == "Observatório do Norte"


_REGULATOR = (
    "LUXEMBOURG — The financial regulator, the Commission de Surveillance du Secteur Financier, has faced "
    "criticism over its supervision of Valmont. The CSSF said in a written statement that it had “fully cooperated "
    "with the judicial authorities”. A spokeswoman for the regulator said its internal review of the affair was "
    "“close to completion”.\n\n"
    "That review, parts of which were read out in court, found that Valmont’s compliance department had raised "
    "concerns about the loans as early as 2016. The regulator believes those warnings never reached its own "
    "supervisors.\n")


def test_initials_name_the_body_whose_name_runs_past_a_particle(analyze):
    r = analyze(_REGULATOR)
    full = "Commission de Surveillance du Secteur Financier"
    assert name_of(_by_content(r, "fully cooperated with the judicial authorities")) == full
    assert name_of(_by_content(r, "compliance department had raised concerns")) == full


def test_the_body_the_noun_described_comes_before_one_only_named_near(analyze):
    r = analyze(_REGULATOR)
    full = "Commission de Surveillance du Secteur Financier"
    assert name_of(_by_content(r, "those warnings never reached")) == full


_REFERENDUM = (
    "LIBREVILLE, Gabon — Gabonese voters approved a new transition charter in Saturday’s referendum, according to "
    "provisional results announced late on Sunday by the National Transition Committee.\n\n"
    "The coalition’s leader, Léontine Mouketou, a former schoolteacher from Mouila, told a packed press conference "
    "that the vote had been “a formality dressed up as a consultation”.\n\n"
    "“We saw it with our own eyes,” Mouketou said.\n\n"
    "A 46-year-old fish seller at Libreville’s Mont-Bouët market said she had voted yes because the transition "
    "needed “time to finish the job”. The fish seller, Pélagie Mboumba, said the price of cassava had nearly "
    "doubled in two years. “The soldiers promised to clean the house,” she said. “Let them finish, and then we "
    "will judge them.”\n\n"
    "Her neighbour at the next stall, Serge Mboumba, who is not related to her, said he had stayed at home on "
    "polling day. “The result was written before the first ballot was cast,” Serge Mboumba said.\n\n"
    "Mouketou returned to the question of turnout on Monday. She said many civil servants had been told by their "
    "superiors to vote and to photograph their ballots as proof.\n")


def test_a_pronoun_in_a_relative_clause_is_not_its_antecedent(analyze):
    r = analyze(_REFERENDUM)
    assert name_of(_by_content(r, "he had stayed at home")) == "Serge Mboumba"
    assert name_of(_by_content(r, "many civil servants had been told")) == "Léontine Mouketou"


def test_results_announced_by_a_body_are_its_own(analyze):
    assert name_of(_by_content(analyze(_REFERENDUM), "approved a new transition charter")) \
        == "National Transition Committee"


@pytest.mark.parametrize("text, content, name", [
    ("VILNIUS — A survey presented at the congress by the Centre for Belarusian Studies, a Vilnius-based research "
     "group, found that 41 percent of Belarusians living abroad would consider returning within a year.",
     "41 percent of Belarusians", "Centre for Belarusian Studies"),
    ("TÓRSHAVN — A review by the Faroese Food and Veterinary Authority, published last year, found that the average "
     "time to death once the lance was used was under two seconds.",
     "the average time to death", "Faroese Food and Veterinary Authority"),
    ("LONDON — Medway & Downs Water faced questions on Tuesday. A statement from Medway & Downs Water said the "
     "company was investing in its network.", "the company was investing", "Medway & Downs Water"),
])
def test_a_document_speaks_for_the_body_that_presented_or_sent_it(analyze, text, content, name):
    assert name_of(_by_content(analyze(text), content)) == name


_LONGHOUSE = (
    "Iban longhouse wins land fight against Sarawak plantation firm\n\n"
    "MIRI, Malaysia — An Iban longhouse community in northern Sarawak won a significant victory on Thursday when "
    "the High Court ruled that the state had wrongly issued a provisional lease over 2,300 hectares of land.\n\n"
    "The longhouse chief wept as the decision was read out. Speaking on the court steps afterwards, he said the "
    "community had waited nine years for the ruling. “Our grandfathers cleared this land with their own hands,” "
    "the headman said.\n\n"
    "The headman, Bunsu anak Entalai, 71, said he would travel back upriver on Friday to tell the families who "
    "could not afford the journey to Miri.\n\n"
    "Bunsu’s message to the company was blunt: “Take your machines and go home.”\n\n"
    "Sebangan Agro Plantations said it was disappointed with the ruling. The company said it would continue to "
    "offer jobs to residents of the longhouse.\n")


def test_a_name_with_anak_is_one_name_and_its_own_part_names_it(analyze):
    r = analyze(_LONGHOUSE)
    assert name_of(_by_content(r, "he would travel back upriver")) == "Bunsu anak Entalai"
    assert name_of(_by_content(r, "Take your machines and go home")) == "Bunsu anak Entalai"
    assert name_of(_by_content(r, "Our grandfathers cleared this land")) == "Bunsu anak Entalai"  # "the headman"


def test_the_datelines_town_is_no_person(analyze):
    r = analyze(_LONGHOUSE)
    assert all(s.name != "Miri" for s in r.speakers)
    assert name_of(_by_content(r, "waited nine years for the ruling")) in (None, "Bunsu anak Entalai")


def test_a_plantation_company_is_the_company(analyze):
    assert name_of(_by_content(analyze(_LONGHOUSE), "continue to offer jobs")) == "Sebangan Agro Plantations"


def test_a_publisher_is_the_company(analyze):
    r = analyze("A spokesperson for Lantern House Books, which publishes two of the removed titles, said the "
                "publisher was “disappointed but not surprised.” The company said it would donate copies of both "
                "books to the county library.")
    assert name_of(_by_content(r, "donate copies of both books")) == "Lantern House Books"


@pytest.mark.parametrize("text, content, country", [
    ("Santo Domingo has dismissed the report as “politically motivated and methodologically weak,” and the "
     "directorate denied that any arrest quotas existed.",
     "politically motivated", "Dominican Republic"),
    ("Port of Spain insists the crackdown is aimed at gang leaders and their financiers rather than residents.",
     "the crackdown is aimed", "Trinidad and Tobago"),
])
def test_a_capital_of_several_words_speaks_for_its_country(analyze, text, content, country):
    speaker = _by_content(analyze(text), content).speaker
    assert speaker.name == country


def test_a_foreman_set_off_in_the_next_sentence_is_named(analyze):
    r = analyze("The district whaling foreman, who oversaw the hunt, told a local radio station that every animal "
                "had been killed “within a few seconds of being beached.” The foreman, Sjúrður Nolsøe, said he had "
                "personally checked each whale with a blowhole hook.")
    assert name_of(_by_content(r, "every animal had been killed")) == "Sjúrður Nolsøe"


_EMERGENCY = (
    "“We are not going to surrender a single street to these criminals,” Prime Minister Desmond Mahabir said in a "
    "televised address late on Sunday.\n\n"
    "Mahabir said the measures would remain in force “for as long as they are needed and not one day longer.”\n\n"
    "The police commissioner, who took office only in March, said officers had arrested 43 people in the first 24 "
    "hours of the emergency. Commissioner Sharlene Alleyne-Joseph told a news conference at police headquarters "
    "that the gangs were “well armed, well financed and very well connected.”\n")


def test_a_role_source_is_the_one_next_titled_with_that_role(analyze):
    r = analyze(_EMERGENCY)
    assert name_of(_by_content(r, "officers had arrested 43 people")) == "Sharlene Alleyne-Joseph"


def test_the_official_after_an_unnamed_official_is_that_one(analyze):
    r = analyze("Pretoria believes any delay would hurt Lesotho more than South Africa, according to a South "
                "African official familiar with the negotiations, who asked not to be named. The official said "
                "construction contracts worth billions of maloti would be put at risk.\n\n"
                "The Joint Highlands Water Board said it was “monitoring the situation closely.” Its chief "
                "executive warned at a briefing in Maseru that any slowdown would add “at least 18 months” to the "
                "timetable. The chief executive, Palesa Mothibeli, said the board had not yet received instructions.")
    assert name_of(_by_content(r, "construction contracts worth billions")) is None
    assert name_of(_by_content(r, "at least 18 months")) == "Palesa Mothibeli"


# round two (ch-ck): press releases, short forms, set-off names, given names, pronouns

_DIAMONDS = (
    "Botswana wins bigger share of diamonds in new deal with Kalahari Crown\n\n"
    "GABORONE, Botswana — Botswana will take 40 per cent of the rough diamonds produced by its joint venture with "
    "Kalahari Crown Mining under a ten-year sales agreement signed on Friday, the Ministry of Minerals and Energy "
    "said.\n\n"
    "Kalahari Crown’s chief executive, Richard Hallworth, called the agreement “a partnership built to outlast the "
    "cycle.”\n\n"
    "In a press release issued in London, the company said demand for natural diamonds had weakened but would "
    "recover as supply tightened. “Botswana remains the cornerstone of our business,” the release said.\n")


def test_a_press_release_speaks_for_the_company_that_issued_it(analyze):
    r = analyze(_DIAMONDS)
    assert name_of(_by_content(r, "demand for natural diamonds had weakened")) == "Kalahari Crown Mining"
    assert name_of(_by_content(r, "the cornerstone of our business")) == "Kalahari Crown Mining"


def test_a_syndicate_is_the_underwriters_just_named(analyze):
    r = analyze("The row erupted after Harrowgate Marine Underwriters, a London-based syndicate that leads cover for "
                "most ships calling at Ukrainian ports, raised its war-risk premium. In a press release, the syndicate "
                "defended the move. The increase “reflects a material change in the risk environment,” the release "
                "said.")
    assert name_of(_by_content(r, "a material change in the risk environment")) == "Harrowgate Marine Underwriters"


def test_a_spokesmans_name_set_off_after_the_body_he_speaks_for(analyze):
    r = analyze("A spokesman for the eastern-based Government of National Stability, Abdelsalam Al-Obeidi, said the "
                "commission had produced “a political document dressed up as a technical one.” He insisted that "
                "Tripoli had controlled the central budget.")
    assert name_of(_by_content(r, "a political document dressed up")) == "Abdelsalam Al-Obeidi"
    assert name_of(_by_content(r, "Tripoli had controlled the central budget")) == "Abdelsalam Al-Obeidi"


def test_a_name_given_only_as_one_word_is_the_persons(analyze):
    r = analyze("On the quay, a man who gave his name only as Andriy, a cook on another idle vessel, said the crew "
                "had started rationing fresh food. “We joke that we are the best-insured sandwich in the Black Sea,” "
                "he said.")
    assert name_of(_by_content(r, "the crew had started rationing")) == "Andriy"
    assert name_of(_by_content(r, "the best-insured sandwich")) == "Andriy"


def test_a_first_name_given_with_an_age_is_a_woman_keeping_her_surname(analyze):
    r = analyze("Bishop Ramiro Castellón was expelled on Thursday, the minister said. In Juigalpa, a few dozen people "
                "gathered at the cathedral. Mercedes, 34, a catechist who asked that her surname not be used for fear "
                "of reprisals, said many others had stayed away. “We are sad, but we are not surprised,” she said.")
    assert name_of(_by_content(r, "many others had stayed away")) == "Mercedes"
    assert name_of(_by_content(r, "We are sad, but we are not surprised")) == "Mercedes"


def test_she_after_a_passive_is_its_doer(analyze):
    r = analyze("Giulia Ferraresi, an energy economist, said the price was too high. Her doubts were shared by "
                "Giovanna Santangelo, a Green member of the Italian parliament. She warned that the agreement would "
                "lock Italy into fossil fuels “for another generation”.")
    assert name_of(_by_content(r, "lock Italy into fossil fuels")) == "Giovanna Santangelo"


def test_the_prime_minister_is_the_one_next_titled_prime_minister(analyze):
    r = analyze("PARIS, France — Barbados on Thursday unveiled a plan to let climate-vulnerable countries suspend debt "
                "repayments after major disasters.\n\n"
                "The prime minister told delegates that hurricanes had cost Caribbean economies more than a year’s "
                "combined output over the past decade. “We are not asking for charity,” she said.\n\n"
                "Prime Minister Althea Cumberbatch, who has become one of the most prominent voices of the small "
                "island states, said later that the proposal was “costed, practical and ready to sign.”\n")
    assert name_of(_by_content(r, "hurricanes had cost Caribbean economies")) == "Althea Cumberbatch"
    assert name_of(_by_content(r, "We are not asking for charity")) == "Althea Cumberbatch"


def test_a_body_named_after_a_describing_noun_is_the_source(analyze):
    r = analyze("The opposition National Democratic Alliance believes at least 4,000 votes in Wanica were wrongly "
                "assigned.")
    assert name_of(_by_content(r, "4,000 votes in Wanica")) == "National Democratic Alliance"


def test_an_energy_company_is_the_company(analyze):
    r = analyze("Last month a commercial court ordered the regional government to pay arrears to one producer, Zagros "
                "Peak Energy. The company said it welcomed the decision but had yet to receive any money.")
    assert name_of(_by_content(r, "welcomed the decision")) == "Zagros Peak Energy"


def test_an_indefinite_role_source_named_later_is_named(analyze):
    r = analyze("A Spanish forensic accountant hired by the prosecution testified last week that the Monaco company "
                "had no staff, no office and no telephone line. “It was a letterbox, nothing more,” the accountant "
                "said.\n\n"
                "The accountant, Marta Iglesias Roca, had earlier told investigators that the watches alone were worth "
                "more than €3 million.\n")
    assert name_of(_by_content(r, "It was a letterbox")) == "Marta Iglesias Roca"
