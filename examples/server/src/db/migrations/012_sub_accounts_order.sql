-- Manage Users pages in this order by keyset (store/sub-account-search.ts): a page is an index range.
CREATE INDEX sub_accounts_agency_order ON sub_accounts (agency_id, position, name, id);
