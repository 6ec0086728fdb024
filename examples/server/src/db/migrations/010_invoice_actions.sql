-- Which plan change a credit movement belongs to (granted to a balance, or paid out of the pool),
-- so the credit views can say "Basic → Plus granted 20.00". NULL for movements of other kinds.
ALTER TABLE ledger_entries ADD COLUMN from_plan_id text;
ALTER TABLE ledger_entries ADD COLUMN to_plan_id text;
-- The credit views read a sub-account's or an agency's credit movements, newest first.
CREATE INDEX ledger_entries_credit ON ledger_entries (agency_id, created_at DESC, id DESC)
  WHERE kind IN ('credit', 'credit_applied', 'agency_pool_debit');

-- An offline request's Past Due and Blocked notices follow the request's own instants: they are
-- enqueued from the request (subject = its id) when it is written open, never from the period.
CREATE OR REPLACE FUNCTION subscriptions_enqueue_jobs() RETURNS trigger AS $$
BEGIN
  IF NOT NEW.is_current OR NEW.status IN ('canceled', 'incomplete_expired') THEN
    RETURN NEW;
  END IF;
  PERFORM enqueue_job('subscription_period_end', NEW.id, NEW.period_end);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION invoices_enqueue_jobs() RETURNS trigger AS $$
BEGIN
  IF NEW.status = 'open' AND NEW.due_at IS NOT NULL AND NEW.blocked_at IS NOT NULL THEN
    PERFORM enqueue_job('payment_past_due', NEW.id, NEW.due_at);
    PERFORM enqueue_job('payment_blocked', NEW.id, NEW.blocked_at);
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER invoices_jobs AFTER INSERT OR UPDATE ON invoices
  FOR EACH ROW EXECUTE FUNCTION invoices_enqueue_jobs();

-- Period-keyed notices still waiting are superseded by the request-keyed ones below.
UPDATE jobs SET status = 'done', done_at = now() WHERE task IN ('payment_past_due', 'payment_blocked') AND status = 'pending';
UPDATE invoices SET status = status WHERE status = 'open' AND due_at IS NOT NULL;
