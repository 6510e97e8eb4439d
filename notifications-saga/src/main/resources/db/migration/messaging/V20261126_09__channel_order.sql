-- Owned by notifications-saga. Planning keeps each business's channel order (issue 14): comma-separated channel codes,
-- every channel; null: the default (sms, whatsapp, email).
ALTER TABLE notification_businesses ADD COLUMN channel_order VARCHAR(40);
