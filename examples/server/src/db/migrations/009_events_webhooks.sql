-- Events for the host (README: Events and webhooks). `emit_event` writes the event and, for each
-- enabled endpoint of its agency, a delivery and that delivery's first job, all in the caller's
-- transaction: an event exists if and only if the change it reports committed.
CREATE TABLE events (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies(id),
  type text NOT NULL,
  created_at timestamptz NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX events_agency_created ON events (agency_id, created_at DESC, id DESC);

CREATE TABLE webhook_endpoints (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies(id),
  url text NOT NULL CHECK (url ~ '^https?://'),
  secret text NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  UNIQUE (agency_id, url)
);

-- One per (event, endpoint). next_attempt_at is the instant of the one job that may send it now; a
-- job for any other instant is stale and does nothing (so a replay or a retry never sends twice).
CREATE TABLE webhook_deliveries (
  id text PRIMARY KEY,
  event_id text NOT NULL REFERENCES events(id),
  endpoint_id text NOT NULL REFERENCES webhook_endpoints(id),
  status text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL,
  UNIQUE (event_id, endpoint_id)
);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at DESC, id DESC);

-- Every attempt, kept: when, how long, what the endpoint answered or why it failed.
CREATE TABLE webhook_attempts (
  id bigserial PRIMARY KEY,
  delivery_id text NOT NULL REFERENCES webhook_deliveries(id),
  attempt integer NOT NULL,
  started_at timestamptz NOT NULL,
  duration_ms integer NOT NULL,
  status_code integer,
  error text
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, id);

CREATE FUNCTION emit_event(p_agency text, p_type text, p_data jsonb, p_at timestamptz) RETURNS text AS $$
DECLARE
  v_event text := 'evt_' || replace(gen_random_uuid()::text, '-', '');
  v_delivery text;
  v_endpoint record;
BEGIN
  INSERT INTO events (id, agency_id, type, created_at, data) VALUES (v_event, p_agency, p_type, p_at, p_data);
  FOR v_endpoint IN SELECT id FROM webhook_endpoints WHERE agency_id = p_agency AND enabled ORDER BY id LOOP
    v_delivery := 'whd_' || replace(gen_random_uuid()::text, '-', '');
    INSERT INTO webhook_deliveries (id, event_id, endpoint_id, status, next_attempt_at, created_at)
      VALUES (v_delivery, v_event, v_endpoint.id, 'pending', p_at, p_at);
    PERFORM enqueue_job('webhook_delivery', v_delivery, p_at);
  END LOOP;
  RETURN v_event;
END;
$$ LANGUAGE plpgsql;

-- Invoices have many writers (providers, renewals, Stripe, marking paid): the table reports its own
-- events, at the instants the rows carry.
CREATE FUNCTION invoice_event_data(i invoices) RETURNS jsonb AS $$
  SELECT jsonb_build_object(
    'invoiceId', i.id, 'subAccountId', i.sub_account_id, 'subscriptionId', i.subscription_id,
    'phoneNumberId', i.phone_number_id, 'kind', i.kind, 'status', i.status,
    'amount', jsonb_build_object('amount', i.amount, 'currency', i.currency),
    'createdAt', to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'paidAt', to_char(i.paid_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
$$ LANGUAGE sql STABLE;

CREATE FUNCTION invoices_emit_events() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM emit_event(NEW.agency_id, 'invoice.created', invoice_event_data(NEW), NEW.created_at);
  END IF;
  IF NEW.status = 'paid' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'paid') THEN
    PERFORM emit_event(NEW.agency_id, 'invoice.paid', invoice_event_data(NEW), coalesce(NEW.paid_at, NEW.created_at));
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER invoices_events AFTER INSERT OR UPDATE OF status ON invoices
  FOR EACH ROW EXECUTE FUNCTION invoices_emit_events();

-- Inbound Stripe events are stored as received and applied by a job (billing/stripe/webhooks.ts).
ALTER TABLE stripe_events ADD COLUMN payload jsonb;
ALTER TABLE stripe_events ADD COLUMN processed_at timestamptz;
ALTER TABLE stripe_events ADD COLUMN outcome text;

ALTER TABLE jobs DROP CONSTRAINT jobs_task_check;
ALTER TABLE jobs ADD CONSTRAINT jobs_task_check CHECK (task IN ('subscription_period_end', 'number_period_end',
  'payment_past_due', 'payment_blocked', 'notification_delivery', 'webhook_delivery', 'stripe_event'));

-- Events received before this migration were applied inline when they arrived.
UPDATE stripe_events SET processed_at = received_at, outcome = 'applied';
