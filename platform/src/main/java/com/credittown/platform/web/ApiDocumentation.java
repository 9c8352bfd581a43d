package com.credittown.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the REST API ({@code /v3/api-docs}, browsable at {@code /swagger-ui/index.html}). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI creditTownApi() {
        return new OpenAPI()
                .info(new Info().title("CreditTown API").version("v1").description("""
                        Town-level social-credit processes. Every call carries a Keycloak access token \
                        (realm of the city, audience credittown-api); /api/tenants/{tenant}/... must name \
                        the caller's own tenant (the city office may read any). Errors are problem+json."""))
                .components(new Components().addSecuritySchemes("keycloak", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("keycloak"));
    }
}
