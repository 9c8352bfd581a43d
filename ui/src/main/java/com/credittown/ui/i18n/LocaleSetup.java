package com.credittown.ui.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/** Every UI starts in Simplified Chinese unless the user switched this session to English. */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(Translations.CHINESE));
        event.getSource().addUIInitListener(e -> {
            VaadinSession session = e.getUI().getSession();
            e.getUI().setLocale(session.getLocale() == null ? Translations.CHINESE : session.getLocale());
        });
    }
}
