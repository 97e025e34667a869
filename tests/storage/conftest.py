"""Fixtures for the storage layer: a fresh review database, in a temporary folder (sqlite) and on a real
PostgreSQL server (postgres). A test that takes `store` or `db_path` runs on both, unless marked sqlite_only
(it is about the file itself: its locks, its bytes, its folder). They live in tests/helpers/backends.py, shared
with the application layer's tests."""

from tests.helpers.backends import BACKENDS, backend, db_path, pytest_configure, pytest_generate_tests, store

__all__ = ["BACKENDS", "backend", "db_path", "pytest_configure", "pytest_generate_tests", "store"]
