package network.khata.projections.search;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The embedded default engine: table {@code customer_search}, name words matched by prefix or by
 * {@code fuzzystrmatch}'s Levenshtein distance, candidates ordered by {@code pg_trgm} word similarity.
 * Writes join the projection's transaction, so a document and the tracking token commit together.
 */
public class PostgresCustomerIndex implements CustomerSearchIndex {
    private static final String COLUMNS = "party_id, business_id, customer_id, name, phone, email, profile_type, "
            + "phone_verified, portal_active, last_invoice, total_balance, registered_at";
    private static final RowMapper<CustomerSearchDocument> DOCUMENT = (rs, row) -> new CustomerSearchDocument(
            rs.getObject("party_id", UUID.class), rs.getObject("business_id", UUID.class),
            rs.getObject("customer_id", UUID.class), rs.getString("name"), rs.getString("phone"),
            rs.getString("email"), rs.getString("profile_type"), rs.getBoolean("phone_verified"),
            rs.getBoolean("portal_active"),
            rs.getObject("last_invoice", java.time.LocalDate.class), rs.getBigDecimal("total_balance"),
            rs.getTimestamp("registered_at").toInstant());

    private final NamedParameterJdbcTemplate jdbc;

    public PostgresCustomerIndex(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void upsert(CustomerSearchDocument document) {
        jdbc.update("""
                INSERT INTO customer_search (%s, name_tokens)
                VALUES (:partyId, :businessId, :customerId, :name, :phone, :email, :profileType, :phoneVerified,
                        :portalActive, :lastInvoice, :totalBalance, :registeredAt, :nameTokens)
                ON CONFLICT (party_id) DO UPDATE SET
                  business_id = excluded.business_id, customer_id = excluded.customer_id, name = excluded.name,
                  phone = excluded.phone, email = excluded.email, profile_type = excluded.profile_type,
                  phone_verified = excluded.phone_verified, portal_active = excluded.portal_active,
                  last_invoice = excluded.last_invoice, total_balance = excluded.total_balance,
                  registered_at = excluded.registered_at, name_tokens = excluded.name_tokens
                """.formatted(COLUMNS), new MapSqlParameterSource()
                .addValue("partyId", document.partyId())
                .addValue("businessId", document.businessId())
                .addValue("customerId", document.customerId())
                .addValue("name", document.name())
                .addValue("phone", document.phone())
                .addValue("email", document.email())
                .addValue("profileType", document.profileType())
                .addValue("phoneVerified", document.phoneVerified())
                .addValue("portalActive", document.portalActive())
                .addValue("lastInvoice", document.lastInvoice())
                .addValue("totalBalance", document.totalBalance())
                .addValue("registeredAt", Timestamp.from(document.registeredAt()))
                .addValue("nameTokens", document.nameTokens().toArray(String[]::new)));
    }

    @Override
    public Optional<CustomerSearchDocument> find(UUID partyId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM customer_search WHERE party_id = :partyId",
                new MapSqlParameterSource("partyId", partyId), DOCUMENT).stream().findFirst();
    }

    @Override
    public List<CustomerSearchDocument> candidates(UUID businessId, SearchTerms terms, int max) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("businessId", businessId)
                .addValue("text", terms.text().toLowerCase(java.util.Locale.ROOT))
                .addValue("max", max);
        List<String> anyOf = new ArrayList<>();
        terms.phone().ifPresent(phone -> {
            anyOf.add("phone = :phone");
            parameters.addValue("phone", phone);
        });
        terms.phoneDigits().ifPresent(digits -> {
            anyOf.add("strpos(phone, :digits) > 0");
            parameters.addValue("digits", digits);
        });
        terms.email().ifPresent(email -> {
            anyOf.add("email = :email");
            parameters.addValue("email", email);
        });
        if (!terms.nameTokens().isEmpty()) {
            anyOf.add("""
                    EXISTS (SELECT 1 FROM unnest(name_tokens) AS n(word), unnest(CAST(:tokens AS text[])) AS q(word)
                            WHERE starts_with(n.word, q.word)
                               OR levenshtein_less_equal(n.word, q.word, 2)
                                  <= CASE WHEN length(q.word) <= 2 THEN 0 WHEN length(q.word) <= 5 THEN 1 ELSE 2 END)""");
            parameters.addValue("tokens", terms.nameTokens().toArray(String[]::new));
        }
        if (anyOf.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM customer_search WHERE business_id = :businessId AND ("
                + String.join(" OR ", anyOf) + ") ORDER BY word_similarity(:text, lower(name)) DESC, party_id LIMIT :max",
                parameters, DOCUMENT);
    }

    @Override
    public List<CustomerSearchDocument> documents(UUID businessId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM customer_search WHERE business_id = :businessId ORDER BY party_id",
                new MapSqlParameterSource("businessId", businessId), DOCUMENT);
    }

    @Override
    public void clear() {
        jdbc.getJdbcTemplate().update("DELETE FROM customer_search");
    }
}
