package network.khata.api.payments;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The owner says where customers pay: a UPI address ({@code name@bank}), the payee name UPI apps show, the methods offered. */
public record SetPaymentSettings(@TargetAggregateIdentifier UUID businessId, String upiVpa, String payeeName,
                                 Set<PaymentMethod> methods) {
    /** NPCI's virtual payment address: a handle of letters, digits, dot, dash or underscore, then {@code @} and the bank's. */
    public static final String UPI_VPA_PATTERN = "[A-Za-z0-9._-]{2,64}@[A-Za-z][A-Za-z0-9]{1,34}";
    public static final Pattern UPI_VPA = Pattern.compile(UPI_VPA_PATTERN);
}
