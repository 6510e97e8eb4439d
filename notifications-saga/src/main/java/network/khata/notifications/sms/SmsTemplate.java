package network.khata.notifications.sms;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMS texts as registered on the operators' DLT platforms and in MSG91, one per purpose and language: fixed words
 * with {@code ##name##} variables (MSG91's form; on DLT each is a {@code {#var#}}, the link a {@code {#url#}}). The
 * service fills the variables and nothing else; these texts are the README's registration table.
 */
public enum SmsTemplate {
    OTP(Map.of(
            "en", "##otp## is your Khata Network verification code. It is valid for 10 minutes. Do not share it.",
            "hi", "##otp## आपका खाता नेटवर्क सत्यापन कोड है। यह 10 मिनट के लिए मान्य है। इसे किसी से साझा न करें।")),
    WELCOME(Map.of(
            "en", "##business## added you to Khata Network. Your code is ##otp##, valid for 10 minutes. Do not share it.",
            "hi", "##business## ने आपको खाता नेटवर्क से जोड़ा है। आपका कोड ##otp## है, 10 मिनट के लिए मान्य। इसे किसी से साझा न करें।")),
    TEAM_CODE(Map.of(
            "en", "##otp## is your code to sign in to your business on Khata Network. It is valid for 10 minutes. Do not share it.",
            "hi", "##otp## खाता नेटवर्क पर अपने व्यवसाय में साइन इन करने का आपका कोड है। यह 10 मिनट के लिए मान्य है। इसे किसी से साझा न करें।")),
    OWNER_DISPUTE(Map.of(
            "en", "##customer## says invoice ##invoice## is not right. See why and answer on Khata Network: ##link##",
            "hi", "##customer## कहते हैं कि बिल ##invoice## सही नहीं है। कारण देखें और खाता नेटवर्क पर जवाब दें: ##link##")),
    OWNER_NOT_ME(Map.of(
            "en", "The person at ##phone## says they are not your customer ##customer##. Messages to that number have stopped.",
            "hi", "##phone## वाले व्यक्ति कहते हैं कि वे आपके ग्राहक ##customer## नहीं हैं। उस नंबर पर संदेश बंद कर दिए गए हैं।")),
    INVOICE_CREATED(Map.of(
            "en", "##business##: invoice ##invoice## for Rs ##amount## is ready. Due ##due##. Pay: ##link##",
            "hi", "##business##: चालान ##invoice##, ₹##amount## का, तैयार है। देय तिथि ##due##। भुगतान करें: ##link##")),
    REMINDER(Map.of(
            "en", "Reminder from ##business##: Rs ##amount## is outstanding on invoice ##invoice##. Due ##due##. Pay: ##link##",
            "hi", "##business## की ओर से याद दिलाना: चालान ##invoice## पर ₹##amount## बकाया है। देय तिथि ##due##। भुगतान करें: ##link##")),
    URGENT(Map.of(
            "en", "URGENT from ##business##: invoice ##invoice## has Rs ##amount## outstanding. Due ##due##. Pay: ##link##",
            "hi", "ज़रूरी, ##business## की ओर से: चालान ##invoice## पर ₹##amount## बकाया है। देय तिथि ##due##। भुगतान करें: ##link##")),
    RECEIPT(Map.of(
            "en", "##business##: payment of Rs ##amount## received for invoice ##invoice##, thank you. Still due: Rs ##balance##.",
            "hi", "##business##: चालान ##invoice## के लिए ₹##amount## का भुगतान मिला, धन्यवाद। बाकी: ₹##balance##।"));

    public static final List<String> LANGUAGES = List.of("hi", "en");

    private final Map<String, String> texts;
    /** Each language's variables in order, read once from its text: rendering asks on every message. */
    private final Map<String, List<SmsVariable>> variables;

    SmsTemplate(Map<String, String> texts) {
        this.texts = texts;
        this.variables = texts.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                text -> Placeholders.VARIABLE.matcher(text.getValue()).results().map(found -> SmsVariable.named(found.group(1))).toList()));
    }

    /** The purpose's name in configuration and in MSG91: {@code invoice_created}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String text(String language) {
        return texts.get(languageOf(language));
    }

    private static String languageOf(String language) {
        return "en".equalsIgnoreCase(language) ? "en" : "hi";
    }

    /** The variables of the text, in order. */
    public List<SmsVariable> variables(String language) {
        return variables.get(languageOf(language));
    }

    /** The text with each variable's value in its place. */
    public String fill(String language, Map<String, String> values) {
        return Placeholders.VARIABLE.matcher(text(language)).replaceAll(found -> Matcher.quoteReplacement(values.get(found.group(1))));
    }

    /** The {@code ##name##} placeholders, apart: an enum's constructor cannot read its own static fields. */
    private static final class Placeholders {
        static final Pattern VARIABLE = Pattern.compile("##([a-z_]+)##");
    }

    public static SmsTemplate fromCode(String code) {
        return Arrays.stream(values()).filter(template -> template.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no SMS template " + code));
    }
}
