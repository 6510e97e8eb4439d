package network.khata.query.invoices;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import network.khata.query.messaging.SendStatus;
import network.khata.query.reminders.InvoiceReminders;
import org.springframework.lang.Nullable;

import java.util.List;

/**
 * The spec's invoice detail screen: the invoice, its payments, every message about it with where it stands, its
 * reminders sent and upcoming, where the customer pays it ({@code payment_link} null once it is paid), and what the
 * customer and the owner said about it ({@code conversation}: confirmed, disputed, corrected, upheld).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InvoiceDetail(InvoicePage.OwnerInvoice invoice, @Nullable String paymentLink, List<InvoicePayment> payments,
                            List<SendStatus.MessageStatus> messages, InvoiceReminders reminders,
                            List<network.khata.query.disputes.Said> conversation) {
}
