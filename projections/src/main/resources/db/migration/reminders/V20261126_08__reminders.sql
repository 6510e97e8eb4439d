-- Automatic reminders (issue 11). Projection "customer-directory": the business's reminder policy (JSON of
-- ReminderPolicy; null: never set, reminders off). Projection "invoices": one invoice's own reminder settings.
ALTER TABLE businesses ADD COLUMN reminder_policy TEXT;
ALTER TABLE invoices
    ADD COLUMN reminders_paused BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN reminder_steps   TEXT;               -- JSON list of ReminderStep; null: the business's policy
