package network.khata.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The production engine: one Elasticsearch index, name words as keywords matched by prefix and fuzzy queries with
 * the same edit limits as {@link NameTokens#maxEdits}. Writes are idempotent upserts by party id, so a redelivered
 * event changes nothing.
 */
public class ElasticsearchCustomerIndex implements CustomerSearchIndex {
    private static final String MAPPING = """
            {"mappings": {"dynamic": "strict", "properties": {
              "party_id": {"type": "keyword"}, "business_id": {"type": "keyword"}, "customer_id": {"type": "keyword"},
              "name": {"type": "text"}, "name_tokens": {"type": "keyword"},
              "phone": {"type": "keyword"}, "email": {"type": "keyword"}, "profile_type": {"type": "keyword"},
              "phone_verified": {"type": "boolean"}, "portal_active": {"type": "boolean"},
              "last_invoice": {"type": "date", "format": "strict_date"},
              "total_balance": {"type": "keyword", "index": false},
              "registered_at": {"type": "date"}}}}""";
    private static final int MAX_DOCUMENTS = 10_000;

    private final ElasticsearchClient client;
    private final String index;

    public ElasticsearchCustomerIndex(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
        call(this::createIndexIfMissing);
    }

    @Override
    public void upsert(CustomerSearchDocument document) {
        call(() -> client.index(request -> request.index(index).id(document.partyId().toString()).document(toSource(document))));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Optional<CustomerSearchDocument> find(UUID partyId) {
        var response = call(() -> client.get(get -> get.index(index).id(partyId.toString()), Map.class));
        return response.found() ? Optional.of(fromSource(response.source())) : Optional.empty();
    }

    @Override
    public List<CustomerSearchDocument> candidates(UUID businessId, SearchTerms terms, int max) {
        List<Query> anyOf = new ArrayList<>();
        terms.phone().ifPresent(phone -> anyOf.add(Query.of(q -> q.term(t -> t.field("phone").value(phone)))));
        terms.phoneDigits().ifPresent(digits -> anyOf.add(Query.of(q -> q.wildcard(w -> w.field("phone").value("*" + digits + "*")))));
        terms.email().ifPresent(email -> anyOf.add(Query.of(q -> q.term(t -> t.field("email").value(email)))));
        for (String token : terms.nameTokens()) {
            anyOf.add(Query.of(q -> q.prefix(p -> p.field("name_tokens").value(token))));
            anyOf.add(Query.of(q -> q.fuzzy(f -> f.field("name_tokens").value(FieldValue.of(token))
                    .fuzziness(String.valueOf(NameTokens.maxEdits(token))).transpositions(false).maxExpansions(1000))));
        }
        if (anyOf.isEmpty()) {
            return List.of();
        }
        return call(() -> client.search(search -> search.index(index).size(max)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("business_id").value(businessId.toString())))
                        .should(anyOf).minimumShouldMatch("1"))), Map.class))
                .hits().hits().stream().map(ElasticsearchCustomerIndex::fromHit).toList();
    }

    @Override
    public List<CustomerSearchDocument> documents(UUID businessId) {
        call(() -> client.indices().refresh(r -> r.index(index)));
        return call(() -> client.search(search -> search.index(index).size(MAX_DOCUMENTS)
                .query(q -> q.term(t -> t.field("business_id").value(businessId.toString())))
                .sort(s -> s.field(f -> f.field("party_id").order(SortOrder.Asc))), Map.class))
                .hits().hits().stream().map(ElasticsearchCustomerIndex::fromHit).toList();
    }

    @Override
    public void clear() {
        call(() -> client.indices().delete(d -> d.index(index).ignoreUnavailable(true)));
        call(this::createIndexIfMissing);
    }

    private Object createIndexIfMissing() throws IOException {
        if (!client.indices().exists(e -> e.index(index)).value()) {
            client.indices().create(c -> c.index(index).withJson(new StringReader(MAPPING)));
        }
        return null;
    }

    private static Map<String, Object> toSource(CustomerSearchDocument document) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("party_id", document.partyId().toString());
        source.put("business_id", document.businessId().toString());
        source.put("customer_id", document.customerId().toString());
        source.put("name", document.name());
        source.put("name_tokens", document.nameTokens());
        source.put("phone", document.phone());
        source.put("email", document.email());
        source.put("profile_type", document.profileType());
        source.put("phone_verified", document.phoneVerified());
        source.put("portal_active", document.portalActive());
        source.put("last_invoice", document.lastInvoice() == null ? null : document.lastInvoice().toString());
        source.put("total_balance", document.totalBalance().toPlainString());
        source.put("registered_at", document.registeredAt().toString());
        return source;
    }

    @SuppressWarnings("rawtypes")
    private static CustomerSearchDocument fromHit(Hit<Map> hit) {
        return fromSource(hit.source());
    }

    private static CustomerSearchDocument fromSource(Map<?, ?> stored) {
        Map<?, ?> source = Objects.requireNonNull(stored);
        return new CustomerSearchDocument(
                UUID.fromString((String) source.get("party_id")), UUID.fromString((String) source.get("business_id")),
                UUID.fromString((String) source.get("customer_id")), (String) source.get("name"),
                (String) source.get("phone"), (String) source.get("email"), (String) source.get("profile_type"),
                Boolean.TRUE.equals(source.get("phone_verified")), Boolean.TRUE.equals(source.get("portal_active")),
                source.get("last_invoice") == null ? null : LocalDate.parse((String) source.get("last_invoice")),
                new BigDecimal((String) source.get("total_balance")),
                Instant.parse((String) source.get("registered_at")));
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer", e);
        }
    }
}
