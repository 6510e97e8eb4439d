package network.khata.query.search;

import io.swagger.v3.oas.annotations.Operation;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import network.khata.api.identity.Actor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/customers/search}: an owner's search over their own business's customers (spec endpoint 1). */
@RestController
@Validated
public class CustomerSearchController {
    private final QueryGateway queries;

    public CustomerSearchController(QueryGateway queries) {
        this.queries = queries;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SearchResponse(List<SearchResult> results, long searchTookMs) {
    }

    @Operation(summary = "Find a customer by name, phone or email", description = "Typos, transliteration (Latin, "
            + "Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada and Malayalam: a name typed in one "
            + "finds it written in another) and sounds-alike; the last row offers to create a new customer.")
    @GetMapping("/api/customers/search")
    public SearchResponse search(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                 @RequestParam("q") @NotBlank @Size(max = 100) String q,
                                 @RequestParam(name = "limit", defaultValue = "10") @Min(1) @Max(50) int limit) {
        long started = System.nanoTime();
        List<SearchResult> results = queries.query(new FindCustomers(owner.businessId(), q.trim(), limit),
                ResponseTypes.multipleInstancesOf(SearchResult.class)).join();
        return new SearchResponse(results, (System.nanoTime() - started) / 1_000_000);
    }
}
