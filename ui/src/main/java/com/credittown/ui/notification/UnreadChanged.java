package com.credittown.ui.notification;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the page (UI) when the user marked notifications read: the bell counts again. */
public class UnreadChanged extends ComponentEvent<UI> {

    public UnreadChanged(UI page) {
        super(page, false);
    }
}
