package network.khata.app.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import network.khata.api.identity.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The badge goes to zero: everything in the feed so far is read, for this reader of this business. */
@RestController
public class FeedReadController {
    private final FeedReadMarks marks;

    public FeedReadController(FeedReadMarks marks) {
        this.marks = marks;
    }

    @Operation(summary = "Mark the feed read", description = "Everything that happened so far counts as read for the caller.")
    @ApiResponse(responseCode = "204", description = "Read")
    @PostMapping("/api/feed/read")
    public ResponseEntity<Void> read(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor reader) {
        marks.readAll(reader.businessId(), reader.id());
        return ResponseEntity.noContent().build();
    }
}
