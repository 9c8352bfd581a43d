package com.credittown.ui.portal;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.credit.grade.Contribution;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.ui.tasks.FormDialog;
import com.credittown.workflows.portal.MerchantPortal;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The merchant's home (经营主体): its subject, grade and the explanation of the grade, the steps waiting for it
 * (signing), the ways to act, and its credit archive with each record's publicity state.
 */
@Route(value = "tenants/:tenant/merchant", layout = PortalLayout.class)
@PermitAll
@PagePermission(Permission.MERCHANT_PORTAL)
public class MerchantHomeView extends PortalPage {

    /** A due instant is the start of the day after the last day: the last day is shown. */
    private static final java.time.format.DateTimeFormatter DUE = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
            .withZone(com.credittown.platform.time.PlatformClock.CITY_ZONE);

    private final DisplayNames names;
    private final MerchantPortal portal;

    public MerchantHomeView(MerchantPortal portal, DisplayNames names) {
        this.names = names;
        this.portal = portal;
        setId("merchant-home");
    }

    @Override
    protected void show() {
        removeAll();
        SubjectArchive archive = portal.archive();
        H2 name = new H2(archive.subject().name());
        name.setId("merchant-subject");
        Span code = new Span(archive.subject().code());
        Span grade = new Span(getTranslation("archive.gradeLine", archive.grade(), archive.score()));
        grade.setId("merchant-grade");
        grade.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        add(name, code, grade);

        add(new H3(getTranslation("portal.waiting")));
        var tasks = portal.tasks();
        if (tasks.isEmpty()) {
            add(new Paragraph(getTranslation("portal.nothingWaiting")));
        }
        tasks.forEach(task -> add(taskButton(task)));

        add(new H3(getTranslation("portal.actions")));
        add(withId(big(getTranslation("portal.joinDistrict"), () -> go("district")), "go-district"),
                withId(big(getTranslation("portal.commitment"), () -> go("commitment")), "go-commitment"),
                withId(big(getTranslation("portal.repair"), () -> go("repair")), "go-repair"),
                withId(big(getTranslation("portal.cases"), () -> go("cases")), "go-cases"),
                withId(big(getTranslation("severeList.merchant.title"), () -> go("severe-list")), "go-severe-list"),
                withId(big(getTranslation("objection.merchant.home"), () -> go("objections")), "go-objections"),
                withId(big(getTranslation("repairNotice.merchant.title"), () -> go("repair-notices")),
                        "go-repair-notices"));

        add(new H3(getTranslation("archive.explanation")));
        Div explanation = new Div();
        explanation.setId("merchant-explanation");
        explanation.setWidthFull();
        if (archive.explanation().isEmpty()) {
            explanation.add(new Paragraph(getTranslation("portal.noDeductions")));
        }
        for (Contribution c : archive.explanation()) {
            explanation.add(card(c.title(), (c.points() > 0 ? "+" : "") + c.points() + " · " + c.rule()));
        }
        add(explanation);

        add(new H3(getTranslation("archive.records")));
        Div records = new Div();
        records.setId("merchant-records");
        records.setWidthFull();
        for (RecordView r : archive.records()) {
            Div card = card(r.title(), getTranslation("archive.kind." + r.kind()) + " · " + r.department() + " · "
                    + r.decisionDate());
            Span state = new Span(getTranslation("archive.state." + r.state()));
            state.addClassName("record-state");
            state.getElement().getThemeList().add("badge");
            card.add(state);
            if (r.underObjection()) {
                Span objection = new Span(getTranslation("objection.underObjection"));
                objection.addClassName("record-under-objection");
                objection.getElement().getThemeList().add("badge contrast");
                card.add(objection);
            }
            if (r.publicity() != null) {
                card.add(new Paragraph(getTranslation("portal.publicityWindow", r.publicity().earliestEnd(),
                        r.publicity().latestEnd())));
            }
            records.add(card);
        }
        add(records);
    }

    private com.vaadin.flow.component.button.Button taskButton(WorkTask task) {
        String label = "sign".equals(task.stepKey())
                ? getTranslation("portal.sign", names.step(task), names.process(task.processKey()))
                : getTranslation("portal.act", names.step(task), names.process(task.processKey()),
                        task.dueAt() == null ? "—" : DUE.format(task.dueAt().minusSeconds(1)));
        var button = big(label, () -> new FormDialog(portal.formOf(task),
                task.caseId(), task.caseData(), data -> portal.complete(task.id(), data), this::show).open());
        button.setId("sign-" + task.id());
        button.addClassName("merchant-task");
        button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    static Div card(String title, String line) {
        Div card = new Div();
        card.addClassName("portal-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
        Span heading = new Span(title);
        heading.getStyle().set("font-weight", "600").set("display", "block");
        Span detail = new Span(line);
        detail.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
        card.add(heading, detail);
        return card;
    }

    private static <T extends com.vaadin.flow.component.Component> T withId(T component, String id) {
        component.setId(id);
        return component;
    }

    private void go(String page) {
        UI.getCurrent().navigate(path(page));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title");
    }
}
