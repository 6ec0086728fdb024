-- Manage Users' text search (store/sub-account-search.ts) matches lower(…) LIKE '%q%'; trigram
-- indexes answer that without reading every row. The extension is database-wide while test
-- databases are schemas of one database: two of them creating it at once collide, which is fine.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL;
END $$;
-- Qualified: a test schema's search_path does not include public.
CREATE INDEX sub_accounts_name_trgm ON sub_accounts USING gin (lower(name) public.gin_trgm_ops);
CREATE INDEX sub_account_users_name_trgm ON sub_account_users USING gin (lower(name) public.gin_trgm_ops);
CREATE INDEX sub_account_users_email_trgm ON sub_account_users USING gin (lower(email) public.gin_trgm_ops);
