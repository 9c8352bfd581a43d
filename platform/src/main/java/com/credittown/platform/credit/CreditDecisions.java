package com.credittown.platform.credit;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.credit.rule.Arguments;
import com.credittown.platform.credit.rule.Breach;
import com.credittown.platform.credit.rule.ArchiveFact;
import com.credittown.platform.credit.rule.Decision;
import com.credittown.platform.credit.rule.DecisionRules;
import com.credittown.platform.credit.rule.SubjectFacts;
import com.credittown.platform.credit.rule.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions that read a subject's whole credit archive, every tenant's and the city's records, whatever the
 * caller may see of it (plan (三): one archive; docs/adr/0003): star nomination, district admission, the commitment
 * route and the credit report's certificate statement, under the city's {@link DecisionRules}.
 */
@Service
@Allowed(Permission.ARCHIVE_READ)
public class CreditDecisions {

    private final CreditSubjects subjects;
    private final CreditRecords records;
    private final DecisionRules rules;
    private final List<SubjectFact> facts;
    private final ArchiveAccess access;

    CreditDecisions(CreditSubjects subjects, CreditRecords records, DecisionRules rules, List<SubjectFact> facts,
                    ArchiveAccess access) {
        this.access = access;
        this.subjects = subjects;
        this.records = records;
        this.rules = rules;
        this.facts = List.copyOf(facts);
    }

    /**
     * The verdict for the subject with this unified social credit code (registered or not: a subject unknown to the
     * archive has no records; only a rule asking for registration refuses it).
     */
    @Transactional(readOnly = true)
    public Verdict decide(Decision decision, String subjectCode, Arguments arguments) {
        return rules.evaluate(decision, factsOf(subjectCode), arguments);
    }

    /** The verdict for a registered subject by its id (e.g. a natural person, who has no code here). */
    @Transactional(readOnly = true)
    public Verdict decideForSubject(Decision decision, long subjectId, Arguments arguments) {
        Optional<CreditSubject> subject = subjects.findById(subjectId);
        return rules.evaluate(decision, factsOf(subject.map(CreditSubject::code).orElse(null), subject), arguments);
    }

    private SubjectFacts factsOf(String code) {
        return factsOf(code, code == null ? Optional.empty() : subjects.findByCode(code));
    }

    private SubjectFacts factsOf(String code, Optional<CreditSubject> subject) {
        List<ArchiveFact> archive = subject.map(s -> records.findBySubjectIdOrderByDecisionDateAscIdAsc(s.id())
                .stream().filter(r -> !r.objection().suspends()).map(this::fact).toList()).orElse(List.of());
        Map<String, List<String>> known = new HashMap<>();
        for (SubjectFact fact : facts) {
            known.put(fact.name(), code == null ? List.of() : fact.evidence(code));
        }
        return new SubjectFacts(code, subject.isPresent(), subject.map(CreditSubject::grade).orElse(null), archive,
                known);
    }

    private ArchiveFact fact(CreditRecord r) {
        return ArchiveFact.of(access.view(r));
    }

    /**
     * The rules of a record-level decision (e.g. {@code REPAIR_RECORD}) one record breaks, for the tenant the caller
     * acts for (its code is the argument {@code callerTenant} unless given).
     */
    public List<Breach> decideRecord(Decision decision, RecordView record, Arguments arguments) {
        return rules.evaluateRecord(decision, ArchiveFact.of(record), arguments);
    }
}
