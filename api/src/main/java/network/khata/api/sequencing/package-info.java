/**
 * Operations: the marker interfaces that say which customer or business an event concerns, so the processing groups
 * sequence it per customer or per business (app's {@code SequencingPolicies}). No messages.
 */
package network.khata.api.sequencing;
