package network.khata.command;

import java.util.NoSuchElementException;

/**
 * Nothing the caller may see goes by that id (it does not exist, or belongs to another business): an aggregate's
 * refusal. Not found has one form in this service, {@link NoSuchElementException}, the one query handlers throw and
 * {@code Optional.orElseThrow} throws; the API answers every one of them 404 {@code not-found}.
 */
public class NotFoundException extends NoSuchElementException {
    public NotFoundException(String message) {
        super(message);
    }
}
