"""Reporting participles that open a second report by the same source: "..., he said
adding that X" and "said that ..., rejecting suggestions that ..."."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .link import Link
from .recall import cue_verbs, data_words

__all__ = ["split_participles"]


def split_participles(doc: Doc, links: list[Link]) -> list[Link]:
    """"..., he said adding that X": a content that opens with a reporting
    participle is a second report by the same source, and the first cue's
    content is left for the parse to find."""
    verbs = cue_verbs()
    out: list[Link] = []
    for link in links:
        out.append(link)
        trailing = _trailing_participle(doc, link)
        if trailing is not None:
            out.append(trailing)
            continue
        if len(link.content) != 1 or link.content[0].start != link.cue.end:
            continue
        con = link.content[0]
        first = doc[con.start]
        if first.tag_ == "VBG" and first.lemma_.lower() in verbs and len(con) >= 4:
            out.append(Link(cue=Span(doc, first.i, first.i + 1, label="CUE"), source=link.source,
                            content=[Span(doc, con.start + 1, con.end, label="CONTENT")],
                            inherited_from=link))
            link.content = []
    return out


# reporting participles that open a second report of the same source after a comma
_PARTICIPLE_CUES = frozenset({"reject", "dismiss", "call", "cite", "describe", "praise", "criticize", "criticise",
                              "blame", "accuse", "urge", "warn", "deny", "insist", "vow", "promise", "argue"})


def _trailing_participle(doc: Doc, link: Link) -> Link | None:
    """"said that Ukraine would never recognise ..., [rejecting] suggestions that ...": a
    reporting participle after a comma in an unquoted content is a second report by the same
    source (train gold splits it off 291 times, keeps it inside 13), which takes the rest."""
    if len(link.content) != 1 or link.source is None or link.source.end > link.cue.start:
        return None  # not "..., alleging that ..., according to a document"
    con = link.content[0]
    if any(t.is_quote or t.text in ("“", "”") for t in con):
        return None
    verbs = _PARTICIPLE_CUES | data_words("nested_cue_verbs.txt")  # speech, not "showing" or "finding"
    verb = next((t for t in con[3:] if t.tag_ == "VBG" and t.dep_ == "advcl" and doc[t.i - 1].text == ","
                 and t.lemma_.lower() in verbs and con.start < t.head.i < t.i), None)
    if verb is None or con.end - verb.i < 3:
        return None
    link.content = [Span(doc, con.start, verb.i - 1, label="CONTENT")]
    return Link(cue=Span(doc, verb.i, verb.i + 1, label="CUE"), source=link.source,
                content=[Span(doc, verb.i + 1, con.end, label="CONTENT")], inherited_from=link)
