"""Clustering name mentions into named entities.

A person's name forms cluster on the last word ("Kazem Gharibabadi", "Gharibabadi",
"Mr. Gharibabadi") unless their first words differ ("Bill Clinton" and "Hillary
Clinton" stay apart; a bare "Clinton" then goes by "Mr."/"Mrs.", else to the one named
in full just before, else to the one the article introduced first; never to a namesake
of the other gender). Organisations and places cluster by their short forms
(:mod:`.speakers_short_forms`).
"""
from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from .speakers_lexicon import capital_country, country_code, first_names, gender_words, given_names, role_noun
from .speakers_model import Context, Entity, Mention
from .speakers_other_names import FOLK_TITLES, bracketed, nickname_noun_before, nicknames as other_names
from .speakers_short_forms import org_or_place
from .speakers_names import _clean, _mention
from .speakers_ner_repairs import loose_given, lower_case_words, org_words
from .speakers_parties import PARTY, cluster_parties
from .speakers_joins import PARTICLES, PATRONYMIC, surname_key
from .speakers_headlines import dateline_city
from .speakers_name_context import (family_named, generation_pick, infer_gender, last_named, named_near, next_gender,
                                    own_gender, reported_gender, surname_typo, told_gender)
from .speakers_name_context import name_words as _words
from .doctext import doc_text, word_count

__all__ = ["cluster_names", "infer_gender"]


def _person_matches(words: list[str], ent: Entity, whole: frozenset[tuple[str, ...]] = frozenset()) -> bool:
    """A name form belongs to a person entity: same last word, compatible first words; or the
    opening words of one of its ``whole`` names."""
    for name in ent.names:
        full = _core(_words(name))  # "Joseph R. Biden Jr." matches as "Joseph R. Biden"
        if _own_name(words) != _own_name(full) and _own_name(words) and _own_name(full):
            continue  # "Dayang Siti Rahmah binti Haji Ismail" is her sister's namesake, "Norhayati binti Haji Ismail"
        if words == full or len(full) > len(words) >= 2 and full[:len(words)] == words and tuple(full) in whole:
            return True  # "Malik Zafar" for "Malik Zafar Iqbal Awan", called by the first two of his names
        if len(words) >= 2 and words[0] not in first_names() and any(
                full[k:k + len(words)] == words for k in range(1, len(full) - len(words))):
            return True  # "Ruiz de Azúa" for "Ander Ruiz de Azúa Ochoa", a surname without the mother's
        if len(full) > len(words) and full[len(words)] in PATRONYMIC and full[:len(words)] == words:
            return True  # "Hamzah" for "Hamzah bin Abdul Rahim", called by his own name before "son of"
        if len(words) == 2 and words[0] not in first_names() and _before_patronymic(words[1], full):
            return True  # "Pengiran Yusof" for "... Haji Mohd Yusof bin Pengiran Haji Abdul Rahman": an honorific
        if surname_key(words[-1]) != surname_key(full[-1]):
            continue
        if len(words) == 1 or len(full) == 1 or words[0] in PARTICLES and full[-len(words):] == words:
            return True  # "Assad" for "Bashar al-Assad", "Von der Leyen" for "Ursula von der Leyen"
        if words[0] == full[0] or (len(words[0]) == 1 and full[0].startswith(words[0])):
            return True
        if len(full) > len(words) and full[-len(words):] == words and words[0] not in first_names():
            return True  # a two-word surname alone: "Wasserman Schultz" for "Debbie Wasserman Schultz"
        if _given_forms(words) & _given_forms(full):
            return True  # 'Robert C. "Bobby" Scott' is "Bobby Scott"
    return False



_QUOTE_CHARS = "\"“”'‘’`"


def _before_patronymic(word: str, full: list[str]) -> bool:
    """Whether a word is the one before "bin" or "binti" in a name's words: the own name a Malay
    name is shortened to, after any honorific ("Seria" of "Awang Seria bin Haji Othman")."""
    return any(w in PATRONYMIC and full[k - 1] == word for k, w in enumerate(full) if k > 0)


def _own_name(words: list[str]) -> str | None:
    """The word before a name's "bin" or "binti", its bearer's own name."""
    return next((words[k - 1] for k, w in enumerate(words) if k > 0 and w in PATRONYMIC), None)


def _given_forms(words: list[str]) -> set[str]:
    """A name's first word and its quoted nickname, if it has one."""
    nicks = {w.strip(_QUOTE_CHARS) for w in words[1:-1] if w[:1] in _QUOTE_CHARS and len(w) > 2}
    return {words[0].strip(_QUOTE_CHARS)} | nicks



_TYPO_MIN_LEN = 5
_TITLE_REACH = 4  # words before a name searched for its title ("Secretary of State Hillary")
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _core(words: list[str]) -> list[str]:
    """A name's words without generational suffixes."""
    core = [w.strip(",") for w in words if w.strip(",") not in _SUFFIXES]
    return core or words


def _suffix(words: list[str]) -> list[str]:
    """A name's generational suffixes ("Jr.", "III")."""
    return [w.strip(",") for w in words if w.strip(",") in _SUFFIXES]


def _title_before(doc: Doc, start: int) -> str | None:
    """The capitalised title right before a name, as a role noun ("Secretary Clinton",
    "Sen. Cruz")."""
    tok = doc[start - 1] if start > 0 else None
    return role_noun(tok.text) if tok is not None and tok.text[:1].isupper() else None


def _titled(doc: Doc, x: Mention, title: str) -> bool:
    """Whether a mention follows a title naming the role noun ("Secretary of State Hillary
    Clinton" for "secretary")."""
    return any(role_noun(t.text) == title for t in doc[max(x.start - _TITLE_REACH, 0):x.start])


def _pick(m: Mention, candidates: list[Entity], doc: Doc, family: bool = False) -> Entity | None:
    """Choose among people sharing a surname ("Ted Cruz", "Heidi Cruz"): the honorific's
    gender first (None when it fits none of them: "Mr. Obama" is not "the first lady,
    Michelle Obama"), else the gender of the "he" or "she" in what they say or opening the next
    sentence ("Chiang told ... . She insisted"), where any fits it (the one known, or told of, as
    that gender), and whoever the same honorific and surname stood for before, if only
    one did; then whoever the same title was written before, if only one was ("Secretary
    of State Hillary Clinton ... Secretary Clinton"); then whoever was named in full in this
    or the previous sentence, if only one was; else the one the article introduced first
    (its principal); for a family name said alone (``family``), the first of several named near,
    and whom it stood for alone last, or whoever was mentioned last, before the principal."""
    if m.gender is None:
        m.gender = own_gender(doc[m.head])  # ("Lugo, for her part, said")
    said = None if m.gender else reported_gender(doc[m.head]) or next_gender(doc[m.head])
    if said:  # ("Hamad said ..., though she did not expect ..."; "Chiang told ... . She insisted")
        candidates = [e for e in candidates if _gender_of(e) in (None, said)] or candidates
        told = [e for e in candidates if (_gender_of(e) or told_gender(e, doc)) == said]
        candidates = told if len(told) == 1 else candidates  # the one known, or told of, as he or she
    if m.gender:  # the gender known, or given by an honorific already joined ("Mr. Khan")
        candidates = [e for e in candidates if _gender_of(e) in (None, m.gender)]
        if not candidates:
            return None
        titled = [e for e in candidates if any(x.gender == m.gender and x.start < m.start and len(x.text.split()) == 1
                                              for x in e.mentions)]
        if len(titled) == 1:  # "Mrs. Clinton" goes on as before, whoever else "Clinton" the text names
            return titled[0]  # ("... a visit by Chelsea Clinton. Mrs. Clinton replied")
    generation = generation_pick(m, candidates, doc)
    if generation is not None:  # "The elder Bellandi" after "his father, chairman Carlo Bellandi"
        return generation
    title = _title_before(doc, m.start)
    if title:
        held = [e for e in candidates if any(x.start < m.start and _titled(doc, x, title) for x in e.mentions)]
        if len(held) == 1:
            return held[0]
    near = named_near(m, candidates, doc) if family else [
        e for e in candidates if any(m.sent - 1 <= x.sent <= m.sent and x.start < m.start
                                     and len(x.text.split()) > 1 for x in e.mentions)]
    if len(near) == 1 or family and near:
        return min(near, key=_first_start)  # ("Ms. Park" after "Park Ji-yeon, the daughter of Park Dong-hoon")
    return (last_named(m, candidates) if family else None) or min(candidates, key=_first_start)


def _gender_of(ent: Entity) -> str | None:
    """An entity's gender, or the one a mention of it gave."""
    return ent.gender or next((x.gender for x in ent.mentions if x.gender), None)


def _first_start(ent: Entity) -> int:
    """Where an entity is first mentioned (token index), or past any text when not yet."""
    return min((x.start for x in ent.mentions), default=10 ** 9)


def _assign(m: Mention, ent: Entity) -> None:
    m.entity = ent
    ent.mentions.append(m)
    ent.mentions.sort(key=lambda x: x.start)
    ent.add_name(m.text)


def _cluster_people(doc: Doc, mentions: list[Mention], people: list[Entity]) -> list[Mention]:
    """Cluster multi-word person names, then the one-word ones in document order."""
    multi = [m for m in mentions if m.label == "PERSON" and len(_core(_words(m.text))) > 1]
    whole = _whole_names(doc, multi)
    for m in sorted(multi, key=lambda m: (-len(_words(m.text)), m.start)):
        words = _words(m.text)
        found = [e for e in people if _person_matches(_core(words), e, whole)  # "Donald Trump" is not "Donald Trump
                 and all(_suffix(_words(n)) == _suffix(words) for n in e.names if len(_words(n)) > 1)]  # Jr."
        ent = found[0] if found else Entity(kind="person", named=True)
        if not found:
            people.append(ent)
        _assign(m, ent)
    for ent in people:
        infer_gender(ent)
    return [m for m in mentions if m.entity is None]


def _merge_nicknamed(people: list[Entity], nicknames: dict[str, Entity]) -> None:
    """A person known only by a nickname of two words or more, which the model tagged and
    clustered on its own ("“...,” El Abuelo told Reuters"), is the person the nickname was
    given to ("José María Techera, ... known throughout the industry as “El Abuelo”")."""
    for ent in list(people):
        owner = next((nicknames[n] for n in ent.names if n in nicknames), None)
        if owner is None or owner is ent or not all(n in nicknames for n in ent.names):
            continue
        for m in list(ent.mentions):
            _assign(m, owner)
        people.remove(ent)


def _handle_owner(m: Mention, people: list[Entity]) -> Entity | None:
    """The one person a social-media handle spells ("@garrettkolby" for Garrett Kolby,
    "@SenOkonkwoHale" for Patricia Okonkwo-Hale): their whole name run together, or a surname
    of five letters or more it ends in."""
    if not m.text.startswith("@"):
        return None
    handle = _letters(m.text)
    found = [e for e in people if any(_letters(n) == handle or len(_letters(n.split()[-1])) >= _HANDLE_SURNAME
                                      and handle.endswith(_letters(n.split()[-1])) for n in e.names if n.split())]
    return found[0] if len(found) == 1 else None


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


_HANDLE_SURNAME = 5


def _whole_names(doc: Doc, multi: list[Mention]) -> frozenset[tuple[str, ...]]:
    """Names of four words or more that the person may be called by the first two or three
    of ("Mian Tariq Mehmood Bhatti", "Mian Tariq"): written in a sentence of running text
    (not a title-case headline: "Chris Christie Address Heroin Epidemic"), of name words only,
    none a title's or a body's ("Hillary Clinton Foundation") or written in lower case in the
    article ("Gabrielle Hatcher, Age 20")."""
    long = [m for m in multi if len(_core(_words(m.text))) >= _WHOLE_MIN]
    lower = lower_case_words(doc) if long else frozenset()
    out = set()
    for m in long:
        words = _core(_words(m.text))
        if not _plain_name(words) or _title_case(doc[m.start].sent) or any(
                role_noun(w) or w.lower() in org_words() or w.lower() in lower for w in m.text.split()):
            continue
        out.add(tuple(words))
    return frozenset(out)


def _title_case(sent) -> bool:
    """Whether a sentence reads as a headline: most of its words outside names capitalised,
    or fewer than three such words."""
    words = [t for t in sent if t.is_alpha and not t.ent_type_]
    return len(words) < _HEADLINE_WORDS or sum(1 for t in words if t.text[:1].isupper()) * 2 > len(words)


_HEADLINE_WORDS = 3


_WHOLE_MIN = 4


def _person_for_single(m: Mention, people: list[Entity], doc: Doc) -> Entity | None:
    words = _core(_words(m.text))
    if len(words) != 1:
        return None
    key = surname_key(words[0])
    family = [e for e in people if any(len(w := _words(n)) > 1 and w[0] == words[0] for n in e.names)]
    if family_named(words[0], family):
        return _pick(m, family, doc, family=True)  # "Lee" of "Lee Hye-won" and "Lee Jun-ho"
    by_last = [e for e in people if key in {surname_key(_core(_words(n))[-1]) for n in e.names}]
    if by_last:
        fathers = [e for e in people if e not in by_last and _father_surname(words[0], e)]
        if fathers and all(_father_surname(_surname_before(words[0], e), e) for e in by_last):
            return _pick(m, fathers, doc)  # "Medina": Arturo Medina Lozano, not Ernesto Salgado Medina
        ends = any(len(w := _core(_words(n))) > 1 and surname_key(w[-1]) == key for e in by_last for n in e.names)
        return _father_before(m, words[0], by_last, people) or _pick(m, by_last + ([] if ends else fathers), doc)
        # (and those with it first where no full name ends in it: "Magistrate Herrera", "Carlos Herrera Soto")
    by_first = [e for e in people if any(len(_words(n)) > 1 and _words(n)[0] == words[0] for n in e.names)]
    given = first_names().get(words[0])  # "Maria" is not the man "Jose Maria Garcia"
    by_inner = [e for e in people if any(words[0] in _core(_words(n))[1:-1] and words[0] not in PARTICLES
                                         for n in e.names if _plain_name(_core(_words(n))))
                and not (given and e.gender and e.gender != given)]
    if len(by_first) == 1 and not (m.label == "GPE" and capital_country(m.text)):  # not "Santiago said" (Chile)
        # ("Casals" of "Casals Vilaró" and "Alfons Casals Mora": the first surname)
        others = [e for e in by_inner if e is not by_first[0] and _father_surname(words[0], e)]
        return _pick(m, by_first + others, doc) if others else by_first[0]
    own = [e for e in people if any(_before_patronymic(words[0], _core(_words(n))) for n in e.names)]
    if len(own) == 1 and (m.label == "PERSON" or m.subject):
        return own[0]  # "Seria said", after "Awang Seria bin Haji Othman", though a town is called so
    if len(by_inner) == 1 and (m.label == "PERSON" or _father_surname(words[0], by_inner[0])):
        return by_inner[0]  # "Lula" for "Luiz Inacio Lula da Silva", "Acosta" for "Melba Acosta Febo"
    if len(by_inner) > 1 and all(m.label == "PERSON" or _father_surname(words[0], e) for e in by_inner):
        before = [e for e in by_inner if _first_start(e) < m.start]  # "Henríquez" of "Camila Henríquez Soto",
        if len(before) == 1:  # her cousin "Rodrigo Henríquez Larraín" named later
            return before[0]
    if m.label != "PERSON" or len(words[0]) < _TYPO_MIN_LEN or word_count(m.text, doc_text(doc)) > 1:
        return None  # a typo is a one-off; a repeated one-word name is someone else
    typo = [e for e in people if any(len(_words(n)) > 1 and surname_typo(words[0], _core(_words(n))[-1])
                                     for n in e.names)]
    return typo[0] if len(typo) == 1 else None


def _father_before(m: Mention, word: str, by_last: list[Entity], people: list[Entity]) -> Entity | None:
    """The one person named before a lone surname with it as the first of two surnames, where
    everyone it ends the name of comes later ("Defence Minister Rafael Almonte Peña said ...
    Almonte told reporters", long before "Colonel Héctor Almonte")."""
    if any(_first_start(e) < m.start for e in by_last):
        return None
    before = [e for e in people if _first_start(e) < m.start and _father_surname(word, e)]
    return before[0] if len(before) == 1 else None


def _surname_before(word: str, ent: Entity) -> str:
    """The first of two surnames a person's name ends in, the second being ``word``, else ""."""
    return next((f[-2] for f in (_core(_words(n)) for n in ent.names) if len(f) >= 3 and f[-1] == word), "")


def _father_surname(word: str, ent: Entity) -> bool:
    """Whether a word the model called a body is the first of a person's two surnames, the one
    a Spanish name is shortened to ("Vázquez" for "Ana Isabel Vázquez Cintrón")."""
    return any(len(full) >= 3 and full[-2] == word and full[0] in given_names() and "-" not in full[-1]
               for full in (_core(_words(n)) for n in ent.names))  # (not "Kenneth Chan Ho-yin")


def _which_after(doc: Doc, m: Mention) -> bool:
    """A subject name set off before "which", which takes up no person ("Lumora, which handles
    nine in ten searches, has denied"; not "a letter to Obama, which was first reported")."""
    head = doc[m.head]
    return m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "which" \
        and head.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "relcl" and c.left_edge.i == m.end + 1
                                                         for c in head.children)


def _particle_surname(m: Mention, people: list[Entity]) -> Entity | None:
    """The one person a surname opened by a particle ends the name of, whatever the model
    called it ("[Du Plessis] said", an organisation, after "Karin du Plessis")."""
    words = _core(_words(m.text))
    if len(words) < 2 or words[0] not in PARTICLES:
        return None
    found = [e for e in people if any(len(full := _core(_words(n))) > len(words) and full[-len(words):] == words
                                      for n in e.names)]
    return found[0] if len(found) == 1 else None


def _full_name_of(m: Mention, people: list[Entity], doc: Doc) -> Entity | None:
    """The one person set off as someone whose name, in full or up to "bin"/"binti", the model
    called a body ("[Daur Tarba] said" after "Daur Tarba, a 34-year-old history teacher"; "[Nurul
    Ain]" after "Nurul Ain binti Abdullah, a nurse"; not "De Ochtendbode", a paper)."""
    words = _core(_words(m.text))
    found = [e for e in people if m.label == "ORG" and any(_core(_words(n))[:len(words) + 1] in (words, words + [link])
                                                           for n in e.names for link in ("bin", "binti"))
             and any(x.end + 1 < len(doc) and doc[x.end].text == "," and doc[x.end + 1].lower_ in ("a", "an", "who")
                     for x in e.mentions)]
    return found[0] if len(found) == 1 else None


def _plain_name(words: list[str]) -> bool:
    """A name of three words or more made of name words only, not a headline the model
    took for one ("Will Twitter Be Next", "Donald Trump 384")."""
    return len(words) > 2 and all(w.isalpha() and (w in PARTICLES or w not in STOP_WORDS)
                                  for w in (x.replace("-", "").replace(".", "") for x in words))


def cluster_names(ctx: Context, mentions: list[Mention]) -> list[Entity]:
    """Group name mentions into entities (sets ``mention.entity``); entities in order of first mention."""
    people: list[Entity] = []
    rest = _cluster_people(ctx.doc, [m for m in mentions if m.label != PARTY], people)
    others: list[Entity] = cluster_parties(ctx, mentions)
    _kunya_aliases(ctx.doc, mentions, people)
    nicknames = other_names(ctx.doc, mentions, rest)
    _merge_nicknamed(people, nicknames)
    for m in sorted(rest, key=lambda m: (m.gender is None, m.start)):  # "Mr. Obama" before a bare "Obama"
        single = m.label == "PERSON" or len(_words(m.text)) == 1
        ent = nicknames.get(m.text) or bracketed(m, rest, ctx.doc) or _handle_owner(m, people) \
            or (_person_for_single(m, people, ctx.doc) if single else _particle_surname(m, people)
                or _full_name_of(m, people, ctx.doc))
        if ent is None and m.label == "PERSON":
            ent = Entity(kind="person", named=True, gender=m.gender)
            people.append(ent)
        if ent is None:
            ent = org_or_place(m, others, doc_text(ctx.doc))
            if ent.kind == "organisation" and ent.country is None:
                ent.country = _country_before(ctx.doc, m)
        _assign(m, ent)
    for ent in people:
        if ent.gender is None and not any(len(w := _words(n)) > 1 and w[0] in given_names() for n in ent.names) \
                and any(_which_after(ctx.doc, x) for x in ent.mentions):
            ent.kind = "organisation"  # "Lumora's deals ... Lumora, which handles nine in ten searches";
            # "Nordkyst Sjømat, which operates more than 60 licences"
    for m, candidates in _surname_mentions(ctx, mentions, people):
        ent = _pick(m, candidates, ctx.doc)
        if ent is not None:
            _assign(m, ent)
            mentions.append(m)
    mentions.sort(key=lambda m: m.start)
    for ent in others:
        if ent.kind == "organisation" and any(dateline_city(ctx.doc, x) for x in ent.mentions):
            ent.kind = "place"  # "PIRAEUS, Greece —", which the model calls an organisation
    ents = people + others
    ents.sort(key=lambda e: e.mentions[0].start)
    return ents


def _kunya_aliases(doc: Doc, mentions: list[Mention], people: list[Entity]) -> None:
    """A person's name by their child ("Hassan Shami, ... known to his neighbours as [Abu Ali]"), or
    with a word of respect ("known to all as [Dona Ciça]"), which clusters as a name of its own:
    each of its mentions moves to the person it names."""
    kunya = [m for m in mentions if m.entity is not None and m.entity.kind == "person"
             and len(_words(m.text)) in (2, 3) and (_words(m.text)[0] in FOLK_TITLES or len(_words(m.text)) == 2
                                                     and nickname_noun_before(doc, m.start))]
    for text, owner in other_names(doc, mentions, kunya).items():
        for m in [m for m in kunya if m.text == text and m.entity is not owner]:
            old = m.entity
            old.mentions.remove(m)
            if not old.mentions and old in people:
                people.remove(old)
            _assign(m, owner)


def _surname_mentions(ctx: Context, mentions: list[Mention],
                      people: list[Entity]) -> list[tuple[Mention, list[Entity]]]:
    """Lone capitalised words that repeat a known person's surname (or miss it by one letter:
    "Wines" for "Wimes") but that NER missed, with the people they may refer to."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    surnames: dict[str, list[Entity]] = {}
    for e in people:
        for n in e.names:
            if len(_core(_words(n))) > 1 or any(m.label == "PERSON" for m in e.mentions):
                owners = surnames.setdefault(surname_key(_core(_words(n))[-1]), [])
                if e not in owners:
                    owners.append(e)
    out = []
    for tok in ctx.doc:
        low = tok.lower_.strip(".")
        if tok.i in covered or not tok.text[:1].isupper():
            continue
        if _in_proper_run(ctx, tok):
            full = _given_of(ctx, tok, surnames.get(low, []), covered)
            if full is not None:
                out.append(full)
            continue
        found = surnames.get(low)
        if not found and len(low) >= _TYPO_MIN_LEN and ctx.is_subject(tok) and not any(
                c.dep_ == "det" for c in tok.children) and word_count(tok.text, doc_text(ctx.doc)) == 1:
            typos = [k for k in surnames if surname_typo(low, k)]
            found = surnames[typos[0]] if len(typos) == 1 else None
        if found:
            tokens, gender = _clean([tok])
            out.append((_mention(ctx, tokens, "PERSON", gender), found))
    return out


def _given_of(ctx: Context, tok: Token, owners: list[Entity],
              covered: set[int]) -> tuple[Mention, list[Entity]] | None:
    """"[Naureen] Jahangir, a Sanders supporter" where NER found only a later "Jahangir": the
    one person known by that surname alone, named in full where the model missed it (a
    capitalised word of no entity compounded onto the surname, and nothing capitalised after)."""
    doc = ctx.doc
    if len(owners) != 1 or any(len(_core(_words(n))) > 1 for n in owners[0].names) or tok.i < 1:
        return None
    prev = doc[tok.i - 1]
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if (prev.i in covered or tok.ent_type_ or not loose_given(prev, tok.i, tok.i + 1) or prev.lower_ in STOP_WORDS
            or prev.lower_ in gender_words() or nxt is not None and nxt.text[:1].isupper()):
        return None
    if any(t.lower_ == prev.lower_ and t.text.islower() for t in doc) or not (
            tok.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "appos" for c in tok.children)):
        return None  # "[Outside] Carrier's plant": a name is introduced as a subject or described
    tokens, gender = _clean([prev, tok])
    return (_mention(ctx, tokens, "PERSON", gender), owners) if len(tokens) == 2 else None


def _in_proper_run(ctx: Context, tok: Token) -> bool:
    """Whether a capitalised word is part of a longer capitalised name ("Dean Smith")."""
    doc = ctx.doc
    nxt = tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()
    prev = tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and not tok.is_sent_start and not (
        doc[tok.i - 1].lower_ in gender_words() or role_noun(doc[tok.i - 1].text))
    return nxt or prev


def _country_before(doc, m: Mention) -> str | None:
    """The country an organisation's name is owned by or named with, a country word right
    before it: "Russia's Defence Ministry"."""
    k = m.start - 1
    if k >= 1 and doc[k].tag_ == "POS":
        k -= 1  # "Russia['s]"
    if k < 0 or doc[k].ent_type_ not in ("NORP", "GPE"):
        return _owner_over_modifiers(doc, m.start)
    return country_code(doc[k].text)


def _owner_over_modifiers(doc, start: int) -> str | None:
    """The country whose possessive opens the phrase before a name, over a few lower-case
    words: "India's main opposition [Congress party]"."""
    k = start - 1
    while k >= start - 3 and k > 1 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN"):
        k -= 1
    if k == start - 1 or doc[k].tag_ != "POS" or doc[k - 1].ent_type_ != "GPE":
        return None
    return country_code(doc[k - 1].text)
