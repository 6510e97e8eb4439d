-- Sums and derived figures grow past any single value the API accepts: a customer may owe many invoices of the
-- largest amount (9,999,999,999.99 each), and a rate or an average of days is not bounded by DECIMAL(5,2) when dates
-- span decades. These columns become NUMERIC without a precision (exact, no overflow); single amounts keep
-- NUMERIC(12,2), which holds every amount the API accepts (Money.MAX).
ALTER TABLE customer_search ALTER COLUMN total_balance TYPE NUMERIC;
ALTER TABLE customer_network_profile ALTER COLUMN total_amount_received TYPE NUMERIC,
                                     ALTER COLUMN total_payments_made TYPE NUMERIC;
ALTER TABLE customer_engagement_metrics ALTER COLUMN payments_received TYPE NUMERIC,
                                        ALTER COLUMN notification_open_rate TYPE NUMERIC,
                                        ALTER COLUMN notification_delivery_rate TYPE NUMERIC,
                                        ALTER COLUMN avg_payment_days TYPE NUMERIC,
                                        ALTER COLUMN payment_velocity_impact TYPE NUMERIC,
                                        ALTER COLUMN collection_rate TYPE NUMERIC,
                                        ALTER COLUMN portal_access_rate TYPE NUMERIC,
                                        ALTER COLUMN repeat_customer_rate TYPE NUMERIC;
