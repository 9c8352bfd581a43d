package com.credittown.ui.error;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a failure is only the browser going away while a response was written (a tab closed, a page left, the
 * network lost): a broken pipe or an abort the servlet container reports. Nothing failed on our side and nobody is
 * left to tell.
 */
final class ClientGone {

    /** Tomcat's, Jetty's and Spring's names for a response the client no longer reads. */
    private static final Set<String> ABORTS = Set.of("ClientAbortException", "EofException",
            "AsyncRequestNotUsableException");
    private static final Set<String> PHRASES = Set.of("broken pipe", "connection reset by peer");

    private ClientGone() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (ABORTS.contains(cause.getClass().getSimpleName())) {
                return true;
            }
            String message = cause.getMessage();
            if (cause instanceof IOException && message != null
                    && PHRASES.stream().anyMatch(message.toLowerCase(Locale.ROOT)::contains)) {
                return true;
            }
        }
        return false;
    }
}
