package com.credittown.platform.credit;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the credit archive ({@code credittown.credit.*}).
 *
 * @param publicity the publicity periods per severity (国办发〔2025〕22号 二, checked; see {@link Publicity})
 * @param grading   the scoring model used for grading (信用分级)
 * @param sharing   which records every tenant's officers read (public credit information) and which only their owner
 *                  and the city office read
 * @param decisions the rules of the decisions that read the whole archive (star, district, commitment, report)
 */
@ConfigurationProperties("credittown.credit")
record CreditSettings(@DefaultValue Publicity publicity, @DefaultValue Grading grading, @DefaultValue Sharing sharing,
                      @DefaultValue Decisions decisions) {

    /** @param rules where the city's decision rules are, e.g. {@code classpath:credit/decision-rules.json} */
    record Decisions(@DefaultValue("classpath:credit/decision-rules.json") String rules) {
    }

    /**
     * What of the city-wide archive is public credit information, read by every officer of every tenant: a record of
     * one of the public kinds, while in publicity, and not of a non-public severity. Everything else is read only by
     * the tenant that recorded it and the city office. A city setting (the defaults follow what 双公示 publishes,
     * honours and commitments); no national rule fixes this list.
     *
     * @param publicKinds          kinds of records that are public while in publicity
     * @param nonPublicSeverities  severities whose records are never public (minor information may be left
     *                             unpublished; the city's default)
     */
    record Sharing(
            @DefaultValue({"LICENCE", "PENALTY", "REWARD", "HONOUR", "COMMITMENT", "DISHONESTY", "SEVERE_LIST"})
            Set<RecordKind> publicKinds,
            @DefaultValue("MINOR") Set<Severity> nonPublicSeverities) {

        Sharing {
            publicKinds = Set.copyOf(publicKinds);
            nonPublicSeverities = Set.copyOf(nonPublicSeverities);
        }

        /** Whether a record of this kind and severity in this state is public credit information. */
        boolean isPublic(RecordKind kind, Severity severity, RecordState state) {
            return state == RecordState.PUBLISHED && publicKinds.contains(kind)
                    && (severity == null || !nonPublicSeverities.contains(severity));
        }
    }

    /**
     * Minimum and maximum publicity periods per severity, counted from the decision date. The limits are 国办发〔2025〕22号
     * section 二 as its stored text bears them out (law/sources.json, points {@code repair-minor-not-published},
     * {@code repair-general-period}, {@code repair-severe-period}): minor information may be left unpublished, and
     * where publication is necessary, at most 3 months; general 3 months to 1 year; severe 1 to 3 years. NDRC Order
     * No. 36's articles on the periods are not read (its {@code note}), so it is not named as their source. Defaults
     * are the city's settings: minor not published ({@code P0D}: its publicity ends on its decision date, at the next
     * expiry run; at most {@link #MINOR_LIMIT}).
     *
     * @param penaltyDefaultSeverity the severity given to an administrative penalty recorded or imported without one,
     *                               so that it has a publicity window and expires (a city setting; no document
     *                               prescribes it)
     */
    record Publicity(
            @DefaultValue("P0D") Period minorMin, @DefaultValue("P0D") Period minorMax,
            @DefaultValue("P3M") Period generalMin, @DefaultValue("P1Y") Period generalMax,
            @DefaultValue("P1Y") Period severeMin, @DefaultValue("P3Y") Period severeMax,
            @DefaultValue("GENERAL") Severity penaltyDefaultSeverity) {

        /** The longest publicity of minor information where it must be published. */
        static final Period MINOR_LIMIT = Period.ofMonths(3);

        Publicity {
            requireOrdered(Severity.MINOR, minorMin, minorMax);
            LocalDate probe = LocalDate.of(2000, 1, 1);
            if (probe.plus(minorMax).isAfter(probe.plus(MINOR_LIMIT))) {
                throw new IllegalArgumentException("Publicity of MINOR records: at most " + MINOR_LIMIT
                        + " (minor information may be left unpublished; if published, at most 3 months), not " + minorMax);
            }
            java.util.Objects.requireNonNull(penaltyDefaultSeverity, "penaltyDefaultSeverity");
            requireOrdered(Severity.GENERAL, generalMin, generalMax);
            requireOrdered(Severity.SEVERE, severeMin, severeMax);
        }

        /**
         * A penalty without a severity gets the city's default one, so that it has a publicity window and expires
         * (otherwise it would stay in publicity, and cost points, for ever); other records are returned as they are.
         */
        RecordDetails withDefaultSeverity(RecordDetails d) {
            if (d.kind() != RecordKind.PENALTY || d.severity() != null) {
                return d;
            }
            return new RecordDetails(d.kind(), penaltyDefaultSeverity, d.department(), d.decisionDate(),
                    d.legalBasis(), d.title(), d.summary());
        }

        /** The publicity window of a record of this severity decided on this date. */
        PublicityWindow windowFor(Severity severity, LocalDate decisionDate) {
            return switch (severity) {
                case MINOR -> new PublicityWindow(decisionDate.plus(minorMin), decisionDate.plus(minorMax));
                case GENERAL -> new PublicityWindow(decisionDate.plus(generalMin), decisionDate.plus(generalMax));
                case SEVERE -> new PublicityWindow(decisionDate.plus(severeMin), decisionDate.plus(severeMax));
            };
        }

        private static void requireOrdered(Severity severity, Period min, Period max) {
            LocalDate probe = LocalDate.of(2000, 1, 1);
            if (min.isNegative() || probe.plus(min).isAfter(probe.plus(max))) {
                throw new IllegalArgumentException("Publicity periods of " + severity + " records: the minimum "
                        + min + " must not be negative nor longer than the maximum " + max);
            }
        }
    }

    /** @param model where the scoring model is, e.g. {@code classpath:grading/city-default.json} */
    record Grading(@DefaultValue("classpath:grading/city-default.json") String model) {
    }
}
