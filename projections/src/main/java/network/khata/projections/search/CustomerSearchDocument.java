package network.khata.projections.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** One party as search sees it, the same in every engine. */
public record CustomerSearchDocument(UUID partyId, UUID businessId, UUID customerId, String name, String phone,
                                     String email, String profileType, boolean phoneVerified, boolean portalActive,
                                     LocalDate lastInvoice, BigDecimal totalBalance, Instant registeredAt) {

    /** The same party with its invoices summed up anew. */
    public CustomerSearchDocument withInvoices(LocalDate lastInvoice, BigDecimal totalBalance) {
        return new CustomerSearchDocument(partyId, businessId, customerId, name, phone, email, profileType, phoneVerified,
                portalActive, lastInvoice, totalBalance, registeredAt);
    }

    public CustomerSearchDocument withNetworkStatus(boolean phoneVerified, boolean portalActive) {
        return new CustomerSearchDocument(partyId, businessId, customerId, name, phone, email, profileType, phoneVerified,
                portalActive, lastInvoice, totalBalance, registeredAt);
    }

    public List<String> nameTokens() {
        return NameTokens.of(name);
    }

    /** The lower-case name: equal matches are answered in this order, by code point in every engine. */
    public String sortName() {
        return sortNameOf(name);
    }

    public static String sortNameOf(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
