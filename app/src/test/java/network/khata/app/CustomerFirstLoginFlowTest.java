package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spec's end-to-end flow in one test: the owner creates the customer, the customer gets the SMS (local adapter),
 * logs in with its code, and sees the invoice.
 */
@PostgresEngineApp
class CustomerFirstLoginFlowTest extends PortalApiTest {

    @Test
    void ownerCreatesCustomerCustomerGetsSmsLogsInAndSeesTheInvoice() {
        Owner owner = newBusiness("Fertilizer Shop");
        String phone = newPhone();
        Response registered = post("/api/customers/auto-register", owner, """
                {"name": "Ramesh Kumar", "phone": "%s", "auto_send_welcome_sms": true}""".formatted(phone.substring(3)));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.body().get("otp_sent_to_phone").asBoolean()).isTrue();
        Customer customer = new Customer(registered.body().get("customer_id").asText(), phone);
        String invoiceId = invoice(owner, customer, "INV-001", "2500");
        assertThat(post("/api/invoices/" + invoiceId + "/send-to-customer", owner,
                "{\"customer_id\": \"" + customer.id() + "\", \"channels\": [\"sms\"]}").status()).isEqualTo(202);

        String code = codeSentTo(phone, 1);
        Response signedIn = signIn(phone, code, newAddress());

        assertThat(signedIn.status()).isEqualTo(200);
        String token = signedIn.body().get("token").asText();
        JsonNode dashboard = asCustomer("GET", "/api/customer-portal/dashboard", token, null).body();
        assertThat(dashboard.get("customer_name").asText()).isEqualTo("Ramesh Kumar");
        assertThat(dashboard.get("total_outstanding").decimalValue()).isEqualByComparingTo("2500");
        assertThat(dashboard.get("recent_invoices")).singleElement().satisfies(invoice -> {
            assertThat(invoice.get("invoice_number").asText()).isEqualTo("INV-001");
            assertThat(invoice.get("business_name").asText()).isEqualTo("Fertilizer Shop");
        });
    }
}
