"""Speakers and contents in the forms of session 53's probes: a nickname a description gives
however far from its "known" ("known to everyone in the village as Dai Books because ...") or
in quotation marks ("known across the camp as “Docteur”"), even one the model tagged on its
own; a body whose name opens with a role word ("the Executive Yuan"); a possessed role noun
that is no one's voice but its holder's ("The country's most senior business lobbyist"); a
role set off by name after "Its chief conservator"; a description of a post at a body the
person just quoted is not tied to; a pronoun after a quotation that opens its sentence, for the
subject of the sentence before; a manner aside ("she said, her voice breaking") and a summary
aside ("..., the ministry said on Monday, a move that ...") that are no content; a colon after
a verb of manner ("put it more simply:") or a possessed "message ... was stark:"; "the Royal
Commission into ..."; a barrister's "SC"; a syllabic short name ("CARICOM"); a government
of a country the lexicon lacks ("The Kosovo government"); a rank abbreviated ("Brig."); public
offices one person does not hold together (an ombudsman, a minister); a list of three names;
"MacLeod", which the model calls a body, and a "Referendum Bill", which it calls a person;
"Carolina"; a campaign manager for another body; a reply, not the asker's. Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import name_of  # noqa: E402
from speaker_fixtures import statement_saying as _by_content  # noqa: E402


def test_a_nickname_given_far_from_its_known_is_the_person(analyze):
    r = analyze("In Ystrad Isaf, where one of the threatened libraries stands, feelings are running high. "
                "David Hopkins, a retired miner known to everyone in the village as Dai Books because he has "
                "borrowed a novel a week for forty years, has collected 3,000 signatures against the closure.\n\n"
                "\u201cThis is the only warm room some people have all winter,\u201d Dai Books said, standing "
                "outside the red-brick building. \u201cShut it and you might as well shut the village.\u201d\n")
    assert name_of(_by_content(r, "the only warm room")) == "David Hopkins"


def test_a_quoted_nickname_is_the_person_it_was_given_to(analyze):
    r = analyze("KOLWEZI, Democratic Republic of Congo — Rescuers dug on.\n\n"
                "Among the rescuers, Jérôme Kasongo, a digger known across the camp as \u201cDocteur\u201d for "
                "the first aid he gives to injured miners, had been working without sleep for more than a day. "
                "Docteur said the teams had pulled out 11 people alive, the last of them a teenager found in an "
                "air pocket on Sunday evening.\n")
    assert name_of(_by_content(r, "pulled out 11 people alive")) == "Jérôme Kasongo"


def test_a_quoted_nickname_of_two_words_joins_its_owner(analyze):
    r = analyze("MONTEVIDEO, Feb 11 (Reuters) — Smaller growers were divided. José María Techera, a grower in "
                "Colonia known throughout the industry as \u201cEl Abuelo\u201d because he began cultivating "
                "legally at 71, said the licence proved that Uruguayan cannabis could compete on quality.\n\n"
                "\u201cFor ten years we had no market at all,\u201d El Abuelo told Reuters at his greenhouse. "
                "\u201cNow there is a market, and it belongs to one company.\u201d\n")
    assert name_of(_by_content(r, "we had no market at all")) == "José María Techera"


def test_a_body_whose_name_opens_with_a_role_word_is_that_body(analyze):
    r = analyze("HSINCHU, Taiwan — Chief executive Huang Chih-wei was blunter. \u201cEvery wafer we make needs "
                "thousands of litres of ultrapure water,\u201d he told an investor call on Tuesday.\n\n"
                "Taipei has said the shortage will not dent the island\u2019s place in global supply chains. On "
                "Wednesday evening the Executive Yuan, Taiwan\u2019s cabinet, said it had approved an emergency "
                "budget of NT$2.5 billion for new wells.\n")
    assert name_of(_by_content(r, "approved an emergency budget")) == "Executive Yuan"


def test_a_possessed_role_noun_is_not_the_possessor(analyze):
    r = analyze("VIENNA, Austria — The chancellor said his red lines included support for Ukraine.\n\n"
                "A poll published on Sunday found that 46 percent of voters favoured a coalition.\n\n"
                "The country\u2019s most senior business lobbyist also weighed in, urging both parties to "
                "\u201cstop the theatre and start governing.\u201d\n")
    assert name_of(_by_content(r, "stop the theatre")) is None


def test_a_chief_conservator_set_off_by_name_after_its(analyze):
    r = analyze("ARUSHA, Tanzania — Households have been told to register for relocation, the Ngorongoro "
                "Highlands Conservation Authority said on Thursday.\n\n"
                "Its chief conservator, speaking to reporters at the authority\u2019s headquarters, insisted that "
                "nobody would be moved by force. \u201cEvery family that goes to Msomera goes because it has "
                "chosen to go,\u201d he said.\n\n"
                "The conservator, Dr. Juma Mrisho Mfinanga, added that more than 9,000 people had already moved "
                "voluntarily.\n")
    assert name_of(_by_content(r, "nobody would be moved by force")) == "Juma Mrisho Mfinanga"
    assert name_of(_by_content(r, "Every family that goes")) == "Juma Mrisho Mfinanga"


def test_the_head_of_a_named_body_is_not_the_minister_just_quoted(analyze):
    r = analyze("LAPPEENRANTA, Finland — Interior Minister Liisa Rantanen was dismissive: \u201cWe have heard "
                "this before.\u201d She said Finland remained open to talks.\n\n"
                "The head of the Finnish Border Guard\u2019s southeast district, speaking at the Nuijamaa "
                "crossing, said his officers had seen groups of migrants arriving at the border.\n")
    assert name_of(_by_content(r, "his officers had seen groups")) != "Liisa Rantanen"


def test_a_pronoun_after_an_opening_quotation_is_the_subject_just_named(analyze):
    r = analyze("LAHORE, Pakistan — Opener Usman Ghani Awan was left out of the squad, a decision the former "
                "captain Shahid Nawaz Gondal called \u201ca betrayal.\u201d\n\n"
                "Ghani Awan said he was disappointed. Asked whether the coach had been in touch, he said the "
                "coach had messaged him \u201cbefore the squad was even announced.\u201d\n\n"
                "Gondal was not impressed by the board\u2019s response. \u201cFull confidence is what they always "
                "say when they have nothing else to say,\u201d he said.\n")
    assert name_of(_by_content(r, "Full confidence is what")) == "Shahid Nawaz Gondal"


def test_a_pronoun_after_a_quotation_is_not_taken_past_someone_who_spoke(analyze):
    r = analyze("Asked whether the school's metal detectors had been working, Superintendent Raymond "
                "Okonkwo-Bell turned to Sheriff Dale Hutchins, who said the suspect had entered through a side "
                "door propped open by a delivery crew. \"That door should never have been open,\" he added.\n")
    assert name_of(_by_content(r, "That door should never")) == "Dale Hutchins"


def test_a_manner_aside_after_the_cue_is_no_content(analyze):
    r = analyze("Her daughter, Sharon Whitfield, told the commission that she had rung the home twice.\n\n"
                "\u201cNobody told me she had been on the floor for three hours,\u201d she said, her voice "
                "breaking. \u201cI found out from the ambulance officer.\n\n"
                "\u201cI don\u2019t want an apology from Banksia Grove. I want to know that it won\u2019t happen "
                "to somebody else\u2019s mum.\u201d\n")
    st = _by_content(r, "Nobody told me")
    said = " ".join(c.text for c in st.content)
    assert "her voice breaking" not in said
    assert "I found out from the ambulance officer" in said
    assert name_of(st) == "Sharon Whitfield"


def test_a_summary_aside_after_the_cue_leaves_the_report_its_content(analyze):
    r = analyze("Senegal suspends EU trawler licences\n\n"
                "DAKAR, Senegal — Senegal has suspended the fishing licences of 18 European trawlers pending a "
                "review of their catch records, the Ministry of Fisheries and Maritime Economy said on Monday, a "
                "move that drew an angry response from Spanish shipowners and a cautious one from Brussels.\n")
    st = _by_content(r, "Senegal has suspended the fishing licences")
    assert "a move that drew" not in " ".join(c.text for c in st.content)
    assert name_of(st) == "Ministry of Fisheries and Maritime Economy"


def test_a_colon_after_a_verb_of_manner_introduces_a_quotation(analyze):
    r = analyze("PORT-AU-PRINCE, Haiti — Marie-Ange Valcin, 44, who sells charcoal on the Route de Delmas, "
                "said she had moved her three children to a cousin\u2019s home.\n\n"
                "Ms Valcin put it more simply: \u201cWe don\u2019t need nine presidents. We need one road where "
                "we can walk without fear.\u201d\n\n"
                "Dr. Elisabeth Huber, the HFP\u2019s general secretary, was blunter: \u201cThe voters have "
                "spoken. The People\u2019s Union can either accept that or explain to them why it knows "
                "better.\u201d\n")
    assert name_of(_by_content(r, "We don\u2019t need nine presidents")).endswith("Valcin")
    assert name_of(_by_content(r, "The voters have spoken")) == "Elisabeth Huber"


def test_a_possessed_message_before_a_colon_is_its_owners(analyze):
    r = analyze("HSINCHU, Taiwan — The Water Resources Agency said on Monday that reservoirs were at 9 percent "
                "of capacity.\n\n"
                "The agency\u2019s message to factories was stark: \u201cSave every drop you can, because there "
                "is no more coming.\u201d\n")
    assert name_of(_by_content(r, "Save every drop")) == "Water Resources Agency"


def test_a_barrister_with_silk_letters_is_a_person_and_a_commission_into_is_one_body(analyze):
    r = analyze("ADELAIDE, Australia — Graham Pettigrew, chief executive of Banksia Grove Care, told the Royal "
                "Commission into Residential Care Standards that the company had struggled to fill rosters.\n\n"
                "The barrister, Rebecca Marchetti SC, then took him through a series of internal emails.\n\n"
                "The following exchange is taken from the hearing transcript:\n\n"
                "MS MARCHETTI: Mr Pettigrew, how many registered nurses were rostered at the Glenelg home?\n\n"
                "MR PETTIGREW: I believe there was one, on call.\n\n"
                "MS MARCHETTI: So the answer is that there were none on site.\n\n"
                "MR PETTIGREW: On site, that\u2019s correct. None.\n\n"
                "The commission said it would sit again on Friday.\n")
    assert name_of(_by_content(r, "there were none on site")) == "Rebecca Marchetti"
    assert name_of(_by_content(r, "struggled to fill rosters")) == "Graham Pettigrew"
    assert name_of(_by_content(r, "sit again on Friday")) == "Royal Commission into Residential Care Standards"


def test_a_syllabic_short_name_is_the_body_it_shortens(analyze):
    r = analyze("PORT-AU-PRINCE, Haiti — The Caribbean Community, which brokered the agreement that created the "
                "council, said in a statement that it was \u201cdeeply concerned by the divisions.\u201d CARICOM "
                "urged all nine members to \u201creturn to the table and put the Haitian people first.\u201d\n")
    assert name_of(_by_content(r, "return to the table")) == "Caribbean Community"


def test_a_government_named_by_a_country_the_lexicon_lacks_is_no_other_capital(analyze):
    r = analyze("Kosovo plate deadline sparks new roadblocks as EU envoy shuttles between Pristina and Belgrade\n\n"
                "The Kosovo government says about 9,000 vehicles in the Serb-majority north still carry plates "
                "issued by Serbia for Kosovo towns, and that they must be re-registered by the end of the month or "
                "be impounded.\n\n"
                "Milan Jovanović, the leader of the Serb Unity List, the largest party among Kosovo Serbs, said his "
                "party would pull out of municipal institutions if a single car was confiscated. \u201cWe will not "
                "sit in offices while our people\u2019s cars are towed away,\u201d Jovanović said.\n")
    assert name_of(_by_content(r, "about 9,000 vehicles")) not in ("Belgrade", "Serbia")


def test_a_spokesman_set_off_with_an_abbreviated_rank(analyze):
    r = analyze("JEDDAH, Saudi Arabia — Sources close to the army delegation said the truce was fragile. The "
                "army\u2019s spokesman said in a statement from Port Sudan that troops had been ordered to hold "
                "their positions. The spokesman, Brig. Nabil Hassan, added that the army would respect the "
                "corridors.\n")
    assert name_of(_by_content(r, "hold their positions")) == "Nabil Hassan"
    assert name_of(_by_content(r, "respect the corridors")) == "Nabil Hassan"


def test_an_ombudsman_is_not_the_justice_minister_just_quoted(analyze):
    r = analyze("WARSAW — \u201cThe reform stays. Every article of it,\u201d Justice Minister Tomasz Wieczorek told "
                "lawmakers.\n\n"
                "Wieczorek dismissed the criticism. Asked about the judges\u2019 remarks, he said the association "
                "was \u201ca political party in robes.\u201d\n\n"
                "The human rights ombudsman, an independent office established under the constitution, said the "
                "transfer provisions breached the right to a fair trial.\n")
    assert name_of(_by_content(r, "breached the right to a fair trial")) != "Tomasz Wieczorek"


def test_a_list_of_three_signers_names_all_three(analyze):
    r = analyze("IWAKI, Japan — A letter signed by the mayors of three coastal towns — Ryoichi Sato, Emiko Nakano "
                "and Daisuke Hirata — said residents had been \u201ctreated as an afterthought\u201d and called for "
                "an independent monitoring body.\n")
    assert name_of(_by_content(r, "treated as an afterthought")) == "Ryoichi Sato, Emiko Nakano and Daisuke Hirata"


def test_a_mac_surname_the_model_called_a_body_and_a_bill_that_is_no_one(analyze):
    r = analyze("EDINBURGH — Catriona MacLeod, who leads the pro-independence Saltire Party, said the Scottish "
                "Independence Referendum Bill would ask voters the same question as in 2014: \u201cShould "
                "Scotland be an independent country?\u201d She said the bill had been drafted so that it would take "
                "effect only once the UK government transferred the necessary powers.\n")
    assert name_of(_by_content(r, "drafted so that it would take effect")) == "Catriona MacLeod"


def test_a_first_surname_alone_before_a_namesake_is_introduced(analyze):
    r = analyze("SANTIAGO, Chile — \u201cLithium belongs to all Chileans,\u201d Mining Minister Carolina Fuentes "
                "Ibarra said at a news conference.\n\n"
                "Fuentes said the government expected the first joint ventures to be signed before the end of "
                "next year.\n\n"
                "The bill faces a difficult passage. Rodrigo Fuentes, an opposition senator who is no relation to "
                "the minister, said it would not pass in its current form.\n")
    assert name_of(_by_content(r, "first joint ventures")) == "Carolina Fuentes Ibarra"


def test_a_campaign_manager_for_another_body_is_not_the_chair_just_quoted(analyze):
    r = analyze("DES MOINES, Iowa — At a rally in Ankeny on Tuesday night, Renee Holloway, who chairs the Iowa "
                "Freedom to Decide campaign, told volunteers the numbers were encouraging but not enough.\n\n"
                "\u201cWe are not going to coast across the finish line,\u201d Holloway said. \u201cEvery one of you "
                "needs to bring three people to the polls.\u201d\n\n"
                "The campaign manager for Protect Iowa Families, the main group opposing the measure, said the "
                "poll was an outlier.\n")
    assert name_of(_by_content(r, "the poll was an outlier")) != "Renee Holloway"


def test_one_who_replies_is_not_the_counsel_who_asked(analyze):
    r = analyze("SYDNEY — The head of the NSW Rural Fire Service, Commissioner Bradley Fitzgibbon-Hale, has "
                "conceded that critical warnings were \u201clost in the system.\u201d\n\n"
                "Counsel assisting the commission, Daniel Ngata SC, put it to the fire chief that an emergency "
                "alert drafted at 7.40pm had not been sent until 10.32pm.\n\n"
                "\u201cWho was responsible for that delay?\u201d Ngata asked.\n\n"
                "\u201cUltimately, the responsibility was mine,\u201d he replied.\n")
    assert name_of(_by_content(r, "the responsibility was mine")) == "Bradley Fitzgibbon-Hale"
    assert name_of(_by_content(r, "Who was responsible")) == "Daniel Ngata"
