package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 27: the portal's texts, one bundle per language. Every language has every key English has and no other, no
 * text is blank, each fills in the same {names} as English; every key the page or its script asks for is in the
 * bundles, and every key of the bundles is asked for (a key built from a prefix, {@code t('status.' + ...)}, counts).
 */
class PortalTextsTest {
    private static final Path PORTAL = Path.of("src/main/resources/static/portal");
    private static final Set<String> LANGUAGES = Set.of("en", "hi", "mr", "gu", "bn", "ta", "te", "kn", "ml", "pa");
    private static final Pattern NAMES = Pattern.compile("\\{(\\w+)}");

    private static TreeMap<String, String> bundle(String language) throws IOException {
        TreeMap<String, String> texts = new TreeMap<>();
        JsonNode json = new ObjectMapper().readTree(PORTAL.resolve("i18n/" + language + ".json").toFile());
        json.fields().forEachRemaining(entry -> texts.put(entry.getKey(), entry.getValue().asText()));
        return texts;
    }

    private static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        Matcher name = NAMES.matcher(text);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    @Test
    void everyLanguageHasEveryTextWithTheSameBlanksToFill() throws IOException {
        TreeMap<String, String> english = bundle("en");
        try (var files = Files.list(PORTAL.resolve("i18n"))) {
            assertThat(files.map(file -> file.getFileName().toString().replace(".json", ""))).containsExactlyInAnyOrderElementsOf(LANGUAGES);
        }
        for (String language : LANGUAGES) {
            TreeMap<String, String> texts = bundle(language);
            assertThat(texts.keySet()).as(language).isEqualTo(english.keySet());
            texts.forEach((key, text) -> {
                assertThat(text).as(language + " " + key).isNotBlank();
                assertThat(names(text)).as(language + " " + key).isEqualTo(names(english.get(key)));
            });
        }
    }

    @Test
    void everyKeyAskedForExistsAndEveryKeyIsAskedFor() throws IOException {
        Set<String> keys = bundle("en").keySet();
        String script = Files.readString(PORTAL.resolve("portal.js"));
        String page = Files.readString(PORTAL.resolve("index.html"));
        Set<String> asked = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        Matcher call = Pattern.compile("\\bt\\('([\\w.]+)'(\\s*\\+)?").matcher(script);
        while (call.find()) {
            (call.group(2) != null ? prefixes : asked).add(call.group(1));
        }
        Matcher attribute = Pattern.compile("data-text=\"(\\w+)\"").matcher(page);
        while (attribute.find()) {
            asked.add(attribute.group(1));
        }
        assertThat(keys).as("keys asked for").containsAll(asked);
        assertThat(keys.stream().filter(key -> !asked.contains(key) && prefixes.stream().noneMatch(key::startsWith)))
                .as("keys nobody asks for").isEmpty();
        assertThat(prefixes).allSatisfy(prefix -> assertThat(keys).anyMatch(key -> key.startsWith(prefix)));
    }
}
