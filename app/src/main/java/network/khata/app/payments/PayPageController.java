package network.khata.app.payments;

import network.khata.query.payments.QrCodes;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import network.khata.api.payments.PayTokens;
import network.khata.app.security.PortalRateLimits;
import network.khata.app.security.PortalRateLimits.Limit;
import network.khata.app.security.RowScope;
import network.khata.query.payments.FindPayableBalance;
import network.khata.query.payments.FindPayLinkCode;
import network.khata.query.payments.FindPayableInvoice;
import network.khata.query.payments.PayLinkTarget;
import network.khata.query.payments.Payable;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The pages a customer opens from a message or the portal: {@code /pay/i/<token>} (one invoice) and {@code /pay/b/<token>}
 * (what they owe one business), and the short {@code /p/<code>} of messages, each with its UPI QR code ({@code …/qr.png}). A wrong, tampered, malformed or unknown
 * token, and the id-based links of before, all get the same friendly 404. Requests are limited per address.
 */
@Controller
@Hidden
public class PayPageController {
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    private final PayTokens tokens;
    private final QueryGateway queries;
    private final PortalRateLimits limits;
    private final int perAddressPerMinute;

    public PayPageController(PayTokens tokens, QueryGateway queries, PortalRateLimits limits, PayPageSettings settings) {
        this.tokens = tokens;
        this.queries = queries;
        this.limits = limits;
        this.perAddressPerMinute = settings.perIpPerMinute();
    }

    /** {@code kind} i: one invoice; b: what one customer owes one business. */
    @GetMapping("/pay/{kind:[ib]}/{token}")
    public ResponseEntity<String> page(@PathVariable String kind, @PathVariable String token,
                                       @RequestParam(required = false) String lang,
                                       @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept,
                                       HttpServletRequest request) {
        String language = PayPages.language(lang, accept);
        return admitted(request, language)
                .orElseGet(() -> page(payable(kind, token), language, "/pay/" + kind + "/" + token + "/qr.png"));
    }

    @GetMapping("/pay/{kind:[ib]}/{token}/qr.png")
    public ResponseEntity<?> qr(@PathVariable String kind, @PathVariable String token, HttpServletRequest request) {
        return admitted(request, "en").<ResponseEntity<?>>map(refused -> refused).orElseGet(() -> qr(payable(kind, token)));
    }

    /** The short link of messages: {@code /p/<code>}, the same page as the long link it stands for. */
    @GetMapping("/p/{code}")
    public ResponseEntity<String> shortPage(@PathVariable String code, @RequestParam(required = false) String lang,
                                            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept,
                                            HttpServletRequest request) {
        String language = PayPages.language(lang, accept);
        return admitted(request, language).orElseGet(() -> page(payableByCode(code), language, "/p/" + code + "/qr.png"));
    }

    @GetMapping("/p/{code}/qr.png")
    public ResponseEntity<?> shortQr(@PathVariable String code, HttpServletRequest request) {
        return admitted(request, "en").<ResponseEntity<?>>map(refused -> refused).orElseGet(() -> qr(payableByCode(code)));
    }

    private ResponseEntity<?> qr(Optional<Payable> payable) {
        return payable.flatMap(Payable::upiUri)
                .<ResponseEntity<?>>map(uri -> private_(ResponseEntity.ok()).contentType(MediaType.IMAGE_PNG).body(QrCodes.png(uri)))
                .orElseGet(() -> page(Optional.empty(), "en", null));
    }

    /** Anything else under /pay, the id-based links of before among them. */
    @GetMapping("/pay/**")
    public ResponseEntity<String> unknown(@RequestParam(required = false) String lang,
                                          @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept,
                                          HttpServletRequest request) {
        String language = PayPages.language(lang, accept);
        return admitted(request, language).orElseGet(() -> page(Optional.empty(), language, null));
    }

    private Optional<Payable> payable(String kind, String token) {
        PayTokens.Kind opens = kind.equals("i") ? PayTokens.Kind.INVOICE : PayTokens.Kind.BALANCE;
        return tokens.verify(opens, token).flatMap(id -> payable(opens, id));
    }

    /** A code is looked up, then checked against the keys: a row alone opens nothing. */
    private Optional<Payable> payableByCode(String code) {
        if (!PayTokens.looksLikeCode(code)) {
            return Optional.empty();
        }
        return queries.query(new FindPayLinkCode(code), ResponseTypes.optionalInstanceOf(PayLinkTarget.class)).join()
                .filter(target -> tokens.opens(code, target.kind(), target.subject()))
                .flatMap(target -> payable(target.kind(), target.subject()));
    }

    private Optional<Payable> payable(PayTokens.Kind kind, UUID id) {
        return kind == PayTokens.Kind.INVOICE ? find(RowScope.payInvoice(id), new FindPayableInvoice(id))
                : find(RowScope.payBalance(id), new FindPayableBalance(id));
    }

    private Optional<Payable> find(RowScope scope, Object query) {
        return RowScope.callAs(scope, () -> queries.query(query, ResponseTypes.optionalInstanceOf(Payable.class)).join());
    }

    private ResponseEntity<String> page(Optional<Payable> payable, String language, String qrPath) {
        return payable.map(found -> private_(ResponseEntity.ok()).contentType(HTML).body(PayPages.payable(found, language, qrPath)))
                .orElseGet(() -> private_(ResponseEntity.status(HttpStatus.NOT_FOUND)).contentType(HTML)
                        .body(PayPages.notFound(language)));
    }

    private Optional<ResponseEntity<String>> admitted(HttpServletRequest request, String language) {
        return limits.admit(List.of(new Limit("pay-ip-minute", request.getRemoteAddr(), perAddressPerMinute, Duration.ofMinutes(1))))
                .map(wait -> private_(ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS))
                        .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())))
                        .contentType(HTML).body(PayPages.tooManyRequests(language)));
    }

    /** The token is the capability: neither caches nor other sites (through Referer) get to keep it. */
    private static ResponseEntity.BodyBuilder private_(ResponseEntity.BodyBuilder response) {
        return response.cacheControl(CacheControl.noStore()).header("Referrer-Policy", "no-referrer");
    }
}
