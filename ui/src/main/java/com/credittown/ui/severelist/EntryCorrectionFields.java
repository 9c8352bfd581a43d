package com.credittown.ui.severelist;

import com.credittown.platform.credit.severelist.ListEntryView;
import com.credittown.platform.credit.severelist.SevereList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of a listed entry's correction (更正名单信息), each starting from what the entry says now: the same on
 * the list page (a correction on the city office's own motion) and on the objections page (an objection upheld in
 * part). Only what differs from the entry is sent; the rest stays as it is.
 */
public class EntryCorrectionFields extends FormLayout {

    private final ListEntryView entry;
    private final TextField department;
    private final TextArea grounds;
    private final TextField basis;
    private final DatePicker until;

    /** @param idPrefix the fields' ids: {@code <prefix>-department}, {@code -grounds}, {@code -legal-basis}, {@code -listed-until} */
    public EntryCorrectionFields(Component page, ListEntryView entry, String idPrefix) {
        this.entry = entry;
        department = new TextField(page.getTranslation("severeList.field.department"));
        department.setId(idPrefix + "-department");
        department.setMaxLength(100);
        department.setValue(entry.department());
        grounds = new TextArea(page.getTranslation("severeList.field.grounds"));
        grounds.setId(idPrefix + "-grounds");
        grounds.setMaxLength(2000);
        grounds.setValue(entry.grounds());
        basis = new TextField(page.getTranslation("severeList.field.legalBasis"));
        basis.setId(idPrefix + "-legal-basis");
        basis.setMaxLength(500);
        basis.setValue(entry.legalBasis());
        until = new DatePicker(page.getTranslation("severeList.field.listedUntil"));
        until.setId(idPrefix + "-listed-until");
        until.setValue(entry.listedUntil());
        add(department, basis, grounds, until);
    }

    /** What differs from the entry. */
    public SevereList.Correction correction() {
        return new SevereList.Correction(changed(department.getValue(), entry.department()),
                changed(grounds.getValue(), entry.grounds()), changed(basis.getValue(), entry.legalBasis()),
                Objects.equals(until.getValue(), entry.listedUntil()) ? null : until.getValue());
    }

    /**
     * The fields by the names a refusal gives them: {@code <prefix>department} and so on, and {@code <prefix>}
     * without a dot (or {@code correction} when there is no prefix) for a correction that changes nothing.
     *
     * @param prefix {@code ""} for the list's own correction, {@code listCorrection} for an objection's decision
     */
    public Map<String, HasValidation> fields(String prefix) {
        String dot = prefix.isEmpty() ? "" : prefix + ".";
        return Map.of(dot + "department", department, dot + "grounds", grounds, dot + "legalBasis", basis,
                dot + "listedUntil", until, prefix.isEmpty() ? "correction" : prefix, grounds);
    }

    private static String changed(String value, String current) {
        return value == null || value.strip().equals(current) ? null : value;
    }
}
