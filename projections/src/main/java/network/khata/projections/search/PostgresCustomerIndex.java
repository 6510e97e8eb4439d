package network.khata.projections.search;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The embedded default engine: table {@code customer_search} with its index tables (see migration
 * V20261126_03): every beginning of a name word in name order for exact matches, name words with their phonetic keys
 * for suggestions, and a symmetric-delete spelling table for the words a few edits away. Every candidate comes from
 * an index lookup, never from reading a business's rows. Writes join the projection's transaction, so a document,
 * its index rows and the tracking token commit together.
 */
public class PostgresCustomerIndex implements CustomerSearchIndex {
    static final String COLUMNS = "party_id, business_id, customer_id, name, phone, email, profile_type, "
            + "phone_verified, portal_active, last_invoice, total_balance, registered_at";
    static final RowMapper<CustomerSearchDocument> DOCUMENT = (rs, row) -> new CustomerSearchDocument(
            rs.getObject("party_id", UUID.class), rs.getObject("business_id", UUID.class),
            rs.getObject("customer_id", UUID.class), rs.getString("name"), rs.getString("phone"),
            rs.getString("email"), rs.getString("profile_type"), rs.getBoolean("phone_verified"),
            rs.getBoolean("portal_active"), rs.getObject("last_invoice", LocalDate.class),
            rs.getBigDecimal("total_balance"), rs.getTimestamp("registered_at").toInstant());

    private final NamedParameterJdbcTemplate jdbc;
    private final PostgresMatches matches;
    private final PostgresNames names;

    public PostgresCustomerIndex(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.matches = new PostgresMatches(jdbc);
        this.names = new PostgresNames(jdbc);
    }

    @Override
    public void upsert(CustomerSearchDocument document) {
        String previousName = jdbc.queryForObject("""
                WITH previous AS (SELECT name FROM customer_search WHERE party_id = :partyId)
                INSERT INTO customer_search (%s, name_sort)
                VALUES (:partyId, :businessId, :customerId, :name, :phone, :email, :profileType, :phoneVerified,
                        :portalActive, :lastInvoice, :totalBalance, :registeredAt, :nameSort)
                ON CONFLICT (party_id) DO UPDATE SET
                  business_id = excluded.business_id, customer_id = excluded.customer_id, name = excluded.name,
                  phone = excluded.phone, email = excluded.email, profile_type = excluded.profile_type,
                  phone_verified = excluded.phone_verified, portal_active = excluded.portal_active,
                  last_invoice = excluded.last_invoice, total_balance = excluded.total_balance,
                  registered_at = excluded.registered_at, name_sort = excluded.name_sort
                RETURNING (SELECT name FROM previous)
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
                .addValue("nameSort", document.sortName()), String.class);
        if (!document.name().equals(previousName)) {
            if (previousName != null) {
                forgetName(document, previousName);
            }
            indexName(document);
        }
    }

    private void indexName(CustomerSearchDocument document) {
        List<String> words = document.nameTokens();
        MapSqlParameterSource parameters = nameParameters(document.businessId(), document.partyId(), document.sortName(), words)
                .addValue("sounds", NameTokens.keys(words).toArray(String[]::new));
        jdbc.update("""
                INSERT INTO customer_search_prefix (business_id, prefix, name_sort, party_id)
                SELECT :businessId, prefix, :nameSort, :partyId FROM unnest(CAST(:prefixes AS text[])) AS prefix
                ON CONFLICT DO NOTHING""", parameters);
        jdbc.update("""
                INSERT INTO customer_search_word (business_id, word, sound, name_sort, party_id)
                SELECT :businessId, word, sound, :nameSort, :partyId
                FROM unnest(CAST(:words AS text[]), CAST(:sounds AS text[])) AS w(word, sound)
                ON CONFLICT DO NOTHING""", parameters);
        names.learn(words);
    }

    private void forgetName(CustomerSearchDocument document, String previousName) {
        MapSqlParameterSource parameters = nameParameters(document.businessId(), document.partyId(),
                CustomerSearchDocument.sortNameOf(previousName), NameTokens.of(previousName));
        jdbc.update("""
                DELETE FROM customer_search_prefix WHERE business_id = :businessId AND prefix = ANY(CAST(:prefixes AS text[]))
                  AND name_sort = :nameSort AND party_id = :partyId""", parameters);
        jdbc.update("""
                DELETE FROM customer_search_word WHERE business_id = :businessId AND word = ANY(CAST(:words AS text[]))
                  AND name_sort = :nameSort AND party_id = :partyId""", parameters);
    }

    private static MapSqlParameterSource nameParameters(UUID businessId, UUID partyId, String nameSort, List<String> words) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String word : words) {
            for (int end = 1; end <= word.length(); end++) {
                prefixes.add(word.substring(0, end));
            }
        }
        return new MapSqlParameterSource()
                .addValue("businessId", businessId)
                .addValue("partyId", partyId)
                .addValue("nameSort", nameSort)
                .addValue("words", words.toArray(String[]::new))
                .addValue("prefixes", prefixes.toArray(String[]::new));
    }

    @Override
    public Optional<CustomerSearchDocument> find(UUID partyId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM customer_search WHERE party_id = :partyId",
                new MapSqlParameterSource("partyId", partyId), DOCUMENT).stream().findFirst();
    }

    /** What was typed as it is ({@link PostgresMatches}), and the best names matching every query word ({@link PostgresNames}). */
    @Override
    public List<CustomerSearchDocument> candidates(UUID businessId, SearchTerms terms, int max) {
        List<CustomerSearchDocument> candidates = new ArrayList<>(matches.find(businessId, terms, max));
        if (!terms.nameTokens().isEmpty()) {
            candidates.addAll(names.best(businessId, terms, max));
        }
        return candidates;
    }

    @Override
    public List<CustomerSearchDocument> documents(UUID businessId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM customer_search WHERE business_id = :businessId ORDER BY party_id",
                new MapSqlParameterSource("businessId", businessId), DOCUMENT);
    }

    @Override
    public void clear() {
        jdbc.getJdbcTemplate().update("DELETE FROM customer_search");
        jdbc.getJdbcTemplate().update("DELETE FROM customer_search_prefix");
        jdbc.getJdbcTemplate().update("DELETE FROM customer_search_word");
        jdbc.getJdbcTemplate().update("DELETE FROM search_spelling");
    }
}
