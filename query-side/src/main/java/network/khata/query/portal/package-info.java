/**
 * Answers the questions about portal (the customer's pages and reads) from its read models, and serves its HTTP
 * reads. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.query.portal;
