package com.credittown.ui.inspection;

import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.ui.MainLayout;
import com.credittown.ui.security.PagePermission;
import com.credittown.workflows.inspection.EffectiveRatio;
import com.credittown.workflows.inspection.RatioRefused;
import com.credittown.workflows.inspection.SamplingRatios;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.function.Supplier;

/**
 * A town's 双随机 sampling ratios per credit grade (plan (十八)): for each grade the city's ratio, the town's override
 * and what the next draw applies; an officer sets the town's ratio for a grade or clears it. A refusal (below the
 * city's ratio, outside 0–100) is shown as a message in the user's language and nothing changes.
 */
@Route(value = "tenants/:tenant/sampling-ratios", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.INSPECTION_PLAN)
public class TenantSamplingRatiosView extends VerticalLayout implements HasDynamicTitle {

    private final SamplingRatios ratios;
    private final Grid<EffectiveRatio> grid = new Grid<>();
    private final Select<Grade> grade = new Select<>();
    private final IntegerField ratio = new IntegerField();

    public TenantSamplingRatiosView(SamplingRatios ratios) {
        this.ratios = ratios;
        setWidthFull();
        grid.setId("sampling-ratios");
        grid.addColumn(EffectiveRatio::grade).setHeader(getTranslation("sampling.grade"));
        grid.addColumn(e -> e.cityRatio() + "%").setHeader(getTranslation("sampling.city"));
        grid.addColumn(e -> e.tenantRatio() == null ? "—" : e.tenantRatio() + "%")
                .setHeader(getTranslation("sampling.tenant"));
        grid.addColumn(e -> e.ratio() + "%（" + getTranslation("sampling.source." + e.source()) + "）")
                .setHeader(getTranslation("sampling.effective"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                grade.setValue(e.getValue().grade());
                ratio.setValue(e.getValue().tenantRatio());
            }
        });
        grade.setId("sampling-grade");
        grade.setLabel(getTranslation("sampling.field.grade"));
        grade.setItems(Grade.values());
        grade.setValue(Grade.A);
        ratio.setId("sampling-ratio");
        ratio.setLabel(getTranslation("sampling.field.ratio"));
        ratio.setMin(0);
        ratio.setMax(100);
        ratio.setStepButtonsVisible(true);
        Button set = new Button(getTranslation("sampling.set"),
                e -> act(() -> ratios.override(grade.getValue().name(), ratio.getValue(), CurrentUsers.actor()),
                        "sampling.saved"));
        set.setId("sampling-set");
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("sampling.clear"),
                e -> act(() -> ratios.clear(grade.getValue().name(), CurrentUsers.actor()), "sampling.cleared"));
        clear.setId("sampling-clear");
        HorizontalLayout form = new HorizontalLayout(grade, ratio, set, clear);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("sampling.title")), new Paragraph(getTranslation("sampling.help")), grid, form);
        refresh();
    }

    private void act(Supplier<EffectiveRatio> change, String successKey) {
        ratio.setInvalid(false);
        try {
            change.get();
            Notification.show(getTranslation(successKey), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (RatioRefused refused) {
            String message = "en".equals(getLocale().getLanguage()) ? refused.en() : refused.zh();
            if ("ratio".equals(refused.field())) {
                ratio.setErrorMessage(message);
                ratio.setInvalid(true);
            }
            error(message);
        }
        // not allowed (the city office reads only) is said by the session's error handler
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        grid.setItems(ratios.effective());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sampling.title");
    }
}
