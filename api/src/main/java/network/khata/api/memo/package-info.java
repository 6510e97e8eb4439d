/**
 * Operations: a bounded memo of pure functions' answers ({@link network.khata.api.memo.BoundedMemo}), shared by the
 * modules that parse the same phone numbers and names over and over. No messages.
 */
package network.khata.api.memo;
