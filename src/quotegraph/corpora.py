"""Readers for annotated corpora used in training and evaluation.

PolNeAR (brat standoff): one ``text/<article>.txt`` per article and one or more
``attributions/<article>_<annotator>.ann`` files. Where several annotators
annotated an article, the first file in sorted order is used.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["GoldAttribution", "GoldArticle", "read_polnear", "parse_brat"]

_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


@dataclass(frozen=True)
class GoldAttribution:
    id: str
    source: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    content: tuple[tuple[int, int], ...]


@dataclass
class GoldArticle:
    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def parse_brat(ann: str) -> list[GoldAttribution]:
    """Parse a PolNeAR brat file into attributions (event lines joined to spans)."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in ann.splitlines():
        m = _T_LINE.match(line)
        if m:
            offs = tuple(
                (int(a), int(b))
                for a, b in (part.split() for part in m.group(3).strip().split(";"))
            )
            spans[m.group(1)] = (m.group(2), offs)
            continue
        m = _E_LINE.match(line)
        if m:
            args = [tuple(a.split(":", 1)) for a in m.group(2).split()]
            events.append((m.group(1), [a for a in args if len(a) == 2]))
    out = []
    for eid, args in events:
        roles: dict[str, list[tuple[int, int]]] = {"Source": [], "Cue": [], "Content": []}
        if not args or not args[0][0].startswith("Attribution"):
            continue
        for role, tid in args[1:]:
            base = role.rstrip("0123456789")
            if base in roles and tid in spans:
                roles[base].extend(spans[tid][1])
        out.append(
            GoldAttribution(
                id=eid,
                source=tuple(sorted(roles["Source"])),
                cue=tuple(sorted(roles["Cue"])),
                content=tuple(sorted(roles["Content"])),
            )
        )
    out.sort(key=lambda a: min([s for s, _ in a.cue + a.content + a.source] or [0]))
    return out


def read_polnear(split_dir: str | Path) -> list[GoldArticle]:
    """Read a PolNeAR split folder (``text/`` and ``attributions/``)."""
    root = Path(split_dir)
    first: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        first.setdefault(name, ann)
    articles = []
    for name in sorted(first):
        text_path = root / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        attrs = parse_brat(first[name].read_text(encoding="utf-8"))
        articles.append(GoldArticle(name=name, text=text, attributions=attrs))
    return articles
