package network.khata.query.payments;

import io.swagger.v3.oas.annotations.Operation;
import network.khata.api.identity.Actor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The owner reads how their customers pay ({@code GET /api/business/payment-settings}); app's controller sets it. */
@RestController
public class PaymentSettingsReadController {
    private final QueryGateway queries;

    public PaymentSettingsReadController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "Read how customers pay")
    @GetMapping("/api/business/payment-settings")
    public PaymentSettings get(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner) {
        return queries.query(new FindPaymentSettings(owner.businessId()), PaymentSettings.class).join();
    }
}
