-- Which provider hosts a checkout's payment page. The local page (/checkout/:id) serves only the
-- local provider's checkouts, so one paid through Stripe can never be marked paid without Stripe.
-- `url` is the provider's page (null for local: its address follows the server's base URL).
ALTER TABLE checkouts ADD COLUMN provider text NOT NULL DEFAULT 'local';
ALTER TABLE checkouts ADD COLUMN url text;
