"""Partitioning without a cluster or a model: ranges of JSONL and WARC files read back
exactly what ``quotegraph ingest`` reads, in the same order, and keys are stable."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="needs the scale extra (dask[distributed])")

from quotegraph.ingest import Article, read_sources  # noqa: E402
from quotegraph.records import Rejection  # noqa: E402
from quotegraph.scale.partitions import Partition, Split, plan, read_partition, split_file  # noqa: E402
from test_ingest_support import ARTICLE_PAGES, CORPUS, write_warc  # noqa: E402


def _items(items) -> list[tuple[str, str]]:
    return [(i.id, i.content_hash) if isinstance(i, Article) else (i.input, i.reason) for i in items]


def _through_partitions(sources: list[str], size: int) -> tuple[list[Partition], list]:
    work, rejected = plan(sources, size)
    parts: list[Partition] = []
    for w in work:
        parts.extend(split_file(w) if isinstance(w, Split) else [w])
    return parts, [item for p in parts for item in read_partition(p)] + rejected


def _jsonl(path: Path, n: int, *, bad: int | None = None) -> None:
    lines = [json.dumps({"id": f"a{i}", "text": f"Minister {i} said that the talks went on."}) for i in range(n)]
    if bad is not None:
        lines[bad] = "{not json"
    lines.insert(3, "")  # blank lines are not articles
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("compress", [False, True])
def test_jsonl_ranges_read_like_ingest(tmp_path, compress):
    path = tmp_path / "a.jsonl"
    _jsonl(path, 11, bad=5)
    if compress:
        gz = tmp_path / "a.jsonl.gz"
        gz.write_bytes(gzip.compress(path.read_bytes()))
        path.unlink()
        path = gz
    parts, items = _through_partitions([str(path)], 3)
    assert [p.kind for p in parts] == ["jsonl"] * 4 and len({p.key for p in parts}) == 4
    assert _items(items) == _items(read_sources([str(path)]))
    again, _ = _through_partitions([str(path)], 3)
    assert [p.key for p in again] == [p.key for p in parts]  # stable names


def test_warc_ranges_read_like_ingest_and_seek_to_record_starts(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    pages = [(f"https://x.example/{i}", ARTICLE_PAGES[i % 2], "text/html") for i in range(5)]
    pages.insert(2, ("https://x.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"))
    write_warc(path, pages)
    parts, items = _through_partitions([str(path)], 3)  # 12 records (request + response each)
    assert len(parts) == 4 and parts[0].start == 0 and all(p.end for p in parts[:-1])
    assert _items(items) == _items(read_sources([str(path)]))
    assert sum(isinstance(i, Article) for i in items) == 5


def test_truncated_warc_gz_ends_in_one_rejection(tmp_path):
    path = tmp_path / "cut.warc.gz"
    write_warc(path, [(f"https://x.example/{i}", ARTICLE_PAGES[0], "text/html") for i in range(4)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 5 // 8])
    parts, items = _through_partitions([str(path)], 2)
    assert _items(items) == _items(read_sources([str(path)]))
    rejections = [i for i in items if isinstance(i, Rejection)]
    assert len(rejections) == 1 and "damaged archive" in rejections[0].reason
    assert 1 <= sum(isinstance(i, Article) for i in items) < 4


def test_folders_globs_and_missing_sources(tmp_path):
    texts = CORPUS / "texts"
    parts, items = _through_partitions([str(texts), str(tmp_path / "nope.txt"), str(tmp_path / "*.warc")], 1)
    assert all(p.kind == "files" and len(p.items) == 1 for p in parts)
    expected = _items(read_sources([str(texts)]))
    assert _items(items)[: len(expected)] == expected
    assert [r for _, r in _items(items)[len(expected):]] == ["no such file or folder", "no file matches this pattern"]
