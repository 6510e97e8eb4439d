/**
 * Operations: the operator's surface. Processing groups' status, replay, segments and dead letters
 * ({@code /admin/processors}), health, metrics and command latency, through
 * {@code network.khata.app.processing}.
 */
package network.khata.app.operations;
