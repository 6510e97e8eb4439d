/**
 * The web side of disputes (the customer's say, and "not me"): requests checked at the edge and turned into commands,
 * and its wiring. Its messages: {@code network.khata.api.disputes}. Its tables: {@code invoice_conversation}. Where
 * the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.app.disputes;
