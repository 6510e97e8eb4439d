package network.khata.query.portal;

import network.khata.query.portal.CustomerPortalReader.BusinessTotals;
import network.khata.query.portal.CustomerPortalReader.PortalInvoice;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Answers the customer portal's queries from its read models ({@link CustomerPortalReader}). A business that does not bill the
 * customer is answered as unknown.
 */
@Component
public class PortalQueries {
    private static final int MAX_INVOICES = 500;
    private static final int RECENT = 10;

    private final CustomerPortalReader reads;
    private final boolean razorpayEnabled;

    public PortalQueries(CustomerPortalReader reads, @Value("${khata.razorpay.enabled:false}") boolean razorpayEnabled) {
        this.reads = reads;
        this.razorpayEnabled = razorpayEnabled;
    }

    @QueryHandler
    public InvoiceList handle(FindPortalInvoices query) {
        UUID businessId = query.businessId();
        List<BusinessTotals> businesses = businessId == null ? reads.businesses(query.customerId())
                : List.of(knownBusiness(query.customerId(), businessId));
        List<PortalInvoice> invoices = reads.invoices(query.customerId(), businessId, query.statuses(), MAX_INVOICES);
        InvoiceList.Summary summary = new InvoiceList.Summary(businesses.stream().mapToInt(BusinessTotals::totalInvoices).sum(),
                sum(businesses.stream().map(BusinessTotals::totalOutstanding).toList()),
                sum(businesses.stream().map(BusinessTotals::totalPaid).toList()));
        return new InvoiceList(businessId, businessId == null ? null : businesses.get(0).businessName(), invoices, summary);
    }

    @QueryHandler
    public Balance handle(FindPortalBalance query) {
        BusinessTotals business = knownBusiness(query.customerId(), query.businessId());
        BigDecimal average = business.totalInvoices() == 0 ? BigDecimal.ZERO.setScale(2)
                : business.totalAmount().divide(BigDecimal.valueOf(business.totalInvoices()), 2, RoundingMode.HALF_UP);
        return new Balance(query.businessId(), business.businessName(), business.totalOutstanding(), business.totalPaid(),
                business.totalInvoices(), average, business.lastTransaction(),
                reads.paymentMethods(query.businessId(), razorpayEnabled),
                reads.balancePaymentLink(query.customerId(), query.businessId()));
    }

    @QueryHandler
    public Dashboard handle(FindPortalDashboard query) {
        List<BusinessTotals> businesses = reads.businesses(query.customerId());
        List<PortalInvoice> recent = reads.invoices(query.customerId(), null, null, RECENT);
        long unpaid = businesses.stream().mapToInt(BusinessTotals::unpaidInvoices).sum();
        return new Dashboard(query.customerId(), reads.customerName(query.customerId()).orElse(null), businesses,
                sum(businesses.stream().map(BusinessTotals::totalOutstanding).toList()),
                sum(businesses.stream().map(BusinessTotals::totalPaid).toList()), unpaid, recent,
                reads.preferences(query.customerId()));
    }

    @QueryHandler
    public PortalCustomer handle(FindPortalCustomer query) {
        return new PortalCustomer(reads.customerName(query.customerId()).orElse(null), reads.businesses(query.customerId()));
    }

    private BusinessTotals knownBusiness(UUID customerId, UUID businessId) {
        return reads.business(customerId, businessId)
                .orElseThrow(() -> new NoSuchElementException("no business " + businessId + " bills you"));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
