-- Work that falls due at an instant, one row per (task, subject, instant). Rows are written by
-- triggers, so every writer (routes, renewals, seeds, a restore) enqueues in the same transaction as
-- the change that causes the work. A runner claims a due row with FOR UPDATE SKIP LOCKED and does the
-- work in that same transaction: a crash rolls both back, and two instances never run one row twice.
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  task text NOT NULL CHECK (task IN ('subscription_period_end', 'number_period_end', 'payment_past_due', 'payment_blocked')),
  subject text NOT NULL,
  due_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
  -- due_at, or the next retry after a failed attempt.
  run_after timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  done_at timestamptz,
  UNIQUE (task, subject, due_at)
);
CREATE INDEX jobs_pending ON jobs (run_after, due_at, id) WHERE status = 'pending';

CREATE FUNCTION enqueue_job(p_task text, p_subject text, p_due_at timestamptz) RETURNS void AS $$
BEGIN
  INSERT INTO jobs (task, subject, due_at, run_after) VALUES (p_task, p_subject, p_due_at, p_due_at)
  ON CONFLICT (task, subject, due_at) DO NOTHING;
END;
$$ LANGUAGE plpgsql;

-- A current subscription's period end (renewal, a scheduled change or cancellation applied) and, for
-- offline terms with an unpaid period, the Past Due and Blocked instants of its payment request.
CREATE FUNCTION subscriptions_enqueue_jobs() RETURNS trigger AS $$
DECLARE
  due timestamptz;
BEGIN
  IF NOT NEW.is_current OR NEW.status IN ('canceled', 'incomplete_expired') THEN
    RETURN NEW;
  END IF;
  PERFORM enqueue_job('subscription_period_end', NEW.id, NEW.period_end);
  IF NEW.terms->>'paymentType' = 'offline' AND NOT NEW.period_paid AND NEW.terms->'price' <> 'null'::jsonb THEN
    due := NEW.period_start + make_interval(days => (NEW.terms->>'paymentDueDays')::int);
    PERFORM enqueue_job('payment_past_due', NEW.id, due);
    PERFORM enqueue_job('payment_blocked', NEW.id, due + make_interval(days => (NEW.terms->>'graceDays')::int));
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER subscriptions_jobs AFTER INSERT OR UPDATE ON subscriptions
  FOR EACH ROW EXECUTE FUNCTION subscriptions_enqueue_jobs();

-- An active number renews at its period end; a releasing one goes back to the pool then.
CREATE FUNCTION phone_numbers_enqueue_jobs() RETURNS trigger AS $$
BEGIN
  IF NEW.state IN ('active', 'releasing') AND NEW.period_end IS NOT NULL THEN
    PERFORM enqueue_job('number_period_end', NEW.id, NEW.period_end);
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER phone_numbers_jobs AFTER INSERT OR UPDATE ON phone_numbers
  FOR EACH ROW EXECUTE FUNCTION phone_numbers_enqueue_jobs();

-- Rows written before this migration get their jobs now.
UPDATE subscriptions SET is_current = is_current WHERE is_current;
UPDATE phone_numbers SET state = state WHERE state IN ('active', 'releasing');

-- An offline payment request's Past Due and Blocked instants notify the sub-account's users.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
  CHECK (kind IN ('number_pending_activation', 'number_unassigned', 'number_released', 'payment_past_due', 'payment_blocked'));
