package network.khata.testsupport.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A labelled corpus of customers with Indian names, made from a seed (no downloads): names from every region and
 * community of {@link NameLists}, some written in Devanagari, some under another common spelling, some with a
 * honorific or an initial, some the same name twice (two customers of one business often share a name); unique
 * Indian mobile numbers; emails for some. Queries come labelled with the customer they must find: typos, spelling
 * variants, the other script, beginnings of names, numbers. The search recall test and the search benchmark use it;
 * {@code scripts/name-corpus.sh} writes it out to look at.
 */
public final class IndianNameCorpus {
    /** One customer of the corpus. */
    public record Customer(String name, String phone, String email, String community) {
    }

    /** What an owner types, the kind of query, and the index of the customer it must find (-1: none in particular). */
    public record Query(String text, String kind, int expected) {
    }

    private final Random random;

    public IndianNameCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} customers with distinct phone numbers. */
    public List<Customer> customers(int count) {
        List<Customer> customers = new ArrayList<>(count);
        Set<String> phones = new HashSet<>();
        while (customers.size() < count) {
            if (!customers.isEmpty() && random.nextInt(50) == 0) {
                Customer twin = customers.get(random.nextInt(customers.size()));
                customers.add(new Customer(twin.name(), uniquePhone(phones), null, twin.community()));
                continue;
            }
            NameLists.Community community = pick(NameLists.COMMUNITIES);
            String first = pick(community.firstNames());
            String last = pick(community.surnames());
            String name = written(first) + " " + written(last);
            int style = random.nextInt(40);
            if (style == 0) {
                name = (community.name().equals("Muslim") ? "Md " : "Shri ") + name;
            } else if (style == 1) {
                name = first + " " + (char) ('A' + random.nextInt(26)) + ". " + last;
            } else if (style < 5 && NameLists.DEVANAGARI.containsKey(first) && NameLists.DEVANAGARI.containsKey(last)) {
                name = NameLists.DEVANAGARI.get(first) + " " + NameLists.DEVANAGARI.get(last);
            } else if (style < 9 && regional(first, last) != null) {
                name = String.join(" ", regional(first, last));
            }
            String email = random.nextInt(3) == 0
                    ? (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + random.nextInt(1000) + "@example.in"
                    : null;
            customers.add(new Customer(name, uniquePhone(phones), email, community.name()));
        }
        return customers;
    }

    /** Mostly the usual spelling, sometimes another that owners use too. */
    private String written(String name) {
        List<String> others = NameLists.SPELLINGS.get(name);
        return others != null && random.nextInt(8) == 0 ? pick(others) : name;
    }

    /** Latin names with their forms in the other scripts of India (issue 27): what each must find, and be found by. */
    public static Map<String, List<String>> regionalForms() {
        return NameLists.REGIONAL;
    }

    /** Both names in one script of India other than Latin (one of those both are written in, at random); null if none. */
    private String[] regional(String first, String last) {
        List<String[]> pairs = new ArrayList<>();
        for (String f : NameLists.REGIONAL.getOrDefault(first, List.of())) {
            for (String l : NameLists.REGIONAL.getOrDefault(last, List.of())) {
                if (Character.UnicodeScript.of(f.codePointAt(0)) == Character.UnicodeScript.of(l.codePointAt(0))) {
                    pairs.add(new String[]{f, l});
                }
            }
        }
        return pairs.isEmpty() ? null : pairs.get(random.nextInt(pairs.size()));
    }

    /** The kinds of {@link #variantQueries}, asked in turn. */
    public static final List<String> VARIANT_KINDS = List.of("typo", "spelling", "devanagari-for-latin", "latin-for-devanagari",
            "regional-for-latin", "latin-for-regional");

    /**
     * Queries that must find a customer although they are not how the name is written, as many of each kind: a typo
     * (one edit, two in a long word), another common spelling, the other script (Devanagari for a Latin name and
     * back), another script of India (Tamil, Telugu, Kannada, Malayalam, Bengali, Gujarati, Marathi or Gurmukhi for a
     * Latin name, and back). Only customers whose name is a first name and a surname are asked for.
     */
    public List<Query> variantQueries(List<Customer> customers, int count) {
        Map<String, String> latinOf = new java.util.HashMap<>();
        NameLists.DEVANAGARI.forEach((latin, devanagari) -> latinOf.put(devanagari, latin));
        Map<String, String> latinOfRegional = new java.util.HashMap<>();
        NameLists.REGIONAL.forEach((latin, forms) -> forms.forEach(form -> latinOfRegional.put(form, latin)));
        List<Query> queries = new ArrayList<>();
        for (int attempt = 0; queries.size() < count && attempt < count * 1000; attempt++) {
            String kind = VARIANT_KINDS.get(queries.size() % VARIANT_KINDS.size());
            int index = random.nextInt(customers.size());
            String[] words = customers.get(index).name().split(" ");
            if (words.length != 2) {
                continue;
            }
            int which = random.nextInt(2);
            String word = words[which];
            String other = words[1 - which];
            boolean bothIn = switch (kind) {
                case "devanagari-for-latin" -> NameLists.DEVANAGARI.containsKey(word) && NameLists.DEVANAGARI.containsKey(other);
                case "latin-for-devanagari" -> latinOf.containsKey(word) && latinOf.containsKey(other);
                case "regional-for-latin" -> regional(words[0], words[1]) != null;
                case "latin-for-regional" -> latinOfRegional.containsKey(word) && latinOfRegional.containsKey(other);
                case "spelling" -> NameLists.SPELLINGS.containsKey(word);
                default -> word.length() >= 4 && word.chars().allMatch(Character::isLetter);
            };
            if (!bothIn) {
                continue;
            }
            String text = switch (kind) {
                case "devanagari-for-latin" -> NameLists.DEVANAGARI.get(words[0]) + " " + NameLists.DEVANAGARI.get(words[1]);
                case "latin-for-devanagari" -> latinOf.get(words[0]) + " " + latinOf.get(words[1]);
                case "regional-for-latin" -> String.join(" ", regional(words[0], words[1]));
                case "latin-for-regional" -> latinOfRegional.get(words[0]) + " " + latinOfRegional.get(words[1]);
                case "spelling" -> which == 0 ? pick(NameLists.SPELLINGS.get(word)) + " " + other : other + " " + pick(NameLists.SPELLINGS.get(word));
                default -> which == 0 ? typo(word) + " " + other : other + " " + typo(word);
            };
            queries.add(new Query(text, kind, index));
        }
        return queries;
    }

    /**
     * What owners type in a day, for the benchmark: full names, beginnings of names, typos and spelling variants,
     * full numbers and their last digits, in the proportions of {@code mix}.
     */
    public List<Query> benchmarkQueries(List<Customer> customers, int count) {
        List<Query> variants = variantQueries(customers, count / 4);
        List<Query> queries = new ArrayList<>(variants);
        while (queries.size() < count) {
            int index = random.nextInt(customers.size());
            Customer customer = customers.get(index);
            String[] words = customer.name().split(" ");
            switch (random.nextInt(5)) {
                case 0, 1 -> queries.add(new Query(customer.name(), "full-name", index));
                case 2 -> queries.add(new Query(words[0].substring(0, Math.min(words[0].length(), 3 + random.nextInt(3))),
                        "beginning", -1));
                case 3 -> queries.add(new Query(customer.phone().substring(3), "phone", index));
                default -> queries.add(new Query(customer.phone().substring(customer.phone().length() - 5), "phone-end", -1));
            }
        }
        java.util.Collections.shuffle(queries, random);
        return queries;
    }

    private String typo(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int edits = lower.length() >= 8 && random.nextBoolean() ? 2 : 1;
        String typed = lower;
        for (int i = 0; i < edits; i++) {
            int at = 1 + random.nextInt(typed.length() - 1);
            char letter = (char) ('a' + random.nextInt(26));
            typed = switch (random.nextInt(3)) {
                case 0 -> typed.substring(0, at) + letter + typed.substring(at + 1);
                case 1 -> typed.substring(0, at) + typed.substring(at + 1);
                default -> typed.substring(0, at) + letter + typed.substring(at);
            };
        }
        return typed.equals(lower) ? typed + "x" : typed;
    }

    private String uniquePhone(Set<String> phones) {
        while (true) {
            String phone = "+91" + (6 + random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));
            if (phones.add(phone)) {
                return phone;
            }
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
