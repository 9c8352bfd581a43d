package com.credittown.workflows.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.law.Citations;
import org.junit.jupiter.api.Test;

/**
 * What the ledger shows as its basis says only what the plan's text says, and the escalation is shown as the city's
 * setting whatever the setting's values (docs/citations.md).
 */
class GovernanceBasesUnitTest {

    private final Citations citations = Citations.load();

    @Test
    void thePlansSentenceIsQuotedFromSectionFourAndTheEnglishNamesTheSameDocument() {
        assertThat(citations.problems(Basis.PLAN.zh())).isEmpty();
        assertThat(citations.problemsInEnglish(Basis.PLAN.zh(), Basis.PLAN.en())).isEmpty();
        // the same sentence attributed to another section is refused: the check can fail
        assertThat(citations.problems(Basis.PLAN.zh().replace("（四）", "（五）"))).isNotEmpty();
    }

    @Test
    void theEscalationIsTheCitysSettingInEveryCombination() {
        for (boolean promptFirst : new boolean[] {true, false}) {
            for (boolean escalate : new boolean[] {true, false}) {
                GovernanceLedgerSettings settings = new GovernanceLedgerSettings(promptFirst, 7, escalate);
                assertThat(settings.escalationZh()).startsWith("市信用办设置：").contains("第7个工作日");
                assertThat(citations.problems(settings.escalationZh())).isEmpty();
                assertThat(citations.problemsInEnglish(settings.escalationZh(), settings.escalationEn())).isEmpty();
            }
        }
        assertThatThrownBy(() -> new GovernanceLedgerSettings(true, 0, true))
                .hasMessageContaining("follow-up-working-days");
    }
}
