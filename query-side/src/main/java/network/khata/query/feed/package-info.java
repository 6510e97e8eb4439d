/**
 * Answers the questions about feed (what happened, for the owner) from its read models, and serves its HTTP reads.
 * Its tables: {@code owner_feed}, {@code owner_feed_reads}. Where the rest of it lives: docs/architecture.md,
 * "Feature map".
 */
package network.khata.query.feed;
