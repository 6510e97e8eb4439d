package network.khata.app.customers;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.api.customers.CustomerRegistration;
import network.khata.api.customers.ProfileType;
import network.khata.api.customers.RegisterCustomer;
import network.khata.api.invoices.CreateInvoice;
import network.khata.api.identity.OtpRequestOutcome;
import network.khata.api.identity.RequestPhoneVerification;
import network.khata.app.jobs.BulkJob;
import network.khata.app.jobs.JobWork;
import network.khata.app.identity.CodeRequests;
import network.khata.app.web.ActorCommandGateway;
import network.khata.command.ConflictException;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a customer import: registers the customer by phone (idempotent: a phone the business has is
 * {@code already_registered}, unchanged), sends the welcome code only when the import asked for codes and the
 * business's new-number allowance has room ({@code created_without_code} when it had none), and books an opening
 * balance as an invoice numbered after the phone ({@code OPENING-<digits>}), dated the day of the upload, so that a
 * second upload finds it there and adds nothing.
 */
@Component
public class CustomerImportWork implements JobWork {
    public static final String KIND = "customer_import";
    static final String SEND_CODES = "send_codes";
    static final String UPLOADED_ON = "uploaded_on";

    private final ActorCommandGateway commands;
    private final NewNumberCodes newNumberCodes;
    private final CodeRequests codeRequests;

    public CustomerImportWork(ActorCommandGateway commands, NewNumberCodes newNumberCodes, CodeRequests codeRequests) {
        this.commands = commands;
        this.newNumberCodes = newNumberCodes;
        this.codeRequests = codeRequests;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String perform(BulkJob job, JsonNode row) {
        String phone = row.path("phone").asText();
        CustomerRegistration registration = commands.send(RegisterCustomer.of(job.businessId(), row.path("name").asText(), phone,
                text(row, "email"), ProfileType.fromCode(text(row, "type")).orElse(null), false), job.actor(), job.correlationId());
        if (row.hasNonNull("opening_balance")) {
            openingBalance(job, registration, new BigDecimal(row.path("opening_balance").asText()));
        }
        if (!registration.created()) {
            return "already_registered";
        }
        if (!job.options().path(SEND_CODES).asBoolean()) {
            return "created";
        }
        if (newNumberCodes.admit(job.businessId(), phone).isPresent()) {
            return "created_without_code";
        }
        OtpRequestOutcome otp = commands.send(new RequestPhoneVerification(registration.customerId(), phone), job.actor(),
                job.correlationId());
        codeRequests.record("import", otp.outcome(), phone);
        return "created";
    }

    private void openingBalance(BulkJob job, CustomerRegistration customer, BigDecimal amount) {
        String number = "OPENING-" + customer.phone().substring(1);
        try {
            commands.send(CreateInvoice.of(job.businessId(), customer.customerId(), number, amount,
                    LocalDate.parse(job.options().path(UPLOADED_ON).asText()), null, "Opening balance"), job.actor(), job.correlationId());
        } catch (ConflictException alreadyBooked) {
            // an earlier upload booked this customer's opening balance: it stays as it was
        }
    }

    private static String text(JsonNode row, String field) {
        return row.hasNonNull(field) ? row.path(field).asText() : null;
    }
}
