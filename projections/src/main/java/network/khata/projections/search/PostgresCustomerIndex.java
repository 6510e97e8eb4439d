package network.khata.projections.search;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The embedded default engine: table {@code customer_search} with its index tables (see migration
 * V20261126_03): every beginning of a name word in name order for exact matches, name words with their phonetic keys
 * for suggestions, and a symmetric-delete spelling table for the words a few edits away. Every candidate comes from
 * an index lookup, never from reading a business's rows. Writes join the projection's transaction, so a document,
 * its index rows and the tracking token commit together; inside a processor's batch they are held until it is about to
 * commit and then written a statement per table for the whole batch ({@link BatchedWrites}), not several per event.
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
    private final BatchedWrites<CustomerSearchDocument> batched = new BatchedWrites<>(this::write);

    public PostgresCustomerIndex(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.matches = new PostgresMatches(jdbc);
        this.names = new PostgresNames(jdbc);
    }

    @Override
    public void upsert(CustomerSearchDocument document) {
        batched.put(document.partyId(), document);
    }

    /** The documents in one statement, then the index rows of the names that are new or changed. */
    private void write(Collection<CustomerSearchDocument> documents) {
        Map<UUID, String> previousNames = store(documents);
        List<CustomerSearchDocument> named = new ArrayList<>();
        for (CustomerSearchDocument document : documents) {
            String previousName = previousNames.get(document.partyId());
            if (!document.name().equals(previousName)) {
                if (previousName != null) {
                    forgetName(document, previousName);
                }
                named.add(document);
            }
        }
        if (!named.isEmpty()) {
            indexNames(named);
        }
    }

    /** Inserts or replaces the documents; answers each party's name before, for the parties that had a document. */
    private Map<UUID, String> store(Collection<CustomerSearchDocument> documents) {
        MapSqlParameterSource columns = new MapSqlParameterSource()
                .addValue("partyIds", column(documents, CustomerSearchDocument::partyId, UUID[]::new))
                .addValue("businessIds", column(documents, CustomerSearchDocument::businessId, UUID[]::new))
                .addValue("customerIds", column(documents, CustomerSearchDocument::customerId, UUID[]::new))
                .addValue("names", column(documents, CustomerSearchDocument::name, String[]::new))
                .addValue("phones", column(documents, CustomerSearchDocument::phone, String[]::new))
                .addValue("emails", column(documents, CustomerSearchDocument::email, String[]::new))
                .addValue("profileTypes", column(documents, CustomerSearchDocument::profileType, String[]::new))
                .addValue("phoneVerified", column(documents, d -> String.valueOf(d.phoneVerified()), String[]::new))
                .addValue("portalActive", column(documents, d -> String.valueOf(d.portalActive()), String[]::new))
                .addValue("lastInvoices", column(documents, d -> Objects.toString(d.lastInvoice(), null), String[]::new))
                .addValue("totalBalances", column(documents, d -> d.totalBalance().toPlainString(), String[]::new))
                .addValue("registeredAt", column(documents, d -> d.registeredAt().toString(), String[]::new))
                .addValue("nameSorts", column(documents, CustomerSearchDocument::sortName, String[]::new));
        Map<UUID, String> previousNames = new HashMap<>();
        jdbc.query("""
                WITH previous AS (SELECT party_id, name FROM customer_search WHERE party_id = ANY(CAST(:partyIds AS uuid[])))
                INSERT INTO customer_search (%s, name_sort)
                SELECT * FROM unnest(CAST(:partyIds AS uuid[]), CAST(:businessIds AS uuid[]), CAST(:customerIds AS uuid[]),
                  CAST(:names AS text[]), CAST(:phones AS text[]), CAST(:emails AS text[]), CAST(:profileTypes AS text[]),
                  CAST(:phoneVerified AS boolean[]), CAST(:portalActive AS boolean[]), CAST(:lastInvoices AS date[]),
                  CAST(:totalBalances AS numeric[]), CAST(:registeredAt AS timestamptz[]), CAST(:nameSorts AS text[]))
                ON CONFLICT (party_id) DO UPDATE SET
                  business_id = excluded.business_id, customer_id = excluded.customer_id, name = excluded.name,
                  phone = excluded.phone, email = excluded.email, profile_type = excluded.profile_type,
                  phone_verified = excluded.phone_verified, portal_active = excluded.portal_active,
                  last_invoice = excluded.last_invoice, total_balance = excluded.total_balance,
                  registered_at = excluded.registered_at, name_sort = excluded.name_sort
                RETURNING party_id, (SELECT name FROM previous WHERE previous.party_id = customer_search.party_id)
                """.formatted(COLUMNS), columns, rs -> {
            if (rs.getString(2) != null) {
                previousNames.put(rs.getObject(1, UUID.class), rs.getString(2));
            }
        });
        return previousNames;
    }

    private static <T> T[] column(Collection<CustomerSearchDocument> documents, Function<CustomerSearchDocument, T> value,
                                  IntFunction<T[]> array) {
        return documents.stream().map(value).toArray(array);
    }

    /** Every beginning of every name word, and every word with its sound, of all the documents: one statement each. */
    private void indexNames(List<CustomerSearchDocument> documents) {
        NameRows prefixes = new NameRows();
        NameRows words = new NameRows();
        List<String> sounds = new ArrayList<>();
        List<String> allWords = new ArrayList<>();
        for (CustomerSearchDocument document : documents) {
            List<String> tokens = document.nameTokens();
            prefixes.add(document, prefixesOf(tokens));
            words.add(document, tokens);
            sounds.addAll(NameTokens.keys(tokens));
            allWords.addAll(tokens);
        }
        jdbc.update("""
                INSERT INTO customer_search_prefix (business_id, prefix, name_sort, party_id)
                SELECT * FROM unnest(CAST(:businessIds AS uuid[]), CAST(:values AS text[]), CAST(:nameSorts AS text[]),
                  CAST(:partyIds AS uuid[]))
                ON CONFLICT DO NOTHING""", prefixes.parameters());
        jdbc.update("""
                INSERT INTO customer_search_word (business_id, word, sound, name_sort, party_id)
                SELECT business_id, word, sound, name_sort, party_id
                FROM unnest(CAST(:businessIds AS uuid[]), CAST(:values AS text[]), CAST(:sounds AS text[]),
                  CAST(:nameSorts AS text[]), CAST(:partyIds AS uuid[])) AS w(business_id, word, sound, name_sort, party_id)
                ON CONFLICT DO NOTHING""", words.parameters().addValue("sounds", sounds.toArray(String[]::new)));
        names.learn(allWords);
    }

    /** Rows of an index table, one value of a document each, as the columns {@code unnest} reads. */
    private static final class NameRows {
        private final List<UUID> businessIds = new ArrayList<>();
        private final List<String> values = new ArrayList<>();
        private final List<String> nameSorts = new ArrayList<>();
        private final List<UUID> partyIds = new ArrayList<>();

        void add(CustomerSearchDocument document, Collection<String> documentValues) {
            String nameSort = document.sortName();
            for (String value : documentValues) {
                businessIds.add(document.businessId());
                values.add(value);
                nameSorts.add(nameSort);
                partyIds.add(document.partyId());
            }
        }

        MapSqlParameterSource parameters() {
            return new MapSqlParameterSource()
                    .addValue("businessIds", businessIds.toArray(UUID[]::new))
                    .addValue("values", values.toArray(String[]::new))
                    .addValue("nameSorts", nameSorts.toArray(String[]::new))
                    .addValue("partyIds", partyIds.toArray(UUID[]::new));
        }
    }

    private void forgetName(CustomerSearchDocument document, String previousName) {
        List<String> words = NameTokens.of(previousName);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("businessId", document.businessId())
                .addValue("partyId", document.partyId())
                .addValue("nameSort", CustomerSearchDocument.sortNameOf(previousName))
                .addValue("words", words.toArray(String[]::new))
                .addValue("prefixes", prefixesOf(words).toArray(String[]::new));
        jdbc.update("""
                DELETE FROM customer_search_prefix WHERE business_id = :businessId AND prefix = ANY(CAST(:prefixes AS text[]))
                  AND name_sort = :nameSort AND party_id = :partyId""", parameters);
        jdbc.update("""
                DELETE FROM customer_search_word WHERE business_id = :businessId AND word = ANY(CAST(:words AS text[]))
                  AND name_sort = :nameSort AND party_id = :partyId""", parameters);
    }

    private static Set<String> prefixesOf(List<String> words) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String word : words) {
            for (int end = 1; end <= word.length(); end++) {
                prefixes.add(word.substring(0, end));
            }
        }
        return prefixes;
    }

    @Override
    public Optional<CustomerSearchDocument> find(UUID partyId) {
        Optional<CustomerSearchDocument> pending = batched.pending(partyId);
        if (pending.isPresent()) {
            return pending;
        }
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
        // TRUNCATE, not DELETE: a rebuild would step over every deleted row until a vacuum (see migration V20261126_12)
        jdbc.getJdbcTemplate().execute("TRUNCATE customer_search, customer_search_prefix, customer_search_word, search_spelling");
    }
}
