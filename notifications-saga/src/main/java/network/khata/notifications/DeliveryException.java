package network.khata.notifications;

/**
 * A provider did not take a message. {@code permanent}: it never will (a 4xx: bad number, rejected address), so do not
 * retry; otherwise (a 5xx, a time-out, no connection) trying again later may work.
 */
public class DeliveryException extends RuntimeException {
    private final boolean permanent;

    public DeliveryException(String reason, boolean permanent, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
    }

    public static DeliveryException transientFailure(String reason) {
        return new DeliveryException(reason, false, null);
    }

    public static DeliveryException permanentFailure(String reason) {
        return new DeliveryException(reason, true, null);
    }

    public boolean permanent() {
        return permanent;
    }
}
