package com.credittown.ui.portal;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.platform.credit.RecordView;
import com.credittown.workflows.portal.MerchantPortal;
import com.credittown.workflows.portal.RepairRequest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.Map;

/**
 * Apply for credit repair (信用修复) choosing which of the own records: only records that may be repaired today
 * are offered (dishonesty or penalty, in publicity, minimum publicity period passed).
 */
@Route(value = "tenants/:tenant/merchant/repair", layout = PortalLayout.class)
@PermitAll
@PagePermission(Permission.MERCHANT_PORTAL)
public class RepairApplicationView extends PortalPage {

    private final MerchantPortal portal;

    public RepairApplicationView(MerchantPortal portal) {
        this.portal = portal;
    }

    @Override
    protected void show() {
        removeAll();
        add(new H2(getTranslation("portal.repair")));
        var repairable = portal.repairableRecords();
        if (repairable.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.noRepairable"));
            none.setId("no-repairable");
            add(none);
            return;
        }
        CheckboxGroup<RecordView> records = new CheckboxGroup<>(getTranslation("portal.chooseRecords"));
        records.setId("repair-records");
        records.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        records.setItems(repairable.stream().sorted(Comparator.comparing(RecordView::decisionDate)).toList());
        records.setItemLabelGenerator(r -> r.title() + " · " + getTranslation("archive.kind." + r.kind()) + " · "
                + r.department() + " · " + r.decisionDate());
        records.setWidthFull();
        Checkbox obligations = new Checkbox(getTranslation("portal.obligations"));
        obligations.setId("repair-obligations");
        Checkbox commitment = new Checkbox(getTranslation("portal.repairCommitment"));
        commitment.setId("repair-commitment");
        TextField reference = new TextField(getTranslation("portal.commitmentReference"));
        reference.setId("repair-reference");
        reference.setMaxLength(100);
        reference.setWidthFull();
        TextArea statement = new TextArea(getTranslation("portal.statement"));
        statement.setId("repair-statement");
        statement.setMaxLength(2000);
        statement.setWidthFull();
        var send = big(getTranslation("portal.apply"), () -> {
            if (records.getValue().isEmpty()) {
                records.setErrorMessage(getTranslation("portal.chooseOne"));
                records.setInvalid(true);
                return;
            }
            submit(() -> portal.applyForRepair(new RepairRequest(
                            records.getValue().stream().map(RecordView::id).toList(), obligations.getValue(),
                            commitment.getValue(), reference.getValue(), statement.getValue())),
                    Map.<String, HasValidation>of("recordIds", records, "commitmentReference", reference,
                            "statement", statement));
        });
        send.setId("submit-repair");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(records, obligations, commitment, reference, statement, send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.repair");
    }
}
