-- Axon's sequenced dead-letter queue (JdbcSequencedDeadLetterQueue), in snake_case as named in
-- network.khata.app.processing.DeadLetterConfiguration. A processing group parks here an event whose handler failed,
-- with the events that follow it in its sequence (one customer, one business); everything else flows on.
CREATE TABLE dead_letter_entry (
    dead_letter_id      VARCHAR(255)  NOT NULL PRIMARY KEY,
    processing_group    VARCHAR(255)  NOT NULL,
    sequence_identifier VARCHAR(255)  NOT NULL,
    sequence_index      BIGINT        NOT NULL,
    message_type        VARCHAR(255)  NOT NULL,
    event_identifier    VARCHAR(255)  NOT NULL,
    time_stamp          VARCHAR(255)  NOT NULL,
    payload_type        VARCHAR(255)  NOT NULL,
    payload_revision    VARCHAR(255),
    payload             BYTEA         NOT NULL,
    meta_data           BYTEA,
    aggregate_type      VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number     BIGINT,
    token_type          VARCHAR(255),
    token               BYTEA,
    enqueued_at         VARCHAR(255)  NOT NULL,
    last_touched        VARCHAR(255),
    processing_started  VARCHAR(255),
    cause_type          VARCHAR(255),
    cause_message       VARCHAR(1023),
    diagnostics         BYTEA,
    CONSTRAINT dead_letter_entry_sequence_index UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX dead_letter_entry_group ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_entry_sequence ON dead_letter_entry (processing_group, sequence_identifier);

-- The instances of the service that are alive, each seen every few seconds (network.khata.app.processing.Instances):
-- each instance claims its fair share of every processing group's segments, ceil(segments / live instances).
CREATE TABLE processing_instances (
    node_id VARCHAR(255) PRIMARY KEY,   -- as Axon's token store names the instance in token_entry.owner
    seen_at TIMESTAMPTZ  NOT NULL
);
