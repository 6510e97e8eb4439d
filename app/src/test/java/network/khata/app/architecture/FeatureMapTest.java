package network.khata.app.architecture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /** The early migrations that set up several features at once; a migration written since lives in its feature's folder. */
    private static final Set<String> SEVERAL_FEATURES = Set.of("V20261124_02__read_models.sql",
            "V20261124_05__notifications_and_balances.sql", "V20261125_02__portal_security.sql",
            "V20261126_01__totals_that_cannot_overflow.sql");
    private static final Pattern ROW_SECURITY = Pattern.compile(
            "ALTER TABLE (\\w+) ENABLE ROW LEVEL SECURITY|CREATE POLICY \\w+ ON (\\w+)", Pattern.CASE_INSENSITIVE);
    private static final String MIGRATIONS = "/src/main/resources/db/migration/";

    /** The feature folder a migration is in (its folder below db/migration in any module), or "" at the root. */
    private static String folderOf(Path migration) {
        String below = migration.toString().substring(migration.toString().indexOf(MIGRATIONS) + MIGRATIONS.length());
        return below.contains("/") ? below.substring(0, below.indexOf('/')) : "";
    }

    @Test
    void aMigrationLivesInTheFolderOfTheFeatureWhoseTablesItCreates() throws IOException {
        List<Path> migrations = files("*.sql", path -> path.toString().contains(MIGRATIONS));
        Set<String> features = new TreeSet<>();
        map.rows().forEach(row -> features.add(row.feature()));
        for (Path migration : migrations) {
            String folder = folderOf(migration);
            if (folder.isEmpty()) {
                assertThat(SEVERAL_FEATURES).as("a migration at the root of db/migration: " + migration).contains(migration.getFileName().toString());
                continue;
            }
            assertThat(features).as("the folder of " + migration).contains(folder);
            Set<String> own = map.rows().stream().filter(row -> row.feature().equals(folder)).findFirst().orElseThrow().cells().get(TABLES);
            Matcher created = CREATED_TABLE.matcher(Files.readString(migration));
            while (created.find()) {
                assertThat(own).as("%s creates a table of %s", migration.getFileName(), folder).contains(created.group(1).toLowerCase());
            }
        }
    }

    @Test
    void aTablesRowSecurityIsInTheFolderOfTheFeatureThatCreatesIt() throws IOException {
        Map<String, String> createdIn = new TreeMap<>();
        Map<String, List<String>> securedIn = new TreeMap<>();
        for (Path migration : files("*.sql", path -> path.toString().contains(MIGRATIONS))) {
            String sql = Files.readString(migration);
            Matcher created = CREATED_TABLE.matcher(sql);
            while (created.find()) {
                createdIn.put(created.group(1).toLowerCase(), folderOf(migration));
            }
            Matcher secured = ROW_SECURITY.matcher(sql);
            while (secured.find()) {
                String table = (secured.group(1) != null ? secured.group(1) : secured.group(2)).toLowerCase();
                securedIn.computeIfAbsent(table, ignored -> new ArrayList<>()).add(folderOf(migration));
            }
        }
        assertThat(securedIn).hasSizeGreaterThan(10);
        securedIn.forEach((table, folders) -> assertThat(folders).as("where the row security of %s is", table)
                .allMatch(folder -> folder.equals(createdIn.get(table)) || folder.isEmpty() || createdIn.get(table).isEmpty()));
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
