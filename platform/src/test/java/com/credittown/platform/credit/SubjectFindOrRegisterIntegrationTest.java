package com.credittown.platform.credit;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@link CreditSubjectRegistry#findOrRegister}, what a commitment's publication puts its subject in the archive with:
 * a code new to the city is registered once (graded and audited as a registration), the same code later, from any
 * town, finds that subject and registers nothing.
 */
@SpringBootTest
class SubjectFindOrRegisterIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    TenantDirectory directory;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    AuditLog audit;

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    @Test
    void aNewCodeIsRegisteredOnceAndFoundAfterwardsFromAnyTown() {
        String code = CODES.next("441900").value();
        NewSubject request = new NewSubject(SubjectKind.organisationWithCode(code), code, "东莞市虎门计数测试商行",
                List.of());

        SubjectView made = TenantContext.callAs(HUMEN, () -> registry.findOrRegister(request, "officer-a"));
        assertThat(made.code()).isEqualTo(code);
        assertThat(made.name()).isEqualTo("东莞市虎门计数测试商行");
        assertThat(made.grade()).isNotNull();
        assertThat(TenantContext.callAs(HUMEN, () -> registry.byCode(code))).map(SubjectView::id).contains(made.id());

        SubjectView again = TenantContext.callAs(HUMEN, () -> registry.findOrRegister(request, "officer-b"));
        SubjectView fromChangan = TenantContext.callAs(CHANGAN, () -> registry.findOrRegister(request, "officer-c"));
        assertThat(again.id()).isEqualTo(made.id());
        assertThat(fromChangan.id()).isEqualTo(made.id());
        assertThat(TenantContext.callAs(HUMEN, () -> audit.trailOf(CreditAudit.SUBJECT, Long.toString(made.id()))))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CreditAudit.SUBJECT_REGISTERED, "officer-a"));
    }

    @Test
    void anInvalidCodeIsRefusedNamingTheCodeAndRegistersNothing() {
        String valid = CODES.next("441900").value();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        NewSubject request = new NewSubject(SubjectKind.MARKET_ENTITY, wrongCheck, "东莞市虎门计数测试商行", List.of());

        assertThatThrownBy(() -> TenantContext.callAs(HUMEN, () -> registry.findOrRegister(request, "officer-a")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldProblem::field).containsExactly("code"));
        assertThat(TenantContext.callAs(HUMEN, () -> registry.knownByCode(List.of(wrongCheck, valid)))).isEmpty();
    }
}
