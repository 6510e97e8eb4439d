package network.khata.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real Elasticsearch for tests: {@code KHATA_ES_URL} when set, otherwise the node that
 * {@code scripts/elasticsearch.sh} runs on 127.0.0.1:9200, started by this class when it does not answer yet.
 */
public final class TestElasticsearch {
    private static final String URL = System.getenv().getOrDefault("KHATA_ES_URL", "http://127.0.0.1:9200");

    private TestElasticsearch() {
    }

    public static synchronized String url() {
        if (!answers()) {
            start();
        }
        return URL;
    }

    private static boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(URL + "/_cluster/health").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static void start() {
        Path script = findScript();
        try {
            Process process = new ProcessBuilder("bash", script.toString(), "start")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(System.getProperty("java.io.tmpdir"), "khata-es-start.log")))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0 || !answers()) {
                throw new IllegalStateException("scripts/elasticsearch.sh could not start Elasticsearch; see "
                        + System.getProperty("java.io.tmpdir") + "/khata-es-start.log");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path findScript() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("scripts/elasticsearch.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("scripts/elasticsearch.sh not found above " + Path.of("").toAbsolutePath());
    }
}
