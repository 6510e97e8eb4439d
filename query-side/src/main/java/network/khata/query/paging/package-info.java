/**
 * Answers the questions about operations (the event store, processing, configuration, problems, HTTP plumbing) from
 * its read models, and serves its HTTP reads. Its messages: {@code network.khata.api.memo},
 * {@code network.khata.api.sequencing}. Its tables: {@code domain_event_entry}, {@code snapshot_event_entry},
 * {@code token_entry}, {@code saga_entry}, {@code association_value_entry}, {@code dead_letter_entry},
 * {@code processing_instances}, {@code scheduled_tasks}. Where the rest of it lives: docs/architecture.md, "Feature
 * map".
 */
package network.khata.query.paging;
