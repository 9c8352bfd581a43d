package com.credittown.ui.publicpages;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public home (no login): every town and park, each linking to its publicity notices (公示). */
@Route(value = "public", layout = PublicLayout.class)
@AnonymousAllowed
public class PublicHomeView extends VerticalLayout implements HasDynamicTitle {

    public PublicHomeView(TenantDirectory directory) {
        setMaxWidth("800px");
        getStyle().set("margin", "0 auto");
        add(new H2(getTranslation("public.chooseTenant")), new Paragraph(getTranslation("public.intro")));
        Div list = new Div();
        list.setId("public-tenants");
        list.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        for (Tenant tenant : directory.all()) {
            Anchor link = new Anchor("public/tenants/" + tenant.id().code(),
                    tenant.name(getLocale()) + "（" + getTranslation("tenants.kind." + tenant.kind()) + "）");
            link.setId("public-tenant-" + tenant.id().code());
            link.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-height", "48px")
                    .set("box-sizing", "border-box").set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "8px").set("display", "inline-flex").set("align-items", "center");
            list.add(link);
        }
        add(list);
        Anchor severeList = new Anchor("public/severe-list", getTranslation("severeList.public.title"));
        severeList.setId("public-severe-list-link");
        severeList.getStyle().set("display", "block").set("margin-top", "var(--lumo-space-m)");
        add(severeList);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.title");
    }
}
