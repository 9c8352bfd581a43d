package com.credittown.workflows.governance;

/**
 * A basis shown beside the ledger (docs/citations.md): the plan quoted only where it says so, the city's choices as
 * its settings.
 */
public record Basis(String zh, String en) {

    /** Plan (四) as the ledger's page and answers cite it. */
    static final Basis PLAN = new Basis(
            "东府办〔2024〕6号（四）：“建立严重违法失信市场主体管理台账，依法依规启动提示、警示约谈程序，督促相关市场主体及时纠正失信行为，履行相关义务，开展信用修复，消除不良影响”",
            "Dongfu Ban [2024] No. 6 (IV): “establish a management ledger of market entities with severe violations"
                    + " of law and dishonesty, start prompt and warning interview procedures according to law and"
                    + " regulations, urge the entities to correct their dishonest conduct in time, fulfil their"
                    + " obligations, carry out credit repair and remove the adverse effects”");
}
