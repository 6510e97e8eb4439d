package network.khata.query.search;

import org.springframework.lang.Nullable;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import network.khata.projections.search.CustomerMatch;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of a search answer, as the spec's endpoint 1 shows it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SearchResult(String type, String customerId, @Nullable String name, @Nullable String phone,
                           @Nullable String email, @Nullable String profileType, String status, @Nullable Boolean phoneVerified,
                           @Nullable LocalDate lastInvoice, @Nullable BigDecimal totalBalance, @Nullable Boolean portalActive,
                           @Nullable String action) {
    public static final String NEW_CUSTOMER = "NEW";

    static SearchResult of(CustomerMatch match) {
        var customer = match.customer();
        return new SearchResult(match.kind() == CustomerMatch.Kind.EXACT ? "exact_match" : "suggestion",
                customer.customerId().toString(), customer.name(), customer.phone(), customer.email(),
                customer.profileType(), "registered", customer.phoneVerified(), customer.lastInvoice(),
                customer.totalBalance(), customer.portalActive(), null);
    }

    /**
     * The "create new" entry that ends every answer. When the typed phone already belongs to the network (through
     * another business), it says so with the network id and nothing else.
     */
    static SearchResult createNew(String name, String phone, String email, String networkCustomerId) {
        return new SearchResult("suggestion", networkCustomerId == null ? NEW_CUSTOMER : networkCustomerId, name, phone,
                email, null, networkCustomerId == null ? "not_registered" : "registered", null, null, null, null,
                "create_new");
    }
}
