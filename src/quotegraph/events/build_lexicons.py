"""Compile the shared CAMEO / Phoenix dictionaries into the compact data files the coder reads.

Run once when the dictionaries change (the outputs are committed)::

    python -m quotegraph.events.build_lexicons ../shared/data

Writes ``src/quotegraph/events/data/``: ``verbs.json`` (PETRARCH-2 CAMEO.2.0 verb
dictionary: lemma -> default code and simplified patterns), ``synsets.json``,
``actors.json`` / ``agents.json`` (Phoenix named actors and agents -> country + sector) and
``cameo2plover.json`` (CAMEO code -> PLOVER event, mode, context). The dictionaries are
MIT-licensed (Open Event Data Alliance), the PLOVER table CC BY-SA 4.0; see ``data/NOTICE``.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
_CODE = re.compile(r"\[([^\]]*)\]")


def _clean_word(raw: str) -> str:
    """``CASH_`` / ``+AFGHAN_`` / ``ASK_FOR`` -> ``cash`` / ``afghan`` / ``ask for``."""
    return raw.strip().lstrip("+").rstrip("_").replace("_", " ").lower().strip()


def _code(text: str) -> str | None:
    """The event code of a ``[...]`` field: source side of ``042:043``; None for ``---``."""
    m = _CODE.search(text)
    if not m:
        return None
    val = m.group(1).strip().split(":")
    code = val[0] or (val[1] if len(val) > 1 else "")
    return code if code.isdigit() and len(code) >= 3 else None


def parse_synsets(lines: list[str]) -> dict[str, list[str]]:
    """``&NAME`` blocks -> member words (lower case, phrases with spaces)."""
    out: dict[str, list[str]] = {}
    current = None
    for line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            current = line[1:].strip().rstrip("_").lower()
            out[current] = []
        elif line.startswith("+") and current:
            word = line.split("{", 1)[0]
            out[current].append(_clean_word(word))
        elif not line.strip():
            current = None
    return out


def _pattern_tokens(side: str) -> list[str]:
    """Tokens of one side of a pattern: words, ``{phrase}`` as one token, ``&set`` kept."""
    side = re.sub(r"[()$+^%]", " ", side)
    toks: list[str] = []
    for m in re.finditer(r"\{([^}]*)\}|(\S+)", side):
        if m.group(1) is not None:
            toks.extend(w for w in (_clean_word(x) for x in m.group(1).split()) if w)
        elif m.group(2):
            w = m.group(2)
            toks.append("&" + w[1:].rstrip("_").lower() if w.startswith("&") else _clean_word(w))
    return [t for t in toks if t]


def parse_verbs(lines: list[str]) -> dict[str, dict[str, Any]]:
    """Verb blocks -> ``{lemma: {"code": default, "patterns": [[pre, post, code], ...]}}``."""
    verbs: dict[str, dict[str, Any]] = {}
    block_code: str | None = None
    members: list[str] = []
    for raw in lines:
        line = raw.rstrip()
        if line.startswith("---"):
            block_code = _code(line)
            members = []
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("-"):
            body, _, comment = line[1:].partition("#")
            code = _code(body)
            body = _CODE.sub("", body)
            if "*" not in body:
                continue
            pre, post = body.split("*", 1)
            owners = [_clean_word(comment.split()[0])] if comment.strip() else members
            owners = [o for o in owners if o in verbs] or members
            for verb in owners:
                verbs[verb]["patterns"].append([_pattern_tokens(pre), _pattern_tokens(post), code])
            continue
        body = line.split("#", 1)[0]
        word = _clean_word(re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", body))
        if not word:
            continue
        own = _code(body) if _CODE.search(body) else block_code
        verbs.setdefault(word, {"code": own, "patterns": []})
        members.append(word)
    return verbs


_SECTOR_MAP = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "INS": "REB", "SEP": "REB", "OPP": "OPP", "PTY": "PTY",
    "COP": "COP", "JUD": "JUD", "LEG": "LEG", "SPY": "SPY", "MED": "JRN", "HLH": "MED", "BUS": "BUS",
    "MNC": "BUS", "CVL": "CVL", "EDU": "EDU", "ELI": "ELI", "LAB": "LAB", "AGR": "AGR", "REF": "REF",
    "CRM": "CRM", "NGO": "NGO", "NGM": "NGO", "UAF": "UAF", "REL": "REL", "CHR": "REL", "MOS": "REL",
    "BUD": "REL", "HIN": "REL", "JEW": "REL", "ENV": "SOC", "HRI": "NGO", "IGO": "GOV", "SET": "CVL",
    "DEV": "SOC", "IMG": "REB", "SPE": "REB", "RAD": "REB", "MOD": "GOV", "PRM": "PRM",
}
_INTL = {"UNO": "UNO", "EUR": "EUR", "IGO": "IGO", "NGO": "NGO", "IMG": "IMG", "MNC": "MNC"}


def split_code(code: str) -> tuple[str | None, str | None]:
    """A CAMEO actor code (``IRNGOV``, ``IGOUNO``, ``~MIL``) -> (country, PLOVER sector)."""
    code = code.strip().lstrip("~")
    if not code:
        return None, None
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    if parts[0] in ("IGO", "NGO", "IMG", "MNC"):
        sub = parts[1] if len(parts) > 1 else ""
        country = "UNO" if sub == "UNO" else "EUR" if sub in ("EEC", "EUR") else _INTL[parts[0]]
        sector = {"IGO": "GOV", "NGO": "NGO", "IMG": "REB", "MNC": "BUS"}[parts[0]]
        return country, sector
    if parts[0] in _SECTOR_MAP:
        return None, _SECTOR_MAP[parts[0]]
    sector = next((_SECTOR_MAP[p] for p in parts[1:] if p in _SECTOR_MAP), None)
    return parts[0], sector


def _latest_code(codes: list[str]) -> str | None:
    """Prefer the open-ended (``>date``) or undated code, else the last listed."""
    if not codes:
        return None
    for c in codes:
        if ">" in c:
            return c.split()[0]
    undated = [c for c in codes if len(c.split()) == 1]
    return (undated[0] if undated else codes[-1]).split()[0]


def parse_actors(lines: list[str]) -> dict[str, list[str | None]]:
    """Phoenix actor blocks -> ``{name: [country, sector]}`` (names lower case, spaces)."""
    out: dict[str, list[str | None]] = {}
    names: list[str] = []
    codes: list[str] = []

    def flush() -> None:
        code = _latest_code(codes)
        if code and names:
            country, sector = split_code(code)
            for n in names:
                if len(n) >= 2:
                    out.setdefault(n, [country, sector])

    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        inline = _CODE.findall(line)
        word = _CODE.sub("", line).strip()
        if line[0] not in " \t+" and word:
            flush()
            names, codes = [_clean_word(word)], []
        elif word.startswith("+"):
            names.append(_clean_word(word))
        codes.extend(c.strip() for c in inline if c.strip())
    flush()
    return out


def parse_agents(lines: list[str]) -> dict[str, str]:
    """Phoenix agents -> ``{common noun: PLOVER sector}``."""
    out: dict[str, str] = {}
    subst = {"!person!": ["man", "men", "woman", "women", "person"], "!minist!": ["minister", "ministers", "ministry"]}
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        m = _CODE.search(line)
        if not m or line.startswith("!"):
            continue
        _, sector = split_code(m.group(1))
        word = re.sub(r"\{[^}]*\}", "", _CODE.sub("", line)).strip()
        for key, repl in subst.items():
            if key in word.lower():
                for r in repl:
                    if sector:
                        out.setdefault(_clean_word(word.lower().replace(key, "_" + r)), sector)
                word = ""
        if word and sector:
            out.setdefault(_clean_word(word), sector)
    return out


def parse_cameo2plover(lines: list[str]) -> dict[str, list[str | None]]:
    """``0311: AGREE,  , economic # ...`` -> ``{"0311": ["AGREE", None, "economic"]}``."""
    out: dict[str, list[str | None]] = {}
    for line in lines:
        m = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
        if not m or "," not in m.group(2):
            continue
        fields = [f.strip() or None for f in m.group(2).split(",")] + [None, None]
        out[m.group(1)] = fields[:3]
    return out


def build(root: Path, dest: Path = DATA) -> dict[str, int]:
    """Compile all dictionaries under the shared data folder ``root`` into ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    src = root / "cameo_dictionaries"
    table = (root / "plover_ontology" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines()
    cameo = (src / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    cut = next(i for i, l in enumerate(cameo) if l.startswith("####### VERB PATTERNS"))
    synsets = parse_synsets(cameo[:cut])
    verbs = parse_verbs(cameo[cut:])
    actors: dict[str, list[str | None]] = {}
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        lines = (src / name).read_text(encoding="utf-8", errors="replace").splitlines()
        for k, v in parse_actors(lines).items():
            actors.setdefault(k, v)
    agents = parse_agents((src / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace").splitlines())
    dump = {"verbs.json": verbs, "synsets.json": synsets, "actors.json": actors, "agents.json": agents,
            "cameo2plover.json": parse_cameo2plover(table)}
    for fname, obj in dump.items():
        (dest / fname).write_text(json.dumps(obj, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    return {k: len(v) for k, v in dump.items()}


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")))
