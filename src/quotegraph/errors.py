"""One exception hierarchy. Each message carries a stable number (``[E###]``)."""
from __future__ import annotations

__all__ = ["QuotegraphError", "InputError", "ModelError", "StoreError", "Errors"]


class Errors:
    """Numbered messages, spaCy style. Format with ``.format(**kw)``."""

    E001 = "empty input"
    E002 = "binary data, not text"
    E003 = "invalid UTF-8 at byte {pos}"
    E004 = "too large: {size} characters (limit {limit})"
    E005 = "no sentences: the text has no words"
    E006 = "not English (detected language: {lang})"
    E007 = "cannot read: {why}"
    E010 = "the model {name!r} is not installed: {why}"
    E011 = "the quotegraph weights are missing at {path}; run `quotegraph train` or reinstall"
    E012 = "the quotegraph component cannot run: {why}"
    E013 = "event coding is not available: {why}"
    E014 = "the content-boundary weights at {path} cannot be read: {why}"
    E015 = "the ensemble tagger at {path} does not have the same moves as the first tagger; retrain it with `quotegraph train`"
    E016 = "the confidence model at {path} cannot be read: {why}"
    E020 = "not a PolNeAR split folder (needs text/ and attributions/): {path}"
    E021 = "no such config file: {path}"
    E022 = "no role tagger at {path} to train a content-boundary chooser for"
    E030 = "database error: {why}"
    E031 = "database {path} has schema version {found}, newer than this quotegraph ({supported}); upgrade quotegraph"


class QuotegraphError(Exception):
    """Base of every error quotegraph raises on purpose."""

    code = "E000"

    def __init__(self, code: str, **kw: object) -> None:
        self.code = code
        template = getattr(Errors, code, "{why}")
        self.reason = template.format(**kw)
        super().__init__(f"{self.reason} [{code}]")


class InputError(QuotegraphError):
    """An input that cannot be analysed."""

    @classmethod
    def from_rejection(cls, rejection) -> "InputError":
        err = cls.__new__(cls)
        err.code, err.reason = rejection.code, rejection.reason
        Exception.__init__(err, f"{rejection.input}: {rejection.reason} [{rejection.code}]")
        return err


class ModelError(QuotegraphError):
    """A model or weights problem."""


class StoreError(QuotegraphError):
    """A database problem."""
