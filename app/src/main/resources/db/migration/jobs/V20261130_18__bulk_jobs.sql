-- Bulk work an owner asks for in one request (issue 26): a customer import, a reminder to every overdue customer. The
-- request stores every item; workers on any instance claim items with a lease (an instance that dies mid-way leaves
-- them to another once the lease runs out; every item's work is idempotent, so doing one twice changes nothing).
-- status: waiting (its items may not start yet: quiet hours) | running | settling (every item done, the read models
-- not yet past the last event it caused) | done. Not a read model: work in progress, kept by the app.
CREATE TABLE bulk_jobs (
    job_id       UUID        PRIMARY KEY,
    business_id  UUID        NOT NULL,
    kind         VARCHAR(32) NOT NULL,             -- customer_import | overdue_reminders
    actor_kind   VARCHAR(16) NOT NULL,             -- who asked, for the commands' metadata (the audit trail)
    actor_id     UUID        NOT NULL,
    options      JSONB       NOT NULL,             -- the request's choices (send codes, channels, template)
    report       JSONB       NOT NULL,             -- what was known at the request: rows refused with their errors
    total        INT         NOT NULL,
    status       VARCHAR(16) NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    starts_at    TIMESTAMPTZ NOT NULL,
    settle_at_index BIGINT,                        -- the head of the event log when its last item was done
    worked_at    TIMESTAMPTZ,                      -- when its last item was done
    done_at      TIMESTAMPTZ                       -- when every read model had caught up with it
);
CREATE INDEX bulk_jobs_business ON bulk_jobs (business_id, created_at DESC);
CREATE INDEX bulk_jobs_unsettled ON bulk_jobs (status) WHERE status <> 'done';

CREATE TABLE bulk_job_items (
    job_id      UUID        NOT NULL REFERENCES bulk_jobs ON DELETE CASCADE,
    item_no     INT         NOT NULL,              -- the row of the file, or the place in the list
    business_id UUID        NOT NULL,
    payload     JSONB       NOT NULL,
    leased_until TIMESTAMPTZ,
    outcome     VARCHAR(32),                       -- null until done: created | already_registered | reminded | ...
    PRIMARY KEY (job_id, item_no)
);
CREATE INDEX bulk_job_items_open ON bulk_job_items (job_id, item_no) WHERE outcome IS NULL;

ALTER TABLE bulk_jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY bulk_jobs_system ON bulk_jobs USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY bulk_jobs_owner ON bulk_jobs USING (khata_scope() = 'owner' AND business_id = khata_subject())
    WITH CHECK (khata_scope() = 'owner' AND business_id = khata_subject());
ALTER TABLE bulk_job_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY bulk_job_items_system ON bulk_job_items USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY bulk_job_items_owner ON bulk_job_items USING (khata_scope() = 'owner' AND business_id = khata_subject())
    WITH CHECK (khata_scope() = 'owner' AND business_id = khata_subject());
