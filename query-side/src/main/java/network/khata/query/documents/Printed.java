package network.khata.query.documents;

import network.khata.api.invoices.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Amounts and dates as the service's PDFs print them, the way its messages write them: digits grouped the Indian way
 * ("Rs", since Helvetica has no rupee sign) and dd-mm-yyyy.
 */
public final class Printed {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Printed() {
    }

    public static String rupees(BigDecimal amount) {
        return "Rs " + Money.indian(amount);
    }

    /** In English "Rs" (its pages are Helvetica, which has no rupee sign); in the other languages "₹" (ShapedText has it). */
    public static String rupees(BigDecimal amount, String language) {
        return "en".equals(language) ? rupees(amount) : "₹" + Money.indian(amount);
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }
}
