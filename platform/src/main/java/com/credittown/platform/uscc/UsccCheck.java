package com.credittown.platform.uscc;

import com.credittown.platform.uscc.InvalidUsccException.Problem;
import java.util.Optional;

/**
 * The outcome of checking one candidate code without throwing, for bulk validation (imports, ledgers): either
 * the valid {@link Uscc} or the problem with its message. Obtain one with {@link Uscc#check(String)}.
 */
public final class UsccCheck {

    private final String input;
    private final Uscc uscc;
    private final UsccViolation violation;

    private UsccCheck(String input, Uscc uscc, UsccViolation violation) {
        this.input = input;
        this.uscc = uscc;
        this.violation = violation;
    }

    static UsccCheck of(String raw) {
        String input = UsccAlphabet.normalise(raw);
        UsccViolation violation = UsccAlphabet.findViolation(input);
        return violation == null
                ? new UsccCheck(input, new Uscc(input), null)
                : new UsccCheck(input, null, violation);
    }

    /** The input as it was checked: white space stripped, letters upper-cased; "" for {@code null}. */
    public String input() {
        return input;
    }

    public boolean isValid() {
        return uscc != null;
    }

    /** The code, if valid. */
    public Optional<Uscc> uscc() {
        return Optional.ofNullable(uscc);
    }

    /** The kind of problem, if invalid. */
    public Optional<Problem> problem() {
        return violation == null ? Optional.empty() : Optional.of(violation.problem());
    }

    /** What is wrong, in English, if invalid; the same text as {@link InvalidUsccException#getMessage()}. */
    public Optional<String> message() {
        return violation == null ? Optional.empty() : Optional.of(violation.message());
    }

    /**
     * The code if valid.
     *
     * @throws InvalidUsccException with the problem's details if invalid
     */
    public Uscc orElseThrow() {
        if (violation != null) {
            throw new InvalidUsccException(violation);
        }
        return uscc;
    }

    @Override
    public String toString() {
        return violation == null ? "valid " + input : "invalid: " + violation.message();
    }
}
