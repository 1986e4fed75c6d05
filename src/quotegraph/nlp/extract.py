"""Tagged role spans -> attributions: the steps between the tagger and the records.

1. the recall net adds parse-based attributions to sentences without a cue;
2. layouts that attribute by typography, signed quotations (“...” ― Name),
   headlines ("Graham: ..."), transcript turns ("PENCE: ...") and quotations
   named in the next paragraph ("That was the assessment of X"), are found
   from the text and win over tagged spans they overlap;
3. the rest is linked (:func:`quotegraph.nlp.attribution.link_roles`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .according import add_according_to
from .nonreports import adding_to, hortative, naming_participle, speaking_venue
from .attribution import Link, link_roles
from .boundaries import BoundaryModel, refit_contents
from .nested import add_nested_reports, quoted_as_said, quoted_by_reporter
from .recall import recover_sentences
from .clauses import add_main_clauses, add_whole_clauses
from .colons import find_colon_layouts, without_section_labels
from .quote_fit import close_quotations, fit_quotes
from .quotes import opening_marks, quote_pairs
from .roles import MoveScores, cut_at_breaks
from .signed import find_signed_quotes
from .cue_subjects import cue_subject
from .speakers_lexicon import capital_state
from .afterword import find_afterwords
from .inverted import find_inverted_reports
from .reported_subjects import add_reported_subjects, drop_unreported_subject
from .openers import name_of_opener, place_after_opening, set_off_opener
from .syntax import (WEEKDAYS, addressed, free_of, after_dateline, capital_after_hyphen,
                     only_dateline, subjects, trimmed)

__all__ = ["extract_links"]


def _link_spans(link: Link) -> list[Span]:
    spans = [link.cue, *link.content]
    return spans + [link.source] if link.source is not None else spans


def _taken(doc: Doc, links: list[Link], content: bool = True, extent: bool = False) -> list[bool]:
    """Which tokens some attribution's span covers (its contents too, unless ``content``
    is false; with ``extent``, everything from its first span to its last)."""
    taken = [False] * len(doc)
    for link in links:
        spans = [s for s in (_link_spans(link) if content else [link.cue, link.source]) if s is not None]
        if extent and spans:
            spans = [doc[min(s.start for s in spans): max(s.end for s in spans)]]
        for span in spans:
            taken[span.start : span.end] = [True] * len(span)
    return taken


def _cue_before_content(doc: Doc, link: Link) -> None:
    """A cue span that runs over a whole content piece of its own ("said in a statement
    [that repeated restrictions "risk ..."]", where the tagger read on) ends before it."""
    cue = link.cue
    inside = [c for c in link.content if cue.start < c.start and c.end <= cue.end]
    if inside:
        cut = trimmed(doc, cue.start, min(c.start for c in inside), cue.label_)
        if cut is not None:
            link.cue = cut


def _from_single_opening(doc: Doc, link: Link) -> None:
    """A content that starts on a closing single quotation mark ("Ruto promises 'new era[']
    for western Kenya", where the parse took the opening mark for a possessive) starts at
    its opening mark instead, when that lies between the cue and the content (the single
    pairs of ``data/quote_marks.tsv``)."""
    pairs = {(op, cl) for op, cl, name in quote_pairs() if "single" in name}
    pieces = []
    for c in link.content:
        close = doc[c.start].text
        if c.start > link.cue.end and close in {cl for _, cl in pairs} and not doc[c.start - 1].whitespace_:
            j = next((j for j in range(c.start - 2, link.cue.end - 1, -1) if (doc[j].text, close) in pairs
                      and doc[j - 1].whitespace_ and not doc[j].whitespace_), None)
            if j is not None:
                c = Span(doc, j, c.end, label=c.label_)
        pieces.append(c)
    link.content = pieces


def _keep_within_breaks(doc: Doc, link: Link) -> None:
    """A span from the parse or a quotation fit may run over a line break or a
    closed quotation (:func:`~quotegraph.nlp.roles.is_break`); no attribution span
    does: a content keeps its pieces (those with words), a source crossing a line
    break its piece nearest the cue."""
    pieces = cut_at_breaks(doc, [Span(doc, c.start, c.end, label="CONTENT") for c in link.content])
    worded = [p for p in pieces if any(ch.isalnum() for ch in p.text)]
    link.content = worded or pieces  # a piece that is only a quotation mark is no content
    src = link.source
    if src is not None and any(t.is_space and "\n" in t.text for t in src):
        pieces = cut_at_breaks(doc, [Span(doc, src.start, src.end, label="CONTENT")])
        near = min(pieces, key=lambda p: min(abs(p.start - link.cue.end), abs(link.cue.start - p.end)))
        link.source = Span(doc, near.start, near.end, label=src.label_)


_CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "yet"})


def _drop_dangling_conjunction(doc: Doc, link: Link) -> None:
    """A content never ends on a coordinating conjunction ("..., but"): the next
    conjunct is not part of it (no PolNeAR train content ends so)."""
    if not link.content:
        return
    last = max(link.content, key=lambda s: s.start)
    end = last.end
    while end > last.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - last.start > 1 and doc[end - 1].lower_ in _CONJUNCTIONS:
        cut = trimmed(doc, last.start, end - 1, last.label_)
        if cut is not None:
            link.content = [cut if s is last else s for s in link.content]


def _merge_overlapping_pieces(doc: Doc, link: Link) -> None:
    """A content's pieces never overlap: a piece fitted out to its whole quotation may
    cover another piece ("''" and "It has ..." tagged apart, the first fitted to
    "''It has ...''"); overlapping pieces become their union."""
    if len(link.content) < 2:
        return
    pieces = sorted(link.content, key=lambda s: (s.start, -s.end))
    out = [pieces[0]]
    for piece in pieces[1:]:
        last = out[-1]
        if piece.start < last.end:
            out[-1] = Span(doc, last.start, max(last.end, piece.end), label=last.label_)
        else:
            out.append(piece)
    if len(out) < len(link.content):
        link.content = out


def _balance_brackets(doc: Doc, link: Link) -> None:
    """A content never ends on a closing bracket it did not open, nor starts on an
    opening one it does not close ("(and how it might affect your aid)" as content
    "how it might affect your aid)"): none of PolNeAR's 19,832 train contents does."""
    if not link.content:
        return
    pieces = sorted(link.content, key=lambda s: s.start)
    text = "".join(p.text for p in pieces)
    first, last = pieces[0], pieces[-1]
    cuts: dict[int, Span | None] = {}
    if doc[last.end - 1].text == ")" and text.count(")") > text.count("("):
        end = last.end - 1
        while end > last.start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text != "”":
            end -= 1
        cuts[id(last)] = Span(doc, last.start, end, label=last.label_) if end > last.start else None
    if doc[first.start].text == "(" and text.count("(") > text.count(")"):
        piece = cuts.get(id(first), first)
        if piece is not None:
            start = piece.start + 1
            while start < piece.end and (doc[start].is_punct or doc[start].is_space) and doc[start].text != "“":
                start += 1
            cuts[id(first)] = Span(doc, start, piece.end, label=piece.label_) if start < piece.end else None
    if not cuts:
        return
    out = [p for p in (cuts.get(id(q), q) for q in link.content) if p is not None]
    if out:
        link.content = out


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "dobj", "attr"})


def _argument_of(left: Span, right: Span, cue: Span) -> bool:
    """Whether a word of ``left`` is a subject or object of a verb in ``right`` ("The
    benefit, he says, would be $300"; "which, he says, he is doing"), or the subject
    of a passive cue ("The efforts are expected to continue")."""
    for t in left:
        if right.start <= t.head.i < right.end and t.dep_ in _ARGUMENTS:
            return True
        if cue.start <= t.head.i < cue.end and t.dep_ == "nsubjpass":
            return True
    return False


def _drop_stray_left_piece(doc: Doc, link: Link) -> None:
    """In "LEFT, X said, RIGHT" the left piece belongs to the content only as a
    quotation, as the reported main clause itself, the cue and the right piece hanging
    on it ("Lenox was a juggernaut, he said, until it went bankrupt"), or as an argument
    of the right piece or of a passive cue (:func:`_argument_of`); an unquoted phrase
    before the cue that is none of these ("During his years in office, he said, ...")
    is not reported content. A right piece in a later sentence is a quotation that
    continues the report (:mod:`~quotegraph.nlp.quote_fit`), not this frame."""
    if len(link.content) != 2:
        return
    left, right = sorted(link.content, key=lambda s: s.start)
    if left.end > link.cue.start or right.start < link.cue.end:
        return
    if left.text[:1] in opening_marks() or left.root.dep_ == "ROOT" or _argument_of(left, right, link.cue):
        return
    if right.start >= link.cue.sent.end:
        return  # a quotation continuing in the next sentence ('Oz is "smart," he wrote. "Full of it."')
    link.content = [right]


def _close_source_bracket(doc: Doc, link: Link) -> None:
    """A source cut inside its bracket ("Sen. Ted Cruz (R-Tex" + ".)") runs on to the
    closing bracket when that is the next token, or the one after a punctuation mark."""
    src = link.source
    if src is None or src.text.count("(") <= src.text.count(")"):
        return
    for end in range(src.end, min(src.end + 2, len(doc))):
        if doc[end].text == ")":
            link.source = Span(doc, src.start, end + 1, label=src.label_)
            return
        if not doc[end].is_punct:
            return


def _source_name_after(doc: Doc, link: Link) -> None:
    """A source cut before the name it introduces ("Iran's state news agency" + "IRNA"
    said): where the parse gives the cue's verb the name as a second subject, right
    after the source's noun, the source runs on over it."""
    src = link.source
    if src is None or src.end >= link.cue.start or src.root.dep_ not in ("nsubj", "nsubjpass"):
        return
    nxt = doc[src.end]
    if (nxt.dep_ == src.root.dep_ and nxt.head.i == src.root.head.i and nxt.ent_type_ in ("ORG", "PERSON")
            and src.root.pos_ == "NOUN" and nxt.right_edge.i < link.cue.start):
        link.source = Span(doc, src.start, nxt.right_edge.i + 1, label=src.label_)


_OPENER_WORDS = 5  # words before a comma that may set off a time or place before a source
_FOCUS = frozenset({"even"})  # PolNeAR keeps "only" and "just" (quantities: "only 32 percent")


def _source_start(doc: Doc, link: Link, src: Span) -> Span:
    """Where a source starts: not on a focus word ("[Even] China ... said"), nor on a time or
    place set off by a comma ("[Outside court,] Chloe's mother"), nor inside a hyphenated
    name ("Ben-[Shitrit]")."""
    start = src.start
    if len(src) > 1 and src[0].lower_ in _FOCUS and src[0].dep_ == "advmod":
        start += 1
    comma = next((t.i for t in doc[start + 1: min(start + _OPENER_WORDS, src.end)] if t.text == ","), None)
    if comma is not None and comma + 1 < src.end and (set_off_opener(doc[start:comma])
                                                      or name_of_opener(doc, src, comma)
                                                      or place_after_opening(doc, start, comma)):
        start = comma + 1
    if start >= 1 and _cut_name_before(doc, start) and not link.cue.start <= start - 1 < link.cue.end:
        start -= 1
    while start >= 2 and capital_after_hyphen(doc, start - 1) and doc[start - 2].text[:1].isupper() \
            and not link.cue.start <= start - 2 < link.cue.end:
        start -= 2
    return src if start == src.start else Span(doc, start, src.end, label=src.label_)


def _cut_name_before(doc: Doc, start: int) -> bool:
    """"[Addis] [Ababa] said": a capital's first word just before a source, which the parse
    split off as a sentence of its own."""
    prev = doc[start - 1]
    return prev.is_sent_start and prev.sent.end == start and prev.whitespace_ == " " \
        and capital_state(doc[start - 1 : start + 1].text) is not None


def _source_edges(doc: Doc, link: Link) -> None:
    """"Weingarten, a longtime Clinton supporter[,]": a source does not end on a comma, nor
    inside a ranking ("world No. 1"), a hyphenated name ("G" + "-III did not respond") or a
    relative clause of its own ("a watchdog group that X [sued last year], called"); nor
    start where :func:`_source_start` moves it from."""
    src = link.source = _without_weekday(doc, link.source)
    if src is not None and len(src) > 1 and src[-1].text == ",":
        link.source = src = Span(doc, src.start, src.end - 1, label=src.label_)
    if src is None:
        return
    link.source = src = _source_start(doc, link, src)
    end = _relative_clause_end(src, link.cue)
    while capital_after_hyphen(doc, end) and not link.cue.start <= end + 1 < link.cue.end:
        end += 2
    if doc[end - 1].text == "No" and end + 2 <= link.cue.start and doc[end].text == "." and doc[end + 1].like_num:
        end += 2  # "The former world No[. 1] added", cut at what looked like a full stop
    if end > src.end:
        link.source = Span(doc, src.start, end, label=src.label_)


def _whole_subject(doc: Doc, link: Link) -> None:
    """A source the tagger found inside an adjective's phrase on the cue's subject ("two
    sources close to [Ben-Shitrit] said", "people familiar with ...") is that whole subject:
    the people close to him speak, not he."""
    src, verb = link.source, link.cue.root
    if src is None or link.cue.start < src.end or src.start == 0:
        return
    before = doc[src.start - 1]  # (the parse may make the name a second subject: "[Ben] - [Shitrit] said")
    tok = src.root.head if src.root.dep_ == "pobj" else before if before.dep_ == "prep" else None
    if tok is None or tok.dep_ != "prep":
        return
    if tok.head.dep_ != "amod":  # "close to", "familiar with", "loyal to"
        return  # (not "the results of [nationwide surveys] show", whose source is the surveys)
    tok = tok.head.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i != verb.i or tok.pos_ != "NOUN" \
            or tok.i >= src.start or tok.right_edge.i >= link.cue.start:
        return
    link.source = Span(doc, tok.left_edge.i, max(tok.right_edge.i + 1, src.end), label=src.label_)


def _question_before_speaker(doc: Doc, link: Link) -> None:
    """"Asked whether ..., one analyst, who spoke on condition of anonymity, said": the
    question ends before the person a "who" clause describes, whom the parse hung on it."""
    if not addressed(link.cue.root) or len(link.content) != 1:
        return
    con = link.content[0]
    for tok in doc[con.start : min(con.end + 2, len(doc))]:
        if tok.tag_ == "WP" and tok.lower_ == "who" and tok.head.dep_ == "relcl":
            start = tok.head.head.left_edge.i
            if con.start + 2 < start < tok.i and doc[start - 1].text == ",":
                link.content = [Span(doc, con.start, start - 1, label=con.label_)]
            return


def _relative_clause_end(src: Span, cue: Span) -> int:
    """Where a source ends that the tagger cut inside its own relative clause: at the
    clause's end, when that comes before the cue (else where it ends)."""
    for tok in src:
        for rel in tok.children:
            if rel.dep_ == "relcl" and src.start <= rel.left_edge.i < src.end <= rel.right_edge.i < cue.start:
                return trimmed(src.doc, src.start, rel.right_edge.i + 1).end
    return src.end


def _without_weekday(doc: Doc, src: Span | None) -> Span | None:
    """"The Sanders campaign [on Monday] said": a day that the parse hangs on the cue, or
    on the source's head right before the verb, is no part of the source ("a poll
    released Friday" keeps its own)."""
    if src is None or len(src) < 3 or src[-1].lower_ not in WEEKDAYS or doc[src.end - 2].lower_ == "super":
        return src
    if any(t.pos_ in ("VERB", "AUX") for t in src):
        return src  # "Biden, who was to travel to Columbus on Wednesday", "a poll released Friday"
    end = src.end - 1
    if doc[end - 1].lower_ == "on":
        end -= 1
    head = doc[end].head
    verb_next = src.end < len(doc) and doc[src.end].pos_ in ("VERB", "AUX")  # "the mayor on Tuesday said"
    if src.start <= head.i < src.end and not (head.i == src.root.i and verb_next):
        return src
    while end > src.start + 1 and doc[end - 1].text == ",":
        end -= 1
    if doc[end - 1].pos_ not in ("NOUN", "PROPN"):
        return src  # "a poll out Monday"
    return Span(doc, src.start, end, label=src.label_)


def _quote_before_subject(doc: Doc, link: Link) -> None:
    """"«We will not allow it,» Erdoğan told reporters": a quotation tagged together with
    the cue's subject after it ends at its closing mark, so the subject can speak."""
    if link.source is not None:
        return
    subj = next(iter(subjects(link.cue.root)), None)
    if subj is None:
        return
    for n, piece in enumerate(link.content):
        if not (piece.start < subj.i < piece.end and piece[0].text in opening_marks()):
            continue
        close = max((t.i for t in doc[piece.start + 1: subj.i] if t.is_quote), default=None)
        if close is not None and all(t.is_punct or t.is_space for t in doc[close + 1: subj.left_edge.i]):
            link.content[n] = Span(doc, piece.start, close + 1, label=piece.label_)
        return


def _overlaps_any(span: Span, others: list[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def _add_cue_subjects(doc: Doc, links: list[Link]) -> None:
    """An attribution left without a source takes its cue's subject
    (:func:`~quotegraph.nlp.cue_subjects.cue_subject`) when no attribution's span covers any of it: the tagger
    found the cue but not who is behind it.

    Linking's own fill (``_syntactic_fill`` with :func:`~quotegraph.nlp.syntax.subject_of`)
    runs before the quotation fit and the steps above, so it misses cues that get
    their content or lose their source later. This last pass does not climb from an
    xcomp or conjunct to its head's subject (that cost a right source on the held-out
    articles), and it also reads a noun cue's possessor."""
    taken = _taken(doc, links, content=False)
    for link in links:
        if link.source is not None:
            continue
        if _subject_opens_cue(link):
            continue
        subj = free_of(cue_subject(link.cue), taken)
        if subj is None or _overlaps_any(subj, link.content):
            continue
        link.source = subj
        taken[subj.start : subj.end] = [True] * len(subj)


_NO_SPEAKER = frozenset({"it", "there", "this", "that", "which"})


def _subject_opens_cue(link: Link) -> bool:
    """"To varying degrees, [all agreed] that ...": a cue span that opens on its verb's
    subject gives that subject to the source (True when it did)."""
    cue, root = link.cue, link.cue.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i), None)
    if subj is None or subj.left_edge.i != cue.start or subj.right_edge.i + 1 >= cue.end \
            or subj.lower_ in _NO_SPEAKER:
        return False  # not "[It's clear] that ...", whose "it" is nobody
    link.source = Span(cue.doc, cue.start, subj.right_edge.i + 1, label="SOURCE")
    link.cue = Span(cue.doc, subj.right_edge.i + 1, cue.end, label=cue.label_)
    return True


def extract_links(doc: Doc, spans: list[Span], boundaries: BoundaryModel | None = None,
                  scores: MoveScores | None = None) -> tuple[list[Span], list[Link]]:
    """The role spans actually used and the attributions they form, in cue order;
    with ``boundaries``, one-piece contents get the boundaries it chooses (reading the
    tagger's move ``scores``, which it was trained with)."""
    spans = [s for s in spans if not (s.label_ == "CONTENT" and only_dateline(s))]  # "[FRANKFURT] — Talks"
    spans = quoted_as_said(doc, recover_sentences(doc, without_section_labels(doc, spans)))
    signed = find_signed_quotes(doc) + find_colon_layouts(doc) + find_afterwords(doc) + find_inverted_reports(doc)
    if signed:  # a layout's whole extent: the colon of "Said Ellis: “...”" is no cue of its own
        taken = _taken(doc, signed, extent=True)
        spans = [s for s in spans if not any(taken[s.start : s.end])]
    links = [l for l in link_roles(doc, spans) if not naming_participle(l) and not speaking_venue(l)
             and not adding_to(l)]
    fit_quotes(doc, links)
    links += signed
    for link in links:
        _keep_within_breaks(doc, link)
        _drop_dangling_conjunction(doc, link)
        _drop_stray_left_piece(doc, link)
        drop_unreported_subject(link)
        _source_name_after(doc, link)
        _question_before_speaker(doc, link)
    add_reported_subjects(links, _taken(doc, links))
    for link in links:
        _quote_before_subject(doc, link)
    _add_cue_subjects(doc, links)
    moved = refit_contents(doc, links, boundaries, scores) if boundaries is not None else {}
    close_quotations(doc, links)
    taken = _taken(doc, links)
    add_main_clauses(doc, links, taken)
    add_whole_clauses(doc, links, taken)
    links = add_according_to(doc, links)
    links = add_nested_reports(doc, [l for l in links if not hortative(l)])
    for link in links:  # sources that the steps above gave (nested reports, the parse's subjects)
        quoted_by_reporter(link)
        _close_source_bracket(doc, link)
        _source_edges(doc, link)
        _whole_subject(doc, link)
    for link in links:
        _cue_before_content(doc, link)
        _from_single_opening(doc, link)
        _merge_overlapping_pieces(doc, link)
        _balance_brackets(doc, link)
        link.content = [after_dateline(c) for c in link.content]
    links.sort(key=lambda l: l.cue.start)
    used = [moved.get((s.start, s.end), s) if s.label_ == "CONTENT" else s for s in spans]
    used += [s for l in signed for s in _link_spans(l)]
    return sorted(used, key=lambda s: (s.start, s.end)), links
