package com.credittown.ui.publicpages;

import com.credittown.platform.credit.severelist.PublicListing;
import com.credittown.platform.credit.severelist.SevereList;
import com.credittown.ui.i18n.DisplayNames;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** The city's severe-dishonesty list (严重失信主体名单), no login: who is on it, on what grounds and basis, until when. */
@Route(value = "public/severe-list", layout = PublicLayout.class)
@AnonymousAllowed
public class PublicSevereListView extends VerticalLayout implements HasDynamicTitle {

    public PublicSevereListView(SevereList list, DisplayNames names) {
        setMaxWidth("800px");
        getStyle().set("margin", "0 auto");
        add(new H2(getTranslation("severeList.public.title")), new Paragraph(getTranslation("severeList.public.intro")));
        Div entries = new Div();
        entries.setId("public-severe-list");
        entries.setWidthFull();
        List<PublicListing> all = list.publicList();
        if (all.isEmpty()) {
            entries.add(new Paragraph(getTranslation("public.none")));
        }
        for (PublicListing entry : all) {
            Div card = new Div();
            card.addClassName("public-severe-list-entry");
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
            Span name = new Span(entry.subjectName() + " · " + entry.subjectCode());
            name.getStyle().set("font-weight", "600").set("display", "block");
            card.add(name,
                    new Paragraph(getTranslation("severeList.public.grounds", entry.grounds())),
                    new Paragraph(getTranslation("severeList.public.basis", entry.legalBasis())),
                    new Paragraph(getTranslation("severeList.public.by", names.tenant(entry.tenant()),
                            entry.department())),
                    new Paragraph(getTranslation("severeList.public.period", entry.listedFrom(),
                            entry.listedUntil())));
            if (entry.correctedOn() != null) {
                card.add(new Paragraph(getTranslation("severeList.public.corrected", entry.correctedOn())));
            }
            entries.add(card);
        }
        add(entries);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("severeList.public.title");
    }
}
