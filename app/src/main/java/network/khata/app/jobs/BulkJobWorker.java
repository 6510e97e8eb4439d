package network.khata.app.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.app.jobs.BulkJobs.Claimed;
import network.khata.app.jobs.BulkJobs.Outcome;
import network.khata.app.processing.ProcessingGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works bulk jobs on this instance: starts waiting jobs whose time has come, claims open items in batches and does
 * them a few at a time ({@link JobSettings}), writes their outcomes, and brings jobs whose items are all done to done
 * once every processing group has passed the last event they caused. An item that throws is counted {@code failed}
 * with one log line: the owner sees it in the job's counts and may upload again (every item is idempotent).
 */
@Component
public class BulkJobWorker implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(BulkJobWorker.class);
    /** Batches one tick works before it looks at settling jobs again. */
    private static final int BATCHES_PER_TICK = 20;
    static final String FAILED = "failed";

    private final BulkJobs jobs;
    private final Map<String, JobWork> work;
    private final ProcessingGroups groups;
    private final JobSettings settings;
    private final Clock clock;
    private ScheduledExecutorService ticks;
    private ExecutorService items;

    public BulkJobWorker(BulkJobs jobs, List<JobWork> work, ProcessingGroups groups, JobSettings settings, Clock clock) {
        this.jobs = jobs;
        this.work = work.stream().collect(Collectors.toMap(JobWork::kind, Function.identity()));
        this.groups = groups;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        items = Executors.newFixedThreadPool(settings.threads(), daemons("bulk-job-"));
        ticks = Executors.newSingleThreadScheduledExecutor(daemons("bulk-jobs-"));
        ticks.scheduleWithFixedDelay(this::tick, settings.poll().toMillis(), settings.poll().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        ticks.shutdownNow();
        items.shutdownNow();
        ticks = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return ticks != null;
    }

    private static CustomizableThreadFactory daemons(String prefix) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
        threads.setDaemon(true);
        return threads;
    }

    private void tick() {
        try {
            jobs.startDue(clock.instant());
            for (int batch = 0; batch < BATCHES_PER_TICK && workBatch(); batch++) {
                // keep going while there is work
            }
            jobs.settleWorked(clock.instant());
            if (jobs.anySettling()) {
                jobs.markDone(groups.slowestPosition(), clock.instant());
            }
        } catch (RuntimeException e) {
            LOG.warn("Bulk jobs: {} (looking again in {})", e.toString(), settings.poll());
        }
    }

    /** @return whether there was anything to do */
    private boolean workBatch() {
        List<Claimed> claimed = jobs.claim(settings.batch(), clock.instant(), settings.lease());
        if (claimed.isEmpty()) {
            return false;
        }
        List<CompletableFuture<Outcome>> done = claimed.stream()
                .map(item -> CompletableFuture.supplyAsync(() -> perform(item), items)).toList();
        jobs.finish(done.stream().map(CompletableFuture::join).toList());
        return true;
    }

    private Outcome perform(Claimed item) {
        try {
            JsonNode payload = item.payload();
            return new Outcome(item.job().jobId(), item.number(), work.get(item.job().kind()).perform(item.job(), payload));
        } catch (RuntimeException e) {
            LOG.warn("Bulk job {} item {} failed: {}", item.job().jobId(), item.number(), e.toString());
            return new Outcome(item.job().jobId(), item.number(), FAILED);
        }
    }
}
