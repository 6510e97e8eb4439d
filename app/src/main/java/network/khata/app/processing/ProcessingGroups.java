package network.khata.app.processing;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutionException;
import org.springframework.lang.Nullable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What operations see of the event processors, on any instance: each group's segments with their owners (from the
 * token store, so segments claimed by other instances show too), positions, the head of the log, lag in events and in
 * seconds, errors and dead letters; and what they may do: replay a group, retry or evict a dead letter.
 */
@Component
public class ProcessingGroups {
    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public ProcessingGroups(EventProcessingConfiguration processing, JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Segment(int segment, @Nullable String owner, @Nullable Long position, boolean claimedHere, boolean replaying,
                          @Nullable String error) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Status(String group, boolean running, boolean error, boolean replaying, long head, long position,
                         long lagEvents, double lagSeconds, long deadLetters, List<Segment> segments) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Letter(String id, String sequence, String eventId, String eventType, @Nullable String causeType,
                         @Nullable String causeMessage, Instant enqueuedAt, Instant lastTouched, int retries) {
    }

    public List<String> names() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey).sorted().toList();
    }

    public boolean exists(String group) {
        return names().contains(group);
    }

    public List<String> withDeadLetters() {
        return names().stream().filter(group -> processing.deadLetterQueue(group).isPresent()).toList();
    }

    public long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    public Map<String, Long> deadLetterCounts() {
        Map<String, Long> counts = new TreeMap<>();
        withDeadLetters().forEach(group -> counts.put(group, 0L));
        jdbc.query("SELECT processing_group, count(*) FROM dead_letter_entry GROUP BY processing_group",
                rs -> { counts.put(rs.getString(1), rs.getLong(2)); });
        return counts;
    }

    /** How many sequences each group has parked, for the groups that have any (one query for all). */
    public Map<String, Long> deadLetterSequences() {
        Map<String, Long> sequences = new TreeMap<>();
        jdbc.query("SELECT processing_group, count(DISTINCT sequence_identifier) FROM dead_letter_entry GROUP BY processing_group",
                rs -> { sequences.put(rs.getString(1), rs.getLong(2)); });
        return sequences;
    }


    public Status status(String group) {
        return status(group, head(), deadLetterCounts());
    }

    /** How far the slowest group has come: every event up to here is in every read model and every saga. */
    public long slowestPosition() {
        return statuses().stream().mapToLong(Status::position).min().orElse(head());
    }

    /** Every group's status, with the head of the log and the dead-letter counts read once for all of them. */
    public List<Status> statuses() {
        long head = head();
        Map<String, Long> deadLetters = deadLetterCounts();
        return names().stream().map(group -> status(group, head, deadLetters)).toList();
    }

    private Status status(String group, long head, Map<String, Long> deadLetterCounts) {
        StreamingEventProcessor processor = processor(group);
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        List<Segment> segments = new ArrayList<>();
        jdbc.query("SELECT segment, owner, token FROM token_entry WHERE processor_name = ? ORDER BY segment", rs -> {
            int segment = rs.getInt(1);
            EventTrackerStatus here = local.get(segment);
            Long position = here != null ? positionOf(here.getCurrentPosition()) : tokenPosition(rs.getBytes(3));
            segments.add(new Segment(segment, rs.getString(2), position, here != null, here != null && here.isReplaying(),
                    here != null && here.isErrorState() ? String.valueOf(here.getError()) : null));
        }, group);
        long position = segments.stream().mapToLong(s -> s.position() == null ? -1 : s.position()).min().orElse(-1);
        long deadLetters = deadLetterCounts.getOrDefault(group, 0L);
        return new Status(group, processor.isRunning(), processor.isError(), processor.isReplaying(), head, position,
                Math.max(0, head - position), lagSeconds(position), deadLetters, segments);
    }

    /** How long the oldest event this group has not yet handled has waited. */
    private double lagSeconds(long position) {
        List<String> next = jdbc.queryForList("SELECT time_stamp FROM domain_event_entry WHERE global_index > ? "
                + "ORDER BY global_index LIMIT 1", String.class, position);
        return next.isEmpty() ? 0 : Math.max(0, Duration.between(Instant.parse(next.get(0)), clock.instant()).toMillis() / 1000.0);
    }

    /**
     * Splits one of the group's segments in two, or merges it with its sibling, through Axon's own operation (this
     * instance claims what it needs first): more segments let more instances share a busy group, fewer cost less on
     * one. False when Axon declined (the segment, or its sibling, is held by another instance, or there is none).
     */
    public boolean resize(String group, int segment, boolean split) {
        StreamingEventProcessor processor = processor(group);
        try {
            return (split ? processor.splitSegment(segment) : processor.mergeSegment(segment)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** Rebuilds the group's read model from the start of the log; the segments report their progress in {@link #status}. */
    public void replay(String group) {
        StreamingEventProcessor processor = processor(group);
        if (!processor.supportsReset()) {
            throw new IllegalStateException(group + " cannot be replayed: it causes side effects, not a read model");
        }
        processor.shutDown();
        try {
            processor.resetTokens();
        } finally {
            processor.start();
        }
    }

    public List<Letter> deadLetters(String group) {
        List<Letter> letters = new ArrayList<>();
        queue(group).deadLetters().forEach(sequence -> sequence.forEach(letter -> letters.add(letter(letter))));
        return letters;
    }

    /** Retries the sequence that the letter heads; true when it went through. */
    public boolean retry(String group, String letterId) {
        return processing.sequencedDeadLetterProcessor(group).orElseThrow()
                .process(letter -> letterId.equals(idOf(letter)));
    }

    /** Drops one letter for good; the sequence goes on with the next one. False when there is no such letter. */
    public boolean evict(String group, String letterId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letterId.equals(idOf(letter))) {
                    queue.evict(letter);
                    return true;
                }
            }
        }
        return false;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        return processing.deadLetterQueue(group)
                .orElseThrow(() -> new IllegalArgumentException(group + " has no dead-letter queue"));
    }

    private StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no processing group " + group));
    }

    private static Letter letter(DeadLetter<? extends EventMessage<?>> letter) {
        return new Letter(idOf(letter), letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getSequenceIdentifier() : null,
                letter.message().getIdentifier(), letter.message().getPayloadType().getSimpleName(),
                letter.cause().map(c -> c.type()).orElse(null), letter.cause().map(c -> c.message()).orElse(null),
                letter.enqueuedAt(), letter.lastTouched(), DeadLetterConfiguration.retriesOf(letter.diagnostics()));
    }

    private static String idOf(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getIdentifier() : letter.message().getIdentifier();
    }

    private static Long positionOf(OptionalLong position) {
        return position.isPresent() ? position.getAsLong() : null;
    }

    /** The global index in a stored token (JSON: a gap-aware token, or a replay token around one). */
    private Long tokenPosition(byte[] token) {
        if (token == null) {
            return null;
        }
        try {
            JsonNode node = json.readTree(token);
            while (node.has("currentToken")) {
                node = node.get("currentToken");
            }
            return node.hasNonNull("index") ? node.get("index").asLong() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
