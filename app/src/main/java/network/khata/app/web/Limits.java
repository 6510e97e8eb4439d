package network.khata.app.web;

import java.time.LocalDate;

/**
 * Every bound of what the service accepts, declared once: the edge validates each (400 problem+json naming the field)
 * and every read-model column is sized to hold it (see the migrations). Sums are kept in NUMERIC without a
 * precision, so no number of accepted amounts can overflow a total. Amounts are bounded by
 * {@link network.khata.api.invoices.Money#MAX}.
 */
public final class Limits {
    /** A customer's or a business's name: VARCHAR(255) in parties, profiles, search, contacts. */
    public static final int NAME = 255;
    /** A shop's address as printed on its invoices. */
    public static final int ADDRESS = 300;
    /** An email address: VARCHAR(255). */
    public static final int EMAIL = 255;
    /** An invoice number: VARCHAR(64). */
    public static final int INVOICE_NUMBER = 64;
    /** A payment id, given or taken from {@code Idempotency-Key}: VARCHAR(100) in analytics. */
    public static final int PAYMENT_ID = 64;
    /** An {@code Idempotency-Key} header, on payments and sends alike. */
    public static final int IDEMPOTENCY_KEY = PAYMENT_ID;
    /** An invoice's description. */
    public static final int DESCRIPTION = 500;
    /** A dispute's note, or the owner's answer to it. */
    public static final int NOTE = 500;
    /** An owner's own words added to a message. */
    public static final int CUSTOM_MESSAGE = 300;
    /** A UPI payment address ({@code name@bank}): VARCHAR(100) in businesses. */
    public static final int UPI_VPA = 100;
    /** The payee name a UPI app shows: VARCHAR(100). */
    public static final int PAYEE_NAME = 100;
    /** Issue, due and payment dates: a ledger's dates, not the calendar's (payment days and rates stay meaningful). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

    private Limits() {
    }
}
