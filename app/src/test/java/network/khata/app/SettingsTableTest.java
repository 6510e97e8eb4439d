package network.khata.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: every {@code khata.*} setting the service reads (application.yml, every {@code ${khata...}} in the code and
 * every component of a {@code @ConfigurationProperties} record) has a row in the README's Configuration table, which names a setting in full ({@code `khata.http.max-body`})
 * or after another of its row as its last part ({@code `.max-webhook-body`}), or by a wildcard ({@code khata.x.*}).
 */
class SettingsTableTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern IN_CODE = Pattern.compile("\\$\\{(khata\\.[a-z0-9.-]+)");
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");
    private static final Pattern PROPERTIES = Pattern.compile(
            "@ConfigurationProperties\\(\"(khata\\.[a-z0-9.-]+)\"\\)\\s*public record \\w+\\((.*?)\\)\\s*\\{", Pattern.DOTALL);

    @Test
    void everySettingHasARowInTheReadme() throws IOException {
        Set<String> documented = documented();
        List<String> missing = settings().stream().filter(key -> !documented.contains(key)
                && documented.stream().noneMatch(row -> row.endsWith(".*") && key.startsWith(row.substring(0, row.length() - 1)))).toList();
        assertThat(missing).as("settings without a row in README.md's Configuration table").isEmpty();
    }

    private static Set<String> settings() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(ROOT).filter(path -> path.toString().endsWith(".java") && path.toString().contains("src/main"))) {
            for (Path source : sources.toList()) {
                String code = Files.readString(source);
                Matcher key = IN_CODE.matcher(code);
                while (key.find()) {
                    keys.add(key.group(1));
                }
                Matcher record = PROPERTIES.matcher(code);
                while (record.find()) {
                    keys.addAll(recordKeys(record.group(1), record.group(2)));
                }
            }
        }
        keys.addAll(yamlKeys(Files.readAllLines(ROOT.resolve("app/src/main/resources/application.yml"))));
        return keys;
    }

    /** A typed settings record's keys: its prefix and each component's name in kebab case ({@code batchSize}: {@code batch-size}). */
    private static List<String> recordKeys(String prefix, String components) {
        String plain = components.replaceAll("@\\w+(\\.\\w+)*(\\((\"[^\"]*\"|[^)])*\\))?", "");
        while (plain.matches("(?s).*<[^<>]*>.*")) {
            plain = plain.replaceAll("<[^<>]*>", ""); // a type's arguments hold commas too
        }
        return java.util.Arrays.stream(plain.split(",")).map(String::trim).filter(part -> !part.isEmpty())
                .map(part -> part.substring(part.lastIndexOf(' ') + 1))
                .map(name -> prefix + "." + name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** The khata.* leaves of application.yml: an indented key without a value under it is a parent. */
    private static Set<String> yamlKeys(List<String> lines) {
        Set<String> keys = new TreeSet<>();
        List<String> path = new java.util.ArrayList<>();
        List<Integer> indents = new java.util.ArrayList<>();
        for (String line : lines) {
            String content = line.replaceFirst("\\s+#.*$", "");
            if (content.isBlank() || content.trim().startsWith("#") || content.trim().startsWith("-")) {
                continue;
            }
            int indent = content.length() - content.stripLeading().length();
            while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
                indents.remove(indents.size() - 1);
                path.remove(path.size() - 1);
            }
            String name = content.trim().split(":", 2)[0];
            path.add(name);
            indents.add(indent);
            String value = content.trim().split(":", 2).length > 1 ? content.trim().split(":", 2)[1].trim() : "";
            if (!value.isEmpty() && path.get(0).equals("khata")) {
                keys.add(String.join(".", path));
            }
        }
        return keys;
    }

    /** Settings named in the Configuration table: in full, or as {@code .last-part} after a full name in the same cell. */
    private static Set<String> documented() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String table = readme.substring(readme.indexOf("## Configuration"));
        table = table.substring(0, table.indexOf("\n\n", table.indexOf("| --- |")));
        Set<String> names = new LinkedHashSet<>();
        for (String row : table.lines().filter(line -> line.startsWith("| `")).toList()) {
            String parent = null;
            Matcher quoted = QUOTED.matcher(row.split("\\|")[1]);
            while (quoted.find()) {
                String name = quoted.group(1);
                if (name.startsWith(".") && parent != null) {
                    names.add(parent + name);
                } else if (name.matches("[a-z][a-z0-9.<>*-]*\\.[a-z0-9*<>-]+")) {
                    names.add(name);
                    parent = name.substring(0, name.lastIndexOf('.'));
                }
            }
        }
        return names;
    }
}
