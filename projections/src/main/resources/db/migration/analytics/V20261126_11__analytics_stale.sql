-- Businesses whose analytics rows wait to be rewritten, with the span of time their facts changed in
-- (network.khata.projections.analytics.AnalyticsRewrites): a busy business is rewritten about once a second, not on
-- every batch of events. Written in the processor's transaction, so it moves with the tracking token.
CREATE TABLE analytics_stale (
    business_id  UUID PRIMARY KEY,
    changed_from TIMESTAMPTZ NOT NULL,
    changed_to   TIMESTAMPTZ NOT NULL
);
