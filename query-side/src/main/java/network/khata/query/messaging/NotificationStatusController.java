package network.khata.query.messaging;

import io.swagger.v3.oas.annotations.Operation;
import network.khata.api.identity.Actor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** {@code GET /api/notifications/{notification_id}}: where each message of one send request stands. */
@RestController
public class NotificationStatusController {
    private final QueryGateway queries;

    public NotificationStatusController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "Where each message of one send stands")
    @GetMapping("/api/notifications/{notificationId}")
    public SendStatus status(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner, @PathVariable UUID notificationId) {
        return queries.query(new FindNotificationStatus(owner.businessId(), notificationId), SendStatus.class).join();
    }
}
