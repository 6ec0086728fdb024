-- Seats, recurring add-ons and one-time packs (docs/billing.md). A plan sells seats when
-- seat_price_amount is set (in the plan's currency); seat_included come with its fee.
ALTER TABLE plans ADD COLUMN seat_included integer NOT NULL DEFAULT 0 CHECK (seat_included >= 0);
ALTER TABLE plans ADD COLUMN seat_price_amount bigint CHECK (seat_price_amount >= 0);

-- Seats on the subscription, included ones counted; below the plan's included seats reads as them.
ALTER TABLE subscriptions ADD COLUMN seat_quantity integer NOT NULL DEFAULT 0 CHECK (seat_quantity >= 0);
-- A decrease waiting for period end: { "seatQuantity"?: n, "addOns"?: { group: addOnId | null } }.
ALTER TABLE subscriptions ADD COLUMN pending_items jsonb;

-- The agency's catalog: recurring add-ons (one per group on a subscription) and one-time packs.
CREATE TABLE catalog_add_ons (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies(id),
  position integer NOT NULL DEFAULT 0,
  name text NOT NULL,
  group_key text NOT NULL,
  price_amount bigint NOT NULL CHECK (price_amount >= 0),
  currency text NOT NULL
);
CREATE INDEX catalog_add_ons_agency ON catalog_add_ons (agency_id, position);

CREATE TABLE catalog_packs (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies(id),
  position integer NOT NULL DEFAULT 0,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('minutes', 'credit')),
  price_amount bigint NOT NULL CHECK (price_amount >= 0),
  currency text NOT NULL,
  minutes integer CHECK (minutes > 0),
  credit_amount bigint CHECK (credit_amount > 0),
  CHECK ((kind = 'minutes') = (minutes IS NOT NULL) AND (kind = 'credit') = (credit_amount IS NOT NULL))
);
CREATE INDEX catalog_packs_agency ON catalog_packs (agency_id, position);

CREATE TABLE subscription_add_ons (
  subscription_id text NOT NULL REFERENCES subscriptions(id),
  group_key text NOT NULL,
  add_on_id text NOT NULL REFERENCES catalog_add_ons(id),
  PRIMARY KEY (subscription_id, group_key)
);
