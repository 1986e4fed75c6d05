"""Other names a person or body goes by, tied to the full name that introduces them: a
nickname ("President Antonio Lima dos Santos, universally known as [Toninho],"; "Finch-Lowe,
whom the kitchen calls [Debs],") and a body's bracketed abbreviation or the name it is
"known as" ("the National Disaster Management Agency (BNPB)")."""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from .doctext import doc_text
from .speakers_model import Entity, Mention
from .speakers_ner_repairs import MAX_ABBREVIATION

__all__ = ["FOLK_TITLES", "KUNYA", "bracketed", "nickname_noun_before", "nicknames"]

_NICKNAMING = ("known as", "nicknamed", "dubbed", "better known as", "popularly known as", "universally known as")


_KNOWN_AS = re.compile(r",\s*(?:\w+ )?known(?: [^\s,]+){1,4} as$|\bknown (?:to|among)(?: [^\s,]+){1,3} as$")
KUNYA = ("abu", "umm")  # "known to his neighbours as [Abu Ali]": a two-word name by one's child
# words of respect a two-word nickname may open on ("known to all as [Dona Ciça]", "[Mama Ngina]")
FOLK_TITLES = KUNYA + ("dona", "dom", "don", "doña", "mama", "baba", "mzee", "tía", "tío", "auntie", "uncle")


def nicknames(doc: Doc, mentions: list[Mention], rest: list[Mention]) -> dict[str, Entity]:
    """A short name a person's full name introduces ("President Antonio Lima dos Santos,
    universally known as [Toninho],"; "Finch-Lowe, whom the kitchen calls [Debs],"; "Jérôme
    Kasongo, a digger known across the camp as “[Docteur]”"): the name -> that person, for
    every mention of it."""
    out: dict[str, Entity] = {}
    spans = [(m.text, m.start, m.end) for m in rest] + list(_quoted_names(doc))
    for text, start, end in spans:
        before = doc[max(start - 4, 0): start].text.lower().rstrip(_OPENING)
        wider = doc[max(start - 9, 0): start].text.lower().rstrip(_OPENING)  # "known throughout the game as
        # [Tião]"
        words = text.split()
        noun = len(words) <= 3 and nickname_noun_before(doc, start)  # "known by her nickname, [Ploy],"
        near = (len(words) == 1 or len(words) == 2 and words[0].lower() in FOLK_TITLES) \
            and (before.endswith(_NICKNAMING) or bool(_KNOWN_AS.search(wider)) or _called(doc, start))
        if not (near or noun or _known_far(doc, start, end)):
            continue
        k = start - 1
        while k > 0 and doc[k].text != ",":
            k -= 1
        owner = max((x for x in mentions if (k - 3 <= x.end <= k or _phrase_on(doc, x, k)
                                             or noun and start - _NOUN_REACH <= x.end < start - 2)
                     and x.entity is not None and x.start != start
                     and x.entity.kind == "person" and any(len(n.split()) > 1 for n in x.entity.names)),
                    key=lambda x: x.end, default=None)  # (the model may cut off "dos Santos")
        if owner is not None:
            out.setdefault(text, owner.entity)
    return out


def nickname_noun_before(doc: Doc, start: int) -> bool:
    """Whether a name follows a noun for another name set off by a comma ("widely known by her
    nickname, [Ploy],"; "better known by his nom de guerre, [Tomás Arauca]")."""
    return bool(_NICKNAME_NOUN.search(doc[max(start - 5, 0): start].text.lower().rstrip(_OPENING)))


_NOUN_REACH = 24  # words back from such a name to the person it belongs to
_NICKNAME_NOUN = re.compile(r"\b(?:nickname|nom de guerre|alias|moniker|pseudonym|pen name|stage name),$")


def _phrase_on(doc: Doc, x: Mention, k: int) -> bool:
    """Whether a name is followed up to token ``k`` by a phrase on it alone ("Senator Maria
    Cecília Bastos [of the Workers' Party], known to all as Dona Ciça")."""
    if not x.end < k <= x.end + _PHRASE_REACH or doc[x.end].lower_ not in ("of", "from"):
        return False
    return all(any(x.start <= a.i < x.end for a in t.ancestors) for t in doc[x.end:k])


_PHRASE_REACH = 8


def _quoted_names(doc: Doc) -> Iterator[tuple[str, int, int]]:
    """Capitalised words of up to three in quotation marks right after "as" ("known across
    the camp as “Docteur”"), which the model may not take for a name: text, start, end."""
    for tok in doc[1:]:
        if tok.text not in ("“", '"') or doc[tok.i - 1].lower_ != "as" and doc[tok.i - 1].lemma_ != "call":
            continue
        start = tok.i + 1 + (tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "the")  # "call “the Shepherd”"
        end = next((k for k in range(start, min(start + 4, len(doc))) if doc[k].text in ("”", '"')), None)
        while end is not None and end > start and doc[end - 1].text in (",", "."):
            end -= 1  # "known as “Bulldog,”"
        if end is not None and end > start and all(t.text[:1].isupper() for t in doc[start:end]):
            yield doc[start:end].text, start, end


def _known_far(doc: Doc, start: int, end: int) -> bool:
    """A name of up to three words that a description set off after a person says they are
    known by, however far ("David Hopkins, a retired miner known to everyone in the village as
    [Dai Books] because ..."; "a grower in Colonia known throughout the industry as “[El
    Abuelo]”"), and that ends there: not "known in Washington as [Trump]'s fixer"."""
    if not 1 <= end - start <= 3 or end >= len(doc):
        return False
    after = doc[end]
    if not (after.is_punct and after.tag_ != "POS" or after.lower_ in _ENDING_WORDS):
        return False
    wider = doc[max(start - _KNOWN_REACH, 0): start].text.lower().rstrip(_OPENING)
    return bool(_KNOWN_FAR.search(wider))


_OPENING = " “\"‘'"
_ENDING_WORDS = frozenset({"because", "for", "since", "after", "and"})
_KNOWN_REACH = 16  # words back from a nickname to the "known" of the description that gives it
_KNOWN_FAR = re.compile(r",[^,]*\bknown(?: [^\s,]+){1,8} as$")


def _called(doc: Doc, at: int) -> bool:
    """A name a clause set off after a person calls them ("Finch-Lowe, whom the kitchen calls
    [Debs],"; "Kwame Jantuah-Mensah, the sous-chef everyone calls [KJ],"): "call" right
    before it, a comma after it (not "Plouffe, who calls Trump a statesman"), and no other
    name or verb back to the comma before."""
    end = at + 1 + (at + 2 < len(doc) and doc[at].lower_ in KUNYA)  # "whom supporters call [Abu Nasser],"
    if at < 2 or end >= len(doc) or doc[at - 1].lemma_ != "call" or doc[end].text != ",":
        return False
    k = at - 2
    while k > 0 and doc[k].text != "," and at - k <= _CALLED_REACH:
        if doc[k].pos_ in ("PROPN", "VERB", "AUX"):
            return False
        k -= 1
    return doc[k].text == ","


_CALLED_REACH = 10  # words back from a nickname to the comma of the clause that calls someone so


def bracketed(m: Mention, mentions: list[Mention], doc) -> Entity | None:
    """The organisation named right before a bracketed capital abbreviation, whatever its
    letters, for that abbreviation anywhere: "the National Disaster Management Agency
    (BNPB)", then "the BNPB spokesman"; a short name in brackets too ("the state-owned Empresa
    Minera Estatal del Norte (Eminor)", then "Eminor said"); also one it is "known as" or
    "known by its initials"."""
    if not (m.label in ("ORG", "PERSON", "GPE") and m.text.isalpha() and m.text[:1].isupper()
            and len(m.text) <= MAX_ABBREVIATION + 4):
        return None  # (the model may take the abbreviation, "BNPB" or "BfArM", for a person's name)
    initials = sum(c.isupper() for c in m.text) >= 2 and len(m.text) <= MAX_ABBREVIATION
    short = m.text.istitle() and len(m.text) >= 3 and m.label != "GPE"  # "(Eminor)", a short name
    text = doc_text(doc)
    if initials and m.label == "GPE" or not initials and not short and "known as" not in text:
        return None
    for found in re.finditer(r"\b" + re.escape(m.text) + r"\b", text):  # (the doc's own places: walking
        span = doc.char_span(found.start(), found.end())  # every token is slow)
        k = span.start if span is not None and len(span) == 1 else 0
        if not 2 <= k < len(doc) - 1:
            continue
        end = k - 1 if (initials or short) and doc[k - 1].text == "(" and doc[k + 1].text == ")" \
            else _known_as(doc, k, the=not initials) if initials or "known as" in text else None
        if end is not None:
            before = next((x for x in mentions if x.end == end and x.entity is not None), None)
            if before is not None and before.entity.kind == "organisation":
                m.label = "ORG"
                return before.entity
    return None


def _known_as(doc, k: int, the: bool = False) -> int | None:
    """Where the name ends that the abbreviation at ``k`` is given for after a comma: "the
    Federal Institute for Drugs and Medical Devices, known by its German initials BfArM";
    with ``the``, the one word the name is known as instead ("the Michoacán State
    Prosecutor's Office, known as the Fiscalía")."""
    words = [t.lower_ for t in doc[max(k - 6, 0) : k]]
    if "known" not in words:
        return None
    j = k - len(words) + words.index("known")
    tail = words[words.index("known") + 1 :]
    if the:  # (not "known as the [Morita] faction": a faction, its leader's name "Morita")
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        return j - 1 if doc[j - 1].text == "," and tail in (["as"], ["as", "the"]) \
            and not (nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN") else None
    if not (tail == ["as"] or tail[:2] == ["by", "its"] and tail[-1] in ("initials", "acronym", "abbreviation")):
        return None
    if doc[j - 1].text != "," and not (tail == ["as"] and doc[j - 1].pos_ in ("NOUN", "PROPN")):
        # "The Information System Authority, the state cyber-security agency known by its Estonian initials RIA";
        # "..., a rights group based in Santo Domingo and known by its Spanish initials CEDEMIF"
        j = next((c + 1 for c in range(j - 1, max(j - _APPOSITIVE_REACH, 0), -1)
                  if doc[c].text == "," or doc[c].is_sent_start or doc[c].lower_ in ("who", "which", "that")), j)
    return j - 1 if doc[j - 1].text == "," else None


_APPOSITIVE_REACH = 16  # words back from "and known by its initials" to the comma opening its appositive
