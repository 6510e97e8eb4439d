package network.khata.app.payments;

import network.khata.api.team.OwnerOnly;
import network.khata.app.config.BodyExample;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.lang.Nullable;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import network.khata.app.web.Limits;
import network.khata.api.payments.PaymentMethod;
import network.khata.api.payments.PaymentSettingsChanged;
import network.khata.api.payments.SetPaymentSettings;
import network.khata.api.identity.Actor;
import network.khata.query.payments.PaymentSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import network.khata.app.web.OneOfCodes;
import network.khata.app.web.ActorCommandGateway;
import network.khata.app.web.PlainText;

/**
 * The owner sets the payment settings ({@code PUT /api/business/payment-settings}; query-side's
 * {@code PaymentSettingsReadController} reads them): the business's UPI address,
 * the payee name UPI apps show, and which ways to pay the pay pages offer ({@code upi}, {@code razorpay}).
 */
@RestController
public class PaymentSettingsController {
    private final ActorCommandGateway commands;

    public PaymentSettingsController(ActorCommandGateway commands) {
        this.commands = commands;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PaymentSettingsRequest(@Nullable @Size(max = Limits.UPI_VPA) @Pattern(regexp = SetPaymentSettings.UPI_VPA_PATTERN) String upiVpa,
                                         @Nullable @PlainText @Size(max = Limits.PAYEE_NAME) String payeeName,
                                         @Nullable @Size(max = 2) List<@OneOfCodes(PaymentMethod.class) String> methods) {
    }

    @Operation(summary = "Set how customers pay", description = "UPI address, payee name, and the ways the pay pages offer.")
    @BodyExample("""
            {"upi_vpa": "shreeganesh@okaxis", "payee_name": "Shree Ganesh Fertilizer", "methods": ["upi"]}""")
    @OwnerOnly
    @PutMapping("/api/business/payment-settings")
    public ResponseEntity<PaymentSettings> set(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                               @Valid @RequestBody PaymentSettingsRequest body, HttpServletRequest request) {
        Set<PaymentMethod> methods = body.methods() == null ? Set.of()
                : body.methods().stream().map(code -> PaymentMethod.fromCode(code).orElseThrow()).collect(Collectors.toSet());
        PaymentSettingsChanged set = commands.send(new SetPaymentSettings(owner.businessId(), body.upiVpa(), body.payeeName(),
                methods), owner, request);
        return ResponseEntity.ok(new PaymentSettings(true, set.upiVpa(), set.payeeName(),
                set.methods().stream().map(PaymentMethod::code).sorted().toList()));
    }
}
