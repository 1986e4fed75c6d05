"""Attributions that report nothing, which the tagger may still mark: a participle that only
gives a name ("a retired firefighter [named] Carl Benson"), a place or audience someone spoke
at or to ("spoke at a rally"), an "add" that puts something into something ("added 14 companies
to a list") and the writer's own "let's" (used by :mod:`.extract`)."""
from __future__ import annotations

from .link import Link

__all__ = ["adding_to", "hortative", "naming_participle", "speaking_venue"]

_NAMING = frozenset({"name", "call", "dub"})


def naming_participle(link: Link) -> bool:
    """"a retired firefighter [named] Carl Benson": a participle that gives someone's name
    reports nothing (train gold's "named" and "called" cues all have a speaker; "a paper
    titled ... by X" is X's, and stays)."""
    root = link.cue.root
    return len(link.cue) == 1 and root.tag_ == "VBN" and root.dep_ == "acl" and root.lemma_.lower() in _NAMING \
        and root.head.i == root.i - 1 and root.head.pos_ == "NOUN" \
        and link.source is None and len(link.content) == 1 \
        and all(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") or t.is_punct for t in link.content[0])


_VENUE_PREPS = frozenset({"at", "against", "before", "from"})
_AIR_NOUNS = frozenset({"radio", "television", "tv", "show", "program", "programme", "podcast", "air", "phone",
                        "camera", "stage", "panel", "network", "channel"})


def speaking_venue(link: Link) -> bool:
    """"spoke at a recent rally", "spoke against the backdrop of ...", "spoke to a gathering
    of ...", "speaking on the BBC's Match of the Day": a place, an audience or a programme is
    no report (not "spoke on the condition of anonymity", nor "speaks to [voters' fears]")."""
    cue = link.cue
    if len(cue) != 2 or cue[0].lemma_.lower() != "speak" or len(link.content) != 1:
        return False
    prep, obj = cue[1].lower_, link.content[0].root
    if obj.pos_ not in ("NOUN", "PROPN") or link.content[0].start != cue.end:
        return False
    if prep in _VENUE_PREPS:
        return True
    if prep in ("to", "with"):
        return cue[0].tag_ in ("VBD", "VBG", "VBN")  # "spoke to reporters"; the present "speaks to" is figurative
    named = obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "WORK_OF_ART", "PERSON")
    return prep == "on" and (named or obj.lower_ in _AIR_NOUNS)


def adding_to(link: Link) -> bool:
    """"Taiwan added 14 Chinese companies to a list", "added fuel to the fire": an "add" whose
    object is a thing put into something ("to ...") reports nothing; "added that ...", "added
    a warning: ..." keep their clause or quotation."""
    root = link.cue.root
    if len(link.cue) != 1 or root.lemma_.lower() != "add" or len(link.content) != 1:
        return False
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM")), None)
    into = next((c for c in root.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    content = link.content[0]
    return obj is not None and into is not None and obj.i < into.i and content.start <= obj.i < content.end \
        and not any(c.dep_ in ("ccomp", "xcomp") for c in root.children) \
        and not any(t.is_quote or t.text in "“‘\"" for t in content)


_HORTATIVE = frozenset({"'s", "’s", "us"})


def hortative(link: Link) -> bool:
    """"Let's say you think ...", "let us praise him": the "'s" or "us" of "let" is the
    writer inviting the reader, no one reported (train gold marks it a source 4 times
    in 68)."""
    src = link.source
    return (src is not None and len(src) == 1 and src[0].lower_ in _HORTATIVE
            and src.start > 0 and src.doc[src.start - 1].lower_ == "let")
