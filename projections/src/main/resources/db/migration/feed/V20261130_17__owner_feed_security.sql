-- The owner's feed (projections' V20261130_16__owner_feed.sql): an owner reads their business's rows and the own events
-- of their customers; only the event processors write.
ALTER TABLE owner_feed ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_feed_system ON owner_feed USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY owner_feed_owner ON owner_feed FOR SELECT USING (khata_scope() = 'owner' AND (business_id = khata_subject()
    OR (business_id IS NULL AND EXISTS (SELECT 1 FROM parties p WHERE p.customer_id = owner_feed.customer_id
                                        AND p.business_id = khata_subject()))));

-- How far each reader of a business has read its feed (not a read model: what a person did on the page).
CREATE TABLE owner_feed_reads (
    business_id UUID        NOT NULL,
    reader_id   UUID        NOT NULL,
    read_up_to  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (business_id, reader_id)
);
ALTER TABLE owner_feed_reads ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_feed_reads_owner ON owner_feed_reads USING (khata_scope() = 'owner' AND business_id = khata_subject())
    WITH CHECK (khata_scope() = 'owner' AND business_id = khata_subject());
