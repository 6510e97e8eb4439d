package network.khata.query.documents;

import network.khata.api.messaging.Language;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The ten languages a customer reads the service in (issue 27): Hindi, English, Marathi, Gujarati, Bengali, Tamil,
 * Telugu, Kannada, Malayalam, Punjabi. Each document's texts are one bundle per language,
 * {@code i18n/<document>_<code>.properties} (UTF-8), never falling back to another language: a missing one fails.
 */
public final class Languages {
    public static final List<String> CODES = Language.codes();
    /** For request parameters: {@code lang} must be one of {@link #CODES} (an annotation needs the constant; a test holds them equal). */
    public static final String PATTERN = "hi|en|mr|gu|bn|ta|te|kn|ml|pa";
    public static final String PATTERN_MESSAGE = "must be one of hi, en, mr, gu, bn, ta, te, kn, ml, pa";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private Languages() {
    }

    public static ResourceBundle texts(String document, String language) {
        return ResourceBundle.getBundle("i18n." + document, Locale.forLanguageTag(language), NO_FALLBACK);
    }
}
