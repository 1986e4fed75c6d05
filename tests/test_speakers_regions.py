"""Speakers in the forms of session 46's probes: Kenyan and Hebrew names the model cuts or
misreads, places and bodies it takes for people or events, anonymous sources close to a
leader, and descriptions that must go to the right person or to nobody. Made-up text."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from speaker_fixtures import speaker_of as _speaker, speakers_of  # noqa: E402


def test_a_name_with_arap_is_whole_and_mzee_is_no_part_of_it(analyze):
    r = analyze("ELDORET — A land case opened in the High Court on Monday.\n\n"
                "Testifying before Justice Ruth Chebet, Mzee Daniel Kiplagat arap Rotich, 79, said the bulldozers "
                "came at night. \"They left us nothing,\" the elder told the court.\n")
    assert _speaker(r, "Mzee Daniel Kiplagat arap Rotich, 79").name == "Daniel Kiplagat arap Rotich"
    assert _speaker(r, "the elder").name == "Daniel Kiplagat arap Rotich"


def test_a_surname_with_an_apostrophe_ends_the_name_set_off_after_a_title(analyze):
    r = analyze("NAIROBI — The hearing went on for a second day.\n\n"
                "Counsel for the respondents, Mr Paul Otieno Ouma, said the title was valid.\n\n"
                "Counsel for the petitioners, Ms Janet Wairimu Ndung'u, told the court that the occupation of "
                "the land was lawful.\n")
    assert _speaker(r, "Counsel for the petitioners, Ms Janet Wairimu Ndung'u").name == "Janet Wairimu Ndung'u"


def test_a_surname_the_model_read_as_a_date_is_the_persons(analyze):
    r = analyze("JERUSALEM — Coalition talks stalled again on Tuesday.\n\n"
                "The party’s spiritual leader, Rabbi Shalom Elbaz, weighed in late Tuesday in a letter to his "
                "followers, writing that the yeshivas were essential to the nation.\n")
    assert _speaker(r, "The party’s spiritual leader, Rabbi Shalom Elbaz").name == "Shalom Elbaz"


def test_sources_close_to_a_leader_are_the_source_not_the_leader(analyze):
    r = analyze("JERUSALEM — Talks between the parties hit a wall on Tuesday night.\n\n"
                "Avner Ben-Shitrit has 14 days left to form a government. But two sources close to Ben-Shitrit "
                "said the Yesod leader had privately concluded that his rival was bluffing.\n")
    st = next(s for s in r.statements if "bluffing" in " ".join(c.text for c in s.content))
    assert st.source.text == "two sources close to Ben-Shitrit"
    assert st.speaker is None or st.speaker.name is None


def test_a_town_after_in_is_no_person_and_she_stays_with_the_unnamed_athlete(analyze):
    r = analyze("NAIROBI (AP) — A Kenyan runner was banned for four years on Friday.\n\n"
                "Ethiopia's Tsehay Gebremariam said she took no joy in the news.\n\n"
                "One Kenyan athlete who trains in Kaptagat, speaking on condition of anonymity, said testers had "
                "visited her camp only twice in the past year.\n\n"
                "\"Everybody knows the system has holes,\" she said.\n")
    assert "Kaptagat" not in {s.name for s in r.speakers}
    assert speakers_of(r, "she")[-1] is None


def test_a_body_the_model_took_for_an_event_speaks_as_the_agency(analyze):
    r = analyze("MONACO — A sprinter lost her appeal on Friday.\n\n"
                "The World Anti-Doping Agency welcomed the ruling.\n\n"
                "The agency said 14 athletes from the country were serving bans.\n")
    assert _speaker(r, "The agency").name == "World Anti-Doping Agency"


def test_the_tribunal_is_the_tribunal_named_before(analyze):
    r = analyze("NAIROBI — A runner was banned on Friday after a disciplinary tribunal rejected her defense.\n\n"
                "In its written ruling, the Athletics Integrity Tribunal said the runner had failed to explain "
                "the test.\n\n"
                "The tribunal ruled that the chain of custody for the samples was unreliable.\n")
    assert _speaker(r, "The tribunal").name == "Athletics Integrity Tribunal"


def test_an_untagged_guild_and_an_aerospace_company_are_bodies(analyze):
    r = analyze("HALIFAX (Reuters) - An airliner skidded off a wet runway last month, investigators said.\n\n"
                "That account was challenged by the Canadian Airline Pilots Guild, which represents the carrier's "
                "pilots.\n\n"
                "The guild said in a statement that the captain had an unblemished record.\n\n"
                "Norvane Aerospace, which builds the jet in Wichita, said it had sent a team to help. "
                "\"There is no sign of any fault with the brakes,\" the company said.\n")
    assert _speaker(r, "The guild").name == "Canadian Airline Pilots Guild"
    assert _speaker(r, "the company").name == "Norvane Aerospace"


def test_the_lawmaker_after_an_anonymous_lawmaker_is_the_anonymous_one(analyze):
    r = analyze("TOKYO — The leadership race entered its last week on Monday.\n\n"
                "Tatsuo Kuwabara, the veteran lawmaker who leads the largest faction, said his members were free "
                "to vote as they wished. \"I have asked nothing of them,\" the veteran lawmaker said.\n\n"
                "A senior lawmaker in the faction, speaking on condition of anonymity, said Mr. Kuwabara was "
                "waiting for the best offer. \"He will decide at the last minute, as he always does,\" the "
                "lawmaker said.\n")
    assert _speaker(r, "the veteran lawmaker").name == "Tatsuo Kuwabara"
    assert _speaker(r, "the lawmaker").name is None


def test_a_compound_surname_without_the_mothers_is_the_same_person(analyze):
    r = analyze("PAMPLONA — The regional election left no party with a majority.\n\n"
                "The Social Democrats' regional leader, Ander Ruiz de Azúa Ochoa, said his party would listen "
                "to everyone.\n\n"
                "\"The numbers are there. Ruiz de Azúa knows it,\" a rival spokesman said.\n\n"
                "Ruiz de Azúa, asked late on Sunday whom he had called first, smiled. \"Both of them called me "
                "before dinner,\" the Social Democratic leader said.\n")
    assert "Ruiz de Azúa" not in {s.name for s in r.speakers}
    assert _speaker(r, "Ruiz de Azúa").name == "Ander Ruiz de Azúa Ochoa"


def test_the_elder_before_a_name_is_no_role(analyze):  # (a guard: "elder" is a role noun now)
    r = analyze("NEW YORK — The network named a new chief on Monday.\n\n"
                "Rupert Murdoch said the choice had been easy. The change is hard on the elder Mr. Murdoch, who "
                "built the network. \"We will do well,\" he said.\n")
    speaker = _speaker(r, "Rupert Murdoch")
    assert speaker.name == "Rupert Murdoch" and speaker.role != "elder"


def test_a_title_and_a_party_are_no_name_of_a_member_of_the_knesset(analyze):
    r = analyze("JERUSALEM — Coalition talks resumed on Wednesday.\n\n"
                "Yesod MK Orly Weizmann-Tal, a close ally of the party leader, told Army Radio that a "
                "compromise was still possible. \"There is a formula here,\" she said.\n")
    assert "Yesod MK" not in {s.name for s in r.speakers}


def test_an_office_named_after_its_holder_is_a_body_and_speaks_as_it(analyze):
    r = analyze("JERUSALEM — Talks went on late into the night.\n\n"
                "The President’s Office said in a statement that the president had met the party leader. "
                "It added that no request for an extension had been received.\n")
    assert _speaker(r, "The President’s Office").name == "President’s Office"
    assert _speaker(r, "It").name == "President’s Office"


def test_the_prosecution_is_the_prosecutors_office_named_before(analyze):
    r = analyze("SEOUL (Yonhap) -- A bribery trial ended on Thursday.\n\n"
                "The Busan District Prosecutors' Office said the chairman had paid a former official through a "
                "shell company.\n\n"
                "According to the prosecution, the official received the money in three installments.\n")
    assert _speaker(r, "the prosecution").name == "Busan District Prosecutors' Office"
