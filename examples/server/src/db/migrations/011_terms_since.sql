-- When a subscription's current terms took effect: its start, or its last change of plan, so the
-- subscription card can say since when its terms apply. Existing rows: their start.
ALTER TABLE subscriptions ADD COLUMN terms_since timestamptz;
UPDATE subscriptions SET terms_since = created_at;
ALTER TABLE subscriptions ALTER COLUMN terms_since SET NOT NULL;
