package com.credittown.ui.keytask;

import com.credittown.workflows.keytask.TenantKeyTask;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** The status of a tenant's copy as a coloured badge: DONE green, OVERDUE red, reminder due amber. One place. */
public final class KeyTaskBadges {

    private KeyTaskBadges() {
    }

    public static Span status(TenantKeyTask copy, Component page) {
        Span badge = new Span(page.getTranslation("keytask.status." + copy.status().name())
                + (copy.reminderDue() ? " · " + page.getTranslation("keytask.reminderDue") : ""));
        badge.setId("status-" + copy.keyTaskId() + "-" + copy.tenant());
        badge.addClassName("key-task-status");
        badge.getElement().setAttribute("data-status", copy.status().name());
        badge.getElement().setAttribute("data-reminder-due", Boolean.toString(copy.reminderDue()));
        String colour = switch (copy.status()) {
            case DONE -> "var(--lumo-success-color)";
            case OVERDUE -> "var(--lumo-error-color)";
            default -> copy.reminderDue() ? "#b26b00" : "var(--lumo-body-text-color)";
        };
        badge.getStyle().set("color", colour).set("font-weight", "600");
        return badge;
    }
}
