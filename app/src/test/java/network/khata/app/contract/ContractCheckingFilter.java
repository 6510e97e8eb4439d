package network.khata.app.contract;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * In tests only: every exchange the service has is judged against the document it publishes itself, before anything
 * else sees the request, so the answers of the authentication filters and of Spring's error handling are judged too.
 */
class ContractCheckingFilter extends OncePerRequestFilter {
    private final ObjectProvider<OpenApiWebMvcResource> documents;
    private volatile ApiContract contract;

    ContractCheckingFilter(ObjectProvider<OpenApiWebMvcResource> documents) {
        this.documents = documents;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingRequestWrapper cachedRequest = new ContentCachingRequestWrapper(request);
        ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(cachedRequest, cachedResponse);
        } finally {
            ContractViolations.record(contract(request).violations(exchange(cachedRequest, cachedResponse)));
            cachedResponse.copyBodyToResponse();
        }
    }

    private ApiContract contract(HttpServletRequest request) throws IOException {
        if (contract == null) {
            byte[] document = documents.getObject().openapiJson(request, "/v3/api-docs", Locale.ROOT);
            contract = new ApiContract(new String(document, StandardCharsets.UTF_8));
        }
        return contract;
    }

    private static ApiContract.Exchange exchange(ContentCachingRequestWrapper request, ContentCachingResponseWrapper response) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> query.put(name, List.of(values)));
        Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
        Collections.list(request.getHeaderNames()).forEach(name -> requestHeaders.put(name, Collections.list(request.getHeaders(name))));
        Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
        response.getHeaderNames().forEach(name -> responseHeaders.put(name, List.copyOf(response.getHeaders(name))));
        if (response.getContentType() != null) {
            responseHeaders.put("Content-Type", List.of(response.getContentType()));
        }
        return new ApiContract.Exchange(request.getMethod(), request.getRequestURI(), query, requestHeaders,
                new String(request.getContentAsByteArray(), StandardCharsets.UTF_8), response.getStatus(), responseHeaders,
                response.getContentAsByteArray());
    }
}
