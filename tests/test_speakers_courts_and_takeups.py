"""Speakers in the forms of session 54's probes: a court's judgment and its judges; a role
source taken up by a name in the next paragraph ("Tuncay Başaran, who took over the office in
January, added"; one described with the source's own words) or set off after "The executive,";
a pronoun after a sentence whose subject ends in a name set off after a relative clause; a
statement read out by someone else ("In a statement read by her lawyer, Margaret Leung, she
said"); a name the model split ("his nephew [Jasper] [van der Berg]", "Major General [Zaw] Lin
Htet") or missed after an honorific ("Daw Nilar Win"); a place the model also took for a person
("Witnesses in Eyl"), and a person given an age it took for a place ("Hodan, 34,"); a dateline
before a plural subject ("FREETOWN, Sierra Leone — Doctors at ..."); "the two leaders" who only
met; the one asked, not the asker; a company named after its noun ("forestry company Boréal
Fibres") a quotation back; a body's name the model cut to its noun ("Centre for Iranian Labour
Studies") or that has lower-case words ("Union générale des salariés (UGS)"), or tagged only
further down ("the Accounts Chamber"); a body left unnamed in the lead and named next (not a
survey); places the model took for people ("the mayor of nearby Beveren", "in Jajarkot and
Rukum West", a headline's "Llanelli"); "the government of Timor-Leste"; "Dean Whitlock" and
"Queen’s Park"; an interview's answers by whoever "took questions"; "The minister" who is no
union's secretary; a person the model ran into a ministry's field. Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import name_of  # noqa: E402
from speaker_fixtures import statement_saying as _by_content  # noqa: E402


def test_a_judgment_and_its_judges_speak_for_the_court(analyze):
    r = analyze("Prosecutions remain rare. In March, the Supreme Court of Seychelles jailed six Somali men for an "
                "attack on a tuna vessel. \u201cThe sea is not a lawless space, and those who treat it as one will "
                "answer for it,\u201d the judgment said. The judges wrote that the sentences were intended \u201cto "
                "deter others who are watching from the shore\u201d.\n")
    assert name_of(_by_content(r, "The sea is not a lawless space")) == "Supreme Court of Seychelles"
    assert name_of(_by_content(r, "the sentences were intended")) == "Supreme Court of Seychelles"


def test_a_role_source_is_the_person_who_added_in_the_next_paragraph(analyze):
    r = analyze("ANTAKYA, Turkey \u2014 Prosecutors in southern Turkey have widened an investigation into how "
                "contracts to rebuild homes destroyed in the February 2023 earthquakes were awarded.\n\n"
                "The audit by the Court of Accounts, seen by reporters this week, said that 14 companies had "
                "received advance payments for housing blocks where work had \u201cnot progressed beyond the "
                "foundations\u201d.\n\n"
                "Hatay\u2019s chief public prosecutor told a news conference on Wednesday that 23 people had been "
                "detained. \u201cNobody who profited from the suffering of this city will be protected, whatever "
                "their connections,\u201d the prosecutor said.\n\n"
                "Tuncay Ba\u015faran, who took over the office in January, added that investigators were tracing "
                "bank transfers to \u201cat least three\u201d accounts abroad.\n")
    assert name_of(_by_content(r, "23 people had been detained")) == "Tuncay Ba\u015faran"
    assert name_of(_by_content(r, "Nobody who profited")) == "Tuncay Ba\u015faran"


def test_a_role_source_is_the_person_next_described_with_its_words(analyze):
    r = analyze("CHIBOUGAMAU, Que. \u2014 Roughly 7,500 residents of Chibougamau were ordered out of their homes "
                "Sunday evening.\n\n"
                "The province\u2019s public security minister said the order was issued after winds shifted sharply "
                "in the afternoon. \u201cWe did not want to wait until people could see the flames from their "
                "kitchen windows,\u201d she told reporters in Quebec City. \u201cLeave now, and take your "
                "medication with you.\u201d\n\n"
                "Genevi\u00e8ve Tremblay, who took over the public security portfolio in January, said buses had "
                "been arranged for residents without vehicles.\n")
    assert name_of(_by_content(r, "the order was issued")) == "Genevi\u00e8ve Tremblay"
    assert name_of(_by_content(r, "We did not want to wait")) == "Genevi\u00e8ve Tremblay"


def test_the_executive_set_off_by_name_is_the_head_just_quoted(analyze):
    r = analyze("The MV Coral Meridian was seized shortly after dawn, according to its operator, Halvorsen Baltic "
                "Shipping.\n\n"
                "The company\u2019s head of operations told reporters in Oslo that the crew had locked themselves "
                "in the ship\u2019s citadel before the attackers cut their way in. \u201cThey did everything "
                "right,\u201d she said. \u201cThe pirates simply had more time than we hoped.\u201d\n\n"
                "The executive, Ingrid Solberg, added that no ransom demand had yet been received.\n")
    assert name_of(_by_content(r, "locked themselves in")) == "Ingrid Solberg"


def test_the_executive_set_off_by_name_is_no_minister_quoted_before(analyze):
    r = analyze("The ministry believes the fears are overstated. According to the minister, Chile produces "
                "roughly a quarter of the world\u2019s lithium.\n\n"
                "Minachile\u2019s new chief executive told the same news conference that the company was "
                "\u201cready to assume the responsibility Congress gives us.\u201d The executive, Tom\u00e1s "
                "Aravena, said the state firm would need about $4 billion over a decade.\n")
    assert name_of(_by_content(r, "Chile produces roughly")) != "Tom\u00e1s Aravena"


def test_a_pronoun_after_a_subject_ending_in_a_set_off_name_is_that_name(analyze):
    r = analyze("Pieter de Vries, director of the environmental group Natuurwacht, said the government had "
                "already waited far too long. \u201cEvery year of delay means more heathland lost and more species "
                "gone,\u201d he said.\n\n"
                "A pig farmer from Brabant who shares his first name, Pieter Kuipers, was unmoved. He told "
                "reporters on the A1 that he would \u201cdrive to The Hague every week if that is what it "
                "takes\u201d.\n")
    assert name_of(_by_content(r, "drive to The Hague")) == "Pieter Kuipers"


def test_a_statement_read_by_a_lawyer_is_the_clients(analyze):
    r = analyze("Co-defendant Chan Mei-ling, 31, a former student union leader, has chosen not to testify. In a "
                "statement read by her lawyer, Margaret Leung, she said she had spent more than three years in "
                "custody \u201cfor words I typed on a phone\u201d.\n\n"
                "\u201cI do not ask this court for sympathy,\u201d the statement said.\n")
    assert name_of(_by_content(r, "three years in custody")) == "Chan Mei-ling"
    assert name_of(_by_content(r, "I do not ask this court")) == "Chan Mei-ling"


def test_a_given_name_the_model_took_for_a_place_joins_its_particles(analyze):
    r = analyze("\u201cWe are not criminals,\u201d said Hendrik van der Berg, a dairy farmer from Overijssel.\n\n"
                "Standing beside him, his nephew Jasper van der Berg, 27, said he had wanted to take over the "
                "farm since he was a boy.\n")
    assert name_of(_by_content(r, "take over the farm")) == "Jasper van der Berg"


def test_burmese_names_after_honorifics_and_ranks_are_whole(analyze):
    r = analyze("The commission\u2019s spokeswoman, Daw Nilar Win, dismissed the accusation. She told a press "
                "briefing that no one had been arrested for political reasons.\n\n"
                "A deputy information minister told state television on Saturday that the full results would be "
                "announced by Friday. The deputy minister, U Win Naing Tun, said diplomats had been invited to "
                "observe the count.\n\n"
                "Major General Zaw Lin Htet, a spokesman for the military council, went further: \u201cThe "
                "election is the only road back to civilian rule.\u201d\n")
    assert name_of(_by_content(r, "no one had been arrested")) == "Nilar Win"
    assert name_of(_by_content(r, "the full results would be")) == "Win Naing Tun"
    assert name_of(_by_content(r, "the only road back")) == "Zaw Lin Htet"


def test_a_place_the_model_also_took_for_a_person_stays_a_place(analyze):
    r = analyze("Dirie said his men had tracked the skiffs from a fishing village near Eyl.\n\n"
                "Witnesses in Eyl said the ship was visible from the shore by mid-afternoon.\n\n"
                "Hodan, 34, who sells fish at the Eyl market, said armed young men had been buying fuel in the "
                "town for days. \u201cEveryone knew something was coming,\u201d she said.\n")
    assert name_of(_by_content(r, "Everyone knew something")) == "Hodan"


def test_a_plural_subject_after_a_dateline_is_not_the_country(analyze):
    r = analyze("FREETOWN, Sierra Leone \u2014 Doctors at Sierra Leone\u2019s only psychiatric hospital said on "
                "Tuesday they were turning patients away, as a surge in the use of the synthetic drug pushed the "
                "country\u2019s emergency response to breaking point.\n")
    assert name_of(_by_content(r, "turning patients away")) is None


def test_the_two_leaders_who_met_are_both(analyze):
    r = analyze("Last week the TNDA\u2019s commander, General Sao Kham Leng, met Dr Nan Aye Myat, who heads the "
                "Federal Unity Council. In a joint statement, the two leaders said they would \u201creject any "
                "election held under the barrel of a gun\u201d.\n")
    assert name_of(_by_content(r, "reject any election")) == "Sao Kham Leng and Nan Aye Myat"


def test_the_two_leaders_are_those_who_spoke_a_quotation_back(analyze):
    r = analyze("In Port Loko, Paramount Chief Bai Sama Kanu III said he had ordered village heads to report "
                "anyone found selling the drug. Alhaji Ibrahim Sesay, who chairs the district\u2019s interfaith "
                "council, said he supported the order.\n\n"
                "\u201cThese are our own children,\u201d Sesay said. \u201cYou cannot beat the addiction out of "
                "them.\u201d\n\n"
                "The chief, however, insisted that dealers must face consequences. \u201cA man who sells poison "
                "to our youth is not a trader,\u201d he told a gathering of elders. \u201cHe is an enemy of the "
                "chiefdom.\u201d\n\n"
                "On Friday the two leaders issued a joint statement urging families to bring addicted relatives "
                "to mosques and churches for counselling.\n")
    assert name_of(_by_content(r, "bring addicted relatives")) == "Bai Sama Kanu III and Ibrahim Sesay"


def test_a_reply_to_a_reporters_question_is_not_the_reporters(analyze):
    r = analyze("Dr Priya Kaur-Bennett, the union\u2019s co-chair, said the offer amounted to a real-terms pay "
                "cut.\n\n"
                "One journalist asked whether the union accepted that patients would be harmed. \u201cPatients are "
                "being harmed every day by a service that cannot keep its staff,\u201d she replied.\n")
    assert name_of(_by_content(r, "Patients are being harmed")) == "Priya Kaur-Bennett"


def test_a_quotation_after_a_reporters_question_is_the_answer(analyze):
    r = analyze("Hatay\u2019s chief public prosecutor, Tuncay Ba\u015faran, said 23 people had been detained.\n\n"
                "Asked by a reporter whether any ministry officials were among the suspects, Ba\u015faran said he "
                "could not comment \u201con names at this stage\u201d. Another journalist asked whether the "
                "companies would be barred from future tenders. \u201cThat is a decision for the ministry, not "
                "for me,\u201d he said.\n")
    assert name_of(_by_content(r, "a decision for the ministry")) == "Tuncay Ba\u015faran"


def test_the_company_is_the_one_named_after_its_noun_a_quotation_back(analyze):
    r = analyze("Mayor Luc Tremblay told CBC News that about 400 people had refused to leave by nightfall.\n\n"
                "Earlier this month, Quebec Superior Court rejected a bid by forestry company Bor\u00e9al Fibres "
                "to reopen logging roads. \u201cThe protection of human life must take precedence over commercial "
                "inconvenience,\u201d the judgment said. Justice H\u00e9l\u00e8ne Gauthier wrote that the closures "
                "were \u201creasonable, temporary and proportionate\u201d.\n\n"
                "The company said in a statement that it respected the ruling.\n")
    assert name_of(_by_content(r, "it respected the ruling")) == "Bor\u00e9al Fibres"


def test_a_bodys_name_the_model_cut_to_its_noun_is_whole(analyze):
    r = analyze("Shirin Ahmadi, a researcher at the Toronto-based Centre for Iranian Labour Studies, said the "
                "protests reflected years of accumulated anger.\n\n"
                "A report published by the centre in January found that teachers\u2019 real wages had fallen by "
                "about a third since 2018.\n")
    assert name_of(_by_content(r, "real wages had fallen")) == "Centre for Iranian Labour Studies"


def test_an_abbreviation_names_a_body_with_lower_case_words(analyze):
    r = analyze("The Interior Ministry said 1.12 million people had demonstrated across France, according to the "
                "Union g\u00e9n\u00e9rale des salari\u00e9s (UGS), which said the true figure was higher.\n\n"
                "According to the UGS, the true figure was more than three million.\n")
    assert name_of(_by_content(r, "more than three million")) == "Union g\u00e9n\u00e9rale des salari\u00e9s"


def test_a_description_after_a_dateline_takes_up_the_lead_subject(analyze):
    r = analyze("PARIS, France \u2014 Union leader Sophie Marchand vowed on Thursday to keep France\u2019s trains "
                "at a standstill \u201cfor as long as the government refuses to listen\u201d.\n\n"
                "Speaking from a truck at the head of the Paris march, the general secretary of the Union "
                "g\u00e9n\u00e9rale des salari\u00e9s (UGS) said the reform was \u201ca bill presented to the "
                "people who work hardest and live shortest\u201d.\n")
    assert name_of(_by_content(r, "a bill presented to the people")) == "Sophie Marchand"


def test_a_body_left_unnamed_in_the_lead_is_the_one_named_next(analyze):
    r = analyze("Ethiopia warned of famine\n\n"
                "MEKELLE, Ethiopia \u2014 Hundreds of thousands of people in Ethiopia\u2019s northern Tigray region "
                "are at risk of starvation after a second consecutive failed rainy season, an international aid "
                "agency warned on Thursday.\n\n"
                "In a report published in Nairobi, Horn Relief International said it had recorded acute "
                "malnutrition rates above 30 percent among children under five.\n")
    assert name_of(_by_content(r, "at risk of starvation")) == "Horn Relief International"


def test_the_mayor_of_a_place_is_not_the_place(analyze):
    r = analyze("An Peeters, the mayor of nearby Beveren and no relation to the chief executive, said her town "
                "stood to lose about 900 direct jobs. \u201cPeople here are not pro-nuclear or anti-nuclear,\u201d "
                "the mayor said.\n")
    assert name_of(_by_content(r, "People here are not")) != "Beveren"


def test_a_name_listed_after_a_place_is_a_place(analyze):
    r = analyze("KATHMANDU, Nepal \u2014 Nearly a third of the houses rebuilt with public money fail basic safety "
                "standards, according to an audit released on Sunday.\n\n"
                "The report by the Office of the Auditor General found that 4,200 of the 13,500 homes it "
                "inspected in Jajarkot and Rukum West lacked the reinforced bands required by the national "
                "building code.\n\n"
                "The auditor general presented the findings to a parliamentary committee. \u201cMoney meant for "
                "families sleeping under tarpaulin went to contractors who never lifted a brick,\u201d he told "
                "lawmakers.\n\n"
                "The official, Auditor General Hari Prasad Adhikari, said his office would forward 38 files to "
                "the Commission for the Investigation of Abuse of Authority.\n")
    assert name_of(_by_content(r, "Money meant for families")) == "Hari Prasad Adhikari"


def test_a_headline_place_the_model_took_for_a_person_is_a_place(analyze):
    r = analyze("Llanelli steelworks to cut 780 jobs as owner blames energy costs\n\n"
                "LLANELLI, Wales \u2014 Carmarthen Bay Steel will cut up to 780 jobs at its Glanmor works in "
                "Llanelli, the company said on Thursday.\n\n"
                "The company\u2019s chief executive broke the news to staff at a canteen meeting shortly after 7am. "
                "\u201cThis is the hardest decision I have ever had to make, and I will not pretend otherwise,"
                "\u201d he told them.\n\n"
                "Rhodri Bevan, who became chief executive in 2022, later said the company would invest "
                "\u00a3300 million in an electric arc furnace.\n")
    assert name_of(_by_content(r, "the hardest decision")) == "Rhodri Bevan"


def test_the_government_of_a_country_the_lexicon_lacks_is_no_other_country(analyze):
    r = analyze("\u201cIf the young people see that coffee pays, they will stay. If not, they go to Dili or to "
                "Korea,\u201d he said.\n\n"
                "The government of Timor-Leste has pledged to replant two million ageing coffee trees by 2030.\n")
    assert name_of(_by_content(r, "to replant two million")) != "Korea"


def test_a_title_that_is_a_given_name_before_a_surname_stays_the_name(analyze):
    r = analyze("Earlier, the committee heard from Dean Whitlock, a banana grower from north Queensland, who said he "
                "was paid 90 cents a kilogram for fruit that sold for $4.50 in Sydney.\n\n"
                "Sarah Whitlock, who is no relation and heads the consumer group Shoppers\u2019 Voice Australia, "
                "told senators that loyalty programs were being used to disguise price increases.\n")
    assert name_of(_by_content(r, "90 cents a kilogram")) == "Dean Whitlock"


def test_the_answers_are_by_whoever_took_questions_just_before(analyze):
    r = analyze("The executive, Michelle Gagnon, said severance packages would exceed the minimum.\n\n"
                "Dave Kowalczyk, president of Local 88, said the union had been given less than an hour\u2019s "
                "notice. Kowalczyk said he had spoken to Gagnon twice.\n\n"
                "Gagnon, asked about the union\u2019s account, said she had acted in good faith. Gagnon said the "
                "decision was final.\n\n"
                "Kowalczyk later took questions from reporters at the union hall.\n\n"
                "Q: Is there any chance of reversing the decision?\n\n"
                "A: There is always a chance. Companies have reversed decisions when governments and workers "
                "pushed hard enough. We intend to push.\n\n"
                "Q: Will the union take job action?\n\n"
                "A: I am not ruling anything out tonight.\n")
    assert name_of(_by_content(r, "There is always a chance")) == "Dave Kowalczyk"


def test_a_place_name_with_a_possessive_keeps_its_first_word(analyze):
    r = analyze("Queen\u2019s Park said late on Tuesday that it would set up an emergency task force for affected "
                "workers and suppliers.\n")
    assert name_of(_by_content(r, "emergency task force")) == "Queen\u2019s Park"


def test_a_body_the_model_tagged_only_further_down_is_named_where_first_written(analyze):
    r = analyze("BISHKEK, Kyrgyzstan \u2014 The government took control of the mine on Monday.\n\n"
                "An audit by the Accounts Chamber released in March found that the company had paid about $40 "
                "million less in royalties than it owed.\n\n"
                "A: No. Every tonne was weighed in front of state inspectors. If the Accounts Chamber has a "
                "problem, it has a problem with its own inspectors.\n")
    assert name_of(_by_content(r, "$40 million less")) == "Accounts Chamber"


def test_the_minister_is_not_a_unions_secretary_just_quoted(analyze):
    r = analyze("Economy Secretary Mererid Hopkin told the Senedd that the Welsh Government would set up a task "
                "force.\n\n"
                "Eleri Pugh, regional secretary of the Metal and Steelworkers\u2019 Alliance, said the union would "
                "ballot members.\n\n"
                "Pugh, who watched the statement from the public gallery, said she was grateful for the "
                "minister\u2019s support, but added that \u201cwarm words do not pay mortgages\u201d.\n\n"
                "The minister later told reporters that the talks were \u201cdifficult but not dead\u201d.\n")
    assert name_of(_by_content(r, "difficult but not dead")) != "Eleri Pugh"


def test_a_survey_in_the_lead_is_not_whoever_is_named_next(analyze):
    r = analyze("Delegates may desert the front-runner\n\n"
                "In a snapshot of attitudes that can change quickly, a recent survey of party insiders shows that "
                "the front-runner could be deserted by more than 100 delegates after the first ballot.\n\n"
                "Amid what the Daily Ledger and the Evening Courier each called a \u201crough week\u201d for the "
                "campaign, a story by the website Capitol Wire says that delegates are poised to break away.\n")
    assert name_of(_by_content(r, "could be deserted")) is None


def test_a_person_the_model_ran_into_a_ministrys_field_is_named(analyze):
    r = analyze("Vice-Minister of Agriculture Filomena da Costa Amaral, who visited Ermera last month, praised the "
                "cooperative but warned that it could not reach every farmer alone. \u201cCooperatives are part of "
                "the answer. They are not the whole answer,\u201d she said.\n")
    assert name_of(_by_content(r, "Cooperatives are part")) == "Filomena da Costa Amaral"
