package network.khata.api.invoice;

import java.util.UUID;

/**
 * Where a customer pays: {@code <public url>/pay/i/<token>} for one invoice, {@code <public url>/pay/b/<token>} for what
 * they owe one business (the party). Tokens, not ids: see {@link PayTokens}.
 */
public final class PaymentLinks {
    private final String publicUrl;
    private final PayTokens tokens;

    public PaymentLinks(String publicUrl, PayTokens tokens) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.tokens = tokens;
    }

    public String forInvoice(UUID invoiceId) {
        return publicUrl + "/pay/i/" + tokens.token(PayTokens.Kind.INVOICE, invoiceId);
    }

    public String forBalance(UUID partyId) {
        return publicUrl + "/pay/b/" + tokens.token(PayTokens.Kind.BALANCE, partyId);
    }
}
