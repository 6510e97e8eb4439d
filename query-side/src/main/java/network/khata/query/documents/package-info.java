/**
 * Answers the questions about documents (PDFs, the ten languages) from its read models, and serves its HTTP reads.
 * Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.query.documents;
