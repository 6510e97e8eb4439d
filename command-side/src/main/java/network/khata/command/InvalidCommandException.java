package network.khata.command;

/** A command that breaks a rule of its aggregate; nothing was stored. */
public class InvalidCommandException extends RuntimeException {
    public InvalidCommandException(String message) {
        super(message);
    }
}
