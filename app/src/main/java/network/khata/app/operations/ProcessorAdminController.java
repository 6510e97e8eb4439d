package network.khata.app.operations;

import network.khata.app.processing.ProcessingGroups;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import network.khata.app.web.Problems;
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
import java.util.Map;
import java.util.function.Supplier;

/**
 * The operator's view of each processing group (behind {@code AdminAuthenticationFilter}): status of every group and
 * of one, a replay that rebuilds a read model from the log, and the group's dead letters with retry and evict.
 */
@RestController
@RequestMapping("/admin/processors")
public class ProcessorAdminController {
    private final ProcessingGroups groups;

    public ProcessorAdminController(ProcessingGroups groups) {
        this.groups = groups;
    }

    @GetMapping
    public List<ProcessingGroups.Status> all() {
        return groups.statuses();
    }

    @GetMapping("/{group}")
    public ResponseEntity<?> one(@PathVariable String group) {
        return known(group, () -> ResponseEntity.ok(groups.status(group)));
    }

    /** 202: the tokens are reset and the group is rebuilding; follow its progress at {@code GET /admin/processors/{group}}. */
    @PostMapping("/{group}/replay")
    public ResponseEntity<?> replay(@PathVariable String group) {
        return known(group, () -> {
            try {
                groups.replay(group);
            } catch (IllegalStateException | UnsupportedOperationException | UnableToClaimTokenException e) {
                return problem(HttpStatus.CONFLICT, "replay-refused", "Replay refused", e.getMessage());
            }
            return ResponseEntity.accepted().body(Map.of("group", group, "replay", "started",
                    "status_url", "/admin/processors/" + group));
        });
    }

    @GetMapping("/{group}/dead-letters")
    public ResponseEntity<?> deadLetters(@PathVariable String group) {
        return withQueue(group, () -> ResponseEntity.ok(groups.deadLetters(group)));
    }

    @PostMapping("/{group}/dead-letters/{letterId}/retry")
    public ResponseEntity<?> retry(@PathVariable String group, @PathVariable String letterId) {
        return withQueue(group, () -> groups.retry(group, letterId)
                ? ResponseEntity.ok(Map.of("retried", letterId, "outcome", "processed"))
                : problem(HttpStatus.CONFLICT, "retry-failed", "Not retried",
                "no sequence is headed by letter " + letterId + ", or it failed again (see the letter's cause)"));
    }

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
