package network.khata.api.payments;

import java.util.UUID;

/**
 * Where a customer pays: {@code <public url>/pay/i/<token>} for one invoice, {@code <public url>/pay/b/<token>} for what
 * they owe one business (the party); {@code <public url>/p/<code>} in messages. Tokens, not ids: see {@link PayTokens}.
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

    /**
     * The short link to one invoice, {@code <public url>/p/<code>}, for messages (an SMS's {@code {#url#}} takes about
     * 50 characters): with a public URL of 25 characters it is 44. Its code opens the invoice once it is registered.
     */
    public ShortLink shortForInvoice(UUID invoiceId) {
        String code = tokens.code(PayTokens.Kind.INVOICE, invoiceId);
        return new ShortLink(code, PayTokens.Kind.INVOICE, invoiceId, publicUrl + "/p/" + code);
    }

    /** A short link: its code, what it opens, and the whole link. */
    public record ShortLink(String code, PayTokens.Kind kind, UUID subject, String url) {
    }
}
