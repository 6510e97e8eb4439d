/**
 * Operations: the service's wiring. Axon's storage and serializer, the API document (callers, answers, examples),
 * row-level security, the embedded PostgreSQL, Tomcat and the security headers, secrets and schedules.
 */
package network.khata.app.config;
