"""Quotation spans: pairing, multi-paragraph quotes, unbalanced marks."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotegraph.nlp.quotes import find_quotes


def spans(text):
    quotes, unbalanced = find_quotes(text)
    return [text[q.start:q.end] for q in quotes], unbalanced


def test_straight_and_curly():
    got, bad = spans('He said "We will win," and then “soon.”')
    assert got == ['"We will win,"', "“soon.”"] and bad == 0


def test_multi_paragraph_quote_reopens_each_paragraph():
    text = "“First paragraph of the quote.\n\n“Second paragraph,” she said."
    got, bad = spans(text)
    assert got == ["“First paragraph of the quote.\n\n“Second paragraph,”"] and bad == 0


def test_unbalanced_quote_closes_at_paragraph_end():
    text = 'He said "this never closes.\n\nA new paragraph "with a quote" here.'
    got, bad = spans(text)
    assert got[0] == '"this never closes.' and got[1] == '"with a quote"' and bad == 1


def test_many_unbalanced_marks_do_not_break():
    text = "The senator said " + "” " * 39 + "and left."
    got, bad = spans(text)
    assert got == [] and bad == 39


def test_newspaper_doubled_apostrophes_are_double_quotes():
    text = ("''This isn't reform,'' said Ms. Lee. ''It's anti-reform. She's layering on more.''"
            " He called it ``best'' in class.")
    quotes, bad = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == [
        "''This isn't reform,''", "''It's anti-reform. She's layering on more.''", "``best''"]
    assert bad == 0
    assert text[slice(*quotes[0].inner)] == "This isn't reform,"
    assert find_quotes(text, doubled=False) == ([], 0)
    got, bad = spans("''First paragraph of the quote.\n\n''Second paragraph,'' she said.")
    assert got == ["''First paragraph of the quote.\n\n''Second paragraph,''"] and bad == 0


@given(st.text(alphabet=st.sampled_from(list('ab "“”\n.,\'`')), max_size=200))
def test_quotes_are_within_text(text):
    quotes, _ = find_quotes(text)
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start] in '"“' or text[q.start:q.start + 2] in ("''", "``")
        assert q.start + q.open_len <= q.end
