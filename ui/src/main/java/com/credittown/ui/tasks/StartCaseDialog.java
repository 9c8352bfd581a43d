package com.credittown.ui.tasks;

import com.credittown.ui.i18n.DisplayNames;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.workflow.TenantWorkflow;
import com.credittown.workflows.cases.CaseService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import org.flowable.engine.repository.ProcessDefinition;

/** Lists the tenant's published processes; choosing one opens its start form. */
class StartCaseDialog extends Dialog {

    StartCaseDialog(TenantWorkflow workflow, CaseService cases, DisplayNames names, Consumer<String> started) {
        setId("start-case-dialog");
        setHeaderTitle(getTranslation("workspace.start.title"));
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (ProcessDefinition process : workflow.publishedProcesses().stream()
                .filter(definition -> cases.isStartable(definition.getKey())).toList()) {
            Button choose = new Button(names.process(process.getKey()), e -> {
                close();
                String key = process.getKey();
                new FormDialog(cases.startForm(key), data -> started.accept(cases.start(key, CurrentUsers.actor(), data)),
                        () -> { }).open();
            });
            choose.setId("start-" + process.getKey());
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(choose);
        }
        add(list);
        getFooter().add(new Button(getTranslation("form.cancel"), e -> close()));
    }
}
