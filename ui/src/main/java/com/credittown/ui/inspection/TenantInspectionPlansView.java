package com.credittown.ui.inspection;

import com.credittown.ui.error.PageActions;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.ui.MainLayout;
import com.credittown.ui.security.PagePermission;
import com.credittown.workflows.inspection.InspectionItemView;
import com.credittown.workflows.inspection.InspectionPlanSpreadsheet;
import com.credittown.workflows.inspection.InspectionPlanView;
import com.credittown.workflows.inspection.InspectionPlans;
import com.credittown.workflows.inspection.InspectionResult;
import com.credittown.workflows.inspection.NewPlan;
import com.credittown.workflows.inspection.NewResult;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A town's graded inspection plans (plan (十八)): the city's ratios per grade (a setting), the form to draw a plan for
 * a period from the town's subjects (an optional seed repeats an earlier draw), the town's plans, and for the chosen
 * plan its drawn subjects with grade and inspector, the .xlsx export and the form to record a result in the archive.
 */
@Route(value = "tenants/:tenant/inspection-plans", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.INSPECTION_PLAN)
public class TenantInspectionPlansView extends VerticalLayout implements HasDynamicTitle {

    private final InspectionPlans plans;
    private final TextField title = new TextField();
    private final DatePicker periodFrom = new DatePicker();
    private final DatePicker periodTo = new DatePicker();
    private final CheckboxGroup<SubjectKind> kinds = new CheckboxGroup<>();
    private final TextField tag = new TextField();
    private final TextField seed = new TextField();
    private final Grid<InspectionPlanView> planGrid = new Grid<>();
    private final Grid<InspectionItemView> items = new Grid<>();
    private final Paragraph planInfo = new Paragraph();
    private final HorizontalLayout download = new HorizontalLayout();
    private final RadioButtonGroup<InspectionResult> result = new RadioButtonGroup<>();
    private final DatePicker inspectedOn = new DatePicker();
    private final TextField department = new TextField();
    private final TextArea summary = new TextArea();
    private final VerticalLayout resultForm = new VerticalLayout();
    private final Map<String, HasValidation> planFields = new LinkedHashMap<>();
    private final Map<String, HasValidation> resultFields = new LinkedHashMap<>();
    private InspectionPlanView selectedPlan;

    public TenantInspectionPlansView(InspectionPlans plans) {
        this.plans = plans;
        setWidthFull();
        InspectionPlans.Ratios ratios = plans.ratios();
        boolean english = com.credittown.platform.tenancy.TenantNames.english(getLocale());
        Paragraph setting = new Paragraph(getTranslation("inspection.ratios") + " "
                + (english ? ratios.settingEn() : ratios.settingZh()));
        setting.setId("inspection-ratios");
        add(new H2(getTranslation("inspection.tenant.title")), new Paragraph(getTranslation("governance.basis") + " "
                + (english ? ratios.planEn() : ratios.planZh())), setting);
        add(new H3(getTranslation("inspection.draw")), drawForm(), new H3(getTranslation("inspection.plans")),
                planGrid, planInfo, download, items, resultForm);
        configurePlans();
        configureItems();
        planGrid.setItems(plans.plans());
    }

    private VerticalLayout drawForm() {
        LocalDate today = LocalDate.now();
        LocalDate quarterStart = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        title.setId("inspection-title");
        title.setLabel(getTranslation("inspection.field.title"));
        title.setMaxLength(200);
        periodFrom.setId("inspection-period-from");
        periodFrom.setLabel(getTranslation("inspection.field.periodFrom"));
        periodFrom.setValue(quarterStart);
        periodTo.setId("inspection-period-to");
        periodTo.setLabel(getTranslation("inspection.field.periodTo"));
        periodTo.setValue(quarterStart.plusMonths(3).minusDays(1));
        kinds.setId("inspection-kinds");
        kinds.setLabel(getTranslation("inspection.field.kinds"));
        kinds.setItems(SubjectKind.MARKET_ENTITY, SubjectKind.GOVERNMENT_BODY, SubjectKind.PUBLIC_INSTITUTION);
        kinds.setItemLabelGenerator(k -> getTranslation("inspection.kind." + k));
        kinds.setValue(Set.of(SubjectKind.MARKET_ENTITY));
        tag.setId("inspection-tag");
        tag.setLabel(getTranslation("inspection.field.tag"));
        seed.setId("inspection-seed");
        seed.setLabel(getTranslation("inspection.field.seed"));
        seed.setHelperText(getTranslation("inspection.seedHelp"));
        planFields.put("title", title);
        planFields.put("periodFrom", periodFrom);
        planFields.put("periodTo", periodTo);
        planFields.put("kinds", kinds);
        planFields.put("population", tag);
        planFields.put("seed", seed);
        Button draw = new Button(getTranslation("inspection.drawButton"), e -> draw());
        draw.setId("inspection-draw");
        draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new FormLayout(title, periodFrom, periodTo), kinds,
                new FormLayout(tag, seed), draw);
        form.setPadding(false);
        return form;
    }

    private void draw() {
        Long chosenSeed;
        try {
            chosenSeed = seed.getValue() == null || seed.getValue().isBlank() ? null
                    : Long.parseLong(seed.getValue().strip());
        } catch (NumberFormatException e) {
            seed.setInvalid(true);
            seed.setErrorMessage(getTranslation("inspection.seedInvalid"));
            return;
        }
        InspectionPlanView[] drawn = new InspectionPlanView[1];
        if (PageActions.run("governance", this, planFields, () -> drawn[0] = plans.draw(new NewPlan(title.getValue(),
                periodFrom.getValue(), periodTo.getValue(), List.copyOf(kinds.getValue()), tag.getValue(), chosenSeed,
                null), CurrentUsers.actor()), "inspection.drawn")) {
            planGrid.setItems(plans.plans());
            planGrid.select(plans.plans().stream().filter(p -> p.id() == drawn[0].id()).findFirst().orElse(null));
        }
    }

    private void configurePlans() {
        planGrid.setId("inspection-plans");
        planGrid.setAllRowsVisible(true);
        planGrid.addColumn(InspectionPlanView::id).setHeader("#").setAutoWidth(true);
        planGrid.addColumn(InspectionPlanView::title).setHeader(getTranslation("inspection.field.title"))
                .setAutoWidth(true);
        planGrid.addColumn(p -> p.periodFrom() + " – " + p.periodTo()).setHeader(getTranslation("inspection.period"))
                .setAutoWidth(true);
        planGrid.addColumn(p -> sizes(p.populationSizes())).setHeader(getTranslation("inspection.population"))
                .setAutoWidth(true);
        planGrid.addColumn(p -> sizes(p.drawnSizes())).setHeader(getTranslation("inspection.drawnSizes"))
                .setAutoWidth(true);
        planGrid.addColumn(InspectionPlanView::seed).setHeader(getTranslation("inspection.field.seed"))
                .setAutoWidth(true);
        planGrid.addColumn(p -> p.recorded() + " / " + p.items().size()).setHeader(getTranslation("inspection.recorded"))
                .setAutoWidth(true);
        planGrid.asSingleSelect().addValueChangeListener(e -> showPlan(e.getValue()));
    }

    private static String sizes(Map<?, Integer> byGrade) {
        StringBuilder text = new StringBuilder();
        byGrade.forEach((g, n) -> text.append(text.isEmpty() ? "" : " ").append(g).append(' ').append(n));
        return text.toString();
    }

    private void configureItems() {
        items.setId("inspection-items");
        items.setAllRowsVisible(true);
        items.setVisible(false);
        items.addColumn(InspectionItemView::drawOrder).setHeader("#").setAutoWidth(true);
        items.addColumn(i -> i.subjectName() + " · " + i.subjectCode()).setHeader(getTranslation("inspection.subject"))
                .setAutoWidth(true);
        items.addColumn(InspectionItemView::grade).setHeader(getTranslation("inspection.grade")).setAutoWidth(true);
        items.addColumn(InspectionItemView::inspector).setHeader(getTranslation("inspection.inspector"))
                .setAutoWidth(true);
        items.addColumn(i -> i.resultName() == null ? "" : i.resultName() + " " + i.inspectedOn() + " · "
                + i.resultSummary()).setHeader(getTranslation("inspection.result")).setFlexGrow(1);
        items.asSingleSelect().addValueChangeListener(e -> resultForm.setVisible(e.getValue() != null
                && e.getValue().result() == null));
        result.setId("inspection-result");
        result.setLabel(getTranslation("inspection.result"));
        result.setItems(InspectionResult.values());
        result.setItemLabelGenerator(InspectionResult::zh);
        inspectedOn.setId("inspection-inspected-on");
        inspectedOn.setLabel(getTranslation("inspection.field.inspectedOn"));
        department.setId("inspection-department");
        department.setLabel(getTranslation("inspection.field.department"));
        summary.setId("inspection-summary");
        summary.setLabel(getTranslation("inspection.field.summary"));
        summary.setWidthFull();
        resultFields.put("result", result);
        resultFields.put("inspectedOn", inspectedOn);
        resultFields.put("department", department);
        resultFields.put("summary", summary);
        Button record = new Button(getTranslation("inspection.recordResult"), e -> recordResult());
        record.setId("inspection-record-result");
        resultForm.add(new H3(getTranslation("inspection.recordResult")), result,
                new FormLayout(inspectedOn, department), summary, record);
        resultForm.setPadding(false);
        resultForm.setVisible(false);
    }

    private void showPlan(InspectionPlanView plan) {
        selectedPlan = plan;
        download.removeAll();
        items.setVisible(plan != null);
        resultForm.setVisible(false);
        if (plan == null) {
            planInfo.setText("");
            return;
        }
        planInfo.setId("inspection-plan-info");
        planInfo.setText(getTranslation("inspection.planInfo", plan.populationRule(), sizes(plan.populationSizes()),
                plan.ratiosBasis(), Long.toString(plan.seed()), String.join("、", plan.inspectors()), plan.drawnBy()));
        Locale locale = getLocale();
        long id = plan.id();
        Anchor xlsx = new Anchor(new StreamResource("inspection-plan-" + id + ".xlsx", () -> new ByteArrayInputStream(
                InspectionPlanSpreadsheet.of(plans.plan(id), locale))), getTranslation("inspection.download"));
        xlsx.setId("inspection-xlsx");
        xlsx.getElement().setAttribute("download", true);
        download.add(xlsx);
        items.setItems(plan.items());
        inspectedOn.setValue(LocalDate.now());
    }

    private void recordResult() {
        InspectionItemView item = items.asSingleSelect().getValue();
        if (selectedPlan == null || item == null) {
            return;
        }
        long planId = selectedPlan.id();
        if (PageActions.run("governance", this, resultFields, () -> plans.recordResult(planId, item.id(), new NewResult(
                result.getValue(), inspectedOn.getValue(), department.getValue(), summary.getValue(), null),
                CurrentUsers.actor()), "inspection.resultRecorded")) {
            summary.clear();
            InspectionPlanView fresh = plans.plan(planId);
            items.setItems(fresh.items());
            planGrid.setItems(plans.plans());
            resultForm.setVisible(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inspection.tenant.title");
    }
}
