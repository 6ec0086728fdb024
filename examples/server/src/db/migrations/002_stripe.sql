-- The Stripe provider's bookkeeping: which Stripe object stands for which of ours, and which
-- webhook events were applied (a redelivered event id is ignored).

CREATE TABLE stripe_links (
  -- customer (sub-account), price (plan terms key), subscription (plan subscription),
  -- number_subscription (phone number), checkout_session (checkout). A subscription's schedule is
  -- read from the Stripe subscription itself.
  kind text NOT NULL,
  local_id text NOT NULL,
  stripe_id text NOT NULL,
  -- When the last applied event about this object was created at Stripe: older ones are stale.
  last_event_at timestamptz,
  PRIMARY KEY (kind, local_id)
);
CREATE INDEX stripe_links_stripe_id ON stripe_links (stripe_id);

CREATE TABLE stripe_events (
  id text PRIMARY KEY,
  type text NOT NULL,
  created_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL
);
