package network.khata.query.payments;

import java.util.UUID;

/** Query: what one customer owes one business (the party), for its pay page; answers an optional {@link Payable}. */
public record FindPayableBalance(UUID partyId) {
}
