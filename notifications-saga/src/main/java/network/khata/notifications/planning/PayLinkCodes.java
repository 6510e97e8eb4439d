package network.khata.notifications.planning;

import network.khata.api.payments.PaymentLinks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Registers a short pay link's code ({@code pay_link_codes}) in the planner's own transaction, so that the link opens
 * before the message carrying it can leave: the delivery saga sees the message only once that transaction committed.
 */
@Repository
public class PayLinkCodes {
    private final JdbcTemplate jdbc;

    public PayLinkCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the link, its code registered (again, harmlessly, when planned twice) */
    public String register(PaymentLinks.ShortLink link) {
        jdbc.update("INSERT INTO pay_link_codes (code, kind, subject) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING",
                link.code(), link.kind().name(), link.subject());
        return link.url();
    }
}
