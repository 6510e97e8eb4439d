package network.khata.app.jobs;

/** Where a bulk job is; see {@code bulk_jobs.status}. */
public enum JobStatus {
    /** Its items may not start yet (a reminder asked for in the quiet hours waits for the morning). */
    WAITING,
    RUNNING,
    /** Every item done; waiting for every read model to pass the last event the job caused. */
    SETTLING,
    /** Every item done and every read model current with it. */
    DONE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
