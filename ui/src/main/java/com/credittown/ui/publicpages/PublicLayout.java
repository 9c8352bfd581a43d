package com.credittown.ui.publicpages;

import com.credittown.ui.i18n.LanguageSwitch;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The frame of the public pages (no login): the public home and the language switch. */
public class PublicLayout extends AppLayout {

    public PublicLayout(com.credittown.demo.DemoDataset demo) {
        Anchor home = new Anchor("/public", getTranslation("public.title"));
        home.setId("public-home-link");
        home.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        HorizontalLayout bar = new HorizontalLayout(home, new LanguageSwitch());
        com.credittown.ui.DemoNotice.of(demo).ifPresent(notice -> bar.addComponentAtIndex(1, notice));
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(home);
        bar.getStyle().set("padding", "0 var(--lumo-space-m)");
        addToNavbar(bar);
    }
}
