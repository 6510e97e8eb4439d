package network.khata.app.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The newest sign-in code a local run sent to a phone, read from its log ({@code SMS to +91… (otp: … 123456 …)}). */
final class LocalLogCodes {
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private LocalLogCodes() {
    }

    static String latest(Path log, String phone) {
        String e164 = "+91" + phone;
        for (int tries = 0; tries < 100; tries++) {
            List<String> lines = read(log).stream().filter(line -> line.contains("SMS to " + e164 + " (otp:")).toList();
            if (!lines.isEmpty()) {
                Matcher code = CODE.matcher(lines.get(lines.size() - 1).substring(lines.get(lines.size() - 1).indexOf("(otp:")));
                if (code.find()) {
                    return code.group(1);
                }
            }
            sleep();
        }
        throw new IllegalStateException("no code for " + e164 + " in " + log + " within 20 s");
    }

    private static List<String> read(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
