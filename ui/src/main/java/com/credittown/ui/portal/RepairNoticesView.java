package com.credittown.ui.portal;

import com.credittown.platform.credit.repairnotice.RepairNoticeView;
import com.credittown.platform.credit.repairnotice.RepairNotices;
import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The credit repair notices (信用修复告知书) served on the merchant with its administrative penalties (两书同达): the
 * penalty, the day from which repair may be applied for, and how to apply.
 */
@Route(value = "tenants/:tenant/merchant/repair-notices", layout = PortalLayout.class)
@PermitAll
@PagePermission(Permission.MERCHANT_PORTAL)
public class RepairNoticesView extends PortalPage {

    private final RepairNotices notices;

    public RepairNoticesView(RepairNotices notices) {
        this.notices = notices;
    }

    @Override
    protected void show() {
        removeAll();
        add(new H2(getTranslation("repairNotice.merchant.title")));
        List<RepairNoticeView> mine = notices.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("repairNotice.merchant.none")));
        }
        for (RepairNoticeView notice : mine) {
            Div card = MerchantHomeView.card(getTranslation("repairNotice.heading", notice.recordTitle()),
                    notice.department() + " · " + notice.decisionDate());
            card.setId("repair-notice-" + notice.id());
            Paragraph from = new Paragraph(getTranslation(notice.repairableNow() ? "repairNotice.repairableNow"
                    : "repairNotice.repairableFrom", notice.repairableFrom()));
            from.addClassName("repairable-from");
            card.add(from, new Paragraph(notice.howToApply()),
                    new Paragraph(getTranslation("repairNotice.basis", notice.basis())));
            if (notice.repairableNow()) {
                var apply = big(getTranslation("portal.repair"), () -> getUI().ifPresent(ui -> ui.navigate(
                        path("repair"))));
                apply.setId("repair-notice-apply-" + notice.id());
                card.add(apply);
            }
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("repairNotice.merchant.title");
    }
}
