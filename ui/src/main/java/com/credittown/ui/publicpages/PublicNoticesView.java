package com.credittown.ui.publicpages;

import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.workflows.district.District;
import com.credittown.workflows.notices.ObjectionRateLimit;
import com.credittown.workflows.notices.PublicNotice;
import com.credittown.workflows.notices.PublicNotices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * A tenant's publicity notices (公示), no login: stars in their publicity period (with the objection form),
 * commitments signed, credit repair decisions, and the honest business districts linking to their member shops.
 */
@Route(value = "public/tenants/:tenant", layout = PublicLayout.class)
@AnonymousAllowed
public class PublicNoticesView extends PublicPage {

    private final PublicNotices notices;
    private final ObjectionRateLimit limit;

    public PublicNoticesView(TenantDirectory directory, PublicNotices notices, ObjectionRateLimit limit) {
        super(directory);
        this.notices = notices;
        this.limit = limit;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        removeAll();
        add(new H2(tenant.name(getLocale()) + " · " + getTranslation("public.notices")));
        section("public.stars", "public-stars", notices.starsInPublicity(), true);
        section("public.commitments", "public-commitments", notices.commitmentsSigned(), false);
        section("public.repairs", "public-repairs", notices.repairDecisions(), false);
        add(new H3(getTranslation("public.districts")));
        Div districts = new Div();
        districts.setId("public-districts");
        List<District> all = notices.districts();
        if (all.isEmpty()) {
            districts.add(new Paragraph(getTranslation("public.none")));
        }
        for (District district : all) {
            Anchor link = new Anchor("public/tenants/" + tenant.id().code() + "/districts/" + district.id(),
                    district.name());
            link.addClassName("public-district");
            link.getStyle().set("display", "block").set("padding", "var(--lumo-space-s) 0");
            districts.add(link);
        }
        add(districts);
    }

    private void section(String titleKey, String id, List<PublicNotice> items, boolean objections) {
        add(new H3(getTranslation(titleKey)));
        Div list = new Div();
        list.setId(id);
        list.setWidthFull();
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("public.none")));
        }
        for (PublicNotice notice : items) {
            Div card = new Div();
            card.addClassName("public-notice");
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
            Span name = new Span(notice.subjectName() + (notice.subjectCode() == null ? "" : " · " + notice.subjectCode()));
            name.getStyle().set("font-weight", "600").set("display", "block");
            Paragraph detail = new Paragraph(notice.detail());
            Span period = new Span(notice.lastDay() == null
                    ? getTranslation("public.publishedOn", notice.firstDay())
                    : getTranslation("public.period", notice.firstDay(), notice.lastDay()));
            period.getStyle().set("color", "var(--lumo-secondary-text-color)");
            card.add(name, detail, period);
            if (notice.rectifyBy() != null) {
                // 责令限期整改: still a published commitment, under an order to rectify
                Span rectifying = new Span(getTranslation("public.commitment.rectifying", notice.rectifyBy()));
                rectifying.addClassName("public-rectifying");
                rectifying.getStyle().set("display", "block").set("color", "var(--lumo-error-text-color)");
                card.add(rectifying);
            }
            if (objections && notice.acceptsObjections()) {
                Button object = new Button(getTranslation("public.object"), e -> new ObjectionDialog(notice,
                        tenant, notices, limit).open());
                object.setId("object-" + notice.caseId());
                object.addClassName("object-button");
                object.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                object.setMinHeight("44px");
                card.add(new Div(object));
            }
            list.add(card);
        }
        add(list);
    }
}
