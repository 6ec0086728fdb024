-- An immediate plan change Stripe invoiced at another amount than the quote's amountDueNow. The
-- product promises every amount previewed is the amount charged, so each breach is kept with both
-- figures (ISO minor units) for someone to look at.
CREATE TABLE stripe_amount_mismatches (
  id bigserial PRIMARY KEY,
  subscription_id text NOT NULL REFERENCES subscriptions(id),
  stripe_subscription_id text NOT NULL,
  -- Null when Stripe raised no invoice at all.
  stripe_invoice_id text,
  quoted_amount bigint NOT NULL,
  quoted_currency text NOT NULL,
  invoiced_amount bigint NOT NULL,
  invoiced_currency text NOT NULL,
  created_at timestamptz NOT NULL
);
