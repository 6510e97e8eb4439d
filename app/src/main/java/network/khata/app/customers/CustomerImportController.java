package network.khata.app.customers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import network.khata.api.businesses.BusinessTimeZone;
import network.khata.api.identity.Actor;
import network.khata.app.customers.CustomerRows.Judged;
import network.khata.app.customers.CustomerRows.Valid;
import network.khata.app.jobs.BulkJob;
import network.khata.app.jobs.BulkJobs;
import network.khata.app.jobs.JobView.RowError;
import network.khata.app.problems.Problems;
import network.khata.app.web.ActorCommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/customers/imports}: an owner's customers in bulk, from a CSV or Excel file. Every row is judged
 * first; the answer names each refused row and why. The rows that pass are imported by a job (any instance works it,
 * idempotent by phone), followed at {@code /api/jobs/{id}}; codes go out only when asked. {@code dry_run} judges
 * without importing.
 */
@RestController
public class CustomerImportController {
    /** Razorpay takes 50,000 rows a batch; twice that here. */
    public static final int MAX_ROWS = 100_000;
    private static final int REFUSALS_SHOWN = 1_000;

    private final CustomerRows rows;
    private final BulkJobs jobs;
    private final ObjectMapper json;
    private final Clock clock;

    public CustomerImportController(CustomerRows rows, BulkJobs jobs, ObjectMapper json, Clock clock) {
        this.rows = rows;
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ImportAnswer(@Nullable UUID jobId, @Nullable String statusUrl, int rows, int accepted, int refusedCount,
                               @Schema(description = "the first 1,000 refused rows: row as the spreadsheet numbers it (the header is row 1)")
                               List<RowError> refused) {
    }

    @Operation(summary = "Import customers from a CSV or Excel file", description = "The first row names the columns: name "
            + "and phone (required), email, type (individual, business, farmer, retailer, corporate), opening_balance (rupees; "
            + "booked as an invoice OPENING-<phone>). Up to " + MAX_ROWS + " rows. Every row is checked first: refused rows are "
            + "listed with the reason, the others are imported by a job (202, follow status_url), idempotent by phone: a "
            + "second upload of the same file changes nothing. No code is sent unless send_codes is true (then within the "
            + "business's hourly allowance for new numbers). dry_run: check only.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
            @Content(mediaType = CustomerFile.CSV, schema = @Schema(type = "string", example = "name,phone,email,type,opening_balance\n"
                    + "Ramesh Kumar,9876543210,ramesh@email.com,individual,1250.50\n")),
            @Content(mediaType = CustomerFile.XLSX, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "202", description = "Checked; the accepted rows are being imported",
            content = @Content(schema = @Schema(implementation = ImportAnswer.class)))
    @ApiResponse(responseCode = "200", description = "dry_run: checked only, nothing imported",
            content = @Content(schema = @Schema(implementation = ImportAnswer.class)))
    @ApiResponse(responseCode = "422", description = "`unreadable-file`: not CSV text or not a workbook; `missing-column`: "
            + "no name or phone column; `too-many-rows`: more than " + MAX_ROWS + " rows; `nothing-to-import`: every row refused "
            + "(`refused` lists them)")
    @PostMapping(path = "/api/customers/imports", consumes = {CustomerFile.CSV, CustomerFile.XLSX})
    public ResponseEntity<?> importCustomers(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                             @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                                             @RequestBody byte[] file,
                                             @Parameter(description = "send each new customer the welcome code")
                                             @RequestParam(name = "send_codes", defaultValue = "false") boolean sendCodes,
                                             @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun,
                                             HttpServletRequest request) {
        CustomerFile.Contents contents;
        Judged judged;
        try {
            contents = CustomerFile.read(file, contentType.split(";")[0].strip(), MAX_ROWS);
            judged = rows.judge(contents);
        } catch (CustomerFile.Unreadable e) {
            return refuse("unreadable-file", "File not readable", e.getMessage(), List.of());
        } catch (CustomerRows.MissingColumn e) {
            return refuse("missing-column", "A column is missing", e.getMessage(), List.of());
        }
        if (contents.tooMany()) {
            return refuse("too-many-rows", "Too many rows", "a file may hold at most " + MAX_ROWS + " rows; split it", List.of());
        }
        List<RowError> shown = judged.refused().stream().limit(REFUSALS_SHOWN).toList();
        if (judged.valid().isEmpty()) {
            return refuse("nothing-to-import", "No row can be imported", "every row was refused: `refused` says why", shown);
        }
        int refusedCount = judged.refused().size();
        if (dryRun) {
            return ResponseEntity.ok(new ImportAnswer(null, null, contents.lines().size(), judged.valid().size(), refusedCount, shown));
        }
        Instant now = clock.instant();
        BulkJob job = BulkJob.asked(CustomerImportWork.KIND, owner, json.createObjectNode().put(CustomerImportWork.SEND_CODES, sendCodes)
                .put(CustomerImportWork.UPLOADED_ON, LocalDate.ofInstant(now, BusinessTimeZone.DEFAULT).toString()),
                ActorCommandGateway.correlationId(request));
        ObjectNode report = json.createObjectNode().put("refused_count", refusedCount);
        report.set("refused", json.valueToTree(shown));
        jobs.create(job, report, judged.valid().stream().map(row -> new BulkJobs.Item(row.row(), item(row))).toList(), now, now);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ImportAnswer(job.jobId(), job.statusUrl(),
                contents.lines().size(), judged.valid().size(), refusedCount, shown));
    }

    private ObjectNode item(Valid row) {
        ObjectNode item = json.createObjectNode().put("name", row.name()).put("phone", row.phone())
                .put("email", row.email()).put("type", row.type());
        if (row.openingBalance() != null) {
            item.put("opening_balance", row.openingBalance().toPlainString());
        }
        return item;
    }

    private ResponseEntity<ProblemDetail> refuse(String slug, String title, String detail, List<RowError> refused) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, slug, title, detail);
        if (!refused.isEmpty()) {
            problem.setProperty("refused", refused);
        }
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
