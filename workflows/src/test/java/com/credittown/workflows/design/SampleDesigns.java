package com.credittown.workflows.design;

import com.credittown.workflows.design.Assignee;
import com.credittown.workflows.design.AssigneeKind;
import com.credittown.workflows.design.Branch;
import com.credittown.workflows.design.Condition;
import com.credittown.workflows.design.Operator;
import com.credittown.workflows.form.FieldType;
import com.credittown.workflows.form.FormField;
import com.credittown.workflows.form.LocalizedText;
import java.math.BigDecimal;
import java.util.List;

/** Designs the tests build on: every kind of step and block. */
final class SampleDesigns {

    static final DesignLimits LIMITS = new DesignLimits(20, "市信用办设置：自行设计流程的单个环节期限最长20个工作日");

    private SampleDesigns() {
    }

    static FormField text(String key) {
        return new FormField(key, FieldType.TEXT, new LocalizedText("字段" + key, key), true, null, 200, List.of());
    }

    static FormField number(String key) {
        return new FormField(key, FieldType.NUMBER, new LocalizedText("金额", "Amount"), true, null, null, List.of(),
                null, null, BigDecimal.ZERO, null);
    }

    static Assignee role(String role) {
        return new Assignee(AssigneeKind.ROLE, role);
    }

    /** One approval by the officers, 3 working days. */
    static DesignModel oneApproval() {
        return new DesignModel("简单审批", List.of(text("matter"), text("opinion")), List.of("matter"), List.of(
                DesignStep.approval("review", "科室审核", role("officer"), 3, List.of("opinion"))));
    }

    /**
     * Review, then by amount: above 10000 the tax department and market supervision in parallel, else the
     * administrator; a copy to the city office at the end.
     */
    static DesignModel everyKind() {
        DesignStep joint = DesignStep.parallel("joint", "联合审查", List.of(
                new Branch("税务", null, List.of(DesignStep.approval("tax", "税务审查",
                        new Assignee(AssigneeKind.DEPARTMENT, "tax"), 5, List.of("opinion")))),
                new Branch("市场监管", null, List.of(DesignStep.approval("market", "市场监管审查",
                        new Assignee(AssigneeKind.DEPARTMENT, "market-supervision"), 3, List.of("opinion"))))));
        DesignStep byAmount = DesignStep.condition("byAmount", "按金额", List.of(
                new Branch("大额", new Condition("amount", Operator.GREATER_THAN, "10000"), List.of(joint)),
                new Branch("其他", null, List.of(DesignStep.approval("admin", "管理员批准",
                        new Assignee(AssigneeKind.USER, "humen.admin"), 1, List.of("opinion"))))));
        return new DesignModel("补贴申请", List.of(text("matter"), number("amount"), text("opinion")),
                List.of("matter", "amount"), List.of(
                        DesignStep.approval("review", "受理审核", role("officer"), 2, List.of("opinion")),
                        byAmount,
                        DesignStep.copyTo("notifyCity", "抄送市信用办", role("city-office"))));
    }
}
