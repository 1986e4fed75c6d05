"""Speakers in the forms of session 55's probes: a capital speaking for its country ("Yerevan
hit back", "Canberra said"), and a country's name the model took for a person or left
untagged ("Burkina Faso's military government"); a ministry of another field than the one
named ("the French foreign ministry" is no "Ministry of Communication"); a role source named
after a title of several words ("The negotiator, Deputy Foreign Minister Tigran Avetisyan,"),
a lower-case description ("The envoy, the Austrian diplomat Matthias Kessler,"), a role's "of"
phrase ("The president of the court, Marian Stoica,") or a split hyphenated role ("The
secretary-general, Moses Kollie,"), past sentences all in quotation marks; a person the model
read as a body after a title ("[Federal Councillor Beatrice Wälti]"); nicknames given with
"known ... as" or "whom supporters call"; an interview's answers by the one person the
paragraph before makes a subject; "member of parliament" as "The MP"; a body compounded onto a
document ("A Congressional Budget Office analysis") or releasing it; a headline's body or
role source named below; set-offs by another word than the role's ("The head of ... . The
director, X,"; "The 34-year-old mother of three ... . The woman, X,"; "The Taoiseach, X," the
model calls a body); "the latter" two sentences on; an island after "on"; and a mining
company the model took for a person. Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import name_of  # noqa: E402
from speaker_fixtures import statement_saying as _by_content  # noqa: E402

_NEGOTIATOR = (
    "Final peace treaty text is within reach, Armenian negotiator says\n\n"
    "YEREVAN, Armenia — Armenia and Azerbaijan have agreed on all but two articles of a draft peace treaty, "
    "Armenia’s chief negotiator said on Tuesday, although officials in Baku cautioned that the remaining clauses "
    "could take months to settle.\n\n"
    "“We are closer than we have ever been,” the negotiator told reporters after a six-hour session at the Foreign "
    "Ministry. “What remains is difficult, but it is no longer impossible.”\n\n"
    "The negotiator, Deputy Foreign Minister Tigran Avetisyan, said Armenia and Azerbaijan still disagreed on the "
    "future of international monitors along the border.\n\n"
    "His Azerbaijani counterpart, Deputy Foreign Minister Rashad Huseynli, struck a softer tone on state television "
    "on Tuesday evening. He said the two delegations had built real trust over the past year and that he expected "
    "to see Avetisyan again in Geneva next month.\n\n"
    "“I respect him as a negotiator,” the deputy minister said. “He defends his country’s interests, as I defend "
    "mine, and neither of us pretends otherwise.”\n\n"
    "Yerevan hit back within hours, calling the demand “a precondition dressed up as a negotiating position.” "
    "Avetisyan said Armenia had “no territorial claims against any of its neighbours” and that any constitutional "
    "change was a matter for Armenian voters alone.\n")


def test_a_role_source_is_named_after_a_title_of_several_words(analyze):
    r = analyze(_NEGOTIATOR)
    assert name_of(_by_content(r, "Final peace treaty text")) == "Tigran Avetisyan"  # the headline's
    assert name_of(_by_content(r, "Armenia and Azerbaijan have agreed")) == "Tigran Avetisyan"
    assert name_of(_by_content(r, "We are closer than we have ever been")) == "Tigran Avetisyan"


def test_he_is_the_counterpart_named_in_the_subject_not_its_owner(analyze):
    r = analyze(_NEGOTIATOR)
    assert name_of(_by_content(r, "the two delegations had built real trust")) == "Rashad Huseynli"
    assert name_of(_by_content(r, "I respect him as a negotiator")) == "Rashad Huseynli"


def test_a_capital_speaks_for_its_country(analyze):
    r = analyze(_NEGOTIATOR)
    speaker = _by_content(r, "a precondition dressed up").speaker
    assert speaker.name == "Armenia" and "Yerevan" in speaker.aliases and speaker.country == "ARM"


def test_a_capital_the_model_took_for_a_body_speaks_for_its_country(analyze):
    r = analyze("Lawyers for Australia took a softer line. In its written submission, Canberra said that deeper "
                "emissions cuts were best secured through negotiation rather than litigation.\n")
    assert name_of(_by_content(r, "deeper emissions cuts")) == "Australia"


def test_a_country_the_model_left_untagged_owns_its_government(analyze):
    r = analyze("OUAGADOUGOU, Burkina Faso — Burkina Faso’s military government on Thursday suspended two foreign "
                "broadcasters for three months, accusing them of spreading “false information designed to "
                "demoralise our fighting forces” in their coverage of an attack near Djibo.\n")
    speaker = _by_content(r, "false information designed").speaker
    assert speaker is not None and "Burkina Faso" in speaker.name and speaker.country == "BFA"


def test_a_foreign_ministry_is_no_ministry_of_another_field(analyze):
    r = analyze("According to the Ministry of Communication, Sunday’s attack killed 14 soldiers.\n\n"
                "In Paris, the French foreign ministry said the expulsion was “deeply regrettable” and called on "
                "the Burkinabè authorities to “guarantee the safety and freedom of journalists.”\n")
    assert name_of(_by_content(r, "the expulsion was")) != "Ministry of Communication"


_REFERENDUM = (
    "BERN, Switzerland — Swiss voters on Sunday rejected a government plan to raise the retirement age to 66, "
    "with 58.3 percent voting against it, according to provisional results published by the Federal "
    "Chancellery.\n\n"
    "The interior minister, who had campaigned for the reform for nearly two years, conceded defeat at a press "
    "conference in the capital on Sunday evening. “The people have spoken clearly, and the Federal Council will "
    "respect their decision,” she said. “But the demographic arithmetic has not changed tonight.”\n\n"
    "The minister, Federal Councillor Beatrice Wälti, said the government would return to parliament with a "
    "revised proposal within eighteen months.\n\n"
    "In a column for the Zurich daily Tages-Bote, the economist Ursula Zbinden wrote that Switzerland had "
    "“chosen comfort today over solvency tomorrow.”\n\n"
    "Wälti, asked whether she felt personally rebuked, shook her head. “This is not about me,” she said.\n")


def test_a_title_the_model_ran_into_a_name_it_read_as_a_body(analyze):
    r = analyze(_REFERENDUM)
    assert name_of(_by_content(r, "The people have spoken clearly")) == "Beatrice Wälti"
    assert name_of(_by_content(r, "This is not about me")) == "Beatrice Wälti"


def test_results_published_by_a_body_are_its_own(analyze):
    r = analyze(_REFERENDUM)
    assert name_of(_by_content(r, "Swiss voters on Sunday rejected")) == "Federal Chancellery"


_STRIKE = (
    "Union says strike at Margibi rubber plantation will continue until wages rise\n\n"
    "KAKATA, Liberia — About 4,000 workers at a rubber plantation in Margibi County stayed off the job for a ninth "
    "straight day on Monday.\n\n"
    "“Our members are tapping 1,200 trees a day for six dollars and fifty cents,” the union’s secretary-general "
    "told reporters outside the plantation’s main gate. “A tapper cannot feed a family on that.”\n\n"
    "The secretary-general, Moses Kollie, said the Plantation and Agricultural Workers’ Union of Liberia was "
    "demanding a daily wage of $9, a quota of 900 trees and repairs to company housing.\n")


def test_a_hyphenated_role_is_named_after_a_comma(analyze):
    r = analyze(_STRIKE)
    assert name_of(_by_content(r, "was demanding a daily wage")) == "Moses Kollie"
    assert name_of(_by_content(r, "Our members are tapping")) == "Moses Kollie"


def test_a_headline_body_is_the_body_named_below_with_its_noun(analyze):
    r = analyze(_STRIKE)
    assert name_of(_by_content(r, "strike at Margibi rubber plantation")) \
        == "Plantation and Agricultural Workers’ Union of Liberia"
    r = analyze("Drought limits on canal traffic may last into next year, authority warns\n\n"
                "PANAMA CITY, Panama — The Panama Canal Authority will keep restrictions on the number and size of "
                "ships crossing the waterway until at least March, the authority said on Thursday.\n")
    assert name_of(_by_content(r, "Drought limits on canal traffic")) == "Panama Canal Authority"


@pytest.mark.parametrize("text, words, name", [
    ("Vanuatu’s veteran climate envoy, Thomas Naupa, known from village meetings to UN conference halls as “Big "
     "Tom,” drew attention of a different kind. On Thursday, Big Tom told a Pacific radio station that two "
     "European delegations had privately promised to back Vanuatu’s position.\n",
     "two European delegations", "Thomas Naupa"),
    ("Opposition deputies were less restrained. Marzouq Al-Rashidi, a four-term lawmaker whom supporters call Abu "
     "Nasser, said the decree had been prepared long in advance.\n\n"
     "Abu Nasser also accused the government of using a months-long row over budget questioning as a pretext.\n",
     "using a months-long row", "Marzouq Al-Rashidi"),
    ("Ald. Frank Mazzola (41st), a Northwest Side veteran known around the chamber as “Bulldog,” was the loudest "
     "voice on the other side. On Tuesday, Bulldog told a radio interviewer that City Hall had threatened to cut "
     "off his ward’s infrastructure money.\n",
     "City Hall had threatened", "Frank Mazzola"),
])
def test_a_nickname_is_the_person_it_was_given_to(analyze, text, words, name):
    assert name_of(_by_content(analyze(text), words)) == name


def test_an_interviews_answers_are_by_the_one_person_the_paragraph_before_makes_a_subject(analyze):
    r = analyze("Nenad Stojanović, the Bosnian Serb leader, said the law would stand. Stojanović said foreign "
                "judges would be expelled.\n\n"
                "Jelena Marković later spoke to this newspaper by telephone.\n\n"
                "Q: Does Stojanović have the support of Serbs?\n\n"
                "A: He has the support of the people who depend on him for jobs.\n\n"
                "Q: What happens next?\n\n"
                "A: Either the envoy acts, or the law becomes a fact on the ground.\n")
    assert name_of(_by_content(r, "He has the support")) == "Jelena Marković"
    assert name_of(_by_content(r, "Either the envoy acts")) == "Jelena Marković"


@pytest.mark.parametrize("text, words, name", [
    ("The international envoy who oversees the peace accord said in a statement that he would use “every "
     "instrument available” to protect the constitutional order. The envoy, the Austrian diplomat Matthias "
     "Kessler, later told reporters he had not ruled out annulling the law.\n",
     "every instrument available", "Matthias Kessler"),
    ("The harbour master was among the last to leave. “I tied up the boats, switched off the lights and drove out "
     "behind the fire engines,” he said at a police roadblock. The harbour master, Einar Magnússon, said about 40 "
     "vessels were still moored in the port.\n",
     "I tied up the boats", "Einar Magnússon"),
    ("The island’s member of parliament, who belongs to the governing party, broke ranks on Monday evening. In a "
     "post on social media, she wrote that the lease should be “frozen immediately” until an independent review "
     "had been carried out.\n\n"
     "The MP, Aishath Nazima, later told a local television station that she had raised the issue.\n",
     "the lease should be", "Aishath Nazima"),
    ("BUCHAREST, Romania — Romania’s Constitutional Court on Friday annulled the presidential election.\n\n"
     "The court’s president read the unanimous decision to a packed hall shortly after 4 p.m. “The integrity of "
     "the vote could not be guaranteed,” he said, “and without integrity there is no election.”\n\n"
     "The president of the court, Marian Stoica, later told reporters that the judges had relied on intelligence "
     "documents.\n",
     "The integrity of the vote", "Marian Stoica"),
])
def test_a_role_source_is_the_person_set_off_after_its_description(analyze, text, words, name):
    assert name_of(_by_content(analyze(text), words)) == name


def test_sentences_all_quoted_do_not_count_before_the_name(analyze):
    r = analyze("The commission is examining whether the deaths could have been prevented. Its chair, Empar Gimeno "
                "Soler, said the families of the victims “deserve answers, not excuses.”\n\n"
                "The former director of the regional emergency coordination centre, who was dismissed three weeks "
                "after the floods, was the first witness. Speaking in a low voice, she told the commission that the "
                "alert system had been technically ready by mid-morning.\n\n"
                "“I asked three times for a decision. Three times I was told to wait,” she said. “By the time the "
                "order came, the water was already inside people’s homes.”\n\n"
                "The former director, Carmen Navarro Ballester, said she had finally received the order shortly "
                "after 8 p.m.\n")
    assert name_of(_by_content(r, "technically ready")) == "Carmen Navarro Ballester"
    assert name_of(_by_content(r, "I asked three times")) == "Carmen Navarro Ballester"


@pytest.mark.parametrize("text, words, name", [
    ("A Congressional Budget Office analysis released in March found that the duties had raised the average price "
     "of a new refrigerator by about $180.\n",
     "the duties had raised", "Congressional Budget Office"),
    ("Those documents, released by the Supreme Council for National Defence, found that thousands of coordinated "
     "accounts had promoted the far-right outsider in the weeks before the first round.\n",
     "thousands of coordinated accounts", "Supreme Council for National Defence"),
])
def test_a_document_speaks_for_the_body_that_issued_it(analyze, text, words, name):
    assert name_of(_by_content(analyze(text), words)) == name


@pytest.mark.parametrize("text, words, name", [
    ("The Taoiseach told reporters at the central count centre in Dublin Castle that the government had “clearly "
     "failed to persuade” the public. “When you lose by this margin, you have to put your hands up,” he said.\n\n"
     "The Taoiseach, Ciarán Mac Aodha, said the government would “reflect carefully” before bringing forward any "
     "new wording.\n",
     "you have to put your hands up", "Ciarán Mac Aodha"),
    ("The head of the National Emergency Management Office acknowledged at a donor briefing on Monday that "
     "distribution had been “slower than any of us would like.” Roads on the eastern side of the island were "
     "cleared only in April, she said.\n\n"
     "The director, Losaline Fonua, insisted the problem was logistics rather than politics.\n",
     "Roads on the eastern side", "Losaline Fonua"),
    ("The agency’s director general told a news conference that reservoirs in Chihuahua and Tamaulipas were at "
     "“historically critical levels.” “We will honour the treaty, but we will not leave Mexican families without "
     "water to drink,” she said.\n\n"
     "The director, Gabriela Treviño Ruiz of the National Hydraulic Commission, added that Mexico still had 18 "
     "months to make up the shortfall.\n",
     "We will honour the treaty", "Gabriela Treviño Ruiz"),
    ("Among the crowd on Sunday was a woman holding a framed photograph. The 34-year-old mother of three said she "
     "had come from Jatrabari, where her eldest son was shot during the protests. “They told me his death would "
     "mean something,” she said.\n\n"
     "The woman, Shahnaz Parvin, said she had received compensation of 500,000 taka.\n",
     "his death would mean something", "Shahnaz Parvin"),
    ("The ministry’s most senior civil servant told a news conference in Kampala that the government had already "
     "identified “alternative sources of financing” for the affected projects. “Uganda will not be blackmailed "
     "into abandoning its values,” she said.\n\n"
     "The official, Permanent Secretary Dorothy Nabirye of the Ministry of Finance, said roads had been hit "
     "hardest.\n",
     "Uganda will not be blackmailed", "Dorothy Nabirye"),
    ("The general manager of Minera Andina del Sur said the company was losing about $6 million in sales for every "
     "day the road stayed shut. Rodrigo Salazar, who ran the company’s Chilean operations before moving to Peru "
     "last year, added that the development fund had been delayed.\n",
     "the company was losing", "Rodrigo Salazar"),
    ("The coast guard spokesman told reporters at a briefing in Quezon City that two Chinese ships had "
     "“deliberately cut across the bow” of the boat. “This was not an accident,” he said.\n\n"
     "The spokesman, Commodore Rafael Dimaculangan, added that four crew members had suffered cuts.\n",
     "This was not an accident", "Rafael Dimaculangan"),
])
def test_a_role_source_is_named_by_a_set_off_of_another_word(analyze, text, words, name):
    assert name_of(_by_content(analyze(text), words)) == name


def test_the_latter_two_sentences_after_the_pair(analyze):
    r = analyze("Lieutenant Commander Jose Bautista, who led the navy escort, and Ramon Dela Cruz, a fishing boat "
                "captain from Palawan, both watched the confrontation unfold. The former said the Chinese ships had "
                "“played chicken” with the supply boat for nearly an hour. The latter said local fishermen now "
                "avoided the shoal altogether.\n")
    assert name_of(_by_content(r, "local fishermen now avoided")) == "Ramon Dela Cruz"


def test_an_island_after_on_is_a_place_not_the_woman_quoted(analyze):
    r = analyze("NUKU’ALOFA, Tonga — Three months after a fresh eruption dusted Tonga’s main island with volcanic "
                "ash, farmers on Tongatapu say relief supplies are still stuck in warehouses.\n\n"
                "Mele Taufa, the chair of the Tongatapu Growers’ Cooperative, told reporters on Tuesday that more "
                "than 400 member households had received nothing. “People are patient here, but patience is not "
                "fertiliser,” she said.\n")
    assert name_of(_by_content(r, "patience is not fertiliser")) == "Mele Taufa"


def test_a_mining_company_the_model_took_for_a_person_is_the_company(analyze):
    r = analyze("The Council on Ethics found that Andes Cobre Minera had drained aquifers.\n\n"
                "Andes Cobre Minera rejected the findings. “The council’s report relies on outdated data,” the "
                "company said in a statement.\n")
    speaker = _by_content(r, "relies on outdated data").speaker
    assert speaker is not None and speaker.name.endswith("Cobre Minera") and speaker.kind == "organisation"
