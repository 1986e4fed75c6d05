"""An evaluation gate on invented articles (``tests/data/probes``): 612 news stories written for
quotegraph in styles PolNeAR lacks (courts, parliaments, briefings, live blogs, op-eds, a wire
roundup, Q&A interviews, a fact check, a press review, a social-media feud, a select committee,
an obituary, an election tribunal, a music feud, an inquest, a confirmation hearing, a doping
tribunal, a royal commission, a diocese report, a fraud trial, a mafia trial, a post-match
report, a medical study, an earnings call, a literary profile, a bushfire, a censor-board row, a
Senate blue-ribbon hearing, an antitrust trial, a carmaker's recall, a shipping insolvency, a
media-law row, a cabinet reshuffle, a rate decision's press conference, peace talks, a disputed
count, an Arctic ministerial, a data breach, a Senate estimates hearing, a copper strike, a
climate ruling, an OPEC+ meeting, a cricket selection row, a no-confidence debate, a fashion
house's succession feud, a competition fine, an air-accident report, a Security Council debate,
a pipeline hearing, a poaching trial, a prison riot, a reactor vote, a tech company's layoffs,
a lithium contract row, a corruption trial, coalition talks, a migrant-centre ruling, a gas deal,
a murder inquiry, a snap-election count, a dam-tariff talk, a caravan, an avalanche, a cane strike,
an impeachment vote, a cyber-attack, a border clash, a dam collapse, a festival clash, a salmon
tax, a radio transcript, a housing tribunal, a Knesset committee, a factory fire, a council
budget, a mine collapse, an aged-care royal commission, a wastewater release, a fraud trial, a
ballot measure, a rail strike, ceasefire talks, a security trial, a famine warning, a pension
strike, an amnesty debate, a rebuilding scandal, a wildfire, a hijacking, a junta election, a
shipwreck inquiry, power cuts, a reactor closure, a refugee camp, a supermarket inquiry, a mine
seizure, a plant closure, a border fence, a coffee cooperative, a steelworks, an earthquake relief,
a volcano evacuation, a secession row, peace-treaty talks, a canal drought, a pension referendum,
a rubber strike, a climate case, an annulled election, a dissolved parliament, a police budget, a
media ban, a flood inquiry, a resort land row, a tariff ruling, a water crisis, a language law, a
prison emergency, unrest in a territory, an ash recovery, student protests, an oil-fund exclusion,
a refugee influx, a maritime standoff, a loan freeze, a care referendum, a water dispute, a mine
expulsion, reunification talks, a road blockade, a tea wage case, a transition referendum, an exiles'
congress, a fund-fraud trial, a land-rights ruling, schooling talks, a landslide, a deportation
drive, a whaling row, a prisoner swap, a state of emergency, a water-project row, a school-board
hearing, an insurgency, a refugee-return plan, a constitutional change, a sewage hearing, a cotton
ban, a mass trial, a grain-insurance row, a diamond deal, an oil-export halt, rebel talks, blackout
protests, a relocation plan, a dam-collapse inquiry, a gas deal, a climate-finance plan, a bishop's
expulsion, a pipeline deal, a club takeover, a laundering trial, a hunger strike, a terrorism
trial, a fishing ban, a ferry inquiry, a border case, a port arbitration, an audit, a slavery trial,
a land reclamation, a uranium-mine seizure, a firing-range hearing, an oil audit, a language-school
closure, an airline sale, nuclear-test compensation, genocide reparations, a monarch's veto, a sharia
bylaw, a water settlement, a protest trial, a royal succession, wildfire compensation, a curfew, an
autonomy vote, a governor's trial, a demilitarisation row, migrant reception, an asylum centre, an
independence referendum, a refinery restart, independence talks, a land occupation, a lithium
blockade, a land-rights ruling, a housing report, an oil clean-up, a peace deal, missing persons,
returns to Sinjar, a fishing dispute, a police raid, a vanilla crash, a dam agreement, an export ban,
a land grant, a border delimitation, a gas-field deal, sharia fines, a temple's land, a
challenged count, bank secrecy, a fishing-licence scandal, a resort lease, a bank-fraud trial, a
king's succession, flood relief, a dam protest, Naga peace talks, an exile election, a water
shortage, a diamond strike, a UN briefing, a domain-revenue row, a logging concession, an
activist's trial, a Chinese-funded wharf, a gas cut-off, a state election count, a property
restitution ruling, seabed mining, a pulp mill, a district map, a self-determination vote, a
state-property ruling, an asylum appeal, river pollution, a border treaty, reindeer pastures, a
clove-price protest, a water-project audit, a fishing deal, a language law, a water strike, an
apostasy ruling, a border clash, a salmon-farm licence, a pro-democracy trial, a slush-fund
hearing, an impeachment hearing, an Amazon mining vote, a cartel-violence briefing, collapsed
coalition talks, Prime Minister's Questions, a Tamil Nadu campaign, a governorship tribunal, a
central-bank confirmation, pension strikes, finance-bill protests, a drug-war inquiry, a
hostage-deal vote, a mayor's arrest, an IMF deal, a court-reform standoff, a land-seizure trial, a
national-security verdict, a royalty scandal, a blogger's case, an amnesty debate, a
bridge-collapse trial, a nitrogen protest, a shipwreck inquiry, an editor's detention, army food
contracts, an activist's sentencing, an airline merger, a foreign-interference inquiry, a
submarine estimates hearing, a state-capture commission, a cocoa-board audit, a contempt
hearing, a removal vote, wage protests, a media law, a party dissolution, an IMF debate, peace
talks in Havana, a journalist's trial, a no-confidence vote, an eviction ruling, a ceasefire
report, a currency crisis, a constitutional referendum, a disqualified candidate, a border
shooting, a foreign-agents law, a fuel-protest inquiry, a graft trial, a chip-export row, a
central-bank audit, an oil-revenue dispute, an election challenge, a governor's veto, store
closures, a confirmation hearing, a campaign rally, a voting-rights argument, a budget standoff,
a Dáil debate, an independence row, a school closure, an ICC probe, a disputed count, a junta's
election plan, a slush-fund indictment, a trial referral, a shock-therapy strike, a judges'
strike, a carbon-tax fight, a rally ban, an election petition, Anglophone-crisis talks, a
transitional council's row, peace-treaty talks, a prison emergency, a lithium contract, a media
law;
Japanese, Brazilian, Nigerian, French, Turkish, Indonesian, Korean, Vietnamese, Ethiopian,
Irish, Icelandic, Filipino, Pakistani, Thai, Kazakh, Iraqi, Bosnian, Norwegian, Cantonese,
Québécois, Polish, Kenyan, Basque, Hebrew, Chinese, Ukrainian, Indian, Togolese, South African,
Mexican, Scottish, German, Malay, Dutch, Gulf Arab, Greek, Swedish, Puerto Rican, Tamil,
Bengali, Akan, Hungarian, Romanian, Sinhala, Colombian, Shona, Saami, Nepali, Chilean, Yoruba,
Georgian, Somali, Mongolian, Burmese, Welsh, Amazigh, Lithuanian, Finnish, Zambian, Armenian,
Cree, Swahili, Lebanese, Fijian, Croatian, Egyptian, Catalan, Khmer, Haitian, Uzbek, Slovak,
Kinyarwanda, Wolof, Samoan, Greenlandic, Moldovan, Jamaican, Nama, Bulgarian, Maltese, Malagasy,
Belarusian, Honduran, Sherpa, Cameroonian, iTaukei, Venezuelan, Costa Rican, Quechua, Estonian,
Ewe, Bhutanese, Slovenian, Tajik, Kyrgyz, Mauritian, Latvian, Chichewa, Lao, Dominican,
Montenegrin, Tigrinya, Solomon Islander, Ivorian, Czech, Serbian, Portuguese, Bangladeshi,
Taiwanese, Congolese, Uruguayan, Austrian, Maasai, Punjabi, Ugandan, Māori, Sudanese, Albanian,
Flemish, Angolan, Danish, Chadian, Paraguayan, Guaraní, Zimbabwean, Italian, Guyanese, Tetum,
Iranian, Sierra Leonean, Krio, Azerbaijani, Swiss, Liberian, ni-Vanuatu, Kuwaiti, Burkinabè,
Valencian, Maldivian, Jordanian, Ecuadorian, Kanak, Tongan, Dinka, Bambara, Cypriot, Gabonese,
Luxembourgish, Iban, Pashto, Papua New Guinean, Faroese, Omani, Yemeni, Trinidadian, Sesotho,
Mozambican, Syrian, Macedonian, Fon, Salvadoran, Setswana, Kurdish, Cuban, I-Kiribati, Libyan,
Algerian, Bajan, Surinamese, Kabye, Nicaraguan, Turkmen, Equatoguinean, Bahraini, Swazi, Palauan,
Comorian, Belizean, Djiboutian, Bahamian, Hassaniya, Tuvaluan, Tuareg, Chamorro, Nuer, Tatar, Cape
Verdean, Marshallese, Herero, Liechtensteiner, Acehnese, Navajo, Karakalpak, Zulu, Sardinian, Oromo,
Corsican, Gagauz, Ålander, Canarian, Nauruan, Chuukese, Papiamento, Bougainvillean, Mapuche, Aymara,
Garifuna, Inuit, Ogoni, Jola, Baloch, Yazidi, Malagasy, Bissau-Guinean, Timorese, Bruneian Malay,
Kalmyk, Zanzibari, Andorran, Seychellois, Abkhaz, Sammarinese, Wallisian, Avar, Lezgin, Lepcha,
Bhutia, Naga, Tibetan, Mahoran, Sakha, Sahrawi, Anguillian, Kadazan, Bashkir, Niuean, Transnistrian,
Iban, Turkish Cypriot, Cook Islands Maori, Buryat, Maranao, Tokelauan, Chechen, Gibraltarian, Sámi,
Basotho, I-Kiribati, Udmurt, Guadeloupean, Kelantanese, Pamiri, Faroese, Swazi, Mexican,
Kano Hausa, Filipino, Israeli, Argentine, Vietnamese, Hong Kong, Indonesian, Egyptian, Catalan,
Dutch, Greek, Russian, Iranian, Saudi and Bahraini, Canadian, Ghanaian, Pakistani, Peruvian,
Thai, Sri Lankan, Moroccan, Nepali, Khmer, Amhara, Shona, Chilean, Venezuelan, Serbian, Georgian,
Kazakh, Malaysian, Taiwanese, Lebanese, Kurdish, Wolof, American, English, Irish, Scottish, Welsh,
Filipino, Indonesian, Burmese, Japanese, Brazilian, Argentine, Mexican, Canadian, Tanzanian,
Ugandan, Cameroonian, Haitian, Armenian, Azerbaijani, Ecuadorian, Bolivian, Kyrgyz names ...), each
with a hand-made list of its attributions and speakers, written without running the engine.
Their texts are ours, so they live in the repository. Sessions 41 to 60 fixed what each set showed (e-h in session 41,
i-j in session 42, l-m in session 43, o-p in session 44; k, n, q, r, s and t (r, s and t in
session 45), u, v and w (session 46), x, y and z (session 47), aa, ab and ac (session 48), ad,
ae, af and ag (session 49), ah to ao (session 50), ap to aw (session 51), ax to be (session 52),
bf to bm (session 53), bn to bu (session 54), bv to cc (session 55), cd to ck (session 56), cn to
cu (session 57), cx to de (session 58) were measured blind first, then some of their findings were fixed; cl and cm
(session 56) were only measured; cv and cw (session 57) were measured blind at the end, and only
two plain faults they showed were mended; df and dg (session 58) likewise, one fault mended;
dh to do (session 59) were measured blind first, dl to do with dh to dk's fixes in; dp and dq
(session 59) were measured blind at the end, and four faults they showed were mended; dr to
dy (session 60) were measured blind first, dv to dy with dr to du's fixes in; dz and ea
(session 60) were measured blind at the end, and two faults they showed were mended),
so the gate guards those fixes; it is no blind measure.
Where a helper named a government that speaks through its capital ("Paris said") as "French
government", sessions 57 to 60 wrote the country, as quotegraph names it ("France"; "Britain"
for "London", or "United Kingdom" where the article writes that; session 58 also for cm01's
"Comorian government"; session 59 "Kremlin" for "The Kremlin said").

A gold attribution is found when a statement's content holds the first four words of the
gold content; where several do, the one that holds most of its opening words in a row (up to
forty) is taken (session 59: "Thornbury and Yate has just told her ..." is not the statement
"Thornbury and Yate has sent a message ..."); its speaker is right when the name equals the gold one, lies inside it or
shares its last word, or both are unnamed. The floors are session 60's figures: a change
may not find fewer, name fewer right or name more wrongly. (A quotation inside another,
which quotegraph does not report as a statement of its own, counts against the outer
quotation's speaker: four of m08's "wrong" and four of p02's.)
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("spacy")

PROBES = Path(__file__).parent / "data" / "probes"
FLOORS = {"found": 16690, "right": 15333}
CEILINGS = {"wrong": 404}  # named, but not the gold's person
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _same(name: str | None, gold: str | None) -> bool:
    if name is None or gold is None:
        return name is None and gold is None
    n, g = name.lower(), gold.lower()
    return n == g or n in g or bool(_words(n) and _words(g) and _words(n)[-1] == _words(g)[-1])


def _held(statement, gold: list[str]) -> int:
    """How many of the gold content's opening words (up to 40) the statement's content holds in a
    row: 0 below four (or below all of a shorter content)."""
    words = _words(" ".join(c.text for c in statement.content))
    for n in range(min(len(gold), _HELD_MAX), min(len(gold), _HELD_MIN) - 1, -1):
        if any(words[i:i + n] == gold[:n] for i in range(len(words) - n + 1)):
            return n
    return 0


_HELD_MIN, _HELD_MAX = 4, 40


def score(analyze) -> dict[str, int]:
    totals = {"gold": 0, "found": 0, "right": 0, "wrong": 0}
    for text_path in sorted(PROBES.glob("*.txt")):
        gold = json.loads(text_path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        statements = analyze(text_path.read_text(encoding="utf-8")).statements
        for item in gold:
            totals["gold"] += 1
            gold_words = _words(item["content"])
            held = [_held(s, gold_words) for s in statements]
            if not gold_words or not held or max(held) == 0:
                continue
            hit = statements[held.index(max(held))]  # the statement that holds most of its opening
            totals["found"] += 1
            name = hit.speaker.name if hit.speaker else None
            if _same(name, item["speaker"]):
                totals["right"] += 1
            elif name and item["speaker"]:
                totals["wrong"] += 1
    return totals


def test_every_probe_has_its_gold_and_every_gold_content_is_in_its_text():
    texts = sorted(PROBES.glob("*.txt"))
    assert len(texts) == 612
    for path in texts:
        text = path.read_text(encoding="utf-8")
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        assert gold and all(item["content"] in text for item in gold), path.name


def test_the_probes_keep_their_floors(analyze):
    totals = score(analyze)
    assert totals["gold"] == 16993
    for key, floor in FLOORS.items():
        assert totals[key] >= floor, f"{key}: {totals[key]} < {floor} ({totals})"
    for key, ceiling in CEILINGS.items():
        assert totals[key] <= ceiling, f"{key}: {totals[key]} > {ceiling} ({totals})"
