package com.credittown.ui.tasks;

import com.credittown.ui.i18n.DisplayNames;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.workflow.ProcessVersion;
import com.credittown.platform.workflow.TenantProcesses;
import com.credittown.workflows.cases.CaseService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;

/** Lists the tenant's published processes; choosing one opens its start form. */
class StartCaseDialog extends Dialog {

    StartCaseDialog(TenantProcesses processes, CaseService cases, DisplayNames names, Consumer<String> started) {
        setId("start-case-dialog");
        setHeaderTitle(getTranslation("workspace.start.title"));
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (ProcessVersion process : processes.published().stream()
                .filter(published -> cases.isStartable(published.key())).toList()) {
            Button choose = new Button(names.process(process.key()), e -> {
                close();
                String key = process.key();
                new FormDialog(cases.startForm(key), data -> started.accept(cases.start(key, CurrentUsers.actor(), data)),
                        () -> { }).open();
            });
            choose.setId("start-" + process.key());
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(choose);
        }
        add(list);
        getFooter().add(new Button(getTranslation("form.cancel"), e -> close()));
    }
}
