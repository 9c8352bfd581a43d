package com.credittown.ui.i18n;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantNames;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.cases.ProcessNames;
import com.credittown.workflows.cases.StepNames;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Names that come from data (tenants, processes, steps) in the language of the current page: what views call
 * instead of showing a stored Chinese name. It only asks the one resolver of each kind ({@link TenantNames},
 * {@link ProcessNames}, {@link StepNames}) with the UI's locale; Chinese when there is no UI.
 */
@Component
public class DisplayNames {

    private final TenantNames tenants;
    private final ProcessNames processes;
    private final StepNames steps;

    DisplayNames(TenantNames tenants, ProcessNames processes, StepNames steps) {
        this.tenants = tenants;
        this.processes = processes;
        this.steps = steps;
    }

    /** The current page's language (Chinese when there is none, e.g. in a download running outside a request). */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Translations.CHINESE : ui.getLocale();
    }

    public String tenant(String code) {
        return tenants.of(code, locale());
    }

    public String tenant(Tenant tenant) {
        return tenant.name(locale());
    }

    /** Every tenant's name, code to name, for grids and exports showing many tenants. */
    public Function<String, String> tenants() {
        return tenants.all(locale());
    }

    public String process(String processKey) {
        return processes.of(processKey, locale());
    }

    /** A step's name; {@code recorded} is the name the engine recorded (null if none). */
    public String step(String processKey, String stepKey, String recorded) {
        return steps.of(processKey, stepKey, recorded, locale());
    }

    /** A step known only by the name the engine recorded (a search hit's open tasks). */
    public String recordedStep(String processKey, String recorded) {
        return steps.ofRecorded(processKey, recorded, locale());
    }

    public String step(WorkTask task) {
        String step = step(task.processKey(), task.stepKey(), task.name());
        // a co-signer's task (加签) carries its step's key: named as the co-signing of that step
        return task.isCosign() && com.vaadin.flow.component.UI.getCurrent() != null
                ? com.vaadin.flow.component.UI.getCurrent().getTranslation("taskop.cosign.title", step) : step;
    }
}
