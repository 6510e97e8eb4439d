package network.khata.app;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pay pages as a customer's phone gets them: raw HTML and PNG over HTTP, from an address of the test's choosing. */
final class PayPagesClient {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern PAY_LINK = Pattern.compile("https?://[^\\s/]+(/pay/[ib]/[A-Za-z0-9_-]+|/p/[A-Za-z0-9_-]{16})");

    record Page(int status, String body) {
    }

    private final int port;

    PayPagesClient(int port) {
        this.port = port;
    }

    /** The path of the first pay link in a message's text. */
    static String payPath(String text) {
        Matcher link = PAY_LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("no pay link in: " + text);
        }
        return link.group(1);
    }

    Page get(String path, String address) {
        return fetch(path, address, HttpResponse.BodyHandlers.ofString(), Page::new);
    }

    byte[] bytes(String path, String address) {
        return fetch(path, address, HttpResponse.BodyHandlers.ofByteArray(), (status, body) -> body);
    }

    /** The text of the QR code in a PNG, read with ZXing. */
    static String decodeQr(byte[] png) {
        try {
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))));
            return new QRCodeReader().decode(bitmap).getText();
        } catch (Exception e) {
            throw new AssertionError("not a readable QR code", e);
        }
    }

    private <B, R> R fetch(String path, String address, HttpResponse.BodyHandler<B> handler,
                           java.util.function.BiFunction<Integer, B, R> result) {
        try {
            HttpResponse<B> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-Forwarded-For", address).build(), handler);
            return result.apply(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
