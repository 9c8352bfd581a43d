package com.credittown.ui.tasks;

import com.credittown.platform.workflow.InboxQuery;
import com.credittown.ui.i18n.DisplayNames;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the inbox shows: the scope tabs (mine, my groups', overdue, all; the city office only all and overdue; and
 * 抄送我的 for officers), the process, a text and the order. Any change calls back.
 */
class InboxFilters extends VerticalLayout {

    private final Tabs scopes = new Tabs();
    private final Map<InboxQuery.Scope, Tab> tabs = new EnumMap<>(InboxQuery.Scope.class);
    private final Tab copiedTab = new Tab();
    private final Select<String> process = new Select<>();
    private final TextField text = new TextField();
    private final Select<InboxQuery.Order> order = new Select<>();

    InboxFilters(boolean readOnly, DisplayNames names, Runnable changed) {
        List<InboxQuery.Scope> shown = readOnly ? List.of(InboxQuery.Scope.ALL, InboxQuery.Scope.OVERDUE)
                : List.of(InboxQuery.Scope.MINE, InboxQuery.Scope.GROUPS, InboxQuery.Scope.OVERDUE, InboxQuery.Scope.ALL);
        for (InboxQuery.Scope scope : shown) {
            Tab tab = new Tab(getTranslation("inbox.scope." + scope.name()));
            tab.setId("inbox-" + scope.name().toLowerCase(Locale.ROOT));
            tabs.put(scope, tab);
            scopes.add(tab);
        }
        if (!readOnly) {
            copiedTab.setLabel(getTranslation("inbox.scope.COPIED"));
            copiedTab.setId("inbox-copied");
            scopes.add(copiedTab);
        }
        scopes.setSelectedTab(tabs.get(InboxQuery.Scope.ALL));
        scopes.addSelectedChangeListener(e -> changed.run());
        process.setId("inbox-process");
        process.setLabel(getTranslation("inbox.filter.process"));
        process.setEmptySelectionAllowed(true);
        process.setEmptySelectionCaption(getTranslation("inbox.filter.allProcesses"));
        process.setItemLabelGenerator(key -> key == null ? getTranslation("inbox.filter.allProcesses")
                : names.process(key));
        process.addValueChangeListener(e -> changed.run());
        text.setId("inbox-text");
        text.setLabel(getTranslation("inbox.filter.text"));
        text.setPlaceholder(getTranslation("inbox.filter.textHint"));
        text.setClearButtonVisible(true);
        text.setMaxLength(100);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> changed.run());
        order.setId("inbox-order");
        order.setLabel(getTranslation("inbox.filter.order"));
        order.setItems(InboxQuery.Order.values());
        order.setItemLabelGenerator(o -> getTranslation("inbox.order." + o.name()));
        order.setValue(InboxQuery.Order.NEWEST);
        order.addValueChangeListener(e -> changed.run());
        HorizontalLayout row = new HorizontalLayout(process, text, order);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(scopes, row);
        setPadding(false);
        setSpacing(false);
    }

    /** The processes offered in the process filter. */
    void processes(List<String> keys) {
        process.setItems(keys);
    }

    /** Whether the tab 抄送我的 is selected (the copies, not the inbox). */
    boolean showsCopies() {
        return scopes.getSelectedTab() == copiedTab;
    }

    InboxQuery query() {
        InboxQuery.Scope scope = tabs.entrySet().stream()
                .filter(entry -> entry.getValue().equals(scopes.getSelectedTab()))
                .map(Map.Entry::getKey).findFirst().orElse(InboxQuery.Scope.ALL);
        return new InboxQuery(scope, process.getValue(), text.getValue(), order.getValue());
    }
}
