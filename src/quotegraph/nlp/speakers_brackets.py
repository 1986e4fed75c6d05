"""Bodies named before a bracket: a bracketed capital abbreviation ("(BEV)") or a short name
("(Eminor)") after a run of capitalised words makes that run one organisation, whatever the
model made of its pieces (:func:`bracketed_bodies`, called by
:mod:`.speakers_ner_repairs`); so does an abbreviation that spells a name with lower-case
words ("Union générale des salariés (UGS)"). A body's name the model cut to its noun goes on
through "for" or "of" (:func:`body_heads`), and a body's name the model tagged at one place is
one at every other (:func:`repeated_bodies`), both for :mod:`.speakers_joins`."""
from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .doctext import word_count
from .speakers_lexicon import country_code, org_nouns

__all__ = ["MAX_ABBREVIATION", "abbreviation_after", "and_tail", "body_heads", "bracketed_bodies", "for_tail",
           "repeated_bodies", "spelled_bodies"]

MAX_ABBREVIATION = 8  # the longest bracketed abbreviation taken for another name of the body before it

_NAME_LINKS = frozenset({"und", "der", "die", "des", "für", "of", "for", "and", "the", "de", "del", "della", "di",
                         "du", "la", "le", "les", "et", "y", "e", "do", "da", "dos", "das", "van", "voor", "en", "pour"})


def _initials_start(doc, j: int, at: int) -> int:
    """Where the words whose initials the bracketed abbreviation is begin, when they are only the
    last of the capitalised run ("Mohamed Juma Haji of [Chama Cha Mapinduzi] (CCM)")."""
    abbr = doc[at + 1].text if at + 1 < len(doc) and doc[at].text == "(" else ""
    caps = [t for t in doc[j:at] if t.text[:1].isupper()]
    if not (abbr.isupper() and abbr.isalpha() and 2 <= len(abbr) < len(caps)):
        return j
    tail = caps[-len(abbr):]
    return tail[0].i if "".join(t.text[0] for t in tail) == abbr else j


def bracketed_bodies(doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """A body's name of capitalised words and their links ("und", "der", "of") before a
    bracketed abbreviation, whatever the model made of its pieces ("The [Industriegewerkschaft
    Metall und Elektro] (IGME)", "the [Verband der Metall- und Elektroindustrie Rhein-Ruhr]
    (VMRR)"), or of words whose initials it is ("the ruling [Lanka Jatika Sandhanaya] (LJS)",
    which the model took for a work of art), or a short name of three capitalised words or
    more and a link ("the state-owned [Empresa Minera Estatal del Norte] (Eminor)"): one
    organisation."""
    found = []
    for opened in re.finditer(r"\(|, or (?=[A-Z]{2,8}\b)", doc.text):  # (the doc's brackets only: walking every
        # token is slow; and ", or FDLR" after a body's name, which gives its abbreviation too)
        span = doc.char_span(opened.start(), opened.start() + 1)
        tok = span[0] if span is not None else None
        if tok is None or tok.i == 0 or not (abbreviation_after(doc, tok.i) or _short_name_after(doc, tok.i)
                                             or _or_abbreviation(doc, tok.i)):
            continue
        spelled = _spelled_with_lower(doc, tok.i) if tok.text == "(" else None
        if spelled is not None:  # "the [Union générale des salariés] (UGS)"
            found.append(SpacySpan(doc, spelled, tok.i, label="ORG"))
            continue
        j = tok.i
        while j > 0 and (doc[j - 1].text[:1].isupper() and doc[j - 1].tag_ in ("NNP", "NNPS")
                         or doc[j - 1].lower_ in _NAME_LINKS and _capital_before(doc, j - 1, tok.text == ",")
                         or doc[j - 1].text in ("-", "–") and not doc[j - 1].whitespace_):
            j -= 1
        while j < tok.i and not doc[j].text[:1].isupper():
            j += 1
        j = _initials_start(doc, j, tok.i)
        capitals = [t.text[0] for t in doc[j: tok.i] if t.text[:1].isupper()]
        if tok.text == ",":
            if len(capitals) >= 2 and "".join(capitals) == doc[tok.i + 2].text:
                found.append(SpacySpan(doc, j, tok.i, label="ORG"))  # "the [Mouvement pour la Renaissance du
            continue  # Kivu], or MRK": its initials, exactly
        short = not doc[tok.i + 1].text.isupper()
        opening = doc[tok.i + 1].text[:4].lower()
        if short and (len(capitals) < 3 or j == tok.i or doc[j].text[0] != doc[tok.i + 1].text[0] and not any(
                t.text[:1].isupper() and t.lower_.startswith(opening) for t in doc[j: tok.i])):
            continue  # a short name opens on its body's first letter ("Empresa ... (Eminor)") or on one of its
            # words ("Empresa Pública Petrolera del Oriente (Petroriente)")
        if len(capitals) >= 2 and (any(t.is_lower for t in doc[j: tok.i]) or "".join(capitals) == doc[tok.i + 1].text):
            found.append(SpacySpan(doc, j, tok.i, label="ORG"))
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
    return sorted(kept + found, key=lambda e: e.start)


def spelled_bodies(doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """A body's name of capitalised words ending in an organisation noun whose initials are a
    capital abbreviation the text uses elsewhere, whatever the model made of its pieces ("the
    [Malaysian Anti-Corruption Commission]" beside "The MACC said"): one organisation."""
    acronyms = {t.text for t in doc if t.is_alpha and t.is_upper and 3 <= len(t.text) <= MAX_ABBREVIATION
                and t.ent_type_ in ("ORG", "")}
    found, i = [], 0
    while acronyms and i < len(doc):
        j, letters = i, []
        while j < len(doc):
            t = doc[j]
            if t.is_alpha and t.is_title and not (j == i and t.lower_ == "the"):
                letters.append(t.text[0])
            elif not (j > i and j + 1 < len(doc) and doc[j + 1].is_title
                      and (t.lower_ in _NAME_LINKS or t.text == "-" and not doc[j - 1].whitespace_)):
                break  # ("Anti-Corruption", "Renaissance du Kivu")
            j += 1
        if len(letters) >= 2 and "".join(letters) in acronyms and doc[j - 1].lower_ in org_nouns():
            found.append(SpacySpan(doc, i, j, label="ORG"))
        i = max(j, i + 1)
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
    return sorted(kept + found, key=lambda e: e.start)


def _capital_before(doc, k: int, two: bool) -> bool:
    """Whether a capitalised word comes before the link at ``k``, or past one more link where
    ``two`` ("Renaissance [pour la] Kivu, or MRK"; not "Andreas Hofbauer [of the] Social
    Democrats (SDA)", where a bracket follows)."""
    return k > 0 and (doc[k - 1].text[:1].isupper()
                      or two and k > 1 and doc[k - 1].lower_ in _NAME_LINKS and doc[k - 2].text[:1].isupper())


def abbreviation_after(doc, k: int) -> bool:
    """A bracketed capital abbreviation at ``k`` ("(BEV)")."""
    return k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].is_alpha \
        and doc[k + 1].text.isupper() and 2 <= len(doc[k + 1].text) <= MAX_ABBREVIATION


def _or_abbreviation(doc, k: int) -> bool:
    """", or MRK," at ``k``: a capital abbreviation offered as another name of what comes before."""
    return k + 3 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "or" and doc[k + 2].is_alpha \
        and doc[k + 2].text.isupper() and 2 <= len(doc[k + 2].text) <= MAX_ABBREVIATION \
        and doc[k + 3].text in (",", ".", ";", ")", "—")


def _short_name_after(doc, k: int) -> bool:
    """A bracketed capitalised word at ``k`` that is no place ("(Eminor)", not "(Chile)")."""
    return k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].is_alpha \
        and doc[k + 1].is_title and len(doc[k + 1].text) >= 3 and doc[k + 1].ent_type_ not in ("GPE", "LOC") \
        and country_code(doc[k + 1].text) is None


_SPELLED_REACH = 10  # words back to the start of a name an abbreviation spells


def _spelled_with_lower(doc, k: int) -> int | None:
    """The start of a name with lower-case words, opening on a capital, whose words' initials
    (its small links aside) spell the bracketed abbreviation at ``k`` exactly ("the [Union
    générale des salariés] (UGS)", "the [Confédération française des travailleurs] (CFT)")."""
    abbr = doc[k + 1].text if k + 2 < len(doc) else ""
    if not (2 <= len(abbr) <= 8 and abbr.isalpha() and abbr.isupper() and doc[k + 2].text == ")"):
        return None
    for j in range(k - 1, max(k - _SPELLED_REACH, 0) - 1, -1):
        if not doc[j].is_alpha:
            return None
        words = [t for t in doc[j:k] if t.lower_ not in _NAME_LINKS]
        if doc[j].text[:1].isupper() and any(t.is_lower for t in words) \
                and "".join(t.text[0].upper() for t in words) == abbr:
            return j
    return None


def for_tail(doc, k: int) -> int:
    """The end of a body's name that goes on after its organisation noun with "for" or "of" and
    capitalised words ("the OSCE's Office [for Democratic Institutions and Human Rights]"),
    else ``k``."""
    if k + 1 >= len(doc) or doc[k].lower_ not in ("for", "of") or not _name_word(doc[k + 1]):
        return k
    end = k + 1
    while end < len(doc) and (_name_word(doc[end]) or doc[end].lower_ in ("and", "of", "the")
                              and end + 1 < len(doc) and _name_word(doc[end + 1])):
        end += 1
    return end


def and_tail(doc, end: int) -> int:
    """The end of a body's name joined through "for" or "of" that goes on with "and" and a
    capitalised word written nowhere else ("Serbia's Office for Kosovo [and Metohija]"), else
    ``end``; not "the Ministry of Defence and NATO", a body named on its own elsewhere."""
    if end + 1 >= len(doc) or doc[end].lower_ != "and" or doc[end + 1].tag_ != "NNP" or not doc[end + 1].is_title:
        return end
    stop = end + 1
    while stop < len(doc) and doc[stop].tag_ == "NNP" and doc[stop].is_title:
        stop += 1
    return stop if all(word_count(t.text, doc.text) == 1 for t in doc[end + 1:stop]) else end


def _name_word(tok) -> bool:
    return tok.tag_ in ("NNP", "NNPS") and tok.is_title and not tok.ent_type_


def body_heads(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """A body's name the model cut to its organisation noun, which it took for a place, before
    "for" or "of" and capitalised words ("the Toronto-based [Centre] for Iranian Labour
    Studies"), as one ORG span each."""
    out: list[SpacySpan] = []
    for ent in ents:
        end = ent.end
        if ent.label_ not in ("GPE", "LOC") or len(ent) != 1 or not ent[0].is_title \
                or ent[0].lower_ not in org_nouns() \
                or end + 1 >= len(doc) or doc[end].lower_ not in ("for", "of") or not doc[end + 1].is_title:
            continue
        end += 1
        while end < len(doc) and doc[end].is_alpha and (doc[end].is_title or doc[end].lower_ in ("and", "of", "the")
                                                        and end + 1 < len(doc) and doc[end + 1].is_title):
            end += 1
        out.append(SpacySpan(doc, ent.start, end, label="ORG"))
    return out


def repeated_bodies(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """A body's name of two words or more, one of them a body's word, that the model tagged
    at one place but not at another ("An audit by the [Accounts Chamber] released in March found ...", tagged only
    further down): an ORG span at each untagged place."""
    bare = [e[1:] if e[0].lower_ == "the" else e for e in ents if e.label_ == "ORG"]
    names = {e.text for e in bare if len(e) >= 2 and all(t.is_alpha or t.is_punct for t in e)
             and e[0].text[:1].isupper() and e[-1].text[:1].isupper()
             and any(t.lower_ in org_nouns() for t in e)}  # a body's word: not "Du Plessis", a surname
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[SpacySpan] = []
    text = doc.text
    for name in names:
        for found in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            span = doc.char_span(found.start(), found.end())
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                out.append(SpacySpan(doc, span.start, span.end, label="ORG"))
    return out
