package network.khata.app.customers;

import network.khata.app.problems.Problems;
import network.khata.app.config.BodyExample;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;
import network.khata.app.security.AbuseRefusals;
import network.khata.app.web.OneOfCodes;
import network.khata.app.identity.CodeRequests;
import network.khata.app.web.ActorCommandGateway;
import network.khata.app.web.PhoneNumber;
import network.khata.app.web.PlainText;
import java.time.Duration;
import java.util.Optional;

import org.axonframework.queryhandling.QueryGateway;
import network.khata.query.identity.IsPhoneVerified;
import network.khata.app.web.Limits;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import network.khata.api.customers.CustomerRegistration;
import network.khata.api.customers.ProfileType;
import network.khata.api.customers.RegisterCustomer;
import network.khata.api.identity.Actor;
import network.khata.api.identity.PhoneNumbers;
import network.khata.query.identity.IsKnownByAnotherName;
import network.khata.api.identity.OtpRequestOutcome;
import network.khata.command.identity.OtpRules;
import network.khata.api.identity.RequestPhoneVerification;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/**
 * {@code POST /api/customers/auto-register} (spec endpoint 2): adds a customer to the owner's khata by phone and,
 * unless told not to, sends the customer a verification code. Sending it again is safe: the same phone answers with
 * the same customer (200 instead of 201), and no second code goes out within 60 seconds.
 */
@RestController
public class CustomerRegistrationController {
    private final ActorCommandGateway commands;
    private final QueryGateway queries;
    private final CodeRequests codeRequests;
    private final NewNumberCodes newNumberCodes;
    private final AbuseRefusals refusals;

    public CustomerRegistrationController(ActorCommandGateway commands, QueryGateway queries, CodeRequests codeRequests,
                                          NewNumberCodes newNumberCodes, AbuseRefusals refusals) {
        this.commands = commands;
        this.queries = queries;
        this.codeRequests = codeRequests;
        this.newNumberCodes = newNumberCodes;
        this.refusals = refusals;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record AutoRegisterRequest(
            @NotBlank @PlainText @Size(max = Limits.NAME) String name,
            @NotNull @PhoneNumber String phone,
            @Nullable @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") @PlainText @Size(max = Limits.EMAIL) String email,
            @Nullable @OneOfCodes(ProfileType.class) String profileType,
            @Nullable Boolean autoSendWelcomeSms,
            @Nullable Boolean autoTagRecentInvoices) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record AutoRegisterResponse(String customerId, String name, String phone, boolean phoneVerified,
                                       boolean emailVerified, boolean otpSentToPhone, long otpResendAfter,
                                       String message, boolean knownByAnotherName) {
    }

    /** The risk table's check, "phone + first name", told without the other name or business. */
    static final String ANOTHER_NAME = " This number is in the network under another first name: at their next sign-in the "
            + "customer is asked whether this is them.";

    @Operation(summary = "Register a customer by phone", description = "Idempotent by phone within the business; sends a "
            + "welcome code unless auto_send_welcome_sms is false. known_by_another_name: the network knows the number "
            + "under another first name (which one, and where, is not said); the customer is asked at their next sign-in.")
    @ApiResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = AutoRegisterResponse.class)))
    @ApiResponse(responseCode = "200", description = "Already this business's customer: as registered",
            content = @Content(schema = @Schema(implementation = AutoRegisterResponse.class)))
    @ApiResponse(responseCode = "429", description = "`new-number-codes-limited`: this business sent codes to too many new numbers this hour")
    @BodyExample("""
            {"name": "Ramesh Kumar", "phone": "9876543210", "email": "ramesh@email.com", "profile_type": "individual", "auto_send_welcome_sms": true}""")
    @PostMapping("/api/customers/auto-register")
    public ResponseEntity<?> autoRegister(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                          @Valid @RequestBody AutoRegisterRequest body, HttpServletRequest request) {
        String phone = PhoneNumbers.toE164(body.phone()).orElseThrow();
        String email = body.email() == null || body.email().isBlank() ? null : body.email().trim().toLowerCase(Locale.ROOT);
        ProfileType profileType = body.profileType() == null ? null : ProfileType.fromCode(body.profileType()).orElseThrow();
        boolean sendCode = !Boolean.FALSE.equals(body.autoSendWelcomeSms());
        Optional<Duration> wait = sendCode ? newNumberCodes.admit(owner.businessId(), phone) : Optional.empty();
        if (wait.isPresent()) {
            refusals.refused("new_number_codes", "business " + owner.businessId() + " past " + newNumberCodes.perHour()
                    + " codes to new numbers this hour");
            return Problems.tooMany(wait.get(), "new-number-codes-limited", "Too many codes to new numbers",
                    "this business has sent codes to " + newNumberCodes.perHour() + " new numbers in the last hour; register "
                            + "without the code (auto_send_welcome_sms: false) or try again later");
        }

        CustomerRegistration registration = commands.send(RegisterCustomer.of(owner.businessId(), body.name(), phone,
                email, profileType, Boolean.TRUE.equals(body.autoTagRecentInvoices())), owner, request);

        OtpRequestOutcome otp = sendCode
                ? commands.send(new RequestPhoneVerification(registration.customerId(), phone), owner, request)
                : new OtpRequestOutcome(false, 0, queries.query(new IsPhoneVerified(registration.customerId()), Boolean.class).join());
        if (sendCode) {
            codeRequests.record("owner", otp.outcome(), phone);
        }

        boolean anotherName = queries.query(new IsKnownByAnotherName(registration.customerId(), registration.name()), Boolean.class).join();
        AutoRegisterResponse response = new AutoRegisterResponse(registration.customerId().toString(),
                registration.name(), phone, otp.alreadyVerified(), false, otp.sent(), otp.resendAfterSeconds(),
                message(registration, otp, phone, sendCode) + (anotherName ? ANOTHER_NAME : ""), anotherName);
        return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK).body(response);
    }

    private static String message(CustomerRegistration registration, OtpRequestOutcome otp, String phone, boolean sendCode) {
        String customer = registration.created() ? "Customer created." : "Customer already registered.";
        if (otp.alreadyVerified()) {
            return customer + " Phone already verified.";
        }
        if (otp.sent()) {
            return customer + " OTP sent to " + phone;
        }
        if (!sendCode) {
            return customer;
        }
        String again = " Another can be sent in " + otp.resendAfterSeconds() + " s.";
        return otp.hourlyBudgetSpent() ? customer + " No code sent: this phone has had its " + OtpRules.CODES_PER_HOUR
                + " codes for the hour." + again
                : customer + " No new code sent: one went to this phone less than a minute ago and is still valid." + again;
    }
}
