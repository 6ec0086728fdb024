-- Invoices and payment requests as documents: the period they bill, an offline request's due and
-- Blocked instants (from that period, so the badge and the banner read the same ones), what
-- settled them and who marked or voided them. Credit applied to a request is its own ledger kind.
ALTER TABLE invoices DROP CONSTRAINT invoices_status_check;
ALTER TABLE invoices ADD CONSTRAINT invoices_status_check
  CHECK (status IN ('draft', 'open', 'paid', 'void', 'uncollectible'));
ALTER TABLE invoices ADD COLUMN period_start timestamptz;
ALTER TABLE invoices ADD COLUMN period_end timestamptz;
ALTER TABLE invoices ADD COLUMN due_at timestamptz;
ALTER TABLE invoices ADD COLUMN blocked_at timestamptz;
ALTER TABLE invoices ADD COLUMN settled_by text CHECK (settled_by IN ('card', 'bank_transfer', 'credit'));
ALTER TABLE invoices ADD COLUMN settled_reference text;
ALTER TABLE invoices ADD COLUMN settled_by_user text;
ALTER TABLE invoices ADD COLUMN voided_at timestamptz;
ALTER TABLE invoices ADD COLUMN voided_by_user text;
CREATE INDEX invoices_sub_account_created ON invoices (sub_account_id, created_at DESC, id DESC);

ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_kind_check;
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_kind_check
  CHECK (kind IN ('charge', 'credit', 'credit_applied', 'agency_pool_debit', 'number_charge', 'telco_purchase'));
