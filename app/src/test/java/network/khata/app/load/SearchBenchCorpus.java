package network.khata.app.load;

import network.khata.testsupport.names.IndianNameCorpus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The benchmark's customers, the same in the loader and the driver: {@code total} customers of the labelled corpus,
 * the first {@code inBigBusiness} of them in one business and the rest spread over {@code businesses - 1} others.
 */
record SearchBenchCorpus(List<IndianNameCorpus.Customer> customers, int inBigBusiness, int businesses) {
    static final long SEED = 20261126;
    static final UUID BIG_BUSINESS = business(0);

    static SearchBenchCorpus of(int total, int inBigBusiness, int businesses) {
        return new SearchBenchCorpus(new IndianNameCorpus(SEED).customers(total), inBigBusiness, businesses);
    }

    UUID businessOf(int index) {
        return index < inBigBusiness ? BIG_BUSINESS : business(1 + index % (businesses - 1));
    }

    List<IndianNameCorpus.Customer> bigBusiness() {
        return customers.subList(0, inBigBusiness);
    }

    private static UUID business(int number) {
        return UUID.nameUUIDFromBytes(("search-bench-business-" + number).getBytes(StandardCharsets.UTF_8));
    }
}
