package com.credittown.platform.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Installs {@link ProblemJsonErrorReportValve} on the embedded Tomcat: on the engine (requests refused while being
 * parsed or mapped) and as the host's error report valve (in place of Tomcat's HTML one).
 */
@Configuration(proxyBeanMethods = false)
class TomcatProblemResponses {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorReports() {
        return factory -> {
            factory.addEngineValves(new ProblemJsonErrorReportValve());
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
                }
            });
        };
    }
}
