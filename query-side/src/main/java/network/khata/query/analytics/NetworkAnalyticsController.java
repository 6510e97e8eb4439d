package network.khata.query.analytics;

import network.khata.api.team.OwnerOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.queryhandling.QueryGateway;
import com.lowagie.text.Document;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.validation.constraints.Pattern;
import network.khata.api.identity.Actor;
import network.khata.query.analytics.NetworkAnalyticsReport.DailyTrend;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Spec endpoint 4, {@code GET /api/analytics/customer-network?period=}, its export as CSV or PDF, and the benchmark. */
@RestController
@OwnerOnly
public class NetworkAnalyticsController {
    private static final String PERIOD = "last_7_days|last_30_days|last_90_days";
    private static final String PERIOD_MESSAGE = "must be one of last_7_days, last_30_days, last_90_days";

    private final QueryGateway queries;

    public NetworkAnalyticsController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "The business's customer network: verification, engagement, payment impact, daily trend")
    @GetMapping("/api/analytics/customer-network")
    public NetworkAnalyticsReport report(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                         @RequestParam(defaultValue = "last_30_days") @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) String period) {
        return queries.query(new FindNetworkAnalytics(owner.businessId(), period), NetworkAnalyticsReport.class).join();
    }

    @Operation(summary = "How the business compares with businesses like it", description = "Each headline metric (over "
            + "all the business's history) beside the lower quartile, median and upper quartile of the businesses of the same "
            + "category and size band; a metric's quartiles stay null until at least minimum_businesses businesses have a value.")
    @GetMapping("/api/analytics/benchmark")
    public NetworkBenchmark benchmark(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner) {
        return queries.query(new FindNetworkBenchmark(owner.businessId()), NetworkBenchmark.class).join();
    }

    @Operation(summary = "The same report as CSV or PDF")
    @ApiResponse(responseCode = "200", description = "The report as a file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @GetMapping("/api/analytics/customer-network/export")
    public ResponseEntity<byte[]> export(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                         @RequestParam(defaultValue = "last_30_days") @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) String period,
                                         @RequestParam(defaultValue = "csv") @Pattern(regexp = "csv|pdf", message = "must be csv or pdf") String format) {
        NetworkAnalyticsReport report = queries.query(new FindNetworkAnalytics(owner.businessId(), period),
                NetworkAnalyticsReport.class).join();
        boolean pdf = format.equals("pdf");
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("customer-network-" + report.dateFrom() + "-" + report.dateTo() + "." + format).build().toString())
                .body(pdf ? pdf(report) : csv(report).getBytes(StandardCharsets.UTF_8));
    }

    private static final List<String> COLUMNS = List.of("date", "new_customers", "verified", "active_customers", "invoices_sent",
            "notifications_sent", "portal_logins", "payments_received");

    private static List<String> cells(DailyTrend day) {
        return List.of(day.date().toString(), String.valueOf(day.newCustomers()), String.valueOf(day.verified()),
                String.valueOf(day.activeCustomers()), String.valueOf(day.invoicesSent()), String.valueOf(day.notificationsSent()),
                String.valueOf(day.portalLogins()), day.paymentsReceived().toPlainString());
    }

    private static List<List<String>> summaryLines(NetworkAnalyticsReport report) {
        var s = report.summary();
        var e = report.engagement();
        var p = report.paymentImpact();
        return List.of(
                List.of("total_customers", String.valueOf(s.totalCustomers())),
                List.of("verified_customers", String.valueOf(s.verifiedCustomers())),
                List.of("active_customers_7d", String.valueOf(s.activeCustomers7d())),
                List.of("total_invoices_sent", String.valueOf(s.totalInvoicesSent())),
                List.of("total_notifications", String.valueOf(s.totalNotifications())),
                List.of("notification_open_rate", text(e.notificationOpenRate())),
                List.of("notification_delivery_rate", text(e.notificationDeliveryRate())),
                List.of("portal_access_rate", text(e.portalAccessRate())),
                List.of("repeat_customer_rate", text(e.repeatCustomerRate())),
                List.of("avg_payment_days", text(p.avgPaymentDays())),
                List.of("avg_payment_days_pre_notification", text(p.avgPaymentDaysPreNotification())),
                List.of("payment_velocity_improvement", text(p.paymentVelocityImprovement())),
                List.of("collection_rate", text(p.collectionRate())));
    }

    static String csv(NetworkAnalyticsReport report) {
        StringBuilder out = new StringBuilder("metric,value\n");
        summaryLines(report).forEach(line -> out.append(String.join(",", line)).append('\n'));
        out.append('\n').append(String.join(",", COLUMNS)).append('\n');
        report.dailyTrend().forEach(day -> out.append(String.join(",", cells(day))).append('\n'));
        return out.toString();
    }

    static byte[] pdf(NetworkAnalyticsReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Customer network, " + report.dateFrom() + " to " + report.dateTo(),
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
        PdfPTable summary = new PdfPTable(2);
        summary.setWidthPercentage(50);
        summary.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
        summaryLines(report).forEach(line -> line.forEach(summary::addCell));
        document.add(summary);
        document.add(new Paragraph(" "));
        PdfPTable trend = new PdfPTable(COLUMNS.size());
        trend.setWidthPercentage(100);
        COLUMNS.forEach(trend::addCell);
        report.dailyTrend().forEach(day -> cells(day).forEach(trend::addCell));
        document.add(trend);
        document.close();
        return out.toByteArray();
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }
}
