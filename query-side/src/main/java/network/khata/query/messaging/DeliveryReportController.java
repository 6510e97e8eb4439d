package network.khata.query.messaging;

import network.khata.api.team.OwnerOnly;
import io.swagger.v3.oas.annotations.Operation;
import network.khata.api.identity.Actor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** {@code GET /api/notifications/delivery-report?date_from=&date_to=} (spec endpoint 8), for the owner's business. */
@RestController
@OwnerOnly
public class DeliveryReportController {
    private static final long MAX_DAYS = 366;

    private final QueryGateway queries;

    public DeliveryReportController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "Delivery by channel and by message type over a period", description = "Rates are null where "
            + "the provider reports nothing or nothing was sent.")
    @GetMapping("/api/notifications/delivery-report")
    public DeliveryReport report(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                 @RequestParam("date_from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam("date_to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "date_to must not be before date_from, and the period at most " + MAX_DAYS + " days");
        }
        return queries.query(new FindDeliveryReport(owner.businessId(), from, to), DeliveryReport.class).join();
    }
}
