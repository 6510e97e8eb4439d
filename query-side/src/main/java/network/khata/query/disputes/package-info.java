/**
 * Answers the questions about disputes (the customer's say, and "not me") from its read models, and serves its HTTP
 * reads. Its messages: {@code network.khata.api.disputes}. Its tables: {@code invoice_conversation}. Where the rest
 * of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.query.disputes;
