/**
 * The web side of feed (what happened, for the owner): requests checked at the edge and turned into commands, and its
 * wiring. Its tables: {@code owner_feed}, {@code owner_feed_reads}. Where the rest of it lives: docs/architecture.md,
 * "Feature map".
 */
package network.khata.app.feed;
