package network.khata.api.disputes;

import java.util.Locale;

/** Why a customer says an invoice is not right: a short list an owner can act on, and a note for the rest. */
public enum DisputeReason {
    /** the amount is not what was agreed */
    WRONG_AMOUNT,
    /** the goods or service did not arrive, or not all of it */
    NOT_RECEIVED,
    /** the customer paid it, and the shop has not noted it */
    ALREADY_PAID,
    /** the customer never bought this */
    NOT_MINE,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
