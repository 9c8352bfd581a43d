package com.credittown.ui.bench;

import com.vaadin.flow.server.VaadinSession;
import java.util.Collections;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.context.ApplicationContext;

/**
 * The Vaadin UIs the running application holds, counted on the server: every HTTP session of the embedded Tomcat,
 * every Vaadin session in it, its UIs (under the session's lock). Lets a test see that a headless visit made a real UI.
 */
final class LiveUis {

    private LiveUis() {
    }

    static int count(ApplicationContext app) {
        return count(app, 0);
    }

    /** The UIs in HTTP sessions created at or after {@code sinceMillis} (epoch milliseconds). */
    static int count(ApplicationContext app, long sinceMillis) {
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) app).getWebServer();
        int uis = 0;
        for (Container child : server.getTomcat().getHost().findChildren()) {
            for (Session session : ((Context) child).getManager().findSessions()) {
                uis += session.getCreationTime() >= sinceMillis ? uisOf(session) : 0;
            }
        }
        return uis;
    }

    private static int uisOf(Session session) {
        int uis = 0;
        try {
            for (String name : Collections.list(session.getSession().getAttributeNames())) {
                if (session.getSession().getAttribute(name) instanceof VaadinSession vaadin) {
                    vaadin.lock();
                    try {
                        uis += vaadin.getUIs().size();
                    } finally {
                        vaadin.unlock();
                    }
                }
            }
        } catch (IllegalStateException invalidated) {
            return 0;
        }
        return uis;
    }
}
