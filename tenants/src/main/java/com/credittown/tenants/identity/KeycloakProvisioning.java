package com.credittown.tenants.identity;

import com.credittown.platform.identity.CityRealm;
import com.credittown.platform.identity.RealmUser;
import com.credittown.platform.identity.RealmUsers;
import com.credittown.platform.identity.TenantOrganisations;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantProvisioningStep;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keycloak's part of provisioning: the city realm once, then per tenant its organisation and (when demo
 * users are on) the tenant's demo users. City-office demo users are created with the realm.
 */
@Component
class KeycloakProvisioning implements TenantProvisioningStep {

    private final CityRealm realm;
    private final TenantOrganisations organisations;
    private final RealmUsers users;
    private final List<RealmUser> demoUsers;

    KeycloakProvisioning(CityRealm realm, TenantOrganisations organisations, RealmUsers users,
                         @Value("${credittown.identity.demo-users:true}") boolean demoUsersOn) {
        this.realm = realm;
        this.organisations = organisations;
        this.users = users;
        this.demoUsers = demoUsersOn ? DemoUsers.read() : List.of();
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public boolean prepare() {
        boolean changed = realm.ensure();
        for (RealmUser user : demoUsers) {
            if (user.tenant().isEmpty()) {
                changed |= users.ensure(user);
            }
        }
        return changed;
    }

    @Override
    public boolean provision(Tenant tenant) {
        boolean changed = organisations.ensure(tenant);
        for (RealmUser user : demoUsers) {
            if (user.tenant().filter(tenant.id().code()::equals).isPresent()) {
                changed |= users.ensure(user);
            }
        }
        return changed;
    }
}
