package network.khata.command;

/** Nothing the caller may see goes by that id (it does not exist, or belongs to another business). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
