"""Bad input: each is a value with a reason, never an exception."""
from __future__ import annotations

import pytest

from quotegraph.inputs import check_text, decode_input
from quotegraph.records import Rejection


@pytest.mark.parametrize(
    "data, code",
    [
        (b"", "E001"),
        (b"   \n\t ", "E001"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "E002"),
        (b"The minister said \xff\xfe it was over.", "E003"),
        ("\"\" '' 12 34 !! ?? -- ...".encode(), "E005"),
        ("Der Minister sagte am Montag, dass die Regierung die Steuern senken und "
         "die Wirtschaft stärken werde.".encode(), "E006"),
    ],
)
def test_rejections(data, code):
    got = decode_input("x.txt", data)
    assert isinstance(got, Rejection)
    assert got.code == code
    assert "x.txt" in got.message() and "\n" not in got.message()


def test_too_large(monkeypatch):
    monkeypatch.setenv("QUOTEGRAPH_MAX_CHARS", "1000")
    got = check_text("big.txt", "The minister said it was over. " * 100)
    assert isinstance(got, Rejection) and got.code == "E004"


def test_five_megabytes_rejected():
    got = check_text("big.txt", "The minister said it was over. " * 170_000)
    assert isinstance(got, Rejection) and got.code == "E004"


def test_english_passes_unchanged():
    text = "\ufeffThe minister said on Monday that taxes would fall, and “soon.”"
    assert decode_input("a.txt", text.encode("utf-8")) == text


def test_short_english_passes():
    assert check_text("a", "He said no.") == "He said no."
