package com.credittown.ui.publicpages;

import com.credittown.platform.time.PlatformClock;
import com.credittown.ui.MainLayout;
import com.credittown.workflows.report.CreditReports;
import com.credittown.workflows.report.ReportCheck;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The public report check (信用报告核验), no login: anyone holding a credit report types its verification code and
 * sees whose report it is, who issued it and when, and the SM3 hash of the PDF as issued, or "not found".
 * {@code ?code=} fills the field and checks at once.
 */
@Route(value = "public/report-check", layout = MainLayout.class)
@AnonymousAllowed
public class ReportCheckView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.CITY_ZONE);

    private final CreditReports reports;
    private final TextField code = new TextField();
    private final Div result = new Div();

    public ReportCheckView(CreditReports reports) {
        this.reports = reports;
        code.setId("report-code");
        code.setLabel(getTranslation("reportCheck.code"));
        code.setPlaceholder(getTranslation("reportCheck.code.placeholder"));
        code.setMaxLength(40);
        code.setWidth("22em");
        Button check = new Button(getTranslation("reportCheck.check"), e -> check());
        check.setId("report-check-button");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        result.setId("report-result");
        HorizontalLayout form = new HorizontalLayout(code, check);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("reportCheck.title")), new Paragraph(getTranslation("reportCheck.intro")), form,
                result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(typed -> {
            code.setValue(typed);
            check();
        });
    }

    private void check() {
        result.removeAll();
        String typed = code.getValue() == null ? "" : code.getValue().strip();
        if (typed.isEmpty()) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation("reportCheck.required"));
            return;
        }
        code.setInvalid(false);
        Optional<ReportCheck> found = reports.check(typed);
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("reportCheck.notFound"));
            none.setId("report-not-found");
            none.getStyle().set("color", "var(--lumo-error-text-color)");
            result.add(none);
            return;
        }
        ReportCheck report = found.get();
        Paragraph valid = new Paragraph(getTranslation("reportCheck.valid"));
        valid.setId("report-valid");
        valid.getStyle().set("color", "var(--lumo-success-text-color)").set("font-weight", "bold");
        result.add(valid,
                line("reportCheck.code", report.code(), "report-check-code"),
                line("reportCheck.subject", report.subjectName(), "report-subject"),
                line("reportCheck.tenant", report.tenantName(), "report-tenant"),
                line("reportCheck.issuedAt", ISSUED.format(report.issuedAt()), "report-issued"),
                line("reportCheck.period", report.periodFirstDay() + " — " + report.periodLastDay(), "report-period"),
                line("reportCheck.noViolation", getTranslation(report.noViolation()
                        ? "reportCheck.noViolation.yes" : "reportCheck.noViolation.no"), "report-no-violation"),
                line("reportCheck.sm3", report.sm3(), "report-sm3"),
                line("reportCheck.size", Long.toString(report.sizeBytes()), "report-size"));
    }

    private Div line(String label, String value, String id) {
        Span name = new Span(getTranslation(label) + "：");
        name.getStyle().set("font-weight", "bold");
        Span text = new Span(value);
        text.setId(id);
        text.getStyle().set("word-break", "break-all");
        return new Div(name, text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reportCheck.title");
    }
}
