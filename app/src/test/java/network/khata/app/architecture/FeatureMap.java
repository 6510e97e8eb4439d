package network.khata.app.architecture;

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

/**
 * The feature map of docs/architecture.md as data: each row's feature, and the names in each of its cells. Read by the
 * test that keeps the map true and by the one that draws the import graph by feature.
 */
record FeatureMap(List<Row> rows) {
    static final Path ROOT = Path.of("..");
    /** The map's module columns, each with the base package its feature packages are under. */
    static final Map<String, String> MODULES = new LinkedHashMap<>();
    /** The cells after the feature's own: the six modules' packages, then these. */
    static final int AGGREGATES = 6;
    static final int TABLES = AGGREGATES + 1;
    static final int ENDPOINTS = TABLES + 1;

    static {
        MODULES.put("api", "network.khata.api");
        MODULES.put("command-side", "network.khata.command");
        MODULES.put("projections", "network.khata.projections");
        MODULES.put("query-side", "network.khata.query");
        MODULES.put("app", "network.khata.app");
        MODULES.put("notifications-saga", "network.khata.notifications");
    }

    private static final Pattern NAMED = Pattern.compile("`([^`]+)`");

    /** One feature: its short name (the first cell up to its colon) and the names in its other cells, by column. */
    record Row(String feature, List<Set<String>> cells) {
        Set<String> packagesIn(int module) {
            return cells.get(module);
        }
    }

    static FeatureMap read() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/architecture.md"));
        int start = doc.indexOf("## Feature map");
        String map = doc.substring(start, doc.indexOf("\n## ", start + 5));
        List<Row> rows = new ArrayList<>();
        for (String line : map.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| feature") && !line.startsWith("| ---")).toList()) {
            String[] cells = line.split(" \\|", -1);
            List<Set<String>> named = new ArrayList<>();
            for (int column = 0; column <= ENDPOINTS; column++) {
                named.add(names(cells[column + 1]));
            }
            rows.add(new Row(cells[0].substring(2).split(":", 2)[0].trim(), named));
        }
        return new FeatureMap(rows);
    }

    private static Set<String> names(String cell) {
        Set<String> names = new TreeSet<>();
        Matcher name = NAMED.matcher(cell);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    /** Every name in one column, over all rows. */
    Set<String> column(int column) {
        Set<String> named = new TreeSet<>();
        rows.forEach(row -> named.addAll(row.cells().get(column)));
        return named;
    }

    /** The feature a package belongs to: the first row that names it in its module's column; null for a module's root. */
    String featureOf(String packageName) {
        int column = 0;
        for (String base : MODULES.values()) {
            if (packageName.startsWith(base + ".")) {
                String name = packageName.substring(base.length() + 1).split("\\.")[0];
                for (Row row : rows) {
                    if (row.packagesIn(column).contains(name)) {
                        return row.feature();
                    }
                }
                return null;
            }
            column++;
        }
        return null;
    }
}
