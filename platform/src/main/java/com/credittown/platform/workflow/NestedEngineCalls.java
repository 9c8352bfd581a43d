package com.credittown.platform.workflow;

import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableException;

/**
 * Engine calls made inside an outer engine command ({@code ManagementService.executeCommand}), which run in its
 * command context: they share its entity cache (a row one call read is not read again by the next) and its flush.
 */
final class NestedEngineCalls {

    private NestedEngineCalls() {
    }

    /** Runs the nested calls; what they throw comes out as a call of its own would have thrown it. */
    static <T> T call(Supplier<T> calls) {
        try {
            return calls.get();
        } catch (FlowableException wrapped) {
            throw asThrownAlone(wrapped);
        }
    }

    /**
     * Runs what a command checks and prepares before it changes anything (look-ups, access checks, a form's
     * validation): what that refuses is kept and {@link Prepared#get() thrown} once the command is over, not thrown
     * inside it, where the engine would log a user's invalid input as an error of the command.
     */
    static <T> Prepared<T> prepare(Supplier<T> preparation) {
        try {
            return new Prepared<>(preparation.get(), null);
        } catch (RuntimeException refused) {
            return new Prepared<>(null, refused);
        }
    }

    /** What a command prepared, or why it refused. */
    record Prepared<T>(T value, RuntimeException refusal) {

        /** What {@code next} makes of the value prepared (it may change things; what it throws, it throws). */
        <R> Prepared<R> then(java.util.function.Function<T, R> next) {
            return refusal != null ? new Prepared<>(null, refusal) : new Prepared<>(next.apply(value), null);
        }

        /** The value prepared; throws the refusal if there was one. */
        T get() {
            if (refusal != null) {
                throw refusal;
            }
            return value;
        }
    }

    /**
     * What a nested engine call threw, as a call of its own would have thrown it: Flowable wraps a listener's or
     * delegate's own exception (invalid input, a conflict) in a {@link FlowableException} when the command runs in
     * an outer command's context, and the caller answers by the original's kind (400, 409).
     */
    private static RuntimeException asThrownAlone(FlowableException wrapped) {
        boolean wrapping = wrapped.getClass() == FlowableException.class && wrapped.getMessage() != null
                && wrapped.getMessage().startsWith("Exception during execution of command ");
        return wrapping && wrapped.getCause() instanceof RuntimeException own && !(own instanceof FlowableException)
                ? own : wrapped;
    }
}
