package com.credittown.tenants.identity;

import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.identity.RealmUser;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantProvisioningStep;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The credit subjects of the demo merchants (when demo users are on): each demo merchant account is linked to a
 * subject code, and that subject is registered in the merchant's tenant, so the merchant portal shows an archive
 * on a fresh demo. Idempotent: a subject already registered is left as it is.
 */
@Component
class DemoMerchantSubjects implements TenantProvisioningStep {

    private static final String ACTOR = "provisioning";

    private final CreditSubjectRegistry registry;
    private final List<RealmUser> merchants;

    DemoMerchantSubjects(CreditSubjectRegistry registry,
                         @Value("${credittown.identity.demo-users:true}") boolean demoUsersOn) {
        this.registry = registry;
        this.merchants = demoUsersOn
                ? DemoUsers.read().stream().filter(user -> user.attributes().containsKey("subject_code")).toList()
                : List.of();
    }

    @Override
    public String name() {
        return "demo-merchant-subjects";
    }

    @Override
    public boolean provision(Tenant tenant) {
        boolean changed = false;
        for (RealmUser merchant : merchants) {
            if (!merchant.tenant().map(tenant.id().code()::equals).orElse(false)) {
                continue;
            }
            String code = merchant.attributes().get("subject_code");
            if (registry.byCode(code).isEmpty()) {
                String name = "东莞市" + tenant.nameZh() + "演示贸易有限公司";
                registry.register(new NewSubject(SubjectKind.MARKET_ENTITY, code, name, List.of("演示")), ACTOR);
                changed = true;
            }
        }
        return changed;
    }
}
