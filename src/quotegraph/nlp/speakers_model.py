"""The working records of speaker resolution: roles, entities, mentions and the
per-article context (sentences, quoted regions, statement contents).

Plain dataclasses over token indices of one spaCy ``Doc``; nothing here decides
anything, it only answers questions about positions.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..records import Statement
from .doctext import doc_text
from .syntax import DASHES, aged

__all__ = ["Role", "Party", "Entity", "Mention", "Context", "quoted_regions", "and_list"]


@dataclass
class Role:
    """A description of an entity found in the text ("spokesman for the campaign")."""

    text: str
    noun: str  # the role noun, lowercase ("spokesman")
    mods: frozenset[str]  # lowercase modifiers ("former", "republican")
    affiliation: str | None
    country: str | None
    at: int  # token index where it was found
    weight: int = 1  # 2 for roles found next to a name, 1 for inferred ones, 0 for a second coordinated one


@dataclass(frozen=True)
class Party:
    """A political party the text ties a person to ("Republican Donald Trump")."""

    key: str  # one key per party, whatever the form ("cdu", "Christian Democrat")
    name: str  # the affiliation shown ("Republican Party")
    country: str | None


@dataclass(eq=False)
class Entity:
    """Something that can speak: a named person or organisation, or an unnamed one."""

    kind: str  # "person" | "organisation" | "place" | "group" | "thing"
    named: bool
    names: list[str] = field(default_factory=list)
    gender: str | None = None
    plural: bool = False
    roles: list[Role] = field(default_factory=list)
    mentions: list["Mention"] = field(default_factory=list)
    label: str | None = None  # the description of an unnamed entity ("a source")
    country: str | None = None
    members: list["Entity"] = field(default_factory=list)  # for "A and B" groups
    owner: "Entity | None" = None  # for "the Trump campaign": Trump
    party: Party | None = None  # the first party the text ties a person to
    member_of: str | None = None  # "Michael O'Hanlon of the Brookings Institution"

    def add_name(self, name: str) -> None:
        """Record a name form (once, in order of appearance)."""
        if name and name not in self.names:
            self.names.append(name)

    def canonical(self) -> str | None:
        """The fullest name form: most words, then longest, then not in capitals (a dateline's
        "BEIJING"), then earliest."""
        if not self.named or not self.names:
            return None
        order = {n: i for i, n in enumerate(self.names)}
        return max(self.names, key=lambda n: (len(n.split()), len(n), not n.isupper(), -order[n]))

    def role_nouns(self) -> set[str]:
        """The role nouns of the entity's descriptions ("spokesman", "mayor")."""
        return {r.noun for r in self.roles}


@dataclass(eq=False)
class Mention:
    """One place where an entity is (or may be) referred to."""

    start: int  # token index, inclusive
    end: int  # token index, exclusive
    head: int
    sent: int
    kind: str  # "name" | "pronoun" | "nominal" | "relative" | "first"
    subject: bool
    quoted: bool
    source: bool = False
    entity: Entity | None = None
    gender: str | None = None  # from an honorific right before a name
    text: str = ""  # the name as written, for name mentions
    label: str = ""  # "PERSON" | "ORG" | "GPE" for name mentions


_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("''", "''"), ("``", "''"))


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Character regions inside double quotation marks (straight, curly, doubled single).

    Quotes do not run past a blank line unless the next paragraph re-opens them.
    """
    regions: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        seg, base = para.group(0), para.start()
        for op, cl in _QUOTE_PAIRS:
            pos = 0
            while (i := seg.find(op, pos)) >= 0:
                j = seg.find(cl, i + len(op))
                end = j if j >= 0 else len(seg)
                regions.append((base + i, base + end + (len(cl) if j >= 0 else 0)))
                pos = end + len(cl)
        marks = [m.start() for m in re.finditer('"', seg)]
        for a, b in zip(marks[::2], marks[1::2] + [len(seg)] * (len(marks) % 2)):
            regions.append((base + a, base + b + 1))
    return sorted(regions)


@dataclass
class Context:
    """Positions of one article: sentences (split at paragraph breaks too), quotes and
    statement contents."""

    doc: Doc
    statements: list[Statement]
    sent_of: list[int] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # token start offsets, filled on first use
    breaks: list[int] = field(default_factory=list)  # line-break offsets, filled on first use
    told: dict[int, bool] = field(default_factory=dict)  # sentence -> has a word outside quotes, on first use

    @classmethod
    def build(cls, doc: Doc, statements: list[Statement]) -> "Context":
        """Index a parsed article and its statements."""
        ctx = cls(doc, statements)
        ctx.sent_of = [0] * len(doc)
        k = -1
        for sent in doc.sents:
            k += 1
            ctx.sent_starts.append(sent.start)
            for i in range(sent.start, sent.end):
                if i > sent.start and "\n" in doc[i - 1].text_with_ws and not doc[i].is_space:
                    k += 1  # a paragraph break the parser did not split at
                    ctx.sent_starts.append(i)
                ctx.sent_of[i] = k
        ctx.quotes = quoted_regions(doc_text(doc))
        return ctx

    def paragraph(self, char: int) -> int:
        """The number of the paragraph (line) a character offset is in."""
        if not self.breaks:
            text = doc_text(self.doc)
            self.breaks = [i for i, ch in enumerate(text) if ch == "\n"] or [len(text) + 1]
        return bisect_right(self.breaks, char)

    def told_since(self, a: int, b: int) -> int:
        """How many of the sentences after ``a`` up to ``b`` have a word outside quotation
        marks: sentences back, not counting those all quoted ("“...,” the judgment said.
        “...”")."""
        n = 0
        for k in range(a + 1, b + 1):
            if k not in self.told:
                end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.doc)
                self.told[k] = any(t.is_alpha and not self.in_quote(t.idx) for t in self.doc[self.sent_starts[k]:end])
            n += self.told[k]
        return n

    def in_quote(self, char: int) -> bool:
        """Whether a character offset lies inside quotation marks."""
        return any(a < char < b for a, b in self.quotes if a <= char)

    def in_content(self, char: int) -> bool:
        """Whether a character offset lies inside any statement's content."""
        return any(c.start <= char < c.end for st in self.statements for c in st.content)

    def containing_statements(self, start: int, end: int) -> list[int]:
        """Indices of statements whose content holds the char span, innermost first."""
        found = []
        for k, st in enumerate(self.statements):
            for c in st.content:
                if c.start <= start and end <= c.end:
                    found.append((c.end - c.start, k))
        return [k for _, k in sorted(found)]

    def token_at(self, char: int) -> int:
        """Index of the token that holds a character offset (the one before, in a gap)."""
        if not self.starts:
            self.starts = [t.idx for t in self.doc]
        return max(0, bisect_right(self.starts, char) - 1)

    def is_subject(self, tok: Token) -> bool:
        """Subject position, counting conjoined subjects and the possessor of a subject
        ("The president's roots ...")."""
        if tok.dep_ in ("conj", "poss"):
            return tok.head.dep_ in ("nsubj", "nsubjpass")
        if aged(tok) and tok.head.i > tok.i and (tok.head.pos_ in ("VERB", "AUX") or self._a_cue(tok.head)):
            return True  # "the 61-year-old said", which the parse reads as the verb's modifier (or a noun's)
        if tok.dep_ == "appos" and tok.head.is_upper and len(tok.head) > 1 and tok.head.dep_ == "ROOT" \
                and any(t.text in DASHES for t in tok.doc[tok.head.i + 1:tok.i]):
            return True  # "PIRAEUS, Greece — [Aegean Meridian Shipping], ..., filed": the dateline's "appositive"
        return tok.dep_ in ("nsubj", "nsubjpass", "csubj")

    def _a_cue(self, tok: Token) -> bool:
        """Whether a token lies in a statement's cue."""
        return any(st.cue is not None and st.cue.start <= tok.idx < st.cue.end for st in self.statements)


def and_list(names: list[str]) -> str:
    """A group's name from its members' ("A and B"; "A, B and C")."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
