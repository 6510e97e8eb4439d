/**
 * The web side of operations (the event store, processing, configuration, problems, HTTP plumbing): requests checked
 * at the edge and turned into commands, and its wiring. Its messages: {@code network.khata.api.memo},
 * {@code network.khata.api.sequencing}. Its tables: {@code domain_event_entry}, {@code snapshot_event_entry},
 * {@code token_entry}, {@code saga_entry}, {@code association_value_entry}, {@code dead_letter_entry},
 * {@code processing_instances}, {@code scheduled_tasks}. Where the rest of it lives: docs/architecture.md, "Feature
 * map".
 */
package network.khata.app.config;
