-- Projection "invoices": what each customer owes one business, and what is owed by due date, kept beside the invoices
-- they sum (issue 25), so the owner's customers list and money summary read a few index rows instead of summing every
-- invoice of the business on every call. Their writer is InvoicesProjection; their row-level security is in the app's
-- V20261130_07__owner_read_security.sql, with every other policy.
CREATE TABLE party_balances (
    party_id      UUID        PRIMARY KEY,
    business_id   UUID        NOT NULL,
    customer_id   UUID        NOT NULL,
    outstanding   NUMERIC     NOT NULL,
    invoices      INTEGER     NOT NULL,
    unpaid        INTEGER     NOT NULL,            -- invoices not paid in full
    last_activity TIMESTAMPTZ NOT NULL
);
CREATE INDEX party_balances_owed ON party_balances (business_id, outstanding DESC, customer_id DESC);
CREATE INDEX party_balances_recent ON party_balances (business_id, last_activity DESC, customer_id DESC);

-- a customer has a row from their first invoice on (a customer without invoices owes nothing and has none: a row at
-- registration would make this group handle every registration too, a millisecond of CPU each, scripts/bench-cost.sh)
INSERT INTO party_balances (party_id, business_id, customer_id, outstanding, invoices, unpaid, last_activity)
SELECT party_id, business_id, customer_id, sum(amount - amount_paid), count(*), count(*) FILTER (WHERE status <> 'paid'),
       max(updated_at)
FROM invoices GROUP BY party_id, business_id, customer_id;

-- what is still owed on the invoices due on each day: overdue by age is a sum over the days in a range
CREATE TABLE due_totals (
    business_id UUID    NOT NULL,
    due_date    DATE    NOT NULL,
    outstanding NUMERIC NOT NULL,
    invoices    INTEGER NOT NULL,                  -- not paid in full
    PRIMARY KEY (business_id, due_date)
);
INSERT INTO due_totals (business_id, due_date, outstanding, invoices)
SELECT business_id, due_date, sum(amount - amount_paid), count(*) FROM invoices
WHERE status <> 'paid' AND due_date IS NOT NULL GROUP BY business_id, due_date;
CREATE INDEX invoices_business_due_date ON invoices (business_id, due_date);

-- the money summary's payments: what came in since a day, and the latest
CREATE INDEX invoice_payments_business_paid ON invoice_payments (business_id, paid_on DESC, recorded_at DESC);
