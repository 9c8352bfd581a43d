package com.credittown.ui.cleanup;

import com.credittown.platform.credit.cleanup.CleanupItemView;
import com.credittown.platform.credit.cleanup.CodeCleanup;
import com.credittown.platform.identity.AccessPolicy;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.security.PagePermission;
import com.credittown.workflows.cleanup.CodeCleanupSpreadsheet;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A town's part of the code clean-up report (重错码清理): its refused registrations and import rows with wrong codes by
 * department, the codes it reported under another name, the likely duplicates among subjects it registered; its
 * officers work them. The city office opening a town's page reads it.
 */
@Route(value = "tenants/:tenant/code-cleanup", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.CODE_CLEANUP_READ)
public class TenantCodeCleanupView extends CodeCleanupReport {

    public TenantCodeCleanupView(CodeCleanup cleanup, DisplayNames names) {
        super(cleanup, names, "cleanup.tenant.title", "cleanup.tenant.help");
    }

    @Override
    protected List<CleanupItemView> load() {
        return cleanup.items(kind.getValue(), status.getValue());
    }

    @Override
    protected byte[] sheet(Locale locale) {
        String tenant = TenantContext.require().code();
        return CodeCleanupSpreadsheet.of(cleanup.items(kind.getValue(), status.getValue()), names.tenant(tenant),
                locale, names.tenants());
    }

    @Override
    protected String sheetName() {
        return "code-cleanup-" + TenantContext.current().map(t -> t.code()).orElse("") + ".xlsx";
    }

    @Override
    protected boolean mayWork(CleanupItemView item) {
        return AccessPolicy.allows(Permission.CODE_CLEANUP_WORK) && !cityOffice()
                && TenantContext.current().map(t -> Objects.equals(t.code(), item.ownerTenant())).orElse(false);
    }

    @Override
    protected boolean mayDetect() {
        return AccessPolicy.allows(Permission.CODE_CLEANUP_WORK) && !cityOffice();
    }

    private static boolean cityOffice() {
        return CurrentUsers.current().map(u -> u.isCityOffice()).orElse(false);
    }

    @Override
    protected void work(long id, CodeCleanup.Work work) {
        cleanup.work(id, work, CurrentUsers.actor());
    }

    @Override
    protected void detectAgain() {
        cleanup.detect(CurrentUsers.actor());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cleanup.tenant.title");
    }
}
