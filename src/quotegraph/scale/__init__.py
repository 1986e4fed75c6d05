"""Scale out on Dask distributed: sources -> a Parquet dataset, queried with DuckDB.

* :func:`run_dataset` (``quotegraph run``): partitions the sources, analyses each
  partition on a Dask worker (pipeline loaded once per worker) and writes Parquet
  partitioned by published month; complete partitions are skipped on a rerun; then
  :func:`build_index` settles which articles count and who is the same speaker.
* :mod:`.query`: the store's queries over a dataset; :func:`load_dataset`: into SQLite.

Needs the ``scale`` extra (``dask[distributed]``); the rest of quotegraph does not.
"""
from __future__ import annotations

from .load import LoadReport, load_dataset
from .query import export_dataset, find_speakers, find_statements, iter_statements, list_rejections
from .runner import DEFAULT_PARTITION_SIZE, RunReport, ScaleError, dask_client, run_dataset

__all__ = [
    "DEFAULT_PARTITION_SIZE", "LoadReport", "RunReport", "ScaleError", "dask_client", "export_dataset",
    "find_speakers", "find_statements", "iter_statements", "list_rejections", "load_dataset", "run_dataset",
]
