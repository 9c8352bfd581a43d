package com.credittown.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.server.ErrorEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What the session error handler writes to the log: a browser that went away is no error of ours. */
class SessionErrorHandlerTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(SessionErrorHandler.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level before;

    @BeforeEach
    void listen() {
        before = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(lines);
        logger.setLevel(before);
    }

    @Test
    void aBrowserDisconnectingMidResponseIsOneDebugLineWithoutAStackTrace() {
        new SessionErrorHandler().error(new ErrorEvent(new UncheckedIOException(
                new ClientAbortException(new IOException("Broken pipe")))));
        new SessionErrorHandler().error(new ErrorEvent(new IOException("Connection reset by peer")));

        assertThat(lines.list).hasSize(2).allSatisfy(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(line.getThrowableProxy()).isNull();
            assertThat(line.getFormattedMessage()).startsWith("Browser disconnected during a response");
        });
    }

    @Test
    void anUnexpectedFailureIsStillAnErrorWithItsStackTraceAndReference() {
        new SessionErrorHandler().error(new ErrorEvent(new IllegalStateException("pipe of the ledger is broken")));
        new SessionErrorHandler().error(new ErrorEvent(new IOException("disk full")));

        assertThat(lines.list).hasSize(2).allSatisfy(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.ERROR);
            assertThat(line.getThrowableProxy()).isNotNull();
            assertThat(line.getFormattedMessage()).startsWith("Unexpected error in the UI (reference ");
        });
    }

    @Test
    void aRefusalStaysAnInfoLine() {
        new SessionErrorHandler().error(new ErrorEvent(new com.credittown.platform.web.ConflictException("closed")));

        assertThat(lines.list).singleElement().satisfies(line -> assertThat(line.getLevel()).isEqualTo(Level.INFO));
    }
}
