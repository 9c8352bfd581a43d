package com.credittown.platform.workflow;

import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.ForbiddenException;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.common.engine.impl.interceptor.CommandContextFactory;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;

/**
 * A step's refusal is the user's answer, not an engine fault: when a delegate or listener refuses what a user sent
 * ({@code docs/delegates.md}: invalid input, a conflict, not found, forbidden), the engine's command is rolled back and
 * the refusal reaches the caller as it was thrown (problem+json, a notice in the UI), but the engine does not log it as
 * {@code ERROR Error while closing command context} with a stack trace. Every other failure of a command is logged by
 * the engine as before, at ERROR.
 */
@Configuration(proxyBeanMethods = false)
class RefusalsInCommands {

    private static final Logger log = LoggerFactory.getLogger(RefusalsInCommands.class);

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> refusalsAreNotEngineErrors() {
        return configuration -> configuration.setCommandContextFactory(new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext(Command<?> command) {
                CommandContext context = new RefusalAwareCommandContext(command);
                context.setSessionFactories(sessionFactories);
                return context;
            }
        });
    }

    /** Whether the failure is a refusal a user or client can cause (the 4xx answers of ProblemResponses). */
    static boolean isRefusal(Throwable failure) {
        return failure instanceof InvalidInputException || failure instanceof ConflictException
                || failure instanceof NotFoundException || failure instanceof ForbiddenException
                || failure instanceof AccessDeniedException;
    }

    /** Flowable's command context, logging a refusal in one line at debug instead of the engine's error. */
    private static final class RefusalAwareCommandContext extends CommandContext {

        RefusalAwareCommandContext(Command<?> command) {
            super(command);
        }

        @Override
        protected void logException() {
            if (isRefusal(exception)) {
                log.debug("Command refused: {}", exception.toString());
            } else {
                super.logException();
            }
        }
    }
}
