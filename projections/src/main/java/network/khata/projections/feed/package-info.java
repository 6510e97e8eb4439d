/**
 * Writes the read models of feed (what happened, for the owner) from its events. Its tables: {@code owner_feed},
 * {@code owner_feed_reads}. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.projections.feed;
