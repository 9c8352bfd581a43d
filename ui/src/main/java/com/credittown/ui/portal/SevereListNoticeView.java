package com.credittown.ui.portal;

import com.credittown.platform.credit.severelist.ListEntryView;
import com.credittown.platform.credit.severelist.ListingStatus;
import com.credittown.platform.credit.severelist.SevereList;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.ui.error.PageActions;
import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * The prior notices (告知) of a proposal to put the merchant's own subject on the severe-dishonesty list: the grounds,
 * the basis and the last day of the statement-and-defence period (陈述申辩), with the form to state its case.
 */
@Route(value = "tenants/:tenant/merchant/severe-list", layout = PortalLayout.class)
@PermitAll
@PagePermission(Permission.MERCHANT_PORTAL)
public class SevereListNoticeView extends PortalPage {

    private final SevereList list;

    public SevereListNoticeView(SevereList list) {
        this.list = list;
    }

    @Override
    protected void show() {
        removeAll();
        add(new H2(getTranslation("severeList.merchant.title")));
        List<ListEntryView> notices = list.myNotices();
        if (notices.isEmpty()) {
            add(new Paragraph(getTranslation("severeList.merchant.none")));
        }
        for (ListEntryView notice : notices) {
            Div card = new Div();
            card.setId("severe-list-notice-" + notice.id());
            card.setWidthFull();
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
            card.add(new H3(getTranslation("severeList.merchant.notice", names(notice))),
                    new Paragraph(getTranslation("severeList.merchant.noticeText")));
            card.add(com.credittown.ui.severelist.EntryText.of(this, notice));
            if (notice.status() == ListingStatus.NOTICE_SERVED) {
                TextArea statement = new TextArea(getTranslation("severeList.field.statement"));
                statement.setId("severe-list-statement");
                statement.setMaxLength(4000);
                statement.setWidthFull();
                statement.setHelperText(getTranslation("severeList.merchant.until", notice.statementDue()));
                var send = big(getTranslation("severeList.merchant.send"), () -> send(notice, statement));
                send.setId("severe-list-send-statement");
                send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                card.add(statement, send);
            }
            add(card);
        }
    }

    private static String names(ListEntryView notice) {
        return notice.subjectName() == null ? "" : notice.subjectName();
    }

    private void send(ListEntryView notice, TextArea statement) {
        if (PageActions.run("severeList", this, Map.of("statement", statement),
                () -> list.submitStatement(notice.id(), statement.getValue(), CurrentUsers.actor()),
                "severeList.merchant.sent")) {
            show();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("severeList.merchant.title");
    }
}
