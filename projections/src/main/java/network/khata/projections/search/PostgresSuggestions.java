package network.khata.projections.search;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The PostgreSQL engine's suggestions: the parties with a name word that the longest query word begins, sounds like
 * or is a few edits from, read in name order from indexes (equality and ranges only, which row-level security lets
 * use an index), then scored and ordered by {@link SearchRanking}. The words a few edits away come from the
 * symmetric-delete table {@code search_spelling}, which this class keeps.
 */
class PostgresSuggestions {
    /** The most parties read per way of matching the longest word, when the query has other words to match too. */
    static final int CAP = 1000;
    private final NamedParameterJdbcTemplate jdbc;

    PostgresSuggestions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the spelling variants of the words no name had before. */
    void learn(List<String> words) {
        List<String> known = jdbc.queryForList("SELECT word FROM search_spelling WHERE variant = ANY(CAST(:words AS text[])) "
                + "AND word = variant", new MapSqlParameterSource("words", words.toArray(String[]::new)), String.class);
        List<String> variants = new ArrayList<>();
        List<String> ofWords = new ArrayList<>();
        words.stream().filter(word -> !known.contains(word)).distinct().forEach(word ->
                SpellingVariants.of(word, SpellingVariants.MAX_DELETIONS).forEach(variant -> {
                    variants.add(variant);
                    ofWords.add(word);
                }));
        if (variants.isEmpty()) {
            return;
        }
        jdbc.update("INSERT INTO search_spelling (variant, word) SELECT * FROM unnest(CAST(:variants AS text[]), "
                        + "CAST(:words AS text[]))",
                new MapSqlParameterSource("variants", variants.toArray(String[]::new)).addValue("words", ofWords.toArray(String[]::new)));
    }

    /**
     * The {@code max} best documents of the business matching every query word. Every match has a name word the
     * longest query word matches, so the parties with one are read from the indexes, up to {@code cap} per way of
     * matching in name order (all that can be among the best when there is one query word, a bounded set otherwise);
     * the ranking then scores their names against every query word, and the best are read.
     */
    List<CustomerSearchDocument> best(UUID businessId, SearchTerms terms, int max) {
        int longest = 0;
        for (int i = 1; i < terms.nameTokens().size(); i++) {
            longest = terms.nameTokens().get(i).length() > terms.nameTokens().get(longest).length() ? i : longest;
        }
        String word = terms.nameTokens().get(longest);
        String sound = terms.nameKeys().get(longest);
        int edits = NameTokens.maxEdits(word);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("businessId", businessId)
                .addValue("word", word)
                .addValue("cap", terms.nameTokens().size() == 1 ? max : CAP);
        List<String> ways = new ArrayList<>();
        if (terms.nameTokens().size() > 1) {
            ways.add("(SELECT party_id, name_sort FROM customer_search_prefix WHERE business_id = :businessId AND prefix = :word "
                    + "ORDER BY name_sort, party_id LIMIT :cap)");
        }
        if (!sound.isEmpty()) {
            parameters.addValue("sound", sound);
            ways.add("(SELECT party_id, name_sort FROM customer_search_word WHERE business_id = :businessId AND sound = :sound "
                    + "AND NOT starts_with(word, :word) ORDER BY name_sort, party_id LIMIT :cap)");
        }
        if (edits > 0) {
            parameters.addValue("variants", SpellingVariants.of(word, edits).toArray(String[]::new)).addValue("edits", edits);
            ways.add("""
                    SELECT w.party_id, w.name_sort FROM (
                      SELECT DISTINCT word FROM search_spelling WHERE variant = ANY(CAST(:variants AS text[]))
                      AND NOT starts_with(word, :word) AND levenshtein(word, :word) <= :edits) near
                    CROSS JOIN LATERAL (SELECT party_id, name_sort FROM customer_search_word
                      WHERE business_id = :businessId AND word = near.word ORDER BY name_sort, party_id LIMIT :cap) w""");
        }
        if (ways.isEmpty()) {
            return List.of();
        }
        record Named(UUID partyId, String sortName, int distance) {
        }
        List<UUID> best = jdbc.query(String.join("\nUNION ALL\n", ways), parameters,
                        (rs, row) -> new Named(rs.getObject(1, UUID.class), rs.getString(2), 0)).stream()
                .distinct()
                .flatMap(named -> SearchRanking.nameDistance(terms, NameTokens.of(named.sortName())).stream()
                        .mapToObj(distance -> new Named(named.partyId(), named.sortName(), distance)))
                .sorted(java.util.Comparator.comparingInt(Named::distance)
                        .thenComparing(named -> !named.sortName().equals(terms.typedName()))
                        .thenComparing(Named::sortName)
                        .thenComparing(Named::partyId))
                .limit(max)
                .map(Named::partyId)
                .toList();
        if (best.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + PostgresCustomerIndex.COLUMNS + " FROM customer_search WHERE party_id = ANY(:ids)",
                new MapSqlParameterSource("ids", best.toArray(UUID[]::new)), PostgresCustomerIndex.DOCUMENT);
    }
}
