package network.khata.testsupport.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the labelled corpus out to look at ({@code scripts/name-corpus.sh}): {@code customers.csv} (index, name,
 * phone, email, community) and {@code variant-queries.csv} (query, kind, index of the customer it must find), made
 * from the same seed and sizes as the search recall test.
 */
public final class WriteNameCorpus {
    private WriteNameCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int customers = Integer.parseInt(args[2]);
        int queries = Integer.parseInt(args[3]);
        IndianNameCorpus corpus = new IndianNameCorpus(seed);
        List<IndianNameCorpus.Customer> made = corpus.customers(customers);
        List<String> customerLines = new ArrayList<>(List.of("index,name,phone,email,community"));
        for (int i = 0; i < made.size(); i++) {
            IndianNameCorpus.Customer customer = made.get(i);
            customerLines.add(String.join(",", String.valueOf(i), quoted(customer.name()), customer.phone(),
                    customer.email() == null ? "" : customer.email(), quoted(customer.community())));
        }
        List<String> queryLines = new ArrayList<>(List.of("query,kind,customer"));
        corpus.variantQueries(made, queries).forEach(query ->
                queryLines.add(String.join(",", quoted(query.text()), query.kind(), String.valueOf(query.expected()))));
        Files.createDirectories(directory);
        Files.write(directory.resolve("customers.csv"), customerLines, StandardCharsets.UTF_8);
        Files.write(directory.resolve("variant-queries.csv"), queryLines, StandardCharsets.UTF_8);
        System.out.printf("%d customers and %d labelled queries written to %s%n", made.size(), queryLines.size() - 1, directory);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
