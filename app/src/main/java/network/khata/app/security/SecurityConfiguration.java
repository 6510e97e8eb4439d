package network.khata.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import network.khata.app.problems.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import java.io.IOException;
import java.util.List;

/**
 * The service's one Spring Security filter chain, built from the table of who may call what ({@link Callers}): one
 * authentication step ({@link CallerFilter}, the caller the path names, proven by its {@link CallerAuthenticator}),
 * then Spring Security's authorization of the same table ({@link CallerAuthorization}). A request that reaches a
 * protected path without its caller proven is answered 401, one refused its role 403, both as problem+json.
 * <p>
 * Switched off, because this service has no use for them: sessions and the security context in them (every call
 * carries its token), CSRF (no cookie authenticates anything), form and Basic login pages, logout and the request
 * cache; the response headers are {@code SecurityHeaders}' (a servlet filter ahead of this chain, so refusals made
 * before it carry them too). Errors and async dispatches were authorized on their request.
 */
@Configuration
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain callers(HttpSecurity http, List<CallerAuthenticator> authenticators, ObjectMapper json)
            throws Exception {
        AuthorizationManager<HttpServletRequest> table = CallerAuthorization.fromTable();
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .addFilterBefore(new CallerFilter(authenticators), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC, DispatcherType.FORWARD).permitAll()
                        .anyRequest().access((caller, context) -> table.check(caller, context.getRequest())))
                .exceptionHandling(refusals -> refusals
                        .authenticationEntryPoint((request, response, e) -> refuse(response, json, HttpStatus.UNAUTHORIZED,
                                "unauthorized", "Not authenticated", "this path needs its caller's credentials"))
                        .accessDeniedHandler((request, response, e) -> refuse(response, json, HttpStatus.FORBIDDEN,
                                "forbidden", "Not allowed", "these credentials may not call this path")))
                .build();
    }

    /**
     * None of Spring Security's own observations (a timer around every filter of the chain, authentication,
     * authorization): the service measures its requests already ({@code http.server.requests}), and those cost CPU on
     * every call (the cost benchmark, docs/performance.md).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    private static void refuse(HttpServletResponse response, ObjectMapper json, HttpStatus status, String type,
                               String title, String detail) throws IOException {
        Problems.write(response, json, Problems.of(status, type, title, detail));
    }
}
