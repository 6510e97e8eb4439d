-- Row-level security for the read models the portal and owners read, and the role the service connects as.
--
-- The service runs its SQL as ${appRole}: no superuser, no BYPASSRLS, owner of nothing, so the policies below
-- always apply to it (they do not apply to the tables' owner, which only migrations and the functions below act as). Migrations run as the tables' owner (spring.flyway.user). Each connection the service takes
-- from its pool is given the caller's scope (network.khata.app.security.RowScope):
--   khata.scope   = 'system'   (event processors, sagas, provider webhooks: every row)
--                 | 'owner'    (an owner's request: rows of the business in khata.subject)
--                 | 'customer' (a customer's request: rows of the customer in khata.subject)
--                 | ''         (any other request: no rows)
--   khata.subject = the business or customer id
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${appRole}') THEN
        CREATE ROLE ${appRole} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- created meanwhile by a migration of another database on the same server
END
$$;

GRANT USAGE ON SCHEMA public TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${appRole};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${appRole};

CREATE FUNCTION khata_scope() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('khata.scope', true), '') $$;
CREATE FUNCTION khata_subject() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('khata.subject', true), '')::uuid $$;

-- invoices: a customer reads their own, an owner their business's; only event processors write.
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_system ON invoices USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY invoices_owner ON invoices FOR SELECT USING (khata_scope() = 'owner' AND business_id = khata_subject());
CREATE POLICY invoices_customer ON invoices FOR SELECT USING (khata_scope() = 'customer' AND customer_id = khata_subject());

-- parties: a business's customers; a customer sees how each business knows them.
ALTER TABLE parties ENABLE ROW LEVEL SECURITY;
CREATE POLICY parties_system ON parties USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY parties_owner ON parties FOR SELECT USING (khata_scope() = 'owner' AND business_id = khata_subject());
CREATE POLICY parties_customer ON parties FOR SELECT USING (khata_scope() = 'customer' AND customer_id = khata_subject());

-- customer_notifications: the messages sent; an owner sees their business's, a customer their own.
ALTER TABLE customer_notifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY notifications_system ON customer_notifications USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY notifications_owner ON customer_notifications FOR SELECT USING (khata_scope() = 'owner' AND business_id = khata_subject());
CREATE POLICY notifications_customer ON customer_notifications FOR SELECT USING (khata_scope() = 'customer' AND customer_id = khata_subject());

-- customer_network_profile: the customer's own; an owner reads it only for customers of the business.
ALTER TABLE customer_network_profile ENABLE ROW LEVEL SECURITY;
CREATE POLICY profile_system ON customer_network_profile USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY profile_customer ON customer_network_profile FOR SELECT USING (khata_scope() = 'customer' AND customer_id = khata_subject());
CREATE POLICY profile_owner ON customer_network_profile FOR SELECT USING (khata_scope() = 'owner' AND EXISTS
    (SELECT 1 FROM parties p WHERE p.customer_id = customer_network_profile.customer_id AND p.business_id = khata_subject()));

-- The network-identity functions (projections' migration) run as the tables' owner; only the service may call them.
REVOKE ALL ON FUNCTION network_identity_by_phone(text), network_phone_verified(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION network_identity_by_phone(text), network_phone_verified(uuid) TO ${appRole};

-- Refresh tokens of customer sessions: each use rotates; a second use of one revokes its whole family.
CREATE TABLE customer_refresh_tokens (
    id          UUID        PRIMARY KEY,   -- the token's jti
    family_id   UUID        NOT NULL,      -- all tokens rotated from one sign-in
    customer_id UUID        NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX customer_refresh_tokens_family ON customer_refresh_tokens (family_id);

-- Requests for one-time codes and sign-in attempts, for the per-phone and per-IP limits (keys are hashed).
CREATE TABLE portal_rate_events (
    bucket      VARCHAR(80) NOT NULL,       -- e.g. 'otp-phone:<hash>', 'otp-ip:<ip>'
    happened_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX portal_rate_events_bucket ON portal_rate_events (bucket, happened_at DESC);

GRANT SELECT, INSERT, UPDATE, DELETE ON customer_refresh_tokens, portal_rate_events TO ${appRole};
