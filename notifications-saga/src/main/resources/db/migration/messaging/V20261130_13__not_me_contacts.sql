-- Planning (issue 28): a contact whose phone said "not me" gets no more messages from that business.
ALTER TABLE notification_contacts ADD COLUMN disowned BOOLEAN NOT NULL DEFAULT false;
