package network.khata.query.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a pay page may show, and nothing more: the business, the invoice number (null for a balance), the amount due
 * after payments, the due date, and how the business takes payment.
 *
 * @param reference    what the payment is for, as the business's UPI statement will show it (the invoice number, or
 *                     the customer's account with the business for a balance)
 * @param upiVpa       the business's UPI address, null when it offers no UPI
 * @param providerLink Razorpay's payment link for the invoice, null when there is none or it is not offered
 */
public record Payable(String businessName, String payeeName, String invoiceNumber, BigDecimal amountDue,
                      LocalDate dueDate, String reference, String upiVpa, String providerLink) {
    public boolean paid() {
        return amountDue.signum() == 0;
    }

    /** NPCI's UPI intent for the amount due, when the business takes UPI and something is due. */
    public Optional<String> upiUri() {
        return upiVpa == null || paid() ? Optional.empty()
                : Optional.of(UpiUri.of(upiVpa, payeeName, amountDue, reference, noteFor()));
    }

    private String noteFor() {
        return invoiceNumber == null ? "Balance " + businessName : "Invoice " + invoiceNumber;
    }

    static Set<String> methods(String stored) {
        return stored == null || stored.isBlank() ? Set.of("upi", "razorpay") : Set.of(stored.split(","));
    }

    /**
     * How a customer can pay the business online, as the portal lists it: {@code upi} when the business takes UPI at
     * its own address or through Razorpay, {@code card} and {@code netbanking} only through Razorpay (listed in the
     * business's methods, and switched on for the service). Nothing else is claimed.
     *
     * @param stored the business's methods as stored ({@code upi,razorpay}; null: not set, both)
     */
    public static List<String> acceptedOnline(String stored, String upiVpa, boolean razorpayEnabled) {
        Set<String> methods = methods(stored);
        boolean upi = methods.contains("upi") && upiVpa != null;
        boolean razorpay = methods.contains("razorpay") && razorpayEnabled;
        List<String> accepted = new ArrayList<>();
        if (upi || razorpay) {
            accepted.add("upi");
        }
        if (razorpay) {
            accepted.addAll(List.of("card", "netbanking"));
        }
        return List.copyOf(accepted);
    }
}
