package network.khata.query.documents;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 27: each document's texts (the pay pages', the statements', the invoice PDF's) exist in all ten languages, with
 * English's keys and no other, none blank, each with as many {@code %s} to fill as English's.
 */
class TextBundlesTest {
    private static final Pattern BLANKS = Pattern.compile("%(\\d\\$)?s");

    private static Properties bundle(Path folder, String document, String language) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(document + "_" + language + ".properties"))) {
            texts.load(in);
        }
        return texts;
    }

    private static long blanks(String text) {
        return BLANKS.matcher(text).results().count();
    }

    @org.junit.jupiter.api.Test
    void theLanguagePatternNamesTheLanguagesAndTheirOrder() {
        assertThat(Languages.PATTERN).isEqualTo(String.join("|", Languages.CODES));
        assertThat(Languages.CODES).containsExactly("hi", "en", "mr", "gu", "bn", "ta", "te", "kn", "ml", "pa");
    }

    @ParameterizedTest
    @ValueSource(strings = {"query-side/src/main/resources/i18n:statement", "query-side/src/main/resources/i18n:invoice",
            "app/src/main/resources/i18n:pay"})
    void everyLanguageHasEveryText(String where) throws IOException {
        Path folder = Path.of("..").resolve(where.split(":")[0]);
        String document = where.split(":")[1];
        Properties english = bundle(folder, document, "en");
        for (String language : Languages.CODES) {
            Properties texts = bundle(folder, document, language);
            Set<String> keys = new TreeSet<>(texts.stringPropertyNames());
            assertThat(keys).as(document + " " + language).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            for (String key : keys) {
                assertThat(texts.getProperty(key)).as(document + " " + language + " " + key).isNotBlank();
                assertThat(blanks(texts.getProperty(key))).as(document + " " + language + " " + key)
                        .isEqualTo(blanks(english.getProperty(key)));
            }
        }
    }
}
