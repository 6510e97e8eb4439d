package network.khata.api;

import network.khata.api.identity.NetworkIds;
import network.khata.api.identity.PhoneNumbers;
import network.khata.api.identity.OtpCodec;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityRulesTest {

    @Test
    void indianNumbersAreAcceptedWithOrWithoutCountryCode() {
        assertThat(PhoneNumbers.toE164("9876543210")).contains("+919876543210");
        assertThat(PhoneNumbers.toE164("+91 98765 43210")).contains("+919876543210");
        assertThat(PhoneNumbers.toE164("098765-43210")).contains("+919876543210");
        assertThat(PhoneNumbers.toE164("+14155552671")).contains("+14155552671");
    }

    @Test
    void malformedNumbersAreRefused() {
        assertThat(PhoneNumbers.toE164("12345")).isEmpty();
        assertThat(PhoneNumbers.toE164("phone")).isEmpty();
        assertThat(PhoneNumbers.toE164("")).isEmpty();
        assertThat(PhoneNumbers.toE164(null)).isEmpty();
        assertThat(PhoneNumbers.isE164("9876543210")).isFalse();
        assertThat(PhoneNumbers.isE164("+919876543210")).isTrue();
    }

    @Test
    void identitiesAreDeterministicAndDistinct() {
        UUID customer = NetworkIds.customerId("+919876543210");
        assertThat(NetworkIds.customerId("+919876543210")).isEqualTo(customer);
        assertThat(customer.version()).isEqualTo(5);
        assertThat(NetworkIds.customerId("+919876543211")).isNotEqualTo(customer);
        UUID businessA = UUID.randomUUID();
        UUID businessB = UUID.randomUUID();
        assertThat(NetworkIds.partyId(businessA, customer)).isEqualTo(NetworkIds.partyId(businessA, customer))
                .isNotEqualTo(NetworkIds.partyId(businessB, customer));
    }

    @Test
    void codesAreHashedWithTheServerKeyAndSealedForDelivery() {
        OtpCodec codec = new OtpCodec("a-test-secret-that-is-long-enough-123456");
        UUID customer = UUID.randomUUID();
        String code = codec.newCode();
        assertThat(code).matches("\\d{6}");
        String hash = codec.hash(customer, code);
        assertThat(hash).doesNotContain(code);
        assertThat(codec.matches(customer, code, hash)).isTrue();
        assertThat(codec.matches(UUID.randomUUID(), code, hash)).isFalse();
        assertThat(new OtpCodec("another-secret-that-is-long-enough-12345").matches(customer, code, hash)).isFalse();

        String sealed = codec.seal(code);
        assertThat(sealed).doesNotContain(code);
        assertThat(codec.unseal(sealed)).isEqualTo(code);
        assertThatThrownBy(() -> new OtpCodec("another-secret-that-is-long-enough-12345").unseal(sealed))
                .isInstanceOf(IllegalStateException.class);
    }
}
