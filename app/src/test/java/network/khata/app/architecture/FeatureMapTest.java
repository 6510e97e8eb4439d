package network.khata.app.architecture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: docs/architecture.md opens with a feature map, and it stays true. Every package it names exists in that
 * module and every package of every module is named; the aggregates, the tables and the endpoints it names are exactly
 * the ones the code has (aggregates annotated, tables created by migrations, paths mapped by controllers).
 */
class FeatureMapTest {
    private static final Path ROOT = Path.of("..");
    /** The map's module columns, each with the base package its feature packages are under. */
    private static final Map<String, String> MODULES = new LinkedHashMap<>();
    private static final int AGGREGATES = 2 + 6;
    private static final int TABLES = AGGREGATES + 1;
    private static final int ENDPOINTS = TABLES + 1;

    static {
        MODULES.put("api", "network/khata/api");
        MODULES.put("command-side", "network/khata/command");
        MODULES.put("projections", "network/khata/projections");
        MODULES.put("query-side", "network/khata/query");
        MODULES.put("app", "network/khata/app");
        MODULES.put("notifications-saga", "network/khata/notifications");
    }

    private static final Pattern NAMED = Pattern.compile("`([^`]+)`");
    private static final Pattern CREATED_TABLE = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGGREGATE = Pattern.compile("^@Aggregate\\b[^\\n]*\\n(?:@[^\\n]*\\n)*public (?:final )?class (\\w+)", Pattern.MULTILINE);
    private static final Pattern CLASS_MAPPING = Pattern.compile("^@RequestMapping\\(\"([^\"]*)\"\\)", Pattern.MULTILINE);
    private static final Pattern METHOD_MAPPING = Pattern.compile("^ {4}@(?:Get|Post|Put|Delete|Patch|Request)Mapping\\(([^)]*)\\)", Pattern.MULTILINE);
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

    /** The map's rows, each as the names in each cell after the feature's own. */
    private static List<List<Set<String>>> rows;

    @BeforeAll
    static void readTheMap() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/architecture.md"));
        int start = doc.indexOf("## Feature map");
        String map = doc.substring(start, doc.indexOf("\n## ", start + 5));
        rows = new ArrayList<>();
        for (String line : map.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| feature") && !line.startsWith("| ---")).toList()) {
            String[] cells = line.split(" \\|", -1);
            List<Set<String>> row = new ArrayList<>();
            for (int column = 0; column <= ENDPOINTS; column++) {
                row.add(column < 2 ? Set.of() : names(cells[column - 1]));
            }
            rows.add(row);
        }
        assertThat(rows).hasSizeGreaterThan(10);
    }

    private static Set<String> names(String cell) {
        Set<String> names = new TreeSet<>();
        Matcher name = NAMED.matcher(cell);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    private static Set<String> column(int column) {
        Set<String> named = new TreeSet<>();
        rows.forEach(row -> named.addAll(row.get(column)));
        return named;
    }

    private static List<Path> files(String glob, Predicate<Path> where) throws IOException {
        try (Stream<Path> all = Files.walk(ROOT)) {
            return all.filter(path -> !path.toString().contains("/target/") && !path.toString().contains("/node_modules/"))
                    .filter(where).filter(path -> path.getFileSystem().getPathMatcher("glob:" + glob).matches(path.getFileName()))
                    .toList();
        }
    }

    private static List<String> mainSources() throws IOException {
        List<String> sources = new ArrayList<>();
        for (Path file : files("*.java", path -> path.toString().contains("/src/main/java/"))) {
            sources.add(Files.readString(file));
        }
        return sources;
    }

    @Test
    void everyPackageOfEveryModuleIsNamedAndEveryNamedPackageExists() throws IOException {
        List<String> modules = new ArrayList<>(MODULES.keySet());
        for (int column = 0; column < modules.size(); column++) {
            String module = modules.get(column);
            Set<String> packages = new TreeSet<>();
            try (Stream<Path> children = Files.list(ROOT.resolve(module).resolve("src/main/java").resolve(MODULES.get(module)))) {
                children.filter(Files::isDirectory).forEach(child -> packages.add(child.getFileName().toString()));
            }
            assertThat(column(2 + column)).as("packages of %s in the feature map", module).isEqualTo(packages);
        }
    }

    @Test
    void theAggregatesAreTheOnesCommandSideHas() throws IOException {
        Set<String> aggregates = new TreeSet<>();
        for (String source : mainSources()) {
            Matcher aggregate = AGGREGATE.matcher(source);
            while (aggregate.find()) {
                aggregates.add(aggregate.group(1));
            }
        }
        assertThat(aggregates).hasSizeGreaterThan(4);
        assertThat(column(AGGREGATES)).isEqualTo(aggregates);
    }

    @Test
    void theTablesAreTheOnesTheMigrationsCreate() throws IOException {
        Set<String> tables = new TreeSet<>();
        for (Path migration : files("*.sql", path -> path.toString().contains("/src/main/resources/db/migration/"))) {
            Matcher created = CREATED_TABLE.matcher(Files.readString(migration));
            while (created.find()) {
                tables.add(created.group(1).toLowerCase());
            }
        }
        assertThat(column(TABLES)).isEqualTo(tables);
    }

    @Test
    void theEndpointsBeginEveryMappedPathAndEachBeginsOne() throws IOException {
        Set<String> paths = new TreeSet<>();
        for (String source : mainSources()) {
            Matcher base = CLASS_MAPPING.matcher(source);
            String prefix = base.find() ? base.group(1) : "";
            Matcher mapping = METHOD_MAPPING.matcher(source);
            while (mapping.find()) {
                Matcher literal = LITERAL.matcher(mapping.group(1));
                boolean any = false;
                while (literal.find()) {
                    paths.add(prefix + literal.group(1));
                    any = true;
                }
                if (!any) {
                    paths.add(prefix);
                }
            }
        }
        assertThat(paths).hasSizeGreaterThan(40);
        Set<String> endpoints = column(ENDPOINTS);
        assertThat(paths).allSatisfy(path -> assertThat(endpoints).as("the map's endpoint for " + path)
                .anyMatch(path::startsWith));
        assertThat(endpoints).allSatisfy(endpoint -> assertThat(paths).as("a path mapped under " + endpoint)
                .anyMatch(path -> path.startsWith(endpoint)));
    }
}
