/**
 * Answers the questions about audit (the trail of events) from its read models, and serves its HTTP reads. Where the
 * rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.query.audit;
