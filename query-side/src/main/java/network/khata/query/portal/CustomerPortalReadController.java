package network.khata.query.portal;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Pattern;
import network.khata.api.identity.Actor;
import network.khata.api.invoice.InvoicePdf;
import network.khata.api.invoice.RenderCustomerInvoicePdf;
import network.khata.query.portal.PortalReads.BusinessTotals;
import network.khata.query.portal.PortalReads.PortalInvoice;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The customer's side of the network (spec endpoints 6 and 7, plus a dashboard across businesses and the PDF). The
 * caller is the customer of the token; a business id that is not one of theirs is answered as unknown.
 */
@RestController
@RequestMapping("/api/customer-portal")
public class CustomerPortalReadController {
    /** {@code status} filter values, and what each shows. */
    private static final Map<String, List<String>> STATUS_FILTERS = Map.of(
            "unpaid", List.of("unpaid", "partially_paid"),
            "partially_paid", List.of("partially_paid"),
            "paid", List.of("paid"));
    private static final List<String> PAYMENT_METHODS = List.of("upi", "card", "netbanking");
    private static final int MAX_INVOICES = 500;
    private static final int RECENT = 10;

    private final PortalReads reads;
    private final QueryGateway queries;

    public CustomerPortalReadController(PortalReads reads, QueryGateway queries) {
        this.reads = reads;
        this.queries = queries;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Summary(int totalInvoices, BigDecimal totalOutstanding, BigDecimal totalPaid) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record InvoiceList(UUID businessId, String businessName, List<PortalInvoice> invoices, Summary summary) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Balance(UUID businessId, String businessName, BigDecimal totalOutstanding, BigDecimal totalPaidLifetime,
                          int totalInvoices, BigDecimal avgInvoiceAmount, LocalDate lastTransaction,
                          List<String> paymentMethods, String paymentLink) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Dashboard(UUID customerId, String customerName, List<BusinessTotals> businesses, BigDecimal totalOutstanding,
                            BigDecimal totalPaid, long unpaidInvoices, List<PortalInvoice> recentInvoices) {
    }

    /** {@code business_id} narrows to one business (spec); without it, every business's invoices. */
    @GetMapping("/invoices")
    public InvoiceList invoices(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer,
                                @RequestParam(name = "business_id", required = false) UUID businessId,
                                @RequestParam(name = "status", required = false)
                                @Pattern(regexp = "unpaid|partially_paid|paid", message = "must be one of unpaid, partially_paid, paid")
                                String status) {
        List<String> statuses = status == null ? null : STATUS_FILTERS.get(status);
        List<BusinessTotals> businesses = businessId == null ? reads.businesses(customer.id())
                : List.of(knownBusiness(customer, businessId));
        List<PortalInvoice> invoices = reads.invoices(customer.id(), businessId, statuses, MAX_INVOICES);
        Summary summary = new Summary(businesses.stream().mapToInt(BusinessTotals::totalInvoices).sum(),
                sum(businesses.stream().map(BusinessTotals::totalOutstanding).toList()),
                sum(businesses.stream().map(BusinessTotals::totalPaid).toList()));
        return new InvoiceList(businessId, businessId == null ? null : businesses.get(0).businessName(), invoices, summary);
    }

    @GetMapping("/balance")
    public Balance balance(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer,
                           @RequestParam(name = "business_id") UUID businessId) {
        BusinessTotals business = knownBusiness(customer, businessId);
        BigDecimal average = business.totalInvoices() == 0 ? BigDecimal.ZERO.setScale(2)
                : business.totalAmount().divide(BigDecimal.valueOf(business.totalInvoices()), 2, RoundingMode.HALF_UP);
        return new Balance(businessId, business.businessName(), business.totalOutstanding(), business.totalPaid(),
                business.totalInvoices(), average, business.lastTransaction(), PAYMENT_METHODS,
                reads.businessPaymentLink(businessId));
    }

    @GetMapping("/dashboard")
    public Dashboard dashboard(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer) {
        List<BusinessTotals> businesses = reads.businesses(customer.id());
        List<PortalInvoice> recent = reads.invoices(customer.id(), null, null, RECENT);
        long unpaid = businesses.stream().mapToInt(BusinessTotals::unpaidInvoices).sum();
        return new Dashboard(customer.id(), reads.customerName(customer.id()).orElse(null), businesses,
                sum(businesses.stream().map(BusinessTotals::totalOutstanding).toList()),
                sum(businesses.stream().map(BusinessTotals::totalPaid).toList()), unpaid, recent);
    }

    @GetMapping("/invoices/{invoiceId}/pdf")
    public ResponseEntity<byte[]> pdf(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer, @PathVariable UUID invoiceId) {
        InvoicePdf pdf = queries.query(new RenderCustomerInvoicePdf(invoiceId, customer.id()), InvoicePdf.class).join();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .body(pdf.content());
    }

    private BusinessTotals knownBusiness(Actor customer, UUID businessId) {
        return reads.business(customer.id(), businessId)
                .orElseThrow(() -> new NoSuchElementException("no business " + businessId + " bills you"));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
