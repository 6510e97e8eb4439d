package network.khata.app.architecture;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: docs/architecture.md opens with a feature map, and it stays true. Every package it names exists in that
 * module, every package of every module is named in some feature, every aggregate it names exists.
 */
class FeatureMapTest {
    private static final Path ROOT = Path.of("..");
    /** The map's columns after the feature: each module with the base package its packages are under. */
    private static final Map<String, String> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("api", "network/khata/api");
        MODULES.put("command-side", "network/khata/command");
        MODULES.put("projections", "network/khata/projections");
        MODULES.put("query-side", "network/khata/query");
        MODULES.put("app", "network/khata/app");
        MODULES.put("notifications-saga", "network/khata/notifications");
    }

    private static final Pattern NAMED = Pattern.compile("`([A-Za-z]+)`");

    /** The map's rows, each as the names in each module's column. */
    private static List<List<Set<String>>> rows() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/architecture.md"));
        String map = doc.substring(doc.indexOf("## Feature map"), doc.indexOf("\n## ", doc.indexOf("## Feature map") + 5));
        List<List<Set<String>>> rows = new ArrayList<>();
        for (String line : map.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| feature") && !line.startsWith("| ---")).toList()) {
            String[] cells = line.split("\\|", -1);
            List<Set<String>> row = new ArrayList<>();
            for (int column = 2; column < 2 + MODULES.size(); column++) {
                Set<String> names = new TreeSet<>();
                Matcher name = NAMED.matcher(cells[column]);
                while (name.find()) {
                    names.add(name.group(1));
                }
                row.add(names);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Path source(String module) {
        return ROOT.resolve(module).resolve("src/main/java").resolve(MODULES.get(module));
    }

    @Test
    void theMapNamesEveryPackageAndNothingElse() throws IOException {
        List<List<Set<String>>> rows = rows();
        assertThat(rows).hasSizeGreaterThan(10);
        List<String> modules = new ArrayList<>(MODULES.keySet());
        for (int column = 0; column < modules.size(); column++) {
            String module = modules.get(column);
            Set<String> named = new TreeSet<>();
            for (List<Set<String>> row : rows) {
                named.addAll(row.get(column));
            }
            if (module.equals("command-side")) {
                named.forEach(aggregate -> assertThat(source(module).resolve(aggregate + ".java")).as("aggregate " + aggregate).exists());
                continue;
            }
            Set<String> packages = new TreeSet<>();
            try (Stream<Path> children = Files.list(source(module))) {
                children.filter(Files::isDirectory).forEach(child -> packages.add(child.getFileName().toString()));
            }
            assertThat(named).as("packages of %s in the feature map", module).isEqualTo(packages);
        }
    }
}
