package network.khata.projections.search;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The PostgreSQL engine's matches of what was typed as it is, in one statement: the phone number or email (an index
 * lookup each), numbers beginning or ending with the digits typed (index ranges on the number and on the stored
 * reversed number), and the name typed in full. Each part takes at most {@code max}, best first.
 */
class PostgresMatches {
    /** Greater than every character of a phone number: the end of a range of numbers with one beginning. */
    private static final String AFTER_PREFIX = "\uFFFF";

    private final NamedParameterJdbcTemplate jdbc;

    PostgresMatches(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomerSearchDocument> find(UUID businessId, SearchTerms terms, int max) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("businessId", businessId)
                .addValue("max", max)
                .addValue("typed", terms.typedName());
        String select = "SELECT " + PostgresCustomerIndex.COLUMNS + " FROM customer_search WHERE business_id = :businessId AND ";
        List<String> parts = new ArrayList<>();
        terms.phone().ifPresent(phone -> {
            parameters.addValue("phone", phone);
            parts.add(select + "(phone COLLATE \"C\") = :phone");
        });
        terms.email().ifPresent(email -> {
            parameters.addValue("email", email);
            parts.add("(" + select + "email = :email LIMIT :max)");
        });
        terms.phoneEndReversed().ifPresent(reversed -> parts.add("(" + select + numbersHolding(terms, reversed, parameters)
                + " ORDER BY name_sort, party_id LIMIT :max)"));
        if (!terms.nameTokens().isEmpty()) {
            parts.add("(" + select + "name_sort = :typed ORDER BY party_id LIMIT :max)");
        }
        return parts.isEmpty() ? List.of()
                : jdbc.query(String.join("\nUNION ALL\n", parts), parameters, PostgresCustomerIndex.DOCUMENT);
    }

    private static String numbersHolding(SearchTerms terms, String reversed, MapSqlParameterSource parameters) {
        List<String> ranges = new ArrayList<>();
        List<String> prefixes = terms.phonePrefixes();
        for (int i = 0; i < prefixes.size(); i++) {
            parameters.addValue("from" + i, prefixes.get(i)).addValue("to" + i, prefixes.get(i) + AFTER_PREFIX);
            ranges.add("((phone COLLATE \"C\") >= :from%d AND (phone COLLATE \"C\") < :to%d)".formatted(i, i));
        }
        parameters.addValue("endFrom", reversed).addValue("endTo", reversed + AFTER_PREFIX);
        ranges.add("(phone_reversed >= :endFrom AND phone_reversed < :endTo)");
        return "(" + String.join(" OR ", ranges) + ")";
    }
}
