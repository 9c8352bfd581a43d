package com.credittown.workflows.commitment;

import com.credittown.platform.credit.CreditDecisions;
import com.credittown.platform.credit.rule.Arguments;
import com.credittown.platform.credit.rule.Decision;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Whether a subject may use the commitment route: the city's {@code COMMITMENT} rules over its whole archive (an
 * unrepaired severe record, an earlier false commitment in any town: brief, process 1), each refusal naming its rule
 * and basis.
 */
@Component("commitmentEligibilityRules")
class CommitmentEligibility {

    static final String FALSE_STATEMENT = "false-statement";

    private final CreditDecisions decisions;

    CommitmentEligibility(CreditDecisions decisions) {
        this.decisions = decisions;
    }

    /**
     * The reasons the subject may not commit; empty when it may. A repair-type commitment is part of repairing those
     * very records, so the archive's rules do not bar it; an earlier false commitment still does.
     */
    List<String> reasonsAgainst(String subjectCode, CommitmentType type) {
        return decisions.decide(Decision.COMMITMENT, subjectCode, Arguments.NONE).breaches().stream()
                .filter(breach -> type != CommitmentType.REPAIR
                        || EarlierFalseCommitments.NAME.equals(breach.rule().condition().fact()))
                .map(breach -> breach.describe(Locale.SIMPLIFIED_CHINESE))
                .toList();
    }
}
