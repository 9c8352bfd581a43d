package com.credittown.workflows.form;

import com.credittown.platform.credit.CreditSubjectRegistry;
import org.springframework.stereotype.Component;

/** {@link SubjectCodes} from the current tenant's credit archive (the database, not the search index). */
@Component
class ArchiveSubjectCodes implements SubjectCodes {

    private final CreditSubjectRegistry subjects;

    ArchiveSubjectCodes(CreditSubjectRegistry subjects) {
        this.subjects = subjects;
    }

    @Override
    public boolean isRegistered(String code) {
        return subjects.byCode(code).isPresent();
    }
}
