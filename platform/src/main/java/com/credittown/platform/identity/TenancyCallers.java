package com.credittown.platform.identity;

import com.credittown.platform.tenancy.RequestCallers;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tells the tenancy doors who a request is from: the {@link CurrentUser} of the token or the login session. */
@Component
class TenancyCallers implements RequestCallers {

    @Override
    public Optional<Caller> signedIn() {
        return CurrentUsers.current().map(user -> new Caller(user.username(), user.tenant(), user.isCityOffice()));
    }

    @Override
    public boolean inRequest() {
        return CurrentUsers.inRequest();
    }
}
