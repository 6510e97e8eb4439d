/**
 * Writes the read models of disputes (the customer's say, and "not me") from its events. Its messages:
 * {@code network.khata.api.disputes}. Its tables: {@code invoice_conversation}. Where the rest of it lives:
 * docs/architecture.md, "Feature map".
 */
package network.khata.projections.disputes;
