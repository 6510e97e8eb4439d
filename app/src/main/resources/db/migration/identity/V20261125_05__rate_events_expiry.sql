-- Each admitted request deletes the day-old rate events; by time, so that delete is an index range, not a scan.
CREATE INDEX portal_rate_events_time ON portal_rate_events (happened_at);
