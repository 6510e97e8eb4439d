package network.khata.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The production engine: one Elasticsearch index holding each name's words, their phonetic keys and the name in sort
 * order as keywords; candidates come from {@link ElasticsearchCandidateQuery}, already in the ranking's order. Writes
 * are idempotent upserts by party id, so a redelivered event changes nothing; inside a transaction (a processor's
 * batch) they are sent as one bulk request before it commits ({@link BatchedWrites}).
 */
public class ElasticsearchCustomerIndex implements CustomerSearchIndex {
    private static final String MAPPING = """
            {"mappings": {"dynamic": "strict", "properties": {
              "party_id": {"type": "keyword"}, "business_id": {"type": "keyword"}, "customer_id": {"type": "keyword"},
              "name": {"type": "keyword", "index": false}, "name_sort": {"type": "keyword"},
              "name_tokens": {"type": "keyword"}, "name_sounds": {"type": "keyword"},
              "phone": {"type": "keyword"}, "phone_reversed": {"type": "keyword"}, "email": {"type": "keyword"},
              "profile_type": {"type": "keyword", "index": false},
              "phone_verified": {"type": "boolean", "index": false}, "portal_active": {"type": "boolean", "index": false},
              "last_invoice": {"type": "date", "format": "strict_date", "index": false},
              "total_balance": {"type": "keyword", "index": false},
              "registered_at": {"type": "date", "index": false}}}}""";
    private static final int MAX_DOCUMENTS = 10_000;

    private final ElasticsearchClient client;
    private final String index;
    private final BatchedWrites<CustomerSearchDocument> batched = new BatchedWrites<>(this::write);

    public ElasticsearchCustomerIndex(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
        call(this::createIndexIfMissing);
    }

    @Override
    public void upsert(CustomerSearchDocument document) {
        batched.put(document.partyId(), document);
    }

    private void write(Collection<CustomerSearchDocument> documents) {
        List<BulkOperation> operations = documents.stream().map(document -> BulkOperation.of(o -> o.index(i -> i
                .index(index).id(document.partyId().toString()).document(toSource(document))))).toList();
        BulkResponse response = call(() -> client.bulk(bulk -> bulk.operations(operations)));
        if (response.errors()) {
            throw new IllegalStateException("Elasticsearch refused documents: " + response.items().stream()
                    .filter(item -> item.error() != null).findFirst().map(item -> item.error().reason()).orElse("?"));
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Optional<CustomerSearchDocument> find(UUID partyId) {
        Optional<CustomerSearchDocument> pending = batched.pending(partyId);
        if (pending.isPresent()) {
            return pending;
        }
        var response = call(() -> client.get(get -> get.index(index).id(partyId.toString()), Map.class));
        return response.found() ? Optional.of(fromSource(response.source())) : Optional.empty();
    }

    @Override
    public List<CustomerSearchDocument> candidates(UUID businessId, SearchTerms terms, int max) {
        if (terms.nameTokens().isEmpty() && terms.phone().isEmpty() && terms.phoneDigits().isEmpty() && terms.email().isEmpty()) {
            return List.of();
        }
        return call(() -> client.search(search -> search.index(index).size(max).trackTotalHits(t -> t.enabled(false))
                .query(ElasticsearchCandidateQuery.of(businessId, terms))
                .sort(s -> s.score(score -> score.order(SortOrder.Desc)))
                .sort(s -> s.field(f -> f.field("name_sort").order(SortOrder.Asc)))
                .sort(s -> s.field(f -> f.field("party_id").order(SortOrder.Asc))), Map.class))
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
        List<String> tokens = document.nameTokens();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("party_id", document.partyId().toString());
        source.put("business_id", document.businessId().toString());
        source.put("customer_id", document.customerId().toString());
        source.put("name", document.name());
        source.put("name_sort", document.sortName());
        source.put("name_tokens", tokens);
        source.put("name_sounds", NameTokens.keys(tokens).stream().filter(sound -> !sound.isEmpty()).distinct().toList());
        source.put("phone", document.phone());
        source.put("phone_reversed", new StringBuilder(document.phone()).reverse().toString());
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
