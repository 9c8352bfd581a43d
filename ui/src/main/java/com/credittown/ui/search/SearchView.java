package com.credittown.ui.search;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.search.CaseHit;
import com.credittown.platform.search.DocumentSearch;
import com.credittown.platform.search.GlobalSearch;
import com.credittown.platform.search.GroupedResults;
import com.credittown.platform.search.RecordHit;
import com.credittown.platform.search.SearchDegradedException;
import com.credittown.platform.search.SearchHit;
import com.credittown.platform.search.SearchResults;
import com.credittown.platform.search.SubjectHit;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.ui.MainLayout;
import com.credittown.workflows.district.ShopHit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Results of the global search box, grouped by type: credit subjects with their records beside them, then cases
 * and district shops; each hit links to its archive page or case page and names its tenant. On
 * {@code tenants/:tenant/search} one tenant is searched; on {@code search} the city office searches every tenant.
 * Which tenants a user may search is decided by the search service, never here.
 */
@Route(value = "tenants/:tenant/search", layout = MainLayout.class)
@RouteAlias(value = "search", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.SEARCH)
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GlobalSearch search;
    private final TenantDirectory directory;
    private final Div results = new Div();
    private final DisplayNames names;
    private Map<String, String> tenantNames = Map.of();

    public SearchView(GlobalSearch search, TenantDirectory directory, DisplayNames names) {
        this.names = names;
        this.search = search;
        this.directory = directory;
        results.setId("search-results");
        results.setWidthFull();
        add(new H2(getTranslation("search.title")), results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> tenant = event.getRouteParameters().get("tenant");
        boolean cityOffice = CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(false);
        if (tenant.isEmpty() && !cityOffice && TenantContext.current().isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("tasks.unknownTenant", ""));
            return;
        }
        // the city office on "search" asks for every tenant; everyone else for the tenant they act for
        String asked = tenant.orElse(cityOffice ? null : TenantContext.current().map(t -> t.code()).orElse(null));
        String query = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        results.removeAll();
        if (cityOffice && tenant.isPresent()) {
            Anchor everywhere = new Anchor("search?" + QueryParameters.of("q", query).getQueryString(),
                    getTranslation("search.allTenants"));
            everywhere.setId("search-all-tenants");
            results.add(new Paragraph(everywhere));
        }
        try {
            GroupedResults found = search.search(asked, query, DocumentSearch.DEFAULT_SIZE);
            tenantNames = directory.all().stream().collect(Collectors.toMap(t -> t.id().code(), t -> t.name(getLocale())));
            show(found);
        } catch (InvalidInputException e) {
            results.add(new Paragraph(getTranslation("search.invalid")));
        } catch (SearchDegradedException e) {
            Paragraph degraded = new Paragraph(getTranslation("search.degraded"));
            degraded.setId("search-degraded");
            results.add(degraded);
        }
    }

    private void show(GroupedResults found) {
        // records beside their subjects, then cases and shops
        HorizontalLayout archive = new HorizontalLayout(
                group(found, "subjects", this::subject), group(found, "records", this::record));
        archive.setWidthFull();
        archive.getChildren().forEach(column -> archive.setFlexGrow(1, column));
        results.add(archive, group(found, "cases", this::caseHit), group(found, "shops", this::shop));
    }

    @SuppressWarnings("unchecked")
    private <H extends SearchHit> Component group(GroupedResults found, String key, Function<H, Component> row) {
        Div group = new Div();
        group.setId("search-group-" + key);
        group.addClassName("search-group");
        group.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        SearchResults<H> results = (SearchResults<H>) found.group(key);
        if (results == null) {
            return group;
        }
        group.add(new H3(getTranslation("search.group." + key, results.total())));
        if (results.items().isEmpty()) {
            group.add(new Paragraph(getTranslation("search.none")));
        }
        for (H hit : results.items()) {
            Div line = new Div(row.apply(hit), tenantOf(hit));
            line.addClassName("search-line");
            group.add(line);
        }
        return group;
    }

    private Component subject(SubjectHit hit) {
        return new Span(link(hit, hit.name()), detail(" " + (hit.code() == null ? "" : hit.code()) + " · "
                + getTranslation("archive.grade") + " " + hit.grade()));
    }

    private Component record(RecordHit hit) {
        return new Span(link(hit, hit.title()), detail(" " + hit.subjectName() + " · "
                + getTranslation("archive.kind." + hit.kind()) + " · "
                + getTranslation("archive.state." + hit.state())
                + (hit.underObjection() ? " · " + getTranslation("objection.underObjection") : "")
                + (hit.decisionDate() == null ? "" : " · " + hit.decisionDate())));
    }

    private Component caseHit(CaseHit hit) {
        String title = names.process(hit.processKey()) + (hit.subjectName() == null ? "" : " · " + hit.subjectName());
        StringBuilder detail = new StringBuilder(" " + getTranslation("search.case." + hit.state()));
        if (!hit.openTasks().isEmpty()) {
            detail.append(" · ").append(getTranslation("search.case.tasks", hit.openTasks().stream()
                    .map(task -> names.recordedStep(hit.processKey(), task.name())).collect(Collectors.joining("、"))));
        }
        if (hit.nearestDueAt() != null) {
            detail.append(" · ").append(getTranslation("search.case.due", hit.nearestDueAt().substring(0, 10)));
        }
        Span line = new Span(link(hit, title), detail(detail.toString()));
        if (hit.overdue()) {
            Span overdue = new Span(" " + getTranslation("search.case.overdue"));
            overdue.addClassName("search-overdue");
            overdue.getStyle().set("color", "var(--lumo-error-text-color)");
            line.add(overdue);
        }
        return line;
    }

    private Component shop(ShopHit hit) {
        return new Span(link(hit, hit.shopName()), detail(" " + hit.districtName() + " · "
                + getTranslation("search.shop." + hit.status()) + " · "
                + getTranslation("search.shop.rating." + hit.rating())));
    }

    private static Anchor link(SearchHit hit, String text) {
        Anchor link = new Anchor(hit.link(), text);
        link.addClassName("search-hit");
        return link;
    }

    private static Span detail(String text) {
        Span detail = new Span(text);
        detail.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return detail;
    }

    private Span tenantOf(SearchHit hit) {
        Span tenant = new Span(" [" + tenantNames.getOrDefault(hit.tenant(), hit.tenant()) + "]");
        tenant.addClassName("search-tenant");
        tenant.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return tenant;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
