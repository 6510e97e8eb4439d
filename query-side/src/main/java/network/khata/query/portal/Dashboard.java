package network.khata.query.portal;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A customer's totals across every business that bills them, with their most recent invoices, and their own
 * preferences (the portal opens in the language they chose, and changing it there changes their messages' too).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Dashboard(UUID customerId, String customerName, List<CustomerPortalReader.BusinessTotals> businesses,
                        BigDecimal totalOutstanding, BigDecimal totalPaid, long unpaidInvoices,
                        List<CustomerPortalReader.PortalInvoice> recentInvoices, Preferences preferences) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    /** {@code chosen}: the customer set them (else they are the defaults, and the portal follows the browser). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "SavedPreferences")
    public record Preferences(boolean notificationsEnabled, List<String> preferredChannels, String preferredLanguage,
                              boolean chosen) {
        public static final Preferences DEFAULT = new Preferences(true, List.of("sms", "email"), "hi", false);
    }
}
