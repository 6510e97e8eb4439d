package network.khata.projections.search;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The PostgreSQL engine's name matches, exact and suggested: the parties with a name word that one query word
 * begins, sounds like or is a few edits from, read in name order from indexes (equality and ranges only, which
 * row-level security lets use an index; simple statements, whose generic plans stay good), then scored and ordered
 * by {@link SearchRanking}. The words a few edits away come from the symmetric-delete table {@code search_spelling},
 * which this class keeps.
 */
class PostgresNames {
    /** The most parties read per way of matching the driving word, when the query has other words to match too. */
    static final int CAP = 500;
    private final NamedParameterJdbcTemplate jdbc;

    PostgresNames(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the spelling variants of the words no name had before (one statement to ask, one to add, for all words). */
    void learn(Collection<String> words) {
        Set<String> unknown = new LinkedHashSet<>(words);
        unknown.removeAll(new HashSet<>(jdbc.queryForList("SELECT word FROM search_spelling WHERE variant = word "
                + "AND word = ANY(CAST(:words AS text[]))", new MapSqlParameterSource("words", unknown.toArray(String[]::new)), String.class)));
        List<String> variants = new ArrayList<>();
        List<String> ofWords = new ArrayList<>();
        unknown.forEach(word -> SpellingVariants.of(word, SpellingVariants.MAX_DELETIONS).forEach(variant -> {
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
     * The {@code max} best documents of the business whose name matches every query word. Every such name has a word
     * that the {@link #driving} query word begins, sounds like or is a few edits from, so those parties are read from the
     * indexes in name order (first the ones it begins; the others only when fewer than {@code max} begin one), up to
     * {@code max} per way of matching when there is one query word (all that can be among the best) and {@link #CAP}
     * otherwise (a bounded set); the ranking scores their names against every query word, and the best are read.
     */
    List<CustomerSearchDocument> best(UUID businessId, SearchTerms terms, int max) {
        int driver = driving(businessId, terms);
        String word = terms.nameTokens().get(driver);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("businessId", businessId)
                .addValue("word", word)
                .addValue("cap", terms.nameTokens().size() == 1 ? max : CAP);
        NameScorer scorer = new NameScorer(terms);
        List<SearchRanking.Rank> named = new ArrayList<>(scored(terms, scorer, "SELECT party_id, name_sort FROM customer_search_prefix "
                + "WHERE business_id = :businessId AND prefix = :word ORDER BY name_sort, party_id LIMIT :cap", parameters));
        if (named.stream().filter(candidate -> candidate.distance() == 0).count() < max) {
            List<String> ways = new ArrayList<>();
            String sound = terms.nameKeys().get(driver);
            if (!sound.isEmpty()) {
                parameters.addValue("sound", sound);
                ways.add("(SELECT party_id, name_sort FROM customer_search_word WHERE business_id = :businessId AND sound = :sound "
                        + "AND NOT starts_with(word, :word) ORDER BY name_sort, party_id LIMIT :cap)");
            }
            int edits = NameTokens.maxEdits(word);
            if (edits > 0) {
                parameters.addValue("variants", SpellingVariants.of(word, edits).toArray(String[]::new)).addValue("edits", edits);
                ways.add("""
                        SELECT w.party_id, w.name_sort FROM (
                          SELECT DISTINCT word FROM search_spelling WHERE variant = ANY(CAST(:variants AS text[]))
                          AND NOT starts_with(word, :word) AND levenshtein(word, :word) <= :edits) near
                        CROSS JOIN LATERAL (SELECT party_id, name_sort FROM customer_search_word
                          WHERE business_id = :businessId AND word = near.word ORDER BY name_sort, party_id LIMIT :cap) w""");
            }
            if (!ways.isEmpty()) {
                named.addAll(scored(terms, scorer, String.join("\nUNION ALL\n", ways), parameters));
            }
        }
        List<UUID> best = named.stream().distinct().sorted().limit(max).map(SearchRanking.Rank::partyId).toList();
        if (best.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + PostgresCustomerIndex.COLUMNS + " FROM customer_search WHERE party_id = ANY(:ids)",
                new MapSqlParameterSource("ids", best.toArray(UUID[]::new)), PostgresCustomerIndex.DOCUMENT);
    }

    /**
     * The query word to read by: the one fewest names have a word beginning with (counted up to {@link #CAP}, index
     * only), the longest of those. A mistyped word begins no name's word, so the names are read by the words it is
     * near, and those are few.
     */
    private int driving(UUID businessId, SearchTerms terms) {
        List<String> words = terms.nameTokens();
        if (words.size() == 1) {
            return 0;
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("businessId", businessId).addValue("cap", CAP);
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            parameters.addValue("word" + i, words.get(i));
            counts.add(("(SELECT count(*) FROM (SELECT 1 FROM customer_search_prefix WHERE business_id = :businessId "
                    + "AND prefix = :word%d LIMIT :cap) beginning)").formatted(i));
        }
        List<Long> begun = jdbc.queryForObject("SELECT " + String.join(", ", counts), parameters, (rs, row) -> {
            List<Long> values = new ArrayList<>();
            for (int i = 1; i <= words.size(); i++) {
                values.add(rs.getLong(i));
            }
            return values;
        });
        int best = 0;
        for (int i = 1; i < words.size(); i++) {
            boolean fewer = begun.get(i) < begun.get(best);
            if (fewer || begun.get(i).equals(begun.get(best)) && words.get(i).length() > words.get(best).length()) {
                best = i;
            }
        }
        return best;
    }

    /** The parties a statement reads ({@code party_id, name_sort}) whose name matches every query word, ranked. */
    private List<SearchRanking.Rank> scored(SearchTerms terms, NameScorer scorer, String sql, MapSqlParameterSource parameters) {
        List<SearchRanking.Rank> named = new ArrayList<>();
        jdbc.query(sql, parameters, rs -> {
            UUID partyId = rs.getObject(1, UUID.class);
            String sortName = rs.getString(2);
            scorer.distance(NameTokens.of(sortName))
                    .ifPresent(distance -> named.add(SearchRanking.Rank.of(terms, partyId, sortName, distance)));
        });
        return named;
    }
}
