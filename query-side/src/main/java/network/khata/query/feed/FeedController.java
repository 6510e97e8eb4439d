package network.khata.query.feed;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import network.khata.api.identity.Actor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The owner hears what happens (issue 26): the feed behind /owner's badge; marking it read is the app's. */
@RestController
@Validated
public class FeedController {
    private final QueryGateway queries;

    public FeedController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "What happened, newest first, with the unread count",
            description = "Customers verifying or opening the portal the first time, payments, reminders sent, messages "
                    + "that finally failed, disputes and 'not me'. POST /api/feed/read marks everything so far read.")
    @GetMapping("/api/feed")
    public Feed feed(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor reader,
                     @RequestParam(defaultValue = "30") @Min(1) @Max(100) int limit) {
        return queries.query(new FindFeed(reader.businessId(), reader.id(), limit), Feed.class).join();
    }
}
