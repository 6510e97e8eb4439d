package network.khata.app.pay;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import network.khata.api.invoice.PayTokens;
import network.khata.app.security.PortalRateLimits;
import network.khata.app.security.PortalRateLimits.Limit;
import network.khata.app.security.RowScope;
import network.khata.query.pay.FindPayableBalance;
import network.khata.query.pay.FindPayableInvoice;
import network.khata.query.pay.Payable;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
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

/**
 * The pages a customer opens from a message or the portal: {@code /pay/i/<token>} (one invoice) and {@code /pay/b/<token>}
 * (what they owe one business), each with its UPI QR code ({@code …/qr.png}). A wrong, tampered, malformed or unknown
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

    public PayPageController(PayTokens tokens, QueryGateway queries, PortalRateLimits limits,
                             @Value("${khata.pay-links.per-ip-per-minute:60}") int perAddressPerMinute) {
        this.tokens = tokens;
        this.queries = queries;
        this.limits = limits;
        this.perAddressPerMinute = perAddressPerMinute;
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
        Optional<ResponseEntity<String>> refused = admitted(request, "en");
        if (refused.isPresent()) {
            return refused.get();
        }
        return payable(kind, token).flatMap(Payable::upiUri)
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
        if (kind.equals("i")) {
            return tokens.verify(PayTokens.Kind.INVOICE, token)
                    .flatMap(id -> find(RowScope.payInvoice(id), new FindPayableInvoice(id)));
        }
        return tokens.verify(PayTokens.Kind.BALANCE, token)
                .flatMap(id -> find(RowScope.payBalance(id), new FindPayableBalance(id)));
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
