package com.credittown.ui.tasks;

import com.credittown.platform.search.SubjectChoice;
import com.credittown.platform.search.SubjectChoices;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import java.util.stream.Stream;

/**
 * A form's subject field: type a part of the name or the start of the code, pick one of the tenant's credit
 * subjects shown as "name (code)"; the value is the code. The choices come from the search index, or from the
 * archive when search is down (see {@link SubjectChoices}).
 */
class SubjectPickerField extends CustomField<String> {

    private final ComboBox<SubjectChoice> combo = new ComboBox<>();

    SubjectPickerField(String label, SubjectChoices subjects) {
        setLabel(label);
        combo.setPlaceholder(getTranslation("form.subject.placeholder"));
        combo.setItemLabelGenerator(SubjectChoice::label);
        combo.setItems(query -> {
            int offset = query.getOffset();
            int limit = Math.min(query.getLimit(), SubjectChoices.MAX);
            // one page of the best matches: the user narrows by typing more, not by scrolling
            return offset > 0 ? Stream.empty() : subjects.find(query.getFilter().orElse(""), limit).stream();
        });
        combo.setWidthFull();
        combo.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                setInvalid(false); // the server's earlier "required" or "unknown subject" no longer holds
            }
            updateValue();
        });
        add(combo);
    }

    @Override
    protected String generateModelValue() {
        return combo.getValue() == null ? null : combo.getValue().code();
    }

    @Override
    protected void setPresentationValue(String code) {
        if (code == null) {
            combo.clear();
        }
    }
}
