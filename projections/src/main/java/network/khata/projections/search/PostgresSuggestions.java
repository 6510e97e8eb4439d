package network.khata.projections.search;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The PostgreSQL engine's suggestions: for each query word, the parties whose name has a word it begins (cost 0), a
 * word that sounds the same (cost {@link SearchRanking#SOUNDS_ALIKE}) or a word a few edits away (the edits), all
 * found through indexes; a party matching every query word, ranked by its total cost as {@link SearchRanking} ranks.
 * The words a few edits away come from the symmetric-delete table {@code search_spelling}, which this class keeps.
 */
class PostgresSuggestions {
    private final NamedParameterJdbcTemplate jdbc;

    PostgresSuggestions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the spelling variants of the words no name had before (in one order, so writers never wait in a cycle). */
    void learn(List<String> words) {
        List<String> known = jdbc.queryForList("SELECT word FROM search_spelling WHERE variant = ANY(CAST(:words AS text[])) "
                + "AND word = variant", new MapSqlParameterSource("words", words.toArray(String[]::new)), String.class);
        Map<String, List<String>> variantsOfNewWords = new TreeMap<>();
        words.stream().filter(word -> !known.contains(word)).distinct().forEach(word ->
                SpellingVariants.of(word, SpellingVariants.MAX_DELETIONS).forEach(variant ->
                        variantsOfNewWords.computeIfAbsent(variant, v -> new ArrayList<>()).add(word)));
        if (variantsOfNewWords.isEmpty()) {
            return;
        }
        List<String> variants = new ArrayList<>();
        List<String> ofWords = new ArrayList<>();
        variantsOfNewWords.forEach((variant, wordsWithIt) -> wordsWithIt.stream().sorted().forEach(word -> {
            variants.add(variant);
            ofWords.add(word);
        }));
        jdbc.update("INSERT INTO search_spelling (variant, word) SELECT * FROM unnest(CAST(:variants AS text[]), "
                        + "CAST(:words AS text[])) ON CONFLICT DO NOTHING",
                new MapSqlParameterSource("variants", variants.toArray(String[]::new)).addValue("words", ofWords.toArray(String[]::new)));
    }

    /** The {@code max} best parties of the business matching every query word, best first. */
    List<UUID> best(UUID businessId, SearchTerms terms, int max) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("businessId", businessId)
                .addValue("max", max)
                .addValue("typed", terms.typedName())
                .addValue("words", terms.nameTokens().size());
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < terms.nameTokens().size(); i++) {
            String word = terms.nameTokens().get(i);
            parameters.addValue("word" + i, word);
            hits.add("SELECT party_id, name_sort, %1$d AS i, 0 AS cost FROM customer_search_prefix WHERE business_id = :businessId AND prefix = :word%1$d".formatted(i));
            String sound = terms.nameKeys().get(i);
            if (!sound.isEmpty()) {
                parameters.addValue("sound" + i, sound);
                hits.add("SELECT party_id, name_sort, %1$d, %2$d FROM customer_search_word WHERE business_id = :businessId AND sound = :sound%1$d"
                        .formatted(i, SearchRanking.SOUNDS_ALIKE));
            }
            Map<String, Integer> near = wordsNear(word);
            if (!near.isEmpty()) {
                parameters.addValue("near" + i, near.keySet().toArray(String[]::new))
                        .addValue("edits" + i, near.values().toArray(Integer[]::new));
                hits.add("""
                        SELECT w.party_id, w.name_sort, %1$d, f.edits
                        FROM unnest(CAST(:near%1$d AS text[]), CAST(:edits%1$d AS int[])) AS f(word, edits)
                        JOIN customer_search_word w ON w.business_id = :businessId AND w.word = (f.word COLLATE "C")"""
                        .formatted(i));
            }
        }
        return jdbc.queryForList("WITH hits AS (" + String.join("\nUNION ALL\n", hits) + """
                ), per_word AS (SELECT party_id, name_sort, i, min(cost) AS cost FROM hits GROUP BY party_id, name_sort, i)
                SELECT party_id FROM per_word GROUP BY party_id, name_sort HAVING count(*) = :words
                ORDER BY sum(cost), name_sort = :typed DESC, name_sort, party_id LIMIT :max""", parameters, UUID.class);
    }

    /** The known words within the query word's edits that it does not begin, with their Levenshtein distance. */
    private Map<String, Integer> wordsNear(String word) {
        int edits = NameTokens.maxEdits(word);
        if (edits == 0) {
            return Map.of();
        }
        Map<String, Integer> near = new TreeMap<>(Comparator.naturalOrder());
        jdbc.queryForList("SELECT DISTINCT word FROM search_spelling WHERE variant = ANY(CAST(:variants AS text[]))",
                        new MapSqlParameterSource("variants", SpellingVariants.of(word, edits).toArray(String[]::new)), String.class)
                .stream().filter(candidate -> !candidate.startsWith(word)).forEach(candidate -> {
                    int distance = SearchRanking.levenshtein(word, candidate);
                    if (distance <= edits) {
                        near.put(candidate, distance);
                    }
                });
        return near;
    }
}
