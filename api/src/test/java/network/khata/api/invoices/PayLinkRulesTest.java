package network.khata.api.invoices;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import network.khata.api.payments.PayTokens;
import network.khata.api.payments.PaymentLinks;

class PayLinkRulesTest {
    private static final String OLD_KEY = "old-pay-link-key-that-is-long-enough-000";
    private static final String NEW_KEY = "new-pay-link-key-that-is-long-enough-111";

    @Test
    void aTokenOpensItsIdOfItsKindAndNothingElse() {
        PayTokens tokens = new PayTokens(List.of(NEW_KEY));
        UUID invoice = UUID.randomUUID();
        String token = tokens.token(PayTokens.Kind.INVOICE, invoice);

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(tokens.verify(PayTokens.Kind.INVOICE, token)).contains(invoice);
        assertThat(tokens.verify(PayTokens.Kind.BALANCE, token)).isEmpty();
        assertThat(tokens.verify(PayTokens.Kind.INVOICE, invoice.toString())).isEmpty();
        assertThat(tokens.verify(PayTokens.Kind.INVOICE, "not base64 !")).isEmpty();
        assertThat(tokens.verify(PayTokens.Kind.INVOICE, null)).isEmpty();
        assertThat(new PayTokens(List.of(OLD_KEY)).verify(PayTokens.Kind.INVOICE, token)).isEmpty();
    }

    @Test
    void afterRotationOldLinksOpenWhileTheOldKeyIsListedAndNewLinksUseTheNewKey() {
        UUID invoice = UUID.randomUUID();
        String old = new PayTokens(List.of(OLD_KEY)).token(PayTokens.Kind.INVOICE, invoice);
        PayTokens rotated = new PayTokens(List.of(NEW_KEY, OLD_KEY));

        assertThat(rotated.verify(PayTokens.Kind.INVOICE, old)).contains(invoice);
        assertThat(rotated.token(PayTokens.Kind.INVOICE, invoice)).isNotEqualTo(old)
                .isEqualTo(new PayTokens(List.of(NEW_KEY)).token(PayTokens.Kind.INVOICE, invoice));
        assertThat(new PayTokens(List.of(NEW_KEY)).verify(PayTokens.Kind.INVOICE, old)).isEmpty();
    }

    @Test
    void aShortLinkFitsFiftyCharactersWithATwentyFiveCharacterPublicUrlAndItsCodeOpensOnlyItsInvoice() {
        UUID invoice = UUID.randomUUID();
        String publicUrl = "https://khatanetwork.shop";
        assertThat(publicUrl).hasSize(25);
        PaymentLinks.ShortLink link = new PaymentLinks(publicUrl, new PayTokens(List.of(NEW_KEY))).shortForInvoice(invoice);
        assertThat(link.url()).hasSizeLessThanOrEqualTo(50).matches("https://khatanetwork\\.shop/p/[A-Za-z0-9_-]{16}");
        assertThat(Base64.getUrlDecoder().decode(link.code())).hasSize(12);   // 96 bits of MAC

        PayTokens rotated = new PayTokens(List.of(OLD_KEY, NEW_KEY));
        assertThat(rotated.opens(link.code(), PayTokens.Kind.INVOICE, invoice)).isTrue();          // sent before the rotation
        assertThat(rotated.opens(link.code(), PayTokens.Kind.BALANCE, invoice)).isFalse();
        assertThat(rotated.opens(link.code(), PayTokens.Kind.INVOICE, UUID.randomUUID())).isFalse();
        assertThat(new PayTokens(List.of(OLD_KEY)).opens(link.code(), PayTokens.Kind.INVOICE, invoice)).isFalse(); // key dropped
        for (String malformed : new String[]{null, "", "short", link.code() + "A", link.code().substring(1) + "!"}) {
            assertThat(rotated.opens(malformed, PayTokens.Kind.INVOICE, invoice)).as(String.valueOf(malformed)).isFalse();
        }
    }

    @Test
    void shortOrMissingKeysAreRefused() {
        assertThatThrownBy(() -> new PayTokens(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PayTokens(List.of("short"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linksCarryTokensUnderThePublicUrl() {
        PaymentLinks links = new PaymentLinks("https://khata.example/", new PayTokens(List.of(NEW_KEY)));
        assertThat(links.forInvoice(UUID.randomUUID())).matches("https://khata\\.example/pay/i/[A-Za-z0-9_-]{43}");
        assertThat(links.forBalance(UUID.randomUUID())).matches("https://khata\\.example/pay/b/[A-Za-z0-9_-]{43}");
    }

    @Test
    void amountsAreGroupedTheIndianWay() {
        assertThat(Money.indian(new BigDecimal("0.5"))).isEqualTo("0.50");
        assertThat(Money.indian(new BigDecimal("999"))).isEqualTo("999.00");
        assertThat(Money.indian(new BigDecimal("1000"))).isEqualTo("1,000.00");
        assertThat(Money.indian(new BigDecimal("125000"))).isEqualTo("1,25,000.00");
        assertThat(Money.indian(new BigDecimal("12345678.9"))).isEqualTo("1,23,45,678.90");
        assertThat(Money.indian(Money.MAX)).isEqualTo("9,99,99,99,999.99");
    }
}
