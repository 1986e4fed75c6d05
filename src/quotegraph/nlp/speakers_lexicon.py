"""Lexicons for speaker resolution, read from ``data/`` once: titles, gender words,
first names, abbreviated titles, organisation nouns, demonyms and country names.

Everything here is data access; no parsing logic beyond splitting lines.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pycountry
from spacy.tokens import Token

__all__ = [
    "titles", "gender_words", "document_nouns", "owner_nouns", "owned_name", "spouse_genders", "sole_posts",
    "staff_nouns", "asking_nouns", "kin_groups",
    "follower_nouns", "kin_nouns", "first_names", "given_names", "name_gender", "abbreviations", "org_nouns",
    "role_noun", "token_role", "based_at", "based_in", "hyphen_start", "country_code", "countries_in", "seat_country",
    "region_country", "dateline_country", "capital_country", "capital_state", "surname_gender", "LODGED_NOUNS",
    "demonym_noun", "time_noun", "abstract_noun", "COMPANY_SUFFIXES", "MEMBER_BODIES",
    "OUTLET_NOUNS", "OWNERS_VOICE", "PRONOUNS", "company_words", "ASKING_VERBS", "name_cased",
]

_DATA = Path(__file__).with_name("data")
# the last word of a company's full name ("Pfizer Inc", "Toyota Motor Corp"), lowercase
COMPANY_SUFFIXES = frozenset({"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc", "group",
                              "ag", "sa", "se", "nv", "holdings", "corporation", "company", "gmbh", "bv", "as", "asa",
                              "ab", "oy", "oyj", "spa", "pty", "bhd", "tbk", "kk", "jsc", "pjsc"})
# organisation nouns for a league's or federation's members, never a body of its own ("the
# Premier League club" is one of the league's clubs)
MEMBER_BODIES = frozenset({"club", "team"})
# nouns for a news outlet that may stand right before its name ("the business daily De Beursbode"),
# with the organisation nouns that may take such an outlet up ("the paper said")
_PRINT = frozenset({"daily", "newspaper", "paper", "weekly", "tabloid", "broadsheet"})
_AIR = frozenset({"broadcaster", "channel", "network", "station"})
OUTLET_NOUNS = {**{w: _PRINT for w in ("paper", "newspaper")}, **{w: _AIR for w in _AIR}}
# verbs that put a question ("Costa asked her whether ...", "wanted to know" aside)
ASKING_VERBS = frozenset({"ask", "press", "question", "quiz", "query", "wonder", "inquire"})
# organisation nouns whose possessor speaks through them ("the paper's editorial board": the
# paper; "chairman of the board of Freedom Partners": of Freedom Partners)
OWNERS_VOICE = frozenset({"board"})

#: pronoun (lowercase) -> (person, number, gender, kind); gender m/f/n or None
PRONOUNS: dict[str, tuple[int, str, str | None]] = {
    "he": (3, "sg", "m"), "him": (3, "sg", "m"), "his": (3, "sg", "m"), "himself": (3, "sg", "m"),
    "she": (3, "sg", "f"), "her": (3, "sg", "f"), "hers": (3, "sg", "f"), "herself": (3, "sg", "f"),
    "it": (3, "sg", "n"), "its": (3, "sg", "n"), "itself": (3, "sg", "n"),
    "they": (3, "pl", None), "them": (3, "pl", None), "their": (3, "pl", None),
    "theirs": (3, "pl", None), "themselves": (3, "pl", None),
    "i": (1, "sg", None), "me": (1, "sg", None), "my": (1, "sg", None), "mine": (1, "sg", None),
    "myself": (1, "sg", None),
    "we": (1, "pl", None), "us": (1, "pl", None), "our": (1, "pl", None), "ours": (1, "pl", None),
    "ourselves": (1, "pl", None),
    "you": (2, "sg", None), "your": (2, "sg", None), "yours": (2, "sg", None),
}


def _lines(name: str) -> list[list[str]]:
    """Non-comment lines of a data file, split on tabs."""
    out = []
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append([part.strip() for part in line.split("\t")])
    return out


@lru_cache(maxsize=None)
def titles() -> frozenset[str]:
    """Person role nouns and titles, lowercase (single and multi-word)."""
    return frozenset(row[0].lower() for row in _lines("titles.txt"))


@lru_cache(maxsize=None)
def gender_words() -> dict[str, str]:
    """Honorifics and gendered role nouns -> ``"m"`` or ``"f"``."""
    return {row[0].lower(): row[1] for row in _lines("speakers_gender.tsv") if len(row) > 1}


_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe"})


def _folded(word: str) -> str:
    """A word without its diacritics ("małgorzata": "malgorzata")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.translate(_FOLD)) if not unicodedata.combining(c))


class _Names(frozenset):
    """Lowercase names that also hold a word written with diacritics the list spells
    without ("Małgorzata", "Łucja")."""

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or isinstance(word, str) and not word.isascii() \
            and frozenset.__contains__(self, _folded(word))


class _NameGenders(dict):
    """:class:`_Names` for a mapping of names to genders."""

    def __contains__(self, word: object) -> bool:
        return dict.__contains__(self, word) or isinstance(word, str) and not word.isascii() \
            and dict.__contains__(self, _folded(word))

    def __getitem__(self, word: str) -> str:
        return dict.__getitem__(self, word if dict.__contains__(self, word) else _folded(word))

    def get(self, word: str, default=None):
        return self[word] if word in self else default


@lru_cache(maxsize=None)
def first_names() -> dict[str, str]:
    """Common given names (lowercase) -> ``"m"`` or ``"f"``."""
    return _NameGenders((row[0].lower(), row[1]) for row in _lines("speakers_first_names.tsv") if len(row) > 1)


@lru_cache(maxsize=None)
def _wider_genders() -> dict[str, str]:
    return _NameGenders((row[0].lower(), row[1]) for row in _lines("speakers_given_names_more.tsv")
                        if len(row) > 1 and row[1] in ("m", "f"))


def name_gender(word: str) -> str | None:
    """The gender a given name (lowercase) gives: from the curated list, else from the wider
    one where the lists of two languages or more agree ("tomasz"; see
    ``tools/make_given_names.py``)."""
    if "-" in word.strip("-"):  # "jean-pierre", "kerry-ann": the first part's, else the last's
        first, *_, last = word.split("-")
        return name_gender(first) or name_gender(last)
    return first_names().get(word) or _wider_genders().get(word)


@lru_cache(maxsize=None)
def _surname_endings() -> tuple[tuple[str, str], ...]:
    rows = [(row[0].lower(), row[1]) for row in _lines("speakers_surname_endings.tsv") if len(row) > 1]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def surname_gender(word: str) -> str | None:
    """The gender a surname's ending marks in languages that inflect surnames ("rakhimova",
    "nowicka": f; "embergenov": m), from ``data/speakers_surname_endings.tsv``."""
    word = word.lower()
    return next((g for end, g in _surname_endings() if word.endswith(end) and len(word) > len(end) + 2), None)


@lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    """Every known given name (lowercase): those of :func:`first_names` and the ones
    borne by men and women alike ("Jean", "Billie", "Kelly"), which tell a name from a
    title ("Billie Jean King") but no gender, and the names of many countries that
    ``tools/make_given_names.py`` drew from Faker's lists (whose genders differ by country:
    "Laurence", "Jessie"; so they give none)."""
    return _Names(frozenset(first_names()) | frozenset(row[0].lower() for row in _lines("speakers_given_names.txt"))
                  | frozenset(row[0].lower() for row in _lines("speakers_given_names_more.tsv")))


# documents a body receives: "Federal Election Commission filings" names where they were lodged, not who wrote them
LODGED_NOUNS = frozenset({"filing", "petition", "submission", "lawsuit", "affidavit"})


@lru_cache(maxsize=None)
def document_nouns() -> frozenset[str]:
    """Nouns for texts that speak for their issuer ("poll", "report", "ruling")."""
    return frozenset(row[0].lower() for row in _lines("speakers_document_nouns.txt"))


@lru_cache(maxsize=None)
def owner_nouns() -> frozenset[str]:
    """Organisation nouns named after their owner ("campaign", "administration")."""
    return frozenset(row[0].lower() for row in _lines("speakers_owner_nouns.txt"))


@lru_cache(maxsize=None)
def sole_posts() -> frozenset[str]:
    """Posts one person holds in an organisation ("chief executive", "chairman")."""
    return frozenset(row[0].lower() for row in _lines("speakers_sole_posts.txt"))


@lru_cache(maxsize=None)
def staff_nouns() -> frozenset[str]:
    """Roles that serve a person ("spokeswoman", "chief of staff")."""
    return frozenset(row[0].lower() for row in _lines("speakers_staff_nouns.txt"))


@lru_cache(maxsize=None)
def kin_nouns() -> frozenset[str]:
    """Kin of a person ("husband", "son")."""
    return frozenset(row[0].lower() for row in _lines("speakers_kin_nouns.txt"))


@lru_cache(maxsize=None)
def spouse_genders() -> dict[str, str]:
    """Nouns for a spouse, with the gender they give ("husband": ``"m"``)."""
    return {row[0].lower(): row[1] for row in _lines("speakers_kin_nouns.txt") if len(row) > 1}


@lru_cache(maxsize=None)
def kin_groups() -> dict[str, tuple[str, str]]:
    """A kin noun -> the lemma of the group noun it belongs to and its gender
    ("father": ``("parent", "m")``)."""
    return {row[0].lower(): (row[1].lower(), row[2]) for row in _lines("speakers_kin_groups.tsv") if len(row) > 2}


@lru_cache(maxsize=None)
def follower_nouns() -> frozenset[str]:
    """Roles that back or are kin to a person without serving them ("backer", "husband")."""
    return frozenset(row[0].lower() for row in _lines("speakers_follower_nouns.txt")) | kin_nouns()


@lru_cache(maxsize=None)
def asking_nouns() -> frozenset[str]:
    """Roles of whoever puts the questions ("moderator", "interviewer")."""
    return frozenset(row[0].lower() for row in _lines("speakers_asking_nouns.txt"))


@lru_cache(maxsize=None)
def _possessive_owner_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in _lines("speakers_owner_nouns.txt")
                     if len(row) > 1 and row[1] == "possessive")


def owned_name(owner: str, noun: str) -> str:
    """The name of an organisation named after its owner: "Trump campaign", but "Tusk's
    office" for the nouns marked possessive in ``speakers_owner_nouns.txt``."""
    return f"{owner}'s {noun}" if noun in _possessive_owner_nouns() else f"{owner} {noun}"


@lru_cache(maxsize=None)
def abbreviations() -> dict[str, str]:
    """Abbreviated titles ("sen.") -> the role noun they stand for ("senator")."""
    return {row[0].lower(): row[1].lower() for row in _lines("speakers_abbrev.tsv") if len(row) > 1}


@lru_cache(maxsize=None)
def org_nouns(named: bool = False) -> dict[str, frozenset[str]]:
    """Organisation nouns ("agency") -> words an organisation's name may hold for it; with
    ``named``, also the nouns that stand for an organisation only through one whose name
    holds them ("the district" for the Cedar Hollow School District), marked NAMED."""
    rows = {row[0].lower(): frozenset(row[1].lower().split()) if len(row) > 1 else frozenset()
            for row in _lines("speakers_org_nouns.tsv")}
    return {k: v - {"named"} for k, v in rows.items() if named or "named" not in v}


def role_noun(word: str) -> str | None:
    """The role noun a word stands for ("Sen." -> "senator", "Spokesman" -> "spokesman"), or None."""
    low = word.lower()
    if low in abbreviations():
        return abbreviations()[low]
    if low in titles():
        return low
    if low.endswith("s") and low[:-1] in titles() and len(low) > 3:
        return low[:-1]
    return None


def token_role(tok: Token) -> str | None:
    """The role noun a token stands for, alone or as the end of a hyphenated word the
    tokenizer split ("front-runner": "front", "-", "runner", or "Col" + "."); none for a comparative ("the
    [elder] Mr. Murdoch", while "the elder said" has one)."""
    if tok.tag_ == "JJR":
        return None
    stop = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "." and not tok.whitespace_  # "Col" + "."
    found = role_noun(tok.text) or (role_noun(tok.text + ".") if stop else None)
    if found or tok.i < 2:
        return found
    i = hyphen_start(tok)
    return role_noun(tok.doc[i:tok.i + 1].text) if i < tok.i else None


def based_at(doc, i: int) -> bool:
    """Whether "-based" stands at token ``i`` ("Darmstadt[-based]"): the word before it is
    where something is based."""
    return i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ == "based"


def based_in(ent) -> bool:
    """A one-word name after "based in" ("a researcher based in [Cork]"): a place."""
    doc = ent.doc
    return len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].lower_ == "in" \
        and doc[ent.start - 2].lower_ == "based"


def hyphen_start(tok: Token) -> int:
    """Index of the first piece of the hyphenated word the tokenizer split and ``tok`` ends
    ("front-runner": "front", "-", "runner"); ``tok.i`` when it ends none."""
    i, doc = tok.i, tok.doc
    while i >= 2 and glued_hyphen(doc[i - 1]):
        i -= 2
    return i


def glued_hyphen(tok: Token) -> bool:
    """A hyphen with no space on either side, inside one word ("Ouellet-Fortin", "co-founder")."""
    return tok.text == "-" and tok.i > 0 and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_


@lru_cache(maxsize=None)
def _countries() -> dict[str, str]:
    """Country names (pycountry's name, common and official names) and demonyms -> alpha-3.

    Codes themselves ("IT", "ME") are left out: they read as ordinary words.
    """
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table[value] = country.alpha_3
                if "," in value:  # "Iran, Islamic Republic of" -> "Iran"
                    table.setdefault(value.split(",")[0], country.alpha_3)
    table.update({row[0]: row[1] for row in _lines("demonyms.tsv") if len(row) > 1})
    return table


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO 3166 alpha-3 for a country name or demonym ("Iran's", "Iranian", "U.S."), else None."""
    name = _POSSESSIVE.sub("", name.strip())
    if not name or not name[0].isupper():
        return None
    if name.startswith(("the ", "The ")):
        name = name[4:]
    return _countries().get(name)


_CAP_RUN = re.compile(r"[A-Z][\w.]*(?:[’']s)?(?:\s+[A-Z][\w.]*(?:[’']s)?)*")


_NATIVE_AFTER = frozenset({"Nation", "Nations", "Tribe", "Tribes", "Country", "Reservation", "Affairs"})


@lru_cache(maxsize=4096)
def demonym_noun(word: str) -> bool:
    """A word for a country's people that is no country's name ("Spaniard", "Portuguese")."""
    if word not in _countries() or word not in {row[0] for row in _lines("demonyms.tsv")}:
        return False
    try:
        pycountry.countries.lookup(word)
    except LookupError:
        return True
    return False


# a language, not a people: "the Spanish-speaking son of ...", "a French-language daily"
_HYPHENATED_AMERICAN = re.compile(r"\b[A-Z][a-z]+ ?- ?(?=Americans?\b)")
_LANGUAGE_USE = re.compile(r"\b[A-Z][a-z]+(?= ?- ?(?:speaking|language)\b)")


def countries_in(text: str) -> list[str]:
    """Country codes named in a text, in order (demonyms, country names, multi-word names)."""
    found: list[str] = []
    text = _LANGUAGE_USE.sub(lambda m: m.group(0).lower(), text)
    text = _HYPHENATED_AMERICAN.sub("", text)  # a "Cuban-American" is American
    for run in _CAP_RUN.finditer(text):
        words = run.group(0).split()
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 3), i, -1):
                code = country_code(" ".join(words[i:j]))
                if code and i > 0 and words[i - 1] == "New":
                    code = None  # "New Mexico", "New Jersey": American states
                if code == "IND" and words[i] == "Indian" and (
                        i > 0 or (j < len(words) and words[j] in _NATIVE_AFTER)):
                    code = None  # "Oneida Indian Nation", "American Indian", "Indian Affairs"
                if code:
                    found.append(code)
                    i = j
                    break
            else:
                i += 1
    return found


@lru_cache(maxsize=None)
def _place_table(name: str, not_after: str = "") -> tuple[re.Pattern[str], dict[str, str]]:
    """A name -> country table of ``data/``, and a pattern finding its names as whole words
    (longest first; not right after ``not_after``)."""
    codes = {row[0]: row[1] for row in _lines(name) if len(row) > 1}
    alternatives = "|".join(re.escape(n) for n in sorted(codes, key=lambda n: -len(n)))
    before = rf"(?<!{re.escape(not_after)})" if not_after else ""
    return re.compile(rf"(?<!\w){before}(?:{alternatives})(?!\w)"), codes


def region_country(text: str | None, whole: bool = False) -> str | None:
    """The country of a state, province or nation a text names ("Texas Attorney General" ->
    USA; not "New England"), or with ``whole`` that the text is ("Ohio"), else None."""
    pattern, codes = _place_table("speakers_regions.tsv", not_after="New ")
    if whole:
        return codes.get(text or "")
    found = pattern.search(text or "")
    return codes[found.group(0)] if found else None


def seat_country(text: str) -> str | None:
    """The country of a seat of government a text names ("Kremlin spokesman" -> RUS), else None."""
    pattern, codes = _place_table("speakers_seats.tsv")
    found = pattern.search(text or "")
    return codes[found.group(0)] if found else None


# a paragraph opening with a place in capitals, then a comma, a bracketed credit or a dash
# a dateline's place in capitals, accented ones too ("BOGOTÁ")
_DATELINE = re.compile(r"(?:^|\n)[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{2,40}?)(?:,| \(| [-–—―])")
_DATELINE_REACH = 600  # characters from the start of the text


@lru_cache(maxsize=None)
def _upper_codes(name: str) -> dict[str, str]:
    """A data file's places in capitals, with their countries' codes."""
    return {row[0].upper(): row[1] for row in _lines(name) if len(row) > 1}


def _dateline_places() -> dict[str, str]:
    return _upper_codes("dateline_places.tsv")


@lru_cache(maxsize=None)
def _capitals() -> dict[str, str]:
    return {row[0].upper(): row[1] for row in _lines("speakers_capitals.tsv") if len(row) > 1}


def capital_state(name: str | None) -> str | None:
    """The country a national capital stands for as a speaker ("Baku" -> "Azerbaijan", "The
    Hague" -> "Netherlands"), from ``data/speakers_capitals.tsv``; None for any other name."""
    return _capitals().get(" ".join((name or "").upper().split()))


def capital_country(name: str | None) -> str | None:
    """The country of a foreign capital or news city speaking for its government ("Beijing
    urged ..." -> CHN), from ``data/dateline_places.tsv`` and ``data/speakers_capitals.tsv``;
    None for any other name."""
    key = " ".join((name or "").upper().split())
    return _dateline_places().get(key) or country_code(_capitals().get(key, ""))


_STATE_AFTER = re.compile(r",[ \t]+([A-Z][A-Za-z.]+(?: [A-Z][a-z]+){0,2})[ \t]*(?:\(|[-–—―])")


def dateline_country(text: str) -> str | None:
    """The country of a dateline opening the article: a foreign capital or news city
    ("SEOUL, March 3 (Yonhap) --" -> KOR, ``data/dateline_places.tsv``), a US city AP
    names alone ("WASHINGTON (AP) --", ``data/dateline_us_cities.tsv``), or a city with its
    state or province ("AUSTIN, Texas (AP) --" -> USA); None for any other opening."""
    found = _DATELINE.search(text[:_DATELINE_REACH])
    if not found:
        return None
    state = _STATE_AFTER.match(text, found.end(1))
    code = (region_country(state.group(1), whole=True) or country_code(state.group(1))) if state else None
    # (not FRA for "PARIS, Texas"; "HONIARA, Solomon Islands --" is in the Solomon Islands)
    place = " ".join(found.group(1).split())
    return code or _dateline_places().get(place) or _upper_codes("dateline_us_cities.tsv").get(place)


def dateline_place(text: str) -> str | None:
    """The place a dateline opening the article names, as written ("MIRI" of "MIRI, Malaysia
    --"), else None."""
    found = _DATELINE.search(text[:_DATELINE_REACH])
    return " ".join(found.group(1).split()) if found else None


_TIMES = frozenset({"year", "month", "week", "day", "hour", "minute", "moment", "decade", "century", "time", "era",
                    "season", "weekend", "night", "morning", "evening", "afternoon"})


def time_noun(tok: Token) -> bool:
    """A stretch of time ("the next few months", "the 1930s", "For nearly 40 hours"), which
    no pronoun takes up as a speaker ("..., they spoke on a variety of topics")."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in _TIMES


_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ism", "ance", "ence")


def abstract_noun(tok: Token) -> bool:
    """A noun no one is, by its ending ("a suggestion", "an expression of dissent"), unless
    it is a title or an organisation's noun ("a centrist organization")."""
    return tok.lower_.endswith(_ABSTRACT_ENDINGS) and tok.lemma_.lower() not in org_nouns() and not role_noun(tok.text)


@lru_cache(maxsize=None)
def company_words() -> frozenset[str]:
    """Words that end a business's name ("Sutra Labs", "Brightwater Logistics"), lowercase."""
    return frozenset(row[0].lower() for row in _lines("speakers_company_words.txt"))


@lru_cache(maxsize=None)
def seat_bodies() -> dict[str, tuple[str, ...]]:
    """City -> the bodies seated there that it stands for as a speaker ("Brussels": the
    European Commission), from ``speakers_seat_bodies.tsv``."""
    return {row[0]: tuple(row[1].split("|")) for row in _lines("speakers_seat_bodies.tsv")}


def name_cased(tok: Token) -> bool:
    """A word written as a name: a capital, then lower case, or a capital after a prefix
    ("MacLeod", "McAllister", "DeSantis")."""
    return tok.is_title or tok.text[:1].isupper() and not tok.is_upper and tok.text[1:2].islower()
