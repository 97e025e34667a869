"""SQLite's SQL as a server takes it: the one place the two dialects differ (storage/dialect.py)."""

import pytest

from facilitator.storage.dialect import postgres_sql, written_table
from facilitator.storage.server_url import CONNECT_TIMEOUT_S, checked_url, is_server_url


def test_placeholders_become_the_servers_outside_quoted_text():
    assert postgres_sql("SELECT * FROM notes WHERE id = ? AND text != '?:x'") == (
        "SELECT * FROM notes WHERE id = %s AND text != '?:x'"
    )
    assert postgres_sql("UPDATE notes SET text = :text WHERE id = :id") == (
        "UPDATE notes SET text = %(text)s WHERE id = %(id)s"
    )


def test_a_literal_percent_is_kept_literal():
    assert postgres_sql("SELECT 'a%b' WHERE 5 % 2 = ?") == "SELECT 'a%%b' WHERE 5 %% 2 = %s"


def test_insert_or_ignore_skips_duplicates_and_an_insert_returns_its_id():
    assert postgres_sql("INSERT OR IGNORE INTO timeline_entries (text) VALUES (:text)") == (
        "INSERT INTO timeline_entries (text) VALUES (%(text)s) ON CONFLICT DO NOTHING RETURNING id"
    )
    assert postgres_sql("INSERT INTO note_drafts (review_id) VALUES (?)") == "INSERT INTO note_drafts (review_id) VALUES (%s)"


def test_sqlites_own_words_have_the_servers_meaning():
    assert postgres_sql("BEGIN IMMEDIATE") == "BEGIN"
    assert postgres_sql("UPDATE people SET facilitates = CAST((id IS ?) AS INTEGER)") == (
        "UPDATE people SET facilitates = CAST((id IS NOT DISTINCT FROM %s) AS INTEGER)"
    )
    assert postgres_sql("SELECT 1 FROM t WHERE name IN ()") == "SELECT 1 FROM t WHERE name IN (NULL)"
    upsert = "INSERT INTO write_queues (name, written) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET written = max(written, excluded.written)"
    assert postgres_sql(upsert).endswith("SET written = GREATEST(write_queues.written, excluded.written)")


def test_pragmas_mean_what_they_can_on_a_server():
    assert postgres_sql("PRAGMA wal_checkpoint(TRUNCATE)") == ""
    assert postgres_sql("PRAGMA busy_timeout = 0") == "SET lock_timeout = 1"  # 0 would mean: wait for ever
    assert postgres_sql("PRAGMA busy_timeout = 2500") == "SET lock_timeout = 2500"
    with pytest.raises(ValueError, match="journal_mode"):
        postgres_sql("PRAGMA journal_mode = WAL")


def test_the_table_a_statement_writes():
    assert written_table('INSERT INTO "notes" (text) VALUES (?)') == "notes"
    assert written_table("INSERT OR IGNORE INTO timeline_entries (x) VALUES (?)") == "timeline_entries"
    assert written_table("UPDATE reviews SET title = ?") == "reviews"
    assert written_table("DELETE FROM parked_items WHERE id = ?") == "parked_items"
    assert written_table("SELECT * FROM notes") is None


def test_a_server_address_is_told_from_a_path():
    assert is_server_url("postgresql://ann@db/reviews")
    assert is_server_url("postgres://db/reviews?sslmode=verify-full")
    assert not is_server_url("reviews.sqlite3")
    assert not is_server_url("./postgresql:/x")


def test_connecting_waits_briefly_unless_the_address_says_otherwise():
    assert checked_url("postgresql://ann@db/reviews")["connect_timeout"] == str(CONNECT_TIMEOUT_S)
    assert checked_url("postgresql://ann@db/reviews?connect_timeout=20")["connect_timeout"] == "20"
    assert checked_url("postgresql://ann@db:6543/reviews?sslmode=verify-full")["sslmode"] == "verify-full"


def test_a_silent_link_is_checked_for_unless_the_address_says_otherwise():
    """Keepalives and a TCP user timeout: a Wi-Fi drop with no reset is found in seconds, not TCP's minutes."""
    params = checked_url("postgresql://ann@db/reviews")
    assert params["keepalives"] == "1" and int(params["tcp_user_timeout"]) <= 30_000
    assert checked_url("postgresql://ann@db/reviews?tcp_user_timeout=0")["tcp_user_timeout"] == "0"
