package network.khata.api.payments;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a business lets its customers pay from a pay link: its own UPI address, or a Razorpay payment link. */
public enum PaymentMethod {
    UPI, RAZORPAY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PaymentMethod> fromCode(String code) {
        return Arrays.stream(values()).filter(method -> method.code().equals(code)).findFirst();
    }
}
