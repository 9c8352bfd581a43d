package com.credittown.platform.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read with the application's Jackson settings and {@link TextCheckingJsonFactory}, so unacceptable
 * characters are refused at the door, and strictly where Jackson would guess: an enum is never given as its ordinal
 * number, and a decimal is never cut to a whole number. The application's shared {@code ObjectMapper} (stored JSON,
 * events) is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class JsonRequestBodies implements WebMvcConfigurer {

    private final ObjectProvider<Jackson2ObjectMapperBuilder> builders;

    JsonRequestBodies(ObjectProvider<Jackson2ObjectMapperBuilder> builders) {
        this.builders = builders;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        Jackson2ObjectMapperBuilder builder = builders.getIfAvailable(Jackson2ObjectMapperBuilder::json);
        for (HttpMessageConverter<?> converter : converters) {
            if (converter.getClass() == MappingJackson2HttpMessageConverter.class) {
                ((MappingJackson2HttpMessageConverter) converter)
                        .setObjectMapper(builder.factory(new TextCheckingJsonFactory())
                                // 1 is not MARKET_ENTITY, and 2.5 working days are not 2
                                .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                                .build());
            }
        }
    }
}
