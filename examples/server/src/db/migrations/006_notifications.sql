-- Each outbox row is delivered by its own job: in-app always, by email too when SMTP is configured.
ALTER TABLE jobs DROP CONSTRAINT jobs_task_check;
ALTER TABLE jobs ADD CONSTRAINT jobs_task_check CHECK (task IN ('subscription_period_end', 'number_period_end',
  'payment_past_due', 'payment_blocked', 'notification_delivery'));

-- sent_at is when the notification was delivered; emailed_at when the SMTP server accepted it.
ALTER TABLE outbox ADD COLUMN emailed_at timestamptz;
ALTER TABLE outbox ADD COLUMN email_message_id text;

CREATE FUNCTION outbox_enqueue_jobs() RETURNS trigger AS $$
BEGIN
  IF NEW.sent_at IS NULL THEN
    PERFORM enqueue_job('notification_delivery', NEW.id::text, NEW.created_at);
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER outbox_jobs AFTER INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION outbox_enqueue_jobs();

INSERT INTO jobs (task, subject, due_at, run_after)
  SELECT 'notification_delivery', id::text, created_at, created_at FROM outbox WHERE sent_at IS NULL
  ON CONFLICT (task, subject, due_at) DO NOTHING;
