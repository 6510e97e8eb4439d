package network.khata.query.messaging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where each message stands, read from {@code customer_notifications}: for one send, or for every send of an invoice. */
@Repository
public class MessageStatusQueries {
    private final JdbcTemplate jdbc;

    public MessageStatusQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every message about one invoice of the business, oldest first: invoices, reminders, receipts. */
    public List<SendStatus.MessageStatus> ofInvoice(UUID businessId, UUID invoiceId) {
        return jdbc.query("""
                SELECT * FROM customer_notifications WHERE invoice_id = ? AND business_id = ?
                ORDER BY created_at, channel""", MessageStatusQueries::message, invoiceId, businessId);
    }

    static SendStatus.MessageStatus message(ResultSet rs, int row) throws SQLException {
        return new SendStatus.MessageStatus(rs.getObject("id", UUID.class), rs.getString("channel"),
                rs.getString("notification_type"), rs.getString("recipient"), rs.getString("status"),
                rs.getInt("attempts"), rs.getString("failure_reason"), instant(rs.getTimestamp("sent_at")),
                instant(rs.getTimestamp("delivered_at")), instant(rs.getTimestamp("opened_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
