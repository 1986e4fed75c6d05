"""Evaluation harness: PolNeAR attribution scores, speaker resolution, floors gate."""
from __future__ import annotations

from .attributions import (
    check_floors,
    evaluate_polnear,
    format_polnear_table,
    load_floors,
    normalise,
    score_polnear,
)
from .speakers import evaluate_speakers, format_speakers_table, read_speaker_gold, score_speakers

__all__ = [
    "score_polnear",
    "evaluate_polnear",
    "score_speakers",
    "evaluate_speakers",
    "read_speaker_gold",
    "check_floors",
    "load_floors",
    "normalise",
    "format_polnear_table",
    "format_speakers_table",
]
