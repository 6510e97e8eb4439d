package network.khata.projections.search;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL engine's matches of what was typed, in one statement: the phone number or email (an index lookup
 * each), numbers beginning or ending with the digits typed (index ranges on the number and on it reversed), the name
 * typed in full, and the names every query word begins a word of (the longest word's range of
 * {@code customer_search_prefix}, already in name order, the other words checked by primary key). Each part takes
 * at most {@code max}, best first.
 */
class PostgresMatches {
    /** Greater than every character of a phone number: the end of a range of numbers with one beginning. */
    private static final String AFTER_PREFIX = "\uFFFF";
    private static final String EXACT_NAME = "exact_name";

    private final NamedParameterJdbcTemplate jdbc;

    PostgresMatches(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The documents found, and how many of them by every query word beginning a name word. */
    record Found(List<CustomerSearchDocument> documents, int exactNames) {
    }

    Found find(java.util.UUID businessId, SearchTerms terms, int max) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("businessId", businessId)
                .addValue("max", max)
                .addValue("typed", terms.typedName());
        String select = "SELECT " + PostgresCustomerIndex.COLUMNS + ", %s AS " + EXACT_NAME
                + " FROM customer_search WHERE business_id = :businessId AND ";
        List<String> parts = new ArrayList<>();
        terms.phone().ifPresent(phone -> {
            parameters.addValue("phone", phone);
            parts.add(select.formatted("false") + "(phone COLLATE \"C\") = :phone");
        });
        terms.email().ifPresent(email -> {
            parameters.addValue("email", email);
            parts.add("(" + select.formatted("false") + "email = :email LIMIT :max)");
        });
        terms.phoneDigits().ifPresent(digits -> parts.add("(" + select.formatted("false") + numbersHolding(terms, digits, parameters)
                + " ORDER BY name_sort, party_id LIMIT :max)"));
        if (!terms.nameTokens().isEmpty()) {
            parts.add("(" + select.formatted("false") + "name_sort = :typed ORDER BY party_id LIMIT :max)");
            parts.add(select.formatted("true") + "party_id IN (" + exactNames(terms, parameters) + ")");
        }
        if (parts.isEmpty()) {
            return new Found(List.of(), 0);
        }
        int[] exactNames = {0};
        List<CustomerSearchDocument> documents = jdbc.query(String.join("\nUNION ALL\n", parts), parameters, (rs, row) -> {
            exactNames[0] += rs.getBoolean(EXACT_NAME) ? 1 : 0;
            return PostgresCustomerIndex.DOCUMENT.mapRow(rs, row);
        });
        return new Found(documents, exactNames[0]);
    }

    private static String numbersHolding(SearchTerms terms, String digits, MapSqlParameterSource parameters) {
        List<String> ranges = new ArrayList<>();
        List<String> prefixes = terms.phonePrefixes();
        for (int i = 0; i < prefixes.size(); i++) {
            parameters.addValue("from" + i, prefixes.get(i)).addValue("to" + i, prefixes.get(i) + AFTER_PREFIX);
            ranges.add("((phone COLLATE \"C\") >= :from%d AND (phone COLLATE \"C\") < :to%d)".formatted(i, i));
        }
        String reversed = new StringBuilder(digits).reverse().toString();
        parameters.addValue("endFrom", reversed).addValue("endTo", reversed + AFTER_PREFIX);
        ranges.add("(phone_reversed >= :endFrom AND phone_reversed < :endTo)");
        return "(" + String.join(" OR ", ranges) + ")";
    }

    /** The best {@code max} parties every query word begins a name word of: the longest word's range, the others checked. */
    private static String exactNames(SearchTerms terms, MapSqlParameterSource parameters) {
        List<String> words = terms.nameTokens().stream().distinct()
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
        StringBuilder sql = new StringBuilder("SELECT p0.party_id FROM customer_search_prefix p0 "
                + "WHERE p0.business_id = :businessId AND p0.prefix = :word0");
        parameters.addValue("word0", words.get(0));
        for (int i = 1; i < words.size(); i++) {
            parameters.addValue("word" + i, words.get(i));
            sql.append(("\n AND EXISTS (SELECT 1 FROM customer_search_prefix p%1$d WHERE p%1$d.business_id = :businessId"
                    + " AND p%1$d.prefix = :word%1$d AND p%1$d.name_sort = p0.name_sort AND p%1$d.party_id = p0.party_id)")
                    .formatted(i));
        }
        return sql.append(" ORDER BY p0.name_sort, p0.party_id LIMIT :max").toString();
    }
}
