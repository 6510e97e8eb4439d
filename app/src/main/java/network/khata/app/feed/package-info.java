/**
 * Feed: the owner marks what they have read ({@code POST /api/feed/read}), written straight to
 * {@code owner_feed_reads}: a mark is the reader's own state, not an event of the network.
 */
package network.khata.app.feed;
