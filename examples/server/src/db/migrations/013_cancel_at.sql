-- A scheduled cancellation: the period end at which the subscription ends instead of renewing.
ALTER TABLE subscriptions ADD COLUMN cancel_at timestamptz;
