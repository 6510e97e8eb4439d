-- Read models, all rebuilt from the event log by their projections (see docs/read-models.md).
-- Read models of different processing groups replay independently, so they carry no foreign keys to each other.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- Projection "customer-directory": the businesses of the core ledger and their customers (parties).
CREATE TABLE businesses (
    id         UUID         PRIMARY KEY,
    name       VARCHAR(255) NOT NULL,
    time_zone  VARCHAR(64)  NOT NULL DEFAULT 'Asia/Kolkata',
    created_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE parties (
    id           UUID         PRIMARY KEY,
    business_id  UUID         NOT NULL REFERENCES businesses (id),
    customer_id  UUID         NOT NULL,            -- the network identity, one per phone
    name         VARCHAR(255) NOT NULL,
    phone        VARCHAR(20)  NOT NULL,            -- E.164
    email        VARCHAR(255),
    profile_type VARCHAR(50),
    created_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT parties_one_per_business_and_customer UNIQUE (business_id, customer_id)
);
CREATE INDEX parties_customer ON parties (customer_id);

-- Projection "invoices" (filled by the invoicing issue): enough of an invoice for notifications, portal and analytics.
CREATE TABLE invoices (
    id             UUID          PRIMARY KEY,
    business_id    UUID          NOT NULL,
    party_id       UUID          NOT NULL,
    customer_id    UUID          NOT NULL,
    invoice_number VARCHAR(64)   NOT NULL,
    issue_date     DATE          NOT NULL,
    due_date       DATE,
    amount         NUMERIC(12,2) NOT NULL,
    amount_paid    NUMERIC(12,2) NOT NULL DEFAULT 0,
    status         VARCHAR(20)   NOT NULL DEFAULT 'unpaid',   -- unpaid, partially_paid, paid
    payment_link   TEXT,
    created_at     TIMESTAMPTZ   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL,
    CONSTRAINT invoices_number_per_business UNIQUE (business_id, invoice_number)
);
CREATE INDEX invoices_customer_recent ON invoices (customer_id, issue_date DESC);
CREATE INDEX invoices_business_recent ON invoices (business_id, issue_date DESC);

-- Projection "network-profiles": spec table 23, one row per network customer (id = customer_id),
-- plus phone and email, which search needs to recognise a number already in the network.
CREATE TABLE customer_network_profile (
    id                      UUID          PRIMARY KEY,
    customer_id             UUID          NOT NULL UNIQUE,
    phone                   VARCHAR(20)   NOT NULL UNIQUE,
    email                   VARCHAR(255),

    phone_verified          BOOLEAN       NOT NULL DEFAULT false,
    phone_verified_at       TIMESTAMPTZ,
    email_verified          BOOLEAN       NOT NULL DEFAULT false,
    email_verified_at       TIMESTAMPTZ,

    profile_name            VARCHAR(255),
    profile_type            VARCHAR(50),
    profile_photo_url       TEXT,

    first_invoice_date      DATE,
    last_login_date         TIMESTAMPTZ,
    total_invoices_received INT           NOT NULL DEFAULT 0,
    total_amount_received   NUMERIC(12,2) NOT NULL DEFAULT 0,
    total_payments_made     NUMERIC(12,2) NOT NULL DEFAULT 0,

    portal_access_enabled   BOOLEAN       NOT NULL DEFAULT true,
    notifications_enabled   BOOLEAN       NOT NULL DEFAULT true,
    preferred_language      VARCHAR(10)   NOT NULL DEFAULT 'hi',
    preferred_channels      VARCHAR(100),

    created_at              TIMESTAMPTZ   NOT NULL,
    updated_at              TIMESTAMPTZ   NOT NULL
);

-- Projection "customer-search" with the PostgreSQL engine: one document per party, scoped by business.
CREATE TABLE customer_search (
    party_id       UUID          PRIMARY KEY,
    business_id    UUID          NOT NULL,
    customer_id    UUID          NOT NULL,
    name           VARCHAR(255)  NOT NULL,
    name_tokens    TEXT[]        NOT NULL,   -- lower-case words of the name, as network.khata.projections.search.NameTokens makes them
    phone          VARCHAR(20)   NOT NULL,
    email          VARCHAR(255),
    profile_type   VARCHAR(50),
    phone_verified BOOLEAN       NOT NULL DEFAULT false,
    portal_active  BOOLEAN       NOT NULL DEFAULT false,
    last_invoice   DATE,
    total_balance  NUMERIC(12,2) NOT NULL DEFAULT 0,
    registered_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX customer_search_business ON customer_search (business_id);
CREATE INDEX customer_search_customer ON customer_search (customer_id);
CREATE INDEX customer_search_name_trgm ON customer_search USING gin (lower(name) gin_trgm_ops);
