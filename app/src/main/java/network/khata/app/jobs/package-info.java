/**
 * The web side of jobs (bulk work): requests checked at the edge and turned into commands, and its wiring. Its
 * tables: {@code bulk_jobs}, {@code bulk_job_items}. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.app.jobs;
