package com.credittown.ui.search;

import com.credittown.platform.identity.Roles;
import com.credittown.platform.search.SearchDegradedException;
import com.credittown.platform.search.SearchResults;
import com.credittown.platform.search.SubjectHit;
import com.credittown.platform.search.SubjectSearch;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.ui.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Results of the global search box, grouped by type (credit subjects so far), each linking to its archive
 * page. The tenant filter is applied by the search service, never here.
 */
@Route(value = "tenants/:tenant/search", layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE})
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SubjectSearch search;
    private final Div results = new Div();

    public SearchView(SubjectSearch search) {
        this.search = search;
        results.setId("search-results");
        add(new H2(getTranslation("search.title")), results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String tenant = event.getRouteParameters().get("tenant").orElse("");
        if (TenantContext.current().filter(t -> t.code().equals(tenant)).isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("tasks.unknownTenant", tenant));
            return;
        }
        String query = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        results.removeAll();
        try {
            show(tenant, search.search(query, 0, SubjectSearch.DEFAULT_SIZE));
        } catch (InvalidInputException e) {
            results.add(new Paragraph(getTranslation("search.invalid")));
        } catch (SearchDegradedException e) {
            Paragraph degraded = new Paragraph(getTranslation("search.degraded"));
            degraded.setId("search-degraded");
            results.add(degraded);
        }
    }

    private void show(String tenant, SearchResults<SubjectHit> found) {
        results.add(new H3(getTranslation("search.group.subjects", found.total())));
        if (found.items().isEmpty()) {
            results.add(new Paragraph(getTranslation("search.none")));
        }
        for (SubjectHit hit : found.items()) {
            Anchor link = new Anchor("tenants/" + tenant + "/subjects/" + hit.id(), hit.name());
            link.addClassName("search-hit");
            Span detail = new Span(" " + (hit.code() == null ? "" : hit.code()) + " · "
                    + getTranslation("archive.grade") + " " + hit.grade());
            results.add(new Div(link, detail));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
