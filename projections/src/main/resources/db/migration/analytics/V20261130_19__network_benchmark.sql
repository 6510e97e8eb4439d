-- The network benchmark (issue 26): each business's headline metrics over all its history, kept by "network-analytics"
-- whenever its daily rows are rewritten, and its category from onboarding; a business is compared with the others of
-- its category and size band (query-side's NetworkBenchmarkQueries), never shown below 10 businesses.
ALTER TABLE analytics_businesses ADD COLUMN category VARCHAR(32);

CREATE TABLE analytics_standing (
    business_id          UUID         PRIMARY KEY,
    customers            INT          NOT NULL,
    verification_rate    DECIMAL(5,2),            -- % of its customers whose phone is verified
    portal_access_rate   DECIMAL(5,2),            -- % of its customers who have signed in to the portal
    days_to_pay          DECIMAL(8,2),            -- mean days from issue to full payment, of its paid invoices
    collection_rate      DECIMAL(5,2),            -- % of its invoices fully paid
    repeat_customer_rate DECIMAL(5,2)             -- % of its customers with two invoices or more
);
CREATE INDEX analytics_businesses_category ON analytics_businesses (category);
