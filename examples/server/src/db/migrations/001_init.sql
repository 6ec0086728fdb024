-- Plankit reference server schema. Money is bigint minor units next to a currency column;
-- instants are timestamptz; snapshots of plan terms are jsonb in the rules' Plan shape (wire form).

CREATE TABLE agencies (
  id text PRIMARY KEY,
  name text NOT NULL,
  currency text NOT NULL,
  feature_change_plan boolean NOT NULL DEFAULT false,
  -- Offline credit pool; NULL = not tracked.
  credit_pool_amount bigint,
  -- Change-plan policy overrides (partial ChangePlanPolicy).
  policy jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL
);

CREATE TABLE users (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies(id),
  name text NOT NULL,
  email text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('owner', 'member'))
);

CREATE TABLE plans (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies(id),
  position integer NOT NULL DEFAULT 0,
  name text NOT NULL,
  description text,
  currency text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'archived', 'draft')),
  payment_type text NOT NULL CHECK (payment_type IN ('stripe', 'offline')),
  interval_unit text NOT NULL CHECK (interval_unit IN ('day', 'week', 'month', 'year')),
  interval_count integer NOT NULL CHECK (interval_count > 0),
  price_amount bigint CHECK (price_amount >= 0),
  included_minutes integer NOT NULL CHECK (included_minutes >= 0),
  usage_rate_amount bigint CHECK (usage_rate_amount >= 0),
  usage_rate_scale integer,
  add_on_packs boolean NOT NULL DEFAULT false,
  chats_per_minute integer,
  payment_due_days integer NOT NULL DEFAULT 0,
  grace_days integer NOT NULL DEFAULT 0,
  phone_number_price_amount bigint NOT NULL DEFAULT 0,
  caps jsonb NOT NULL,
  contract_only boolean NOT NULL DEFAULT false
);

CREATE TABLE sub_accounts (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies(id),
  position integer NOT NULL DEFAULT 0,
  name text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'blocked')),
  created_by_agency boolean NOT NULL,
  custom_contract boolean NOT NULL DEFAULT false,
  assigned_plan_id text REFERENCES plans(id),
  -- The local provider's card on file: none, one that pays, or one that declines.
  payment_method text NOT NULL DEFAULT 'none' CHECK (payment_method IN ('none', 'card', 'card_declines')),
  credit_balance_amount bigint,
  credit_balance_currency text,
  wallet_minutes integer NOT NULL DEFAULT 0,
  -- Resources in use (agents, teamMembers, ...), compared with the plan's caps.
  resources jsonb NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE sub_account_users (
  id text PRIMARY KEY,
  sub_account_id text NOT NULL REFERENCES sub_accounts(id),
  name text NOT NULL,
  email text NOT NULL UNIQUE,
  status text NOT NULL CHECK (status IN ('approved', 'pending', 'blocked'))
);
CREATE INDEX sub_account_users_sub_account ON sub_account_users (sub_account_id);

CREATE TABLE api_tokens (
  token text PRIMARY KEY,
  user_id text REFERENCES users(id),
  sub_account_user_id text REFERENCES sub_account_users(id),
  -- Shown by the development user switcher ("Agency owner", "Sub-account user, pending").
  description text NOT NULL DEFAULT '',
  position integer NOT NULL DEFAULT 0,
  CHECK ((user_id IS NULL) <> (sub_account_user_id IS NULL))
);

CREATE TABLE subscriptions (
  id text PRIMARY KEY,
  sub_account_id text NOT NULL REFERENCES sub_accounts(id),
  plan_id text NOT NULL REFERENCES plans(id),
  -- Only one current subscription per sub-account; ended ones stay for the record.
  is_current boolean NOT NULL DEFAULT true,
  terms jsonb NOT NULL,
  currency text NOT NULL,
  version integer NOT NULL,
  status text NOT NULL,
  anchor timestamptz NOT NULL,
  period_start timestamptz NOT NULL,
  period_end timestamptz NOT NULL,
  trial_end timestamptz,
  period_paid boolean NOT NULL,
  scheduled_change jsonb,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX subscriptions_current ON subscriptions (sub_account_id) WHERE is_current;

CREATE TABLE usage_periods (
  subscription_id text NOT NULL REFERENCES subscriptions(id),
  period_start timestamptz NOT NULL,
  included_minutes integer NOT NULL,
  voice_seconds bigint NOT NULL DEFAULT 0,
  chats integer NOT NULL DEFAULT 0,
  PRIMARY KEY (subscription_id, period_start)
);

CREATE TABLE agents (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies(id),
  sub_account_id text REFERENCES sub_accounts(id),
  name text NOT NULL
);

CREATE TABLE phone_numbers (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies(id),
  e164 text NOT NULL UNIQUE,
  country text NOT NULL,
  area_code text NOT NULL,
  capabilities jsonb NOT NULL,
  telco_cost_amount bigint NOT NULL CHECK (telco_cost_amount >= 0),
  currency text NOT NULL,
  agent_id text REFERENCES agents(id),
  state text NOT NULL CHECK (state IN ('unassigned', 'pending_payment', 'active', 'releasing')),
  assigned_user_id text REFERENCES sub_account_users(id),
  assigned_sub_account_id text REFERENCES sub_accounts(id),
  monthly_price_amount bigint,
  assigned_at timestamptz,
  -- Checkout succeeded: the number renews on this day each month.
  activated_at timestamptz,
  period_end timestamptz,
  created_at timestamptz NOT NULL,
  CHECK ((state = 'unassigned') = (assigned_user_id IS NULL))
);

-- What uses an assigned number: the sub-account's agents, campaigns and workflows.
CREATE TABLE number_attachments (
  id text PRIMARY KEY,
  phone_number_id text NOT NULL REFERENCES phone_numbers(id),
  kind text NOT NULL CHECK (kind IN ('agent', 'campaign', 'workflow')),
  name text NOT NULL
);

CREATE TABLE invoices (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies(id),
  sub_account_id text REFERENCES sub_accounts(id),
  subscription_id text REFERENCES subscriptions(id),
  phone_number_id text REFERENCES phone_numbers(id),
  kind text NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'paid', 'void')),
  amount bigint NOT NULL CHECK (amount >= 0),
  currency text NOT NULL,
  lines jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL,
  paid_at timestamptz
);

-- Every movement of money, once: charges, credits, agency pool debits, number charges.
CREATE TABLE ledger_entries (
  id bigserial PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies(id),
  sub_account_id text REFERENCES sub_accounts(id),
  kind text NOT NULL CHECK (kind IN ('charge', 'credit', 'agency_pool_debit', 'number_charge', 'telco_purchase')),
  amount bigint NOT NULL,
  currency text NOT NULL,
  invoice_id text REFERENCES invoices(id),
  phone_number_id text REFERENCES phone_numbers(id),
  memo text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE checkouts (
  id text PRIMARY KEY,
  agency_id text NOT NULL REFERENCES agencies(id),
  sub_account_id text NOT NULL REFERENCES sub_accounts(id),
  phone_number_id text NOT NULL REFERENCES phone_numbers(id),
  amount bigint NOT NULL,
  currency text NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'complete', 'declined', 'expired')),
  return_url text NOT NULL,
  created_at timestamptz NOT NULL,
  completed_at timestamptz
);

-- A mutation's key, taken in the same transaction as its writes: the response is replayed on retry.
CREATE TABLE idempotency_keys (
  actor_id text NOT NULL,
  key text NOT NULL,
  endpoint text NOT NULL,
  request_hash text NOT NULL,
  response_status integer,
  response_body jsonb,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (actor_id, key)
);

CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('number_pending_activation', 'number_unassigned', 'number_released')),
  recipient_user_id text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  sent_at timestamptz
);

-- Small key/value state of the server itself (the development clock's offset).
CREATE TABLE server_state (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);
