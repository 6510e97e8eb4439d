/**
 * Operations: how the processing groups run. Pooled processors woken by new events, sequencing policies, a
 * dead-letter queue per group with its retries, a savepoint per event after a failure, and each instance's fair share
 * of segments. Tables: {@code token_entry}, {@code dead_letter_entry}, {@code processing_instances}.
 */
package network.khata.app.processing;
