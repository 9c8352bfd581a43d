package com.credittown.platform.search;

import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers credit subjects for search tests, through the archive: its SubjectRegistered event puts the
 * subject in the outbox in the registration's transaction.
 */
final class SearchTestSubjects {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    private static final com.credittown.platform.credit.person.ResidentIdGenerator PERSONS =
            new com.credittown.platform.credit.person.ResidentIdGenerator(new Random());

    private final CreditSubjectRegistry registry;
    private final TransactionTemplate tx;

    SearchTestSubjects(CreditSubjectRegistry registry, TransactionTemplate tx) {
        this.registry = registry;
        this.tx = tx;
    }

    SubjectView register(TenantId tenant, String name) {
        String code = CODES.next("441900").value();
        return TenantContext.callAs(tenant, () -> tx.execute(status -> {
            return registry.register(new NewSubject(SubjectKind.MARKET_ENTITY, code, name,
                    List.of("搜索测试")), "search-test");
        }));
    }

    /** A natural person registered by the tenant (only its masked name is indexed, e.g. 张**). */
    SubjectView registerPerson(TenantId tenant, String name) {
        String idNumber = PERSONS.next("441900");
        return TenantContext.callAs(tenant, () -> tx.execute(status -> registry.register(
                new NewSubject(SubjectKind.NATURAL_PERSON, idNumber, name, List.of()), "search-test")));
    }

    /** Three random CJK characters: makes names unique per run (the test database and index keep old runs). */
    static String marker() {
        StringBuilder marker = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            marker.append((char) ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5));
        }
        return marker.toString();
    }
}
