package com.credittown.ui.audit;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.platform.audit.AuditTrail;
import com.credittown.platform.audit.ChainStatus;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.security.TenantPages;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * A tenant's audit log (审计日志) for its administrator (and, read-only like every tenant page, the city office): the
 * status of the tenant's SM3 audit chain and its entries, filtered.
 */
@Route(value = "tenants/:tenant/audit", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.AUDIT_READ)
public class TenantAuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantDirectory directory;
    private final AuditTrail trail;
    private final H2 heading = new H2();
    private final Paragraph chain = new Paragraph();
    private final AuditEntriesPanel entries;
    private String tenantCode;
    private String title = "";

    public TenantAuditView(TenantDirectory directory, AuditTrail trail, DisplayNames names) {
        this.directory = directory;
        this.trail = trail;
        this.entries = new AuditEntriesPanel(trail, names, () -> tenantCode);
        chain.setId("audit-chain-status");
        add(heading, chain, entries);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Tenant> tenant = TenantPages.current(directory);
        if (tenant.isEmpty()) {
            return;
        }
        tenantCode = tenant.get().id().code();
        title = getTranslation("audit.title", tenant.get().name(getLocale()));
        heading.setText(title);
        ChainStatus status = trail.chainStatus(tenantCode);
        chain.setText(ChainStatusText.of(this, status));
        chain.getElement().setAttribute("data-intact", Boolean.toString(status.intact()));
        chain.getStyle().set("color", status.intact() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        entries.reload();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
