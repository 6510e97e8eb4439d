package network.khata.app.jobs;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bulk job as the owner follows it: where it is, how many of its items are done and how each ended, the rows the
 * request refused (an import's invalid rows), and for jobs that send, every message of it by channel and end.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobView(UUID jobId,
                      @Schema(allowableValues = {"customer_import", "overdue_reminders"}) String kind,
                      @Schema(allowableValues = {"waiting", "running", "settling", "done"},
                              description = "waiting: starts at starts_at (quiet hours); settling: every item done, the "
                                      + "read models catching up; done: every item done and visible everywhere")
                      String status,
                      Instant createdAt, Instant startsAt, @Nullable Instant workedAt, @Nullable Instant doneAt,
                      int total, int processed,
                      @Schema(description = "items done, by how they ended (created, already_registered, reminded, failed ...)")
                      Map<String, Integer> outcomes,
                      int refusedCount,
                      @Schema(description = "the first 1,000 rows refused, with the reason") List<RowError> refused,
                      @Schema(description = "the messages the job sent, by channel, status and reason (jobs that send)")
                      List<MessageCount> messages) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RowError(int row, String field, String message) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record MessageCount(String channel, String status, @Nullable String reason, int count) {
    }
}
