package network.khata.query.payments;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/** Answers {@link FindPaymentSettings} from the directory's {@code businesses} rows. */
@Component
public class PaymentSettingsQueries {
    private final JdbcTemplate jdbc;

    public PaymentSettingsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public PaymentSettings handle(FindPaymentSettings query) {
        return jdbc.query("SELECT upi_vpa, payee_name, payment_methods FROM businesses WHERE id = ?",
                (rs, row) -> {
                    String methods = rs.getString("payment_methods");
                    return methods == null ? new PaymentSettings(false, null, null, List.of())
                            : new PaymentSettings(true, rs.getString("upi_vpa"), rs.getString("payee_name"),
                            Arrays.asList(methods.split(",")));
                }, query.businessId()).stream().findFirst()
                .orElse(new PaymentSettings(false, null, null, List.of()));
    }
}
