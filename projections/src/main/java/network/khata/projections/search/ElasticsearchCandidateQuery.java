package network.khata.projections.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The Elasticsearch query whose score orders candidates as {@link SearchRanking#ORDER} does, so that the engine's best
 * {@code max} hits are the best of all: each query word scores {@code 3 - cost} (a name word it begins 3, one that
 * sounds alike or is one edit away 2, two edits away 1) through a {@code dis_max} of constant scores, so a name scores
 * {@code 3 * words - total cost}; the name typed in full adds a half; a full phone number or email scores above every
 * name, the beginning or end of a number like a name matched exactly. Ties are broken by the sort on
 * {@code name_sort} and {@code party_id}. Only the owner's business is searched (a cached filter).
 */
final class ElasticsearchCandidateQuery {
    private static final float BEGINS = 3;
    private static final float TYPED_IN_FULL = 0.5f;
    private static final float IDENTITY = 1000;

    private ElasticsearchCandidateQuery() {
    }

    static Query of(UUID businessId, SearchTerms terms) {
        List<Query> anyOf = new ArrayList<>();
        terms.phone().ifPresent(phone -> anyOf.add(scored(IDENTITY, Query.of(q -> q.term(t -> t.field("phone").value(phone))))));
        terms.email().ifPresent(email -> anyOf.add(scored(IDENTITY, Query.of(q -> q.term(t -> t.field("email").value(email))))));
        float exactName = BEGINS * Math.max(1, terms.nameTokens().size());
        terms.phoneEndReversed().ifPresent(reversed -> {
            List<Query> numbers = new ArrayList<>();
            terms.phonePrefixes().forEach(prefix -> numbers.add(Query.of(q -> q.prefix(p -> p.field("phone").value(prefix)))));
            numbers.add(Query.of(q -> q.prefix(p -> p.field("phone_reversed").value(reversed))));
            anyOf.add(scored(exactName, Query.of(q -> q.bool(b -> b.should(numbers)))));
        });
        if (!terms.nameTokens().isEmpty()) {
            List<Query> everyWord = new ArrayList<>();
            for (int i = 0; i < terms.nameTokens().size(); i++) {
                everyWord.add(word(terms.nameTokens().get(i), terms.nameKeys().get(i)));
            }
            anyOf.add(Query.of(q -> q.bool(b -> b.must(everyWord))));
            anyOf.add(scored(TYPED_IN_FULL, Query.of(q -> q.term(t -> t.field("name_sort").value(terms.typedName())))));
        }
        return Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("business_id").value(businessId.toString())))
                .should(anyOf).minimumShouldMatch("1")));
    }

    /** One query word: the best of the ways it can match a name word, scored 3 - cost. */
    private static Query word(String word, String sound) {
        List<Query> ways = new ArrayList<>();
        ways.add(scored(BEGINS, Query.of(q -> q.prefix(p -> p.field("name_tokens").value(word)))));
        if (!sound.isEmpty()) {
            ways.add(scored(BEGINS - SearchRanking.SOUNDS_ALIKE, Query.of(q -> q.term(t -> t.field("name_sounds").value(sound)))));
        }
        for (int edits = 1; edits <= NameTokens.maxEdits(word); edits++) {
            String fuzziness = String.valueOf(edits);
            ways.add(scored(BEGINS - edits, Query.of(q -> q.fuzzy(f -> f.field("name_tokens").value(FieldValue.of(word))
                    .fuzziness(fuzziness).transpositions(false).maxExpansions(1000)))));
        }
        return Query.of(q -> q.disMax(d -> d.queries(ways).tieBreaker(0.0)));
    }

    private static Query scored(float score, Query query) {
        return Query.of(q -> q.constantScore(c -> c.filter(query).boost(score)));
    }
}
