package network.khata.app.contract;

import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Puts the contract check in front of every test context's filters (listed in the test resources' auto-configurations). */
@AutoConfiguration
public class ContractCheckConfiguration {
    @Bean
    FilterRegistrationBean<ContractCheckingFilter> contractCheckingFilter(ObjectProvider<OpenApiWebMvcResource> documents) {
        FilterRegistrationBean<ContractCheckingFilter> registration = new FilterRegistrationBean<>(new ContractCheckingFilter(documents));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
