package network.khata.query.disputes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/** What was said about an invoice, oldest first, as the reader's row scope lets them see it (owner or customer). */
@Component
public class InvoiceConversations {
    private final JdbcTemplate jdbc;

    public InvoiceConversations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Said> of(UUID invoiceId) {
        return jdbc.query("""
                        SELECT said_at, said_by, kind, reason, note, credit FROM invoice_conversation
                        WHERE invoice_id = ? ORDER BY said_at, event_id""",
                (rs, row) -> {
                    BigDecimal credit = rs.getBigDecimal("credit");
                    return new Said(rs.getTimestamp("said_at").toInstant(), rs.getString("said_by"), rs.getString("kind"),
                            rs.getString("reason"), rs.getString("note"), credit == null ? null : credit.setScale(2, RoundingMode.HALF_UP));
                }, invoiceId);
    }
}
