package network.khata.app.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import network.khata.app.processing.ProcessingGroups;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import network.khata.app.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.function.Supplier;

/**
 * The operator's view of each processing group (behind {@code OperatorAuthenticator}): status of every group and
 * of one, a replay that rebuilds a read model from the log, and the group's dead letters with retry and evict.
 */
@RestController
@RequestMapping("/admin/processors")
public class ProcessorAdminController {
    private final ProcessingGroups groups;

    public ProcessorAdminController(ProcessingGroups groups) {
        this.groups = groups;
    }

    /** The answer to a replay: where to follow it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ReplayStarted(String group, String replay, String statusUrl) {
    }

    /** The answer to a retry that went through. */
    public record Retried(String retried, String outcome) {
    }

    @Operation(summary = "Every processing group: position, lag, segments, dead letters")
    @GetMapping
    public List<ProcessingGroups.Status> all() {
        return groups.statuses();
    }

    @Operation(summary = "One processing group")
    @ApiResponse(responseCode = "200", description = "The group", content = @Content(schema = @Schema(implementation = ProcessingGroups.Status.class)))
    @ApiResponse(responseCode = "404", description = "`unknown-processing-group`: no group by that name")
    @GetMapping("/{group}")
    public ResponseEntity<?> one(@PathVariable String group) {
        return known(group, () -> ResponseEntity.ok(groups.status(group)));
    }

    /** 202: the tokens are reset and the group is rebuilding; follow its progress at {@code GET /admin/processors/{group}}. */
    @Operation(summary = "Rebuild a group's read model from the event log")
    @ApiResponse(responseCode = "202", description = "Replay started", content = @Content(schema = @Schema(implementation = ReplayStarted.class)))
    @ApiResponse(responseCode = "404", description = "`unknown-processing-group`: no group by that name")
    @ApiResponse(responseCode = "409", description = "`replay-refused`: the group cannot be replayed (a saga), or another instance holds its segments")
    @PostMapping("/{group}/replay")
    public ResponseEntity<?> replay(@PathVariable String group) {
        return known(group, () -> {
            try {
                groups.replay(group);
            } catch (IllegalStateException | UnsupportedOperationException | UnableToClaimTokenException e) {
                return problem(HttpStatus.CONFLICT, "replay-refused", "Replay refused", e.getMessage());
            }
            return ResponseEntity.accepted().body(new ReplayStarted(group, "started", "/admin/processors/" + group));
        });
    }

    /** The answer to a split or a merge: the group's segments now. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Resized(String group, String done, int segments) {
    }

    @Operation(summary = "Split one of a group's segments in two",
            description = "More segments let more instances share a busy group (each instance claims its fair share).")
    @ApiResponse(responseCode = "200", description = "Split", content = @Content(schema = @Schema(implementation = Resized.class)))
    @ApiResponse(responseCode = "404", description = "`unknown-processing-group`: no group by that name")
    @ApiResponse(responseCode = "409", description = "`resize-refused`: another instance holds the segment, or the group has no such segment")
    @PostMapping("/{group}/segments/{segment}/split")
    public ResponseEntity<?> split(@PathVariable String group, @PathVariable int segment) {
        return resize(group, segment, true);
    }

    @Operation(summary = "Merge one of a group's segments with its sibling",
            description = "Fewer segments cost less when fewer instances run (each segment is a unit of work per batch).")
    @ApiResponse(responseCode = "200", description = "Merged", content = @Content(schema = @Schema(implementation = Resized.class)))
    @ApiResponse(responseCode = "404", description = "`unknown-processing-group`: no group by that name")
    @ApiResponse(responseCode = "409", description = "`resize-refused`: another instance holds the segment or its sibling, or it has none")
    @PostMapping("/{group}/segments/{segment}/merge")
    public ResponseEntity<?> merge(@PathVariable String group, @PathVariable int segment) {
        return resize(group, segment, false);
    }

    private ResponseEntity<?> resize(String group, int segment, boolean split) {
        return known(group, () -> groups.resize(group, segment, split)
                ? ResponseEntity.ok(new Resized(group, split ? "split" : "merged", groups.status(group).segments().size()))
                : problem(HttpStatus.CONFLICT, "resize-refused", split ? "Not split" : "Not merged",
                "segment " + segment + " of " + group + " is held by another instance, or there is no such segment"
                        + (split ? "" : " or sibling to merge it with")));
    }

    @Operation(summary = "A group's dead letters, oldest first")
    @ApiResponse(responseCode = "200", description = "The letters",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ProcessingGroups.Letter.class))))
    @ApiResponse(responseCode = "404", description = "`unknown-processing-group`: no group by that name; `no-dead-letter-queue`: the group has none")
    @GetMapping("/{group}/dead-letters")
    public ResponseEntity<?> deadLetters(@PathVariable String group) {
        return withQueue(group, () -> ResponseEntity.ok(groups.deadLetters(group)));
    }

    @Operation(summary = "Retry the sequence a dead letter heads")
    @ApiResponse(responseCode = "200", description = "Processed", content = @Content(schema = @Schema(implementation = Retried.class)))
    @ApiResponse(responseCode = "404", description = "`unknown-processing-group`: no group by that name; `no-dead-letter-queue`: the group has none")
    @ApiResponse(responseCode = "409", description = "`retry-failed`: no sequence is headed by that letter, or it failed again")
    @PostMapping("/{group}/dead-letters/{letterId}/retry")
    public ResponseEntity<?> retry(@PathVariable String group, @PathVariable String letterId) {
        return withQueue(group, () -> groups.retry(group, letterId)
                ? ResponseEntity.ok(new Retried(letterId, "processed"))
                : problem(HttpStatus.CONFLICT, "retry-failed", "Not retried",
                "no sequence is headed by letter " + letterId + ", or it failed again (see the letter's cause)"));
    }

    @Operation(summary = "Drop a dead letter for good")
    @ApiResponse(responseCode = "204", description = "Dropped")
    @ApiResponse(responseCode = "404", description = "`unknown-processing-group`, `no-dead-letter-queue`, `unknown-dead-letter`: nothing by that name")
    @DeleteMapping("/{group}/dead-letters/{letterId}")
    public ResponseEntity<?> evict(@PathVariable String group, @PathVariable String letterId) {
        return withQueue(group, () -> groups.evict(group, letterId)
                ? ResponseEntity.noContent().build()
                : problem(HttpStatus.NOT_FOUND, "unknown-dead-letter", "No such dead letter", letterId));
    }

    private ResponseEntity<?> known(String group, Supplier<ResponseEntity<?>> work) {
        return groups.exists(group) ? work.get()
                : problem(HttpStatus.NOT_FOUND, "unknown-processing-group", "No such processing group", group);
    }

    private ResponseEntity<?> withQueue(String group, Supplier<ResponseEntity<?>> work) {
        return known(group, () -> groups.withDeadLetters().contains(group) ? work.get()
                : problem(HttpStatus.NOT_FOUND, "no-dead-letter-queue", "No dead-letter queue",
                group + " has no dead-letter queue (a saga processor retries on its own deadlines)"));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail) {
        return ResponseEntity.status(status).body(Problems.of(status, slug, title, detail));
    }
}
