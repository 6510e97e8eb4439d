package network.khata.query.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a pay page may show, and nothing more: the business, the invoice number (null for a balance), what was billed,
 * what was paid so far, the amount due after payments, the due date, and how the business takes payment.
 *
 * @param reference    what the payment is for, as the business's UPI statement will show it (the invoice number, or
 *                     the customer's account with the business for a balance)
 * @param upiVpa       the business's UPI address, null when it offers no UPI
 * @param providerLink Razorpay's payment link for the invoice, null when there is none or it is not offered
 */
public record Payable(String businessName, String payeeName, String invoiceNumber, BigDecimal billed, BigDecimal paidSoFar,
                      BigDecimal amountDue, LocalDate dueDate, String reference, String upiVpa, String providerLink) {
    /**
     * The most one UPI payment may carry (NPCI's limit for an ordinary payment to a merchant: ₹1,00,000); above it a
     * UPI app refuses, so a page offers UPI for a part of it, and the business's other ways for the rest.
     */
    public static final BigDecimal UPI_LIMIT = new BigDecimal("100000.00");

    public boolean paid() {
        return amountDue.signum() == 0;
    }

    /** Whether the amount due is more than one UPI payment may carry. */
    public boolean beyondUpiLimit() {
        return amountDue.compareTo(UPI_LIMIT) > 0;
    }

    /** What one UPI payment asks: the amount due, or the UPI limit when more is due. */
    public BigDecimal upiAmount() {
        return amountDue.min(UPI_LIMIT);
    }

    /** NPCI's UPI intent for {@link #upiAmount()}, when the business takes UPI and something is due. */
    public Optional<String> upiUri() {
        return upiVpa == null || paid() ? Optional.empty()
                : Optional.of(UpiUri.of(upiVpa, payeeName, upiAmount(), reference, noteFor()));
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
