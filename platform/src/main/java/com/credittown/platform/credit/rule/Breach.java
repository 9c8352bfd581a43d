package com.credittown.platform.credit.rule;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A rule a subject breaks, with the evidence: the records that break it (any tenant's: decisions read the whole
 * archive) or what a feature's fact says.
 */
public record Breach(Rule rule, List<ArchiveFact> records, List<Text> evidence) {

    public Breach {
        records = List.copyOf(records);
        evidence = List.copyOf(evidence);
    }

    private static String shown(ArchiveFact r, boolean english) {
        if (!r.open()) {
            String holder = r.ownerTenant() == null ? (english ? "the city" : "市级") : r.ownerTenant();
            return english ? "a non-public " + r.kind() + " record held by " + holder
                    : "非公开的" + r.kind() + "记录（由 " + holder + " 掌握）";
        }
        String basis = r.legalBasis() == null ? "" : (english ? ", basis " : "，依据") + r.legalBasis();
        return english ? r.title() + " (" + r.department() + ", " + r.decisionDate()
                + (r.severity() == null ? "" : ", " + r.severity()) + basis + ")"
                : r.title() + "（" + r.department() + "，" + r.decisionDate() + basis + "）";
    }

    /** "message: evidence（依据：basis）" in the locale's language. */
    public String describe(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        StringBuilder text = new StringBuilder(rule.message().in(locale));
        String shown = records.stream().map(r -> shown(r, english)).collect(Collectors.joining(english ? "; " : "；"));
        if (!evidence.isEmpty()) {
            String facts = evidence.stream().map(e -> e.in(locale)).collect(Collectors.joining(english ? "; " : "；"));
            shown = shown.isEmpty() ? facts : shown + (english ? "; " : "；") + facts;
        }
        if (!shown.isEmpty()) {
            text.append(english ? ": " : "：").append(shown);
        }
        text.append(english ? " (basis: " : "（依据：").append(rule.basis().in(locale)).append(english ? ")" : "）");
        return text.toString();
    }
}
