package network.khata.app.architecture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static network.khata.app.architecture.FeatureMap.AGGREGATES;
import static network.khata.app.architecture.FeatureMap.ENDPOINTS;
import static network.khata.app.architecture.FeatureMap.MODULES;
import static network.khata.app.architecture.FeatureMap.ROOT;
import static network.khata.app.architecture.FeatureMap.TABLES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: docs/architecture.md opens with a feature map, and it stays true. Every package it names exists in that
 * module and every package of every module is named and has its package-info.java; the aggregates, the tables and the endpoints it names are exactly
 * the ones the code has (aggregates annotated, tables created by migrations, paths mapped by controllers).
 */
class FeatureMapTest {
    private static final Pattern CREATED_TABLE = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGGREGATE = Pattern.compile("^@Aggregate\\b[^\\n]*\\n(?:@[^\\n]*\\n)*public (?:final )?class (\\w+)", Pattern.MULTILINE);
    private static final Pattern CLASS_MAPPING = Pattern.compile("^@RequestMapping\\(\"([^\"]*)\"\\)", Pattern.MULTILINE);
    private static final Pattern METHOD_MAPPING = Pattern.compile("^ {4}@(?:Get|Post|Put|Delete|Patch|Request)Mapping\\(([^)]*)\\)", Pattern.MULTILINE);
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

    private static FeatureMap map;

    @BeforeAll
    static void readTheMap() throws IOException {
        map = FeatureMap.read();
        assertThat(map.rows()).hasSizeGreaterThan(10);
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
            Path base = ROOT.resolve(module).resolve("src/main/java").resolve(MODULES.get(module).replace('.', '/'));
            try (Stream<Path> children = Files.list(base)) {
                children.filter(Files::isDirectory).forEach(child -> packages.add(child.getFileName().toString()));
            }
            assertThat(map.column(column)).as("packages of %s in the feature map", module).isEqualTo(packages);
            assertThat(packages).as("packages of %s with a package-info.java that says what they hold", module)
                    .allMatch(name -> Files.exists(base.resolve(name).resolve("package-info.java")));
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
        assertThat(map.column(AGGREGATES)).isEqualTo(aggregates);
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
        assertThat(map.column(TABLES)).isEqualTo(tables);
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
        Set<String> endpoints = map.column(ENDPOINTS);
        assertThat(paths).allSatisfy(path -> assertThat(endpoints).as("the map's endpoint for " + path)
                .anyMatch(path::startsWith));
        assertThat(endpoints).allSatisfy(endpoint -> assertThat(paths).as("a path mapped under " + endpoint)
                .anyMatch(path -> path.startsWith(endpoint)));
    }
}
