package network.khata.command;

/** The command conflicts with what is already stored (an id reused with other details, a payment over the balance). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
