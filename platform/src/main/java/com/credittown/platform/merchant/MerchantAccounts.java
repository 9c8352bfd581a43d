package com.credittown.platform.merchant;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.MerchantLogins;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.uscc.Uscc;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a self-registered merchant account to its credit subject once an officer has verified it: the subject must be
 * in this tenant's archive; the account then joins the tenant's organisation and carries the subject's code
 * ({@link MerchantLogins}), and the link is audited on the subject. Its own feature so that identity does not depend
 * on the credit archive or the audit trail (issue #17).
 */
@Service
@Allowed(Permission.MERCHANT_LINK)
public class MerchantAccounts {

    private final MerchantLogins logins;
    private final CreditSubjectRegistry subjects;
    private final AuditLog audit;

    MerchantAccounts(MerchantLogins logins, CreditSubjectRegistry subjects, AuditLog audit) {
        this.logins = logins;
        this.subjects = subjects;
        this.audit = audit;
    }

    /**
     * @throws InvalidInputException if the code is not a valid unified social credit code (named at subjectCode)
     * @throws NotFoundException     if the subject is not in this tenant's archive or the account does not exist
     * @throws ConflictException     if the account is not a merchant, belongs to another tenant or is linked to
     *                               another subject
     */
    @Transactional
    public void link(String username, String subjectCode, String actor) {
        TenantContext.require();
        // the problem is named at the field the caller sent, subjectCode
        Uscc.check(subjectCode).message().ifPresent(problem -> {
            throw new InvalidInputException(List.of(new FieldProblem("subjectCode", problem)));
        });
        SubjectView subject = subjects.byCode(subjectCode).orElseThrow(() -> new NotFoundException(
                "Unknown credit subject", "No credit subject with the code " + subjectCode.strip() + " is registered."));
        logins.link(username, subject.code());
        audit.record(actor, "MERCHANT_LINKED", "credit-subject", String.valueOf(subject.id()),
                "account " + username + " linked to " + subject.code());
    }
}
