/**
 * Messages of disputes (the customer's say, and "not me"): its commands, events, queries and the values they carry.
 * Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.api.disputes;
