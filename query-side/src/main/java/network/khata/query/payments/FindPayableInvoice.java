package network.khata.query.payments;

import java.util.UUID;

/** Query: what the pay page of one invoice shows; answers an optional {@link Payable}. Asked in that invoice's pay scope. */
public record FindPayableInvoice(UUID invoiceId) {
}
