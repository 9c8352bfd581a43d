package com.credittown.ui.portal;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.CaseSummary;
import com.credittown.workflows.portal.MerchantPortal;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** The merchant's own cases: state, current step with its deadline, and the history of decisions. */
@Route(value = "tenants/:tenant/merchant/cases", layout = PortalLayout.class)
@PermitAll
@PagePermission(Permission.MERCHANT_PORTAL)
public class MyCasesView extends PortalPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.CITY_ZONE);

    private final DisplayNames names;
    private final MerchantPortal portal;

    public MyCasesView(MerchantPortal portal, DisplayNames names) {
        this.names = names;
        this.portal = portal;
    }

    @Override
    protected void show() {
        removeAll();
        add(new H2(getTranslation("portal.cases")));
        var cases = portal.cases();
        if (cases.isEmpty()) {
            add(new Paragraph(getTranslation("portal.noCases")));
        }
        Div list = new Div();
        list.setId("my-cases");
        list.setWidthFull();
        cases.forEach(summary -> list.add(card(summary)));
        add(list);
    }

    private Div card(CaseSummary summary) {
        String current = summary.steps().stream()
                .filter(step -> step.endedAt() == null && "userTask".equals(step.type()))
                .map(step -> names.step(summary.processKey(), step.stepKey(), step.name()) + (step.dueAt() == null ? "" : " · " + getTranslation("portal.due", format(step.dueAt()))))
                .collect(Collectors.joining("；"));
        String state = summary.open()
                ? getTranslation("portal.caseOpen") + (current.isEmpty() ? "" : " · " + current)
                : getTranslation("portal.caseClosed", format(summary.endedAt()), lastStep(summary));
        Div card = MerchantHomeView.card(names.process(summary.processKey()) + " · "
                + format(summary.startedAt()), state);
        card.addClassName("my-case");
        Div history = new Div();
        for (CaseSummary.Decision decision : summary.decisions()) {
            Span line = new Span(format(decision.at()) + " · " + (decision.stepName() == null
                    ? getTranslation("portal.started") : names.step(summary.processKey(), decision.stepKey(), decision.stepName())) + " · " + decision.actor());
            line.getStyle().set("display", "block");
            history.add(line);
        }
        summary.steps().stream().filter(step -> !"userTask".equals(step.type()) && step.name() != null
                        && step.endedAt() != null)
                .forEach(step -> {
                    Span line = new Span(format(step.endedAt()) + " · "
                            + names.step(summary.processKey(), step.stepKey(), step.name()));
                    line.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
                    history.add(line);
                });
        Details details = new Details(getTranslation("portal.history"), history);
        card.add(details);
        return card;
    }

    private String lastStep(CaseSummary summary) {
        if (summary.steps().isEmpty()) {
            return "";
        }
        CaseSummary.CaseStep last = summary.steps().get(summary.steps().size() - 1);
        return String.valueOf(names.step(summary.processKey(), last.stepKey(), last.name()));
    }

    private static String format(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.cases");
    }
}
