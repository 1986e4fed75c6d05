"""Event-cue lexicon and the CAMEO <-> PLOVER ontology.

Cue verbs and nouns map to CAMEO codes (3-4 digits); the 2-digit root gives the PLOVER
type, the CAMEO2PLOVER table gives the mode of a sub-code. STATEMENT (CAMEO 01) and
APPEAL (CAMEO 02), which PLOVER dropped, are kept as types of their own and mapped to
PLOVER only on export (:func:`plover_export_type`).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = [
    "Lexicon", "load_lexicon", "plover_type", "plover_mode", "cameo_class", "plover_export_type",
    "PLOVER_TYPES", "EVENT_TYPES", "ROOT_TYPES", "TYPE_ROOT", "QUAD",
]

DATA = Path(__file__).resolve().parent / "data"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
EVENT_TYPES = ("STATEMENT", "APPEAL") + PLOVER_TYPES

ROOT_TYPES = {
    "01": "STATEMENT", "02": "APPEAL", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT",
    "06": "COOPERATE", "07": "AID", "08": "RETREAT", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE",
    "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION",
    "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}
# The CAMEO root a type is given when it has to be invented (no cue code).
TYPE_ROOT = {
    "STATEMENT": "01", "APPEAL": "02", "AGREE": "03", "CONSULT": "04", "SUPPORT": "05",
    "COOPERATE": "06", "AID": "07", "RETREAT": "08", "CONCEDE": "08", "ACCUSE": "11",
    "REQUEST": "10", "REJECT": "12", "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15",
    "SANCTION": "16", "COERCE": "17", "ASSAULT": "19",
}
QUAD = {
    "Verbal cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    "Material cooperation": ("COOPERATE", "AID", "RETREAT"),
    "Verbal conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    "Material conflict": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}


def cameo_class(root: str | None) -> int | None:
    """The PentaClass of a CAMEO root: 01-02 -> 0, 03-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    if not root or not root[:2].isdigit():
        return None
    r = int(root[:2])
    for cls, top in enumerate((2, 5, 8, 13, 20)):
        if r <= top:
            return cls if r >= 1 else None
    return None


@lru_cache(maxsize=1)
def _c2p() -> dict[str, list[str | None]]:
    table = json.loads((DATA / "cameo2plover.json").read_text(encoding="utf-8"))
    # The manual's SANCTION section codes international sanctions as SANCTION-discontinue,
    # where the 2021 table lists 163 under COERCE: the manual wins.
    table["163"] = ["SANCTION", "discontinue", "diplomatic"]
    return table


def plover_type(code: str) -> str:
    """Event type of a CAMEO code: the CAMEO2PLOVER row of the (longest) code, else the
    root's type (081-083 CONCEDE, the rest of 08 RETREAT; 01 STATEMENT, 02 APPEAL)."""
    table = _c2p()
    for n in (4, 3):
        row = table.get(code[:n])
        if row is not None and len(code) >= n and row[0] in PLOVER_TYPES:
            return row[0]
    root = code[:2]
    if root == "08" and len(code) >= 3 and code[2] in "123":
        return "CONCEDE"
    return ROOT_TYPES.get(root, "STATEMENT")


def plover_mode(code: str) -> str | None:
    """PLOVER mode of a CAMEO sub-code from the CAMEO2PLOVER table (None when it has none)."""
    table = _c2p()
    for n in (4, 3):
        row = table.get(code[:n])
        if row is not None and len(code) >= n:
            return row[1]
    return None


def plover_context(code: str) -> str | None:
    """PLOVER context of a CAMEO sub-code (None when the table gives none)."""
    table = _c2p()
    for n in (4, 3):
        row = table.get(code[:n])
        if row is not None and len(code) >= n:
            return row[2]
    return None


def plover_export_type(event_type: str, cameo: str | None = None) -> str:
    """The PLOVER event of a quotegraph type: APPEAL -> REQUEST; STATEMENT stays STATEMENT
    (PLOVER has no category for plain statements) except for the sub-codes PLOVER's notes
    suggest: 015 acknowledge -> CONCEDE, 016 deny -> REJECT, 018/019 empathy/accord -> SUPPORT."""
    if event_type == "APPEAL":
        return "REQUEST"
    if event_type == "STATEMENT" and cameo:
        return {"015": "CONCEDE", "016": "REJECT", "018": "SUPPORT", "019": "SUPPORT"}.get(cameo[:3], "STATEMENT")
    return event_type


def _read_tsv(path: Path) -> Iterable[list[str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@dataclass
class Lexicon:
    """Verb and noun cues with their CAMEO codes, and the verb-pattern refinements."""

    verbs: dict[str, str | None] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)
    patterns: dict[str, list[tuple[list[str], list[str], str | None]]] = field(default_factory=dict)
    synsets: dict[str, set[str]] = field(default_factory=dict)
    overrides: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # lemma -> (type, mode)
    strong: set[tuple[str, str]] = field(default_factory=set)  # (lemma, code) of hand-made patterns
    ending_verbs: set[str] = field(default_factory=set)  # "lift", "call off", "suspend" ...
    endings: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # noun -> (code, type) when ended

    def verb_code(self, lemma: str, before: set[str], after: set[str]) -> str | None:
        """CAMEO code of a verb given the words before and after it in its clause.

        A dictionary pattern all of whose words occur on their sides wins over the default
        (the longest such pattern) when it keeps the default's root, or when it is one of
        the hand-made ``patterns.tsv``; a PETRARCH pattern with no code does not veto.
        """
        best: tuple[int, str | None] | None = None
        for pre, post, code in self.patterns.get(lemma, ()):
            if not pre and not post:
                continue
            if all(self._has(w, before) for w in pre) and all(self._has(w, after) for w in post):
                size = len(pre) + len(post)
                if best is None or size > best[0]:
                    best = (size, code)
        default = self.verbs.get(lemma)
        if best is None or best[1] is None:
            return default  # PETRARCH's "no event" patterns match too loosely here to veto
        if default is None or default[:2] in ("01", best[1][:2]) or (lemma, best[1]) in self.strong:
            return best[1]
        return default

    def _has(self, word: str, bag: set[str]) -> bool:
        if word.startswith("&"):
            return any(w in bag for w in self.synsets.get(word[1:], ()))
        return word in bag

    def is_cue(self, lemma: str) -> bool:
        """Whether the lemma has any verb entry (default code or patterns)."""
        return lemma in self.verbs or lemma in self.patterns


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged lexicon: PETRARCH-2 verbs overlaid with the hand-made cues."""
    raw = json.loads((DATA / "verbs.json").read_text(encoding="utf-8"))
    syn = json.loads((DATA / "synsets.json").read_text(encoding="utf-8"))
    lex = Lexicon(synsets={k: set(v) for k, v in syn.items()})
    for lemma, entry in raw.items():
        lex.verbs[lemma] = entry["code"]
        if entry["patterns"]:
            lex.patterns[lemma] = [(p[0], p[1], p[2]) for p in entry["patterns"]]
    for row in _read_tsv(DATA / "cues.tsv"):
        lemma, pos, code = row[0], row[1], row[2]
        (lex.verbs if pos == "V" else lex.nouns)[lemma] = code
        if len(row) > 3 and row[3]:
            lex.overrides[f"{pos}:{lemma}"] = (row[3], row[4] if len(row) > 4 and row[4] else None)
    for row in _read_tsv(DATA / "patterns.tsv"):
        lex.patterns.setdefault(row[0], []).append(([], row[1].split(), row[2]))
        lex.strong.add((row[0], row[2]))
    for row in _read_tsv(DATA / "reversals.tsv"):
        if row[0] == "V":
            lex.ending_verbs.add(row[1])
        else:
            lex.endings[row[0]] = (row[1], row[2] if len(row) > 2 and row[2] else None)
    return lex
