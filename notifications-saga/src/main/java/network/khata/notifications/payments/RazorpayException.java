package network.khata.notifications.payments;

/** Razorpay did not do what was asked; {@code retryable} when trying later may help (time-out, 5xx, 429). */
public class RazorpayException extends RuntimeException {
    private final boolean retryable;

    public RazorpayException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
