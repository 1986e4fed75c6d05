"""Speaker identity over a dataset, block by block, equals the store's sequential rule:
hand-made analyses (no model) written both through the store and as a dataset."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="needs the scale extra (dask[distributed])")

import pyarrow.parquet as pq  # noqa: E402

from quotegraph.ingest import Article  # noqa: E402
from quotegraph.scale import export_dataset, find_speakers  # noqa: E402
from quotegraph.scale.index import build_index  # noqa: E402
from quotegraph.scale.tables import PartitionRows, write_marker  # noqa: E402
from quotegraph.store import Store, connect, export  # noqa: E402
from quotegraph.store import find_speakers as stored_speakers  # noqa: E402

# (name, aliases, role, affiliation, country, kind) per speaker, one list per article
ARTICLES = [
    [("Hillary Rodham", ["Hillary Clinton"], None, None, "USA", "person"),
     ("John Smith", [], "minister", "Labour", "GBR", "person")],
    [("Hillary Clinton", [], "candidate", None, None, "person"),  # an alias of another surname
     ("John Smith", [], None, None, "USA", "person"),  # another country: another person
     ("the White House", [], None, None, None, "organisation")],
    [("White House", [], None, None, None, "organisation"), ("Smith", [], "minister", None, None, "person"),
     ("Donald Trump", ["Trump"], None, None, None, None)],
    [("Donald J. Trump", [], "President", None, "USA", "person"), ("George W. Bush", [], None, None, None, "person"),
     ("officials", [], None, None, None, None)],
    [("George H. W. Bush", [], None, None, None, "person"), ("Mr Trump", [], None, None, None, "person"),
     ("Clinton", [], "candidate", None, None, "person"), ("Jane Smith", [], None, None, None, "person")],
]


def _analysis(i: int, speakers: list[tuple]) -> tuple[Article, dict]:
    text = " ".join(f"{name} said that item {i}.{k} happened." for k, (name, *_) in enumerate(speakers))
    sps, statements, at = [], [], 0
    for k, (name, aliases, role, affiliation, country, kind) in enumerate(speakers):
        local = f"s{k + 1}"
        sps.append({"id": local, "name": None if name == "officials" else name, "aliases": [name, *aliases],
                    "role": role, "affiliation": affiliation, "country": country, "kind": kind})
        sentence = f"{name} said that item {i}.{k} happened."
        cue = at + len(name) + 1
        statements.append({"source": {"start": at, "end": at + len(name), "text": name},
                           "cue": {"start": cue, "end": cue + 4, "text": "said"},
                           "content": [{"start": cue + 5, "end": at + len(sentence) - 1,
                                        "text": sentence[len(name) + 6:-1]}],
                           "kind": "indirect", "speaker": {"id": local, "name": name}, "confidence": 0.9})
        at += len(sentence) + 1
    article = Article(id=f"id:{i}", text=text, published=f"2024-0{1 + i % 3}-01", outlet=f"Outlet {i % 2}")
    return article, {"id": article.id, "statements": statements, "speakers": sps}


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as cluster, Client(cluster) as c:
        yield c


@pytest.mark.parametrize("buckets", [1, 3, 8])
def test_blocked_identity_is_the_store_rule(client, tmp_path: Path, buckets: int):
    pairs = [_analysis(i, speakers) for i, speakers in enumerate(ARTICLES)]
    with Store(tmp_path / "q.db") as store:
        store.write(pairs)
    root = tmp_path / "ds"
    for index, chunk in enumerate((pairs[:2], pairs[2:3], pairs[3:])):
        rows = PartitionRows(f"p{index}", 1, index)
        for article, data in chunk:
            rows.add(article, data)
        rows.write(root)
        write_marker(root, f"p{index}", {"key": f"p{index}"})
    counts = build_index(root, client, buckets=buckets)
    conn = connect(tmp_path / "q.db")
    export(conn, "parquet", tmp_path / "b.parquet")
    expected = stored_speakers(conn, limit=None)
    conn.close()
    export_dataset(root, "parquet", tmp_path / "a.parquet")
    assert pq.read_table(tmp_path / "a.parquet").equals(pq.read_table(tmp_path / "b.parquet"))
    assert find_speakers(root, limit=None) == expected
    assert counts["speakers"] == len(expected)
    names = {s["name"] for s in expected}
    assert "Hillary Clinton" not in names and {"George W. Bush", "George H. W. Bush"} <= names
