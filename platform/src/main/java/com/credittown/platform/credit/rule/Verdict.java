package com.credittown.platform.credit.rule;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of one decision for one subject: allowed when no rule is broken.
 *
 * @param rulesChecked every rule of the decision, in order (what an allowed decision rests on)
 */
public record Verdict(Decision decision, String subjectCode, List<Rule> rulesChecked, List<Breach> breaches) {

    public Verdict {
        rulesChecked = List.copyOf(rulesChecked);
        breaches = List.copyOf(breaches);
    }

    public boolean allowed() {
        return breaches.isEmpty();
    }

    /** Every breach described, in the locale's language. */
    public List<String> reasons(Locale locale) {
        return breaches.stream().map(b -> b.describe(locale)).toList();
    }
}
