"""Organisation and place names by their short forms: the same string, a distinctive last
word ("Times" for "Tampa Bay Times"), initials ("BMA" for "the British Medical Association";
"OCHA" after a bloc's prefix), a syllabic short name ("CARICOM" for "the Caribbean
Community") or the one body whose name a word opens ("Lumen" for "Lumen Motors")."""
from __future__ import annotations

from .doctext import word_count
from .speakers_lexicon import COMPANY_SUFFIXES, company_words, country_code
from .speakers_model import Entity, Mention
from .speakers_names import _CONNECT, _GENERIC_TAILS

__all__ = ["initials", "org_or_place", "syllabic"]


def initials(text: str) -> str:
    """A name's initials ("British Medical Association" -> "BMA")."""
    return "".join(w[0] for w in text.split() if w[:1].isupper() and w.lower() not in _CONNECT).upper()


_BLOC_PREFIXES = frozenset({"UN", "U.N.", "EU", "E.U."})  # "UN [Office for the Coordination of ...] (OCHA)"


def _initial_forms(name: str, ampersand: bool = False) -> set[str]:
    """A name's initials, and those of the rest when a bloc's prefix opens it ("UN Office for
    the Coordination of Humanitarian Affairs": "UOCHA" and "OCHA"); for a short form with an
    ampersand, also those of all words but the last ("M&D" for "Medway & Downs Water")."""
    words = name.split()
    forms = {initials(name), initials(name.replace("-", " "))}  # "All-India Cricket Board": AICB
    if len(words) > 2 and words[0] in _BLOC_PREFIXES:
        forms.add(initials(" ".join(words[1:])))
    if ampersand and "&" in words[1:-1]:
        forms.add(initials(" ".join(words[:-1])))
    return forms


def _trade_word_apart(longer: str, shorter: str) -> bool:
    """Whether a lower-case name is another of two words or more and a trade word after it
    ("kalahari crown mining", "kalahari crown")."""
    head, _, last = longer.rpartition(" ")
    return head == shorter and " " in shorter and last in company_words()


def _initialism(text: str) -> str:
    """A short form's letters, without dots or an ampersand ("M&D": "MD")."""
    return text.replace(".", "").replace("&", "")


_LINKS = frozenset({"of", "the", "and", "for", "de", "del", "la", "des", "du"})


def syllabic(short: str, name: str) -> bool:
    """Whether a one-word name is made of the first letters, two or more, of each word of a
    longer name in turn ("CARICOM": "Caribbean Community"; "Ofcom": "Office of Communications"),
    not counting linking words."""
    words = [w.lower() for w in name.replace("-", " ").split() if w.lower() not in _LINKS]
    low = short.lower()
    if len(words) < 2 or not low.isalpha() or " " in short or not (short.isupper() or short.istitle()) \
            or len(low) < 2 * len(words):
        return False

    def fits(rest: str, k: int) -> bool:
        if k == len(words):
            return not rest
        return any(rest[:j] == words[k][:j] and fits(rest[j:], k + 1)
                   for j in range(2, min(len(words[k]), len(rest)) + 1))
    return fits(low, 0)


def org_or_place(m: Mention, others: list[Entity], text: str) -> Entity:
    """The organisation or place entity for a name (same string, acronym or country, or the
    one organisation whose name it opens when the article never writes it in lower case)."""
    low = m.text.lower()
    code = country_code(m.text) if m.label == "GPE" else None
    for e in others:
        names = {n.lower() for n in e.names}
        if low in names or (code and e.country == code and e.kind == "place"):
            return e
        if e.kind == "organisation" and m.label == "ORG" and " " not in low and any(
                len(n.split()) > 1 and n.split()[-1] == low and n.split()[-1] not in _GENERIC_TAILS for n in names):
            return e  # "Times" for "Tampa Bay Times"
        if e.kind == "organisation" and m.label == "ORG" and any(
                n.startswith(low + " of ") or n.startswith(low + " for ") or low.startswith(n + " of ")
                or low.startswith(n + " for ") for n in names):
            return e
        if e.kind == "organisation" and m.label == "ORG" and len(low.split()) > 1 \
                and low.split()[-1] in COMPANY_SUFFIXES and low.split()[0] in names:
            return e  # "Toyota Motor Corp" after a headline's "Toyota"
        if e.kind == "organisation" and m.label == "ORG" and len(low.split()) > 1 and any(
                _trade_word_apart(low, n) or _trade_word_apart(n, low) for n in names):
            return e  # "Kalahari Crown Mining" after a headline's "Kalahari Crown", and back
        if m.text.isupper() and len(m.text) > 1 and any(_initialism(m.text) in _initial_forms(n, "&" in m.text)
                                                        for n in e.names):
            return e
        if any(n.isupper() and len(n) > 1 and n.replace(".", "") in _initial_forms(m.text) for n in e.names):
            return e
        if e.kind == "organisation" and any(syllabic(m.text, n) for n in e.names):
            return e  # "CARICOM" for "the Caribbean Community"
    opened = [e for e in others if e.kind == "organisation" and m.label == "ORG" and " " not in low
              and any(len(n.split()) > 1 and n.split()[0].lower() == low for n in e.names)]
    if len(opened) == 1 and not word_count(low, text):
        return opened[0]  # "Lumen" for "Lumen Motors"; not "Fox" beside "Fox News" and "Fox Business"
    ent = Entity(kind="place" if m.label == "GPE" else "organisation", named=True, country=code)
    others.append(ent)
    return ent
