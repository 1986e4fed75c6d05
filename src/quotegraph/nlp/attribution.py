"""Linking: role spans (SOURCE, CUE, CONTENT) -> attributions.

The tagger says which words are sources, cues and contents; this module says
which belong together, from the parse and the sentence layout:

- every CUE starts an attribution;
- a SOURCE joins the cue it is syntactically tied to in its sentence (subject
  of the cue verb, object of "according to", ...), else the nearest free cue
  of the sentence;
- a CONTENT joins the cue that governs it in its sentence, else the nearest
  cue of the sentence, else a cue of the neighbouring sentence in the same
  paragraph (quotes that run on, or whose cue comes in the next sentence);
- a cue still missing its source or content takes them from the parse (its
  subject, its clausal complement) when no tagged span is in the way;
- a cue without content is dropped; a content without a cue is dropped.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .according import according_to_source
from .doctext import doc_text
from .link import Link
from .parse_fill import strip_dateline, syntactic_fill
from .participles import split_participles
from .quotes import find_quotes, opening_marks
from .roles import link_sentences
from .spans import manner_aside, summary_aside
from .syntax import DASHES, according_to, addressed, agent_of, overlap, subject_of, trimmed

__all__ = ["Link", "link_roles"]


def _tied(a: Span, b: Span) -> bool:
    """True when a token of ``a`` has its head (or head's head) in ``b``, or vice versa."""
    bset = set(range(b.start, b.end))
    aset = set(range(a.start, a.end))
    for tok in a:
        if tok.head.i in bset or tok.head.head.i in bset:
            return True
    for tok in b:
        if tok.head.i in aset:
            return True
    return False


def _tie_level(src: Span, cue: Span) -> int:
    """2: a word of the source depends on the cue (its subject); 1: on a word that
    depends on the cue, or the cue on the source; 0: no tie."""
    cset = set(range(cue.start, cue.end))
    if any(t.head.i in cset for t in src):
        return 2
    return 1 if _tied(src, cue) else 0


def _assign_sources(sources: list[Span], links: list["Link"], by_sent, sent_of, contents: set[int]) -> None:
    """Each cue takes at most one source of its sentence: the closest tie first
    (the cue's own subject beats the subject of its complement), then distance;
    a source with no tie to a cue does not reach past another cue."""
    pairs = []
    for n, src in enumerate(sources):
        ks = by_sent.get(sent_of[src.start], [])
        for k in ks:
            cue = links[k].cue
            if not _may_speak(src, cue):
                continue
            level = _tie_level(src, cue)
            lo, hi = min(src.end, cue.end), max(src.start, cue.start)
            if level == 0 and any(lo <= links[j].cue.start < hi for j in ks if j != k):
                continue  # an untied source never reaches past another cue
            if level == 0 and _subject_elsewhere(cue, src, contents):
                continue  # "My mother has softened, but [she] still says": the cue has its own
            pairs.append((-level, _distance(src, cue), n, k))
    used_src: set[int] = set()
    for _, _, n, k in sorted(pairs):
        if n in used_src or links[k].source is not None:
            continue
        links[k].source = sources[n]
        used_src.add(n)


def _subject_elsewhere(cue: Span, src: Span, contents: set[int]) -> bool:
    """The cue's verb has a nominal subject of its own outside ``src`` and outside every
    content (not "[Trump] seemed [to win]" with "Trump" a content piece)."""
    subjects = [c for c in cue.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")]
    if any(c.left_edge.i <= src.start and src.end <= c.right_edge.i + 1 for c in subjects):
        return False  # the source is (part of) that subject: "the lack of response from [any of them]"
    return any(not src.start <= c.i < src.end and c.i not in contents for c in subjects)


def _may_speak(src: Span, cue: Span) -> bool:
    """An :func:`~quotegraph.nlp.syntax.addressed` participle takes only its "by" agent
    as its source: "[Asked] by Stephanopoulos ..., Carson said" (not "Carson")."""
    if not addressed(cue.root):
        return True
    agent = agent_of(cue.root)
    return agent is not None and src.start <= agent.i < src.end


def _distance(a: Span, b: Span) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


_CHAIN_DEPS = {"conj", "advcl", "xcomp", "ccomp", "dep", "parataxis", "acl", "pcomp", "prep"}


def _coordinated(a: Span, b: Span) -> bool:
    """True when cue ``a`` hangs off cue ``b`` (or the reverse) through a short verb chain."""
    for x, y in ((a, b), (b, a)):
        tok = x.root
        for _ in range(3):
            if tok.dep_ not in _CHAIN_DEPS or tok.head.i == tok.i:
                break
            tok = tok.head
            if y.start <= tok.i < y.end:
                return True
    return False


def _hangs_on(cue: Span, span: Span) -> bool:
    """The cue's verb depends on a word of the span as a conjunct ("that X was
    disgusting and encouraged ..."): the span is not its report."""
    root = cue.root
    return root.dep_ == "conj" and span.start <= root.head.i < span.end


def _pick(span: Span, cues: list[int], links: list[Link]) -> int | None:
    if not cues:
        return None
    tied = [c for c in cues if _tied(span, links[c].cue)]
    above = [c for c in tied if not _hangs_on(links[c].cue, span)]
    pool = above or tied or cues
    if span[0].lower_ == "that" and span[0].dep_ == "mark":  # a "that" clause is the verb's right before it,
        pool = [c for c in pool if _verb_right_before(links[c].cue, span)] or pool  # not "..., the ministry said"'s
    return min(pool, key=lambda c: _distance(span, links[c].cue))


def _verb_right_before(cue: Span, span: Span) -> bool:
    """The cue comes before ``span`` with no other verb between them ("told his counterpart in a
    phone call [that ...]"; not "announced his candidacy, Mook ... told aides [that ...]")."""
    return cue.end <= span.start and not any(t.pos_ in ("VERB", "AUX") for t in span.doc[cue.end:span.start])


def _paragraph_ids(doc: Doc) -> list[int]:
    ids, k = [], 0
    for tok in doc:
        if tok.is_space and tok.text.count("\n") >= 1:
            k += 1
        ids.append(k)
    return ids


def link_roles(doc: Doc, spans: list[Span]) -> list[Link]:
    """Group role spans into attributions, in document order of their cues."""
    sent_of = link_sentences(doc)
    para_of = _paragraph_ids(doc)
    spans = _clause_sources(spans)
    links = [Link(cue=s) for s in spans if s.label_ == "CUE"]
    by_sent = _by_sentence(links, sent_of)

    cue_tokens = {i for link in links for i in range(link.cue.start, link.cue.end)}
    sources = [p for s in spans if s.label_ == "SOURCE" and not _only_dateline(s)
               for p in _split_relative(s, cue_tokens)]
    contents = {i for s in spans if s.label_ == "CONTENT" for i in range(s.start, s.end)}
    _assign_sources(sources, links, by_sent, sent_of, contents)

    later = []
    ends = {s.end - 1 for s in spans if s.label_ in ("CUE", "SOURCE")}
    for con in (s for s in spans if s.label_ == "CONTENT"
                and not manner_aside(s, ends) and not summary_aside(s, ends)):  # (asides no one said)
        k = _pick(con, _same_sentence(con, by_sent, sent_of), links)
        if k is None:
            later.append(con)  # a sentence without a cue: placed once every cue has its own
        elif _second_piece_ok(con, links[k]):
            links[k].content.append(con)
    quotes = [(q.start, q.end) for q in find_quotes(doc_text(doc))[0]] if later else []
    cue_paras = {para_of[l.cue.start] for l in links}
    for con in later:  # a paragraph with no cue of its own whose quotation runs on into later ones goes
        alone = para_of[con.start] not in cue_paras  # with the cue that closes it
        k = _same_quotation(con, links, quotes) if alone else None
        if k is None:
            k = _neighbour_cue(con, links, by_sent, sent_of, para_of)
        if k is None and not alone:
            k = _same_quotation(con, links, quotes)
        if k is not None and _second_piece_ok(con, links[k]):
            links[k].content.append(con)
            links[k].content.sort(key=lambda c: c.start)

    for link in links:
        according_to_source(link)
    _share_sources(links, by_sent, sent_of)
    links = split_participles(doc, links)
    _trim_sources(links)
    syntactic_fill(doc, links)
    # again, for a source the parse gave that names someone ("China, ..., said it was ... and warned")
    _share_sources(links, _by_sentence(links, sent_of), sent_of, lambda link: _names_someone(link.source))
    for link in links:
        if link.source is not None:
            link.source = strip_dateline(link.source)
    return [l for l in links if l.content and not _speaks_itself(l)]


def _speaks_itself(link: Link) -> bool:
    """A content that lies inside its own source ("Harris, addressing [supporters in
    Philadelphia ...], said": the object the parse gave a participle is also the source
    the tagger gave it): no attribution, whose words each play one role."""
    src = link.source
    return src is not None and all(src.start <= c.start and c.end <= src.end for c in link.content)


def _clause_sources(spans: list[Span]) -> list[Span]:
    """"[Fernandes, who missed two games, trained fully on Thursday], [the club] said":
    the tagger may read a fronted reported clause as a second source when the parse
    makes its subject the cue's. A source with a finite verb of its own (not in a
    relative clause) that only a comma separates from the source right before a cue
    is that cue's content."""
    ordered = sorted(spans, key=lambda s: s.start)
    out = list(ordered)
    for n, (first, second, cue) in enumerate(zip(ordered, ordered[1:], ordered[2:])):
        if first.label_ == second.label_ == "SOURCE" and cue.label_ == "CUE" and second.end == cue.start \
                and second[0].tag_ not in ("WDT", "WP") and _comma_between(first, second) \
                and _finite_clause(first) and not _cue_before(ordered[:n], first):
            out[n] = Span(first.doc, first.start, first.end, label="CONTENT")
    return out


def _cue_before(earlier: list[Span], span: Span) -> bool:
    """Whether a cue of the span's sentence comes before it ("said [Tim Selaty, ...]")."""
    return any(s.label_ == "CUE" and s.sent.start == span.sent.start for s in earlier)


def _comma_between(a: Span, b: Span) -> bool:
    gap = a.doc[a.end : b.start]
    return len(gap) == 1 and gap[0].text == "," or (not len(gap) and a[-1].text == ",")


def _finite_clause(span: Span) -> bool:
    """A verb of the span's own clause, not of a relative clause: finite, or a
    participle the parse hangs on the span's subject ("Fernandes ..., trained")."""
    for tok in span:
        if tok.pos_ not in ("VERB", "AUX") or tok.tag_ not in ("VBD", "VBZ", "VBP", "MD", "VBN"):
            continue
        if tok.tag_ == "VBN" and tok.dep_ != "acl":
            continue
        if not any(a.dep_ == "relcl" and span.start <= a.i < span.end for a in [tok, *tok.ancestors]):
            return True
    return False


def _split_relative(source: Span, cue_tokens: set[int]) -> list[Span]:
    """"[One witness, a student] [who] asked not to be named, said ...": a source that ends
    on a relative pronoun whose clause's verb is a cue is two sources, the pronoun that
    clause's (train gold never runs a source into a "who" that is one)."""
    last = source[-1]
    if len(source) < 2 or last.tag_ not in ("WP", "WDT") or last.head.i not in cue_tokens \
            or last.dep_ not in ("nsubj", "nsubjpass"):
        return [source]
    head = trimmed(source.doc, source.start, last.i, source.label_)
    return ([head] if head is not None else []) + [Span(source.doc, last.i, last.i + 1, label=source.label_)]


def _only_dateline(source: Span) -> bool:
    """A "source" that is a paragraph's dateline and its dash, nothing more ("LOS ANGELES,
    Sept. 28 (UPI) —"): no one speaks there."""
    doc, first, last = source.doc, source[0], source[-1]
    at_start = first.i == 0 or "\n" in doc[first.i - 1].text or "\n" in doc[first.i - 1].whitespace_
    return at_start and first.text.isupper() and first.is_alpha and last.text in DASHES


def _second_piece_ok(con: Span, link: Link) -> bool:
    """A cue takes a second content piece only when the piece is tied to it in
    the parse or is a quotation (a quote split by its cue: “A,” he said, “B.”);
    otherwise the piece belongs to a report whose cue was missed, and is dropped."""
    if not link.content or _tied(con, link.cue) or _parenthetical_right(con, link):
        return True
    openers = opening_marks()
    return con.text[:1] in openers and link.content[-1].text[:1] in openers


def _parenthetical_right(con: Span, link: Link) -> bool:
    """"LEFT, he said, RIGHT": the piece right after a parenthetical reporting clause
    whose content so far ends just before it. Between the pieces there is only the
    clause (its source, its cue and the cue's own dependents: "he told me on Friday")
    set off by commas; the parse often hangs such a clause on the left piece, so the
    right one is not tied to the cue."""
    doc = con.doc
    left = link.content[-1]
    if left.end > link.cue.start or con.start < link.cue.end:
        return False
    between = doc[left.end : con.start]
    if doc[left.end].text != "," or doc[con.start - 1].text != ",":
        return False
    root = link.cue.root
    src = link.source
    for t in between:
        if t.is_punct or t.is_space or link.cue.start <= t.i < link.cue.end:
            continue
        if src is not None and src.start <= t.i < src.end:
            continue
        if root not in t.ancestors:
            return False
    return True


def _same_sentence(con: Span, by_sent, sent_of) -> list[int]:
    s_first, s_last = sent_of[con.start], sent_of[con.end - 1]
    return by_sent.get(s_first, []) + [c for c in by_sent.get(s_last, []) if s_last != s_first]


def _is_quote(span: Span) -> bool:
    return span.text[:1] in opening_marks()


def _same_quotation(con: Span, links: list[Link], quotes: list[tuple[int, int]]) -> int | None:
    """The attribution of a quotation that runs over several paragraphs, each re-opening
    it ("“The first week ...¶“By the second week ...¶“I still dream ...,” she said"),
    for a piece of it that no neighbouring sentence's attribution takes."""
    text = doc_text(con.doc)
    q = next(((a, b) for a, b in quotes if a <= con.start_char < b), None)
    if q is None or "\n" not in text[q[0]:q[1]]:
        return None
    return next((k for k, link in enumerate(links)  # the attribution whose piece closes the quotation
                 if any(q[0] <= c.start_char and c.end_char == q[1] and text[c.start_char] == text[q[0]]
                        and not overlap(c, con) for c in link.content)), None)  # (not “...” in a "-excerpt)


def _neighbour_cue(con: Span, links, by_sent, sent_of, para_of) -> int | None:
    """The cue of the previous or next sentence of the paragraph for a content
    whose own sentence has none: a quotation goes on the quote before it
    ("“A,” she said. “B.”"), as does a quotation opening a paragraph without a cue of
    its own ("“A,” she said.¶“B.”"); else the nearest."""
    para = para_of[con.start]
    before = [c for c in by_sent.get(sent_of[con.start] - 1, []) if para_of[links[c].cue.start] == para]
    after = [c for c in by_sent.get(sent_of[con.end - 1] + 1, []) if para_of[links[c].cue.start] == para]
    if _is_quote(con):
        quoted = [c for c in before if links[c].content and _is_quote(links[c].content[-1])]
        if not before and not after:  # "“A,” said Maynard. He has worked there 24 years. “B.”"
            quoted = _quoted_earlier(con, links, by_sent, sent_of, para_of)
        if not quoted and not after and _opens_paragraph(con, para_of):  # a paragraph that opens with a
            prev = by_sent.get(sent_of[con.start] - 1, [])  # quotation and names no one
            quoted = [c for c in prev if para_of[links[c].cue.start] == para - 1
                      and links[c].content and _is_quote(links[c].content[-1])]
        if quoted:
            return max(quoted, key=lambda c: links[c].content[-1].end)
    return _pick(con, before + after, links)


def _opens_paragraph(con: Span, para_of: list[int]) -> bool:
    """Whether a content opens its paragraph (not "The Chief Minister was unfazed: “...”")."""
    k = con.start - 1
    while k >= 0 and con.doc[k].is_space and para_of[k] == para_of[con.start]:
        k -= 1
    return k < 0 or para_of[k] != para_of[con.start]


def _quoted_earlier(con: Span, links, by_sent, sent_of, para_of, reach: int = 2) -> list[int]:
    """The quoting cues of the last sentence with a cue in ``con``'s paragraph, when only
    sentences without one (at most ``reach``) lie between them."""
    para = para_of[con.start]
    for s in range(sent_of[con.start] - 2, sent_of[con.start] - 2 - reach, -1):
        cues = [c for c in by_sent.get(s, []) if para_of[links[c].cue.start] == para]
        if cues:
            return [c for c in cues if links[c].content and _is_quote(links[c].content[-1])]
    return []


def _own_subject(cue: Span) -> bool:
    """The cue's verb has a subject of its own ("..., and rights groups warned")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in cue.root.children)


def _reports_on(cue: Span, source: Span) -> bool:
    """The source lies in the clause the cue reports ("signaled it expects to cut rates, as
    [policymakers] weigh signs"): the cue cannot be theirs."""
    if source.start <= cue.end + 2 or cue.root.tag_ == "VBG":
        return False  # '"...," said [Jim Bopp]', "Noting that ..., [Trump] reminded": misparses
    return any(c.dep_ == "ccomp" and c.i < source.start and source.root.i in {t.i for t in c.subtree}
               for c in cue.root.children)


_PERSONAL = frozenset({"he", "she", "they", "we", "i"})
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _names_someone(source: Span) -> bool:
    """A source that names a speaker: a personal pronoun, or a name of a person, group or
    place (not "it", "those" or "his upbeat speech")."""
    root = source.root
    return root.lower_ in _PERSONAL or any(t.ent_type_ in _NAMED for t in source) or root.pos_ == "PROPN"


def _right_before(source: Span, cue: Span) -> bool:
    """Only punctuation between a source and a later cue ("Roy Cooper (D), McCrory's
    opponent ..., [called] Friday for ..., saying ...": the parse hung "called" on
    "election", and the source went to "saying")."""
    return source.end <= cue.start and all(t.is_punct or t.is_space for t in source.doc[source.end:cue.start])


def _by_sentence(links: list[Link], sent_of) -> dict[int, list[int]]:
    by_sent: dict[int, list[int]] = {}
    for k, link in enumerate(links):
        by_sent.setdefault(sent_of[link.cue.start], []).append(k)
    return by_sent


def _share_sources(links: list[Link], by_sent, sent_of, giver=None) -> None:
    """A sourceless cue coordinated with a sourced one ("he said, adding that",
    "Trump is questioning ..., encouraging ...") or a participle, which has no
    subject of its own ("Stating that ..., X said"), shares its source mention (never an
    "according to", whose source is its object: "According to her account, ..., she
    insisted"); with ``giver``, only the source of a link it accepts."""
    for ks in by_sent.values():
        sourced = [k for k in ks if links[k].source is not None and not links[k].inherited_from
                   and (giver is None or giver(links[k]))]
        for k in ks:
            givers = [j for j in sourced if not _in_own_clause(links[j].source, links[k].cue)]
            if links[k].source is None and givers and not _own_subject(links[k].cue) \
                    and not addressed(links[k].cue.root) and according_to(links[k].cue) is None:
                j = next((j for j in givers if _right_before(links[j].source, links[k].cue)), None)
                j = j if j is not None else min(givers, key=lambda j: _distance(links[j].cue, links[k].cue))
                if _reports_on(links[k].cue, links[j].source):
                    continue
                if links[k].cue.root.tag_ == "VBG" or _coordinated(links[k].cue, links[j].cue) \
                        or _right_before(links[j].source, links[k].cue):
                    links[k].source = links[j].source
                    links[k].inherited_from = links[j]


def _in_own_clause(source: Span, cue: Span) -> bool:
    """A source after the cue inside the cue's own clause ("accusing the party of ... after [a
    staffer] viewed ..."): the subject of a subordinate clause the cue governs, not the cue's
    own (a pronoun there most often is)."""
    root, head = cue.root, source.root.head
    if not (source.start > cue.end and source.end - 1 <= root.right_edge.i and head.i != root.i):
        return False
    if source.root.tag_ == "PRP":
        return False  # "mentioning him in every speech as [she] praises ...": most often the same person
    # a subordinate clause ("after", "because"), not a misparse that hangs the main clause on a
    # fronted participle ("Noting that ..., Trump reminded", "Listing ... she added, ...")
    return any(c.dep_ == "mark" and c.i < source.start for c in head.children)


def _trim_sources(links: list[Link]) -> None:
    """A source that runs on past the cue's grammatical subject into a new clause
    ("According to [X, the troops will leave ...]") is cut back to the subject."""
    for link in links:
        src = link.source
        if src is None or link.content:
            continue
        subj = subject_of(link.cue)
        if subj is None or not (src.start <= subj.start and subj.end < src.end):
            continue
        if any(t.text == "," for t in src.doc[subj.end : src.end]):
            link.source = subj

