"""DuckDB storage of Records: schema and migrations, idempotent transactional writes,
near-duplicate grouping, queries and Parquet export. Knows nothing about spaCy."""

from rashomon.store.store import AddResult, Prepared, Store, prepare

__all__ = ["AddResult", "Prepared", "Store", "prepare"]
