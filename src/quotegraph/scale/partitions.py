"""Sources -> partitions of at most N articles, and reading one partition back.

A partition is a small, picklable description of work; it never holds article text:

* ``files``: up to N files (text, HTML, feeds) or URLs, read with the ingest readers;
* ``jsonl``: a line range of a JSONL file (a byte range into the decompressed stream);
* ``warc``: a record range of a WARC / WARC.gz archive (byte offsets of record starts,
  which are gzip member starts in a record-compressed archive), read by seeking there.

Splitting a JSONL or WARC file streams it once (:func:`split_file`, run on a worker) and
keeps only the offsets of every N-th record. A partition's key is stable (file path,
size, modification time and range), so a rerun over the same inputs finds it complete.
Articles come out in the order ``quotegraph ingest`` reads them.
"""
from __future__ import annotations

import glob
import gzip
import hashlib
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.limitreader import LimitReader

from ..ingest import Article, read_sources
from ..ingest.fetch import MAX_BYTES, is_url
from ..ingest.jsonl import open_maybe_gzip, parse_line
from ..ingest.sources import file_kind, iter_files
from ..ingest.warc import _BROKEN, _read_record  # the ingest reader's own record logic
from ..records import Rejection

__all__ = ["Partition", "Split", "plan", "split_file", "read_partition"]


@dataclass(frozen=True)
class Partition:
    """One unit of work: ``kind`` files | jsonl | warc."""

    key: str
    kind: str
    items: tuple[str, ...] = ()  # files: paths or URLs
    path: str = ""  # jsonl / warc
    start: int = 0  # byte offset of the first line / record
    end: int | None = None  # byte offset after the last one; None: to the end of the file
    first: int = 0  # lines / records before this partition
    size: int = 0  # articles (at most; WARC: records)


@dataclass(frozen=True)
class Split:
    """A JSONL or WARC file still to be split (on a worker): its place in the plan."""

    path: str
    kind: str
    size: int


def _slug(path: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", os.path.basename(path))[:60] or "source"


def _stamp(path: str) -> str:
    try:
        st = os.stat(path)
        return f"{path}\t{st.st_size}\t{st.st_mtime_ns}"
    except OSError:
        return path


def _digest(text: str, n: int = 12) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:n]


def _files_partition(items: list[str]) -> Partition:
    key = f"files-{_slug(items[0])}-{_digest(chr(10).join(_stamp(i) for i in items), 16)}"
    return Partition(key=key, kind="files", items=tuple(items), size=len(items))


def _expand(source: str) -> list[str] | Rejection:
    """Absolute paths of a source (a glob is expanded, sorted); URLs as they are."""
    if is_url(source):
        return [source]
    path = os.path.abspath(os.path.expanduser(source))
    if os.path.exists(path):
        return [path]
    if glob.has_magic(source):
        found = sorted(glob.glob(os.path.expanduser(source), recursive=True))
        if found:
            return [os.path.abspath(p) for p in found]
        return Rejection(source, "no file matches this pattern", "E007")
    return Rejection(source, "no such file or folder", "E007")


def _files_of(path: str) -> Iterator[str]:
    if is_url(path) or not os.path.isdir(path):
        yield path
    else:
        yield from (str(p) for p in iter_files(Path(path)))


def _kind(path: str) -> str:
    if is_url(path):
        return "url"
    try:
        return file_kind(Path(path))
    except OSError:
        return "text"  # unreadable: the reader turns it into a rejection


def plan(sources: list[str], size: int) -> tuple[list[Partition | Split], list[Rejection]]:
    """The work for ``sources`` in reading order: file partitions, and JSONL/WARC files to split."""
    work: list[Partition | Split] = []
    rejections: list[Rejection] = []
    group: list[str] = []

    def flush() -> None:
        if group:
            work.append(_files_partition(list(group)))
            group.clear()

    for source in sources:
        expanded = _expand(source)
        if isinstance(expanded, Rejection):
            rejections.append(expanded)
            continue
        for top in expanded:
            for path in _files_of(top):
                kind = _kind(path)
                if kind in ("jsonl", "warc"):
                    flush()
                    work.append(Split(path, kind, size))
                    continue
                group.append(path)
                if len(group) >= size:
                    flush()
    flush()
    return work, rejections


def split_file(split: Split) -> list[Partition]:
    """Partitions of one JSONL or WARC file (streams it once; runs on a worker)."""
    try:
        starts = _warc_starts(split) if split.kind == "warc" else _jsonl_starts(split)
    except OSError:
        starts = [(0, 0)]  # unreadable: one partition, whose reader says why
    stamp, slug = _digest(_stamp(split.path), 10), _slug(split.path)
    out = []
    for i, (offset, first) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else None
        out.append(Partition(key=f"{slug}-{stamp}-{first:09d}", kind=split.kind, path=split.path,
                             start=offset, end=end, first=first, size=split.size))
    return out


def _jsonl_starts(split: Split) -> list[tuple[int, int]]:
    """(byte offset, lines before) where each partition starts; a damaged tail ends the scan."""
    starts, articles, lineno = [(0, 0)], 0, 0
    try:
        with open_maybe_gzip(Path(split.path)) as fh:
            while True:
                offset, raw = fh.tell(), fh.readline()
                if not raw:
                    break
                if raw.strip():
                    if articles and articles % split.size == 0:
                        starts.append((offset, lineno))
                    articles += 1
                lineno += 1
    except (OSError, EOFError, zlib.error):
        pass  # the last partition reaches the damage and reports it
    return starts


def _warc_starts(split: Split) -> list[tuple[int, int]]:
    """(byte offset, records before) of each partition; one partition when offsets are unusable."""
    starts: list[tuple[int, int]] = []
    try:
        with open(split.path, "rb") as fh:
            records = ArchiveIterator(fh, arc2warc=True)
            for count, _ in enumerate(records):
                if count % split.size == 0:
                    starts.append((records.get_record_offset(), count))
    except _BROKEN:
        pass  # as above
    if not starts or not _seekable(split.path, [o for o, _ in starts]):
        return [(0, 0)]
    return [(0, 0)] + starts[1:]


def _seekable(path: str, offsets: list[int]) -> bool:
    """Whether each offset starts a gzip member (or the archive is not compressed)."""
    with open(path, "rb") as fh:
        if fh.read(2) != b"\x1f\x8b":
            return True
        for offset in offsets[1:]:
            fh.seek(offset)
            if fh.read(2) != b"\x1f\x8b":
                return False
    return True


def read_partition(part: Partition, *, max_bytes: int = MAX_BYTES) -> Iterator[Article | Rejection]:
    """The articles (and rejections) of one partition, as ``quotegraph ingest`` reads them."""
    if part.kind == "files":
        yield from read_sources(list(part.items), max_bytes=max_bytes)
    elif part.kind == "jsonl":
        yield from _read_jsonl(part)
    else:
        yield from _read_warc(part, max_bytes)


def _read_jsonl(part: Partition) -> Iterator[Article | Rejection]:
    lineno = part.first
    try:
        with open_maybe_gzip(Path(part.path)) as fh:
            fh.seek(part.start)
            try:
                while part.end is None or fh.tell() < part.end:
                    raw = fh.readline()
                    if not raw:
                        break
                    lineno += 1
                    if raw.strip():
                        yield parse_line(raw, f"{part.path}:{lineno}", part.path)
            except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
                yield Rejection(part.path, f"damaged gzip file after line {lineno}: {exc}", "E007")
    except OSError as exc:
        yield Rejection(part.path, f"cannot read: {exc.strerror or exc}", "E007")


def _read_warc(part: Partition, max_bytes: int) -> Iterator[Article | Rejection]:
    count = part.first
    try:
        with open(part.path, "rb") as fh:
            fh.seek(part.start)
            stream = fh if part.end is None else LimitReader(fh, part.end - part.start)
            try:
                for record in ArchiveIterator(stream, arc2warc=True):
                    count += 1
                    item = _read_record(record, part.path, max_bytes)
                    if item is not None:
                        yield item
            except _BROKEN as exc:
                yield Rejection(part.path, f"damaged archive after {count} records: "
                                           f"{type(exc).__name__}: {exc}", "E007")
                return
    except OSError as exc:
        yield Rejection(part.path, f"cannot read: {exc.strerror or exc}", "E007")
        return
    if count == 0:
        yield Rejection(part.path, "no WARC records (empty, truncated or not a WARC)", "E007")
