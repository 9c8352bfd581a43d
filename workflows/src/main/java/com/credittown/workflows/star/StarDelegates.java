package com.credittown.workflows.star;

import static com.credittown.platform.workflow.CaseVariables.number;
import static com.credittown.platform.workflow.CaseVariables.optionalString;
import static com.credittown.platform.workflow.CaseVariables.string;
import static com.credittown.platform.workflow.TenantScopedDelegate.delegate;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditDecisions;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.credit.rule.Arguments;
import com.credittown.platform.credit.rule.Decision;
import com.credittown.platform.credit.rule.Verdict;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.workflow.CaseActor;
import com.credittown.platform.workflow.TenantScopedDelegate;
import com.credittown.workflows.star.internal.StarRounds;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The automatic steps of the integrity-star process. Each runs in the engine's transaction, so the nomination
 * row, the archive record, the audit entry and the case step commit together or not at all; a step that
 * refuses (a closed round, a full round, an unanswered objection) leaves the case where it was.
 */
@Configuration(proxyBeanMethods = false)
class StarDelegates {

    /** The plan's section, named as the basis of the honour record. */
    static final String LEGAL_BASIS = "东府办〔2024〕6号（二十二）";

    @Bean
    TenantScopedDelegate starNominationRecording(StarRounds rounds, StarNominations nominations, AuditLog audit,
                                                 PlatformClock clock) {
        return delegate(execution -> {
            String roundId = string(execution, "roundId");
            StarRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("Unknown round",
                    "No integrity-star round '" + roundId + "' exists."));
            if (round.status() != StarRound.Status.OPEN) {
                throw new ConflictException("The round " + round.name() + " is closed; it takes no further nominations");
            }
            StarNomination nomination = nominations.save(new StarNomination(execution.getProcessInstanceId(),
                    round.id(), string(execution, "subjectCode"), string(execution, "subjectName"),
                    string(execution, "nominatedBy"), optionalString(execution, "nominatingDepartment"),
                    string(execution, "reasons"), clock.instant()));
            execution.setVariable("nominationId", nomination.id());
            execution.setVariable("roundName", round.name());
            audit.record(CaseActor.current(), "STAR_NOMINATED", IntegrityStarSelection.AUDIT_NOMINATION,
                    nomination.id(), nomination.subjectCode() + " in round " + round.name() + " by "
                            + nomination.nominatedBy());
        });
    }

    @Bean
    TenantScopedDelegate starEligibilityCheck(StarNominations nominations, CreditSubjectRegistry registry,
                                              CreditDecisions decisions, StarCalendar calendar, AuditLog audit,
                                              PlatformClock clock) {
        return delegate(execution -> {
            StarNomination nomination = find(nominations, execution);
            Optional<SubjectView> subject = registry.byCode(nomination.subjectCode());
            // the city's rules over the subject's whole archive, every town's records included
            Verdict verdict = decisions.decide(Decision.STAR_NOMINATION, nomination.subjectCode(),
                    Arguments.parameter("minimumGrade", string(execution, "minimumGrade")));
            List<String> reasons = verdict.reasons(Locale.SIMPLIFIED_CHINESE);
            Long subjectId = subject.map(SubjectView::id).orElse(null);
            boolean eligible = reasons.isEmpty();
            execution.setVariable("eligible", eligible);
            if (eligible) {
                nomination.eligible(subjectId);
                Deadline due = calendar.reviewDue(LocalDate.now(clock),
                        number(execution, "townReviewWorkingDays"));
                execution.setVariable("townReviewDueAt", Date.from(due.passesAt()));
                execution.setVariable("townReviewDueFlagged", due.flagged());
                audit.record(AuditLog.SYSTEM, "STAR_ELIGIBLE", IntegrityStarSelection.AUDIT_NOMINATION,
                        nomination.id(), "town review due " + due.date() + (due.flagged() ? " (calendar year missing)" : ""));
            } else {
                String text = String.join("; ", reasons);
                nomination.ineligible(subjectId, text.length() > 2000 ? text.substring(0, 2000) : text, clock.instant());
                execution.setVariable("ineligibilityReasons", nomination.ineligibilityReasons());
                audit.record(AuditLog.SYSTEM, "STAR_INELIGIBLE", IntegrityStarSelection.AUDIT_NOMINATION,
                        nomination.id(), nomination.ineligibilityReasons());
            }
        });
    }

    @Bean
    TenantScopedDelegate starTownRejected(StarNominations nominations, AuditLog audit, PlatformClock clock) {
        return delegate(execution -> {
            StarNomination nomination = find(nominations, execution);
            nomination.rejectedByTown(string(execution, "townOpinion"), clock.instant());
            audit.record(CaseActor.current(), "STAR_REJECTED_BY_TOWN", IntegrityStarSelection.AUDIT_NOMINATION,
                    nomination.id(), nomination.townOpinion());
        });
    }

    @Bean
    TenantScopedDelegate starPublicityStart(StarNominations nominations, StarCalendar calendar, AuditLog audit,
                                            PlatformClock clock) {
        return delegate(execution -> {
            StarNomination nomination = find(nominations, execution);
            PublicityPeriod publicity = calendar.publicity(LocalDate.now(clock),
                    number(execution, "publicityDays"),
                    PublicityUnit.of(execution.getVariable("publicityUnit")));
            nomination.publish(string(execution, "townOpinion"), publicity.firstDay(), publicity.lastDay(),
                    publicity.closesAt());
            execution.setVariable("publicityFirstDay", publicity.firstDay().toString());
            execution.setVariable("publicityLastDay", publicity.lastDay().toString());
            execution.setVariable("publicityClosesAt", Date.from(publicity.closesAt()));
            audit.record(CaseActor.current(), "STAR_PUBLICITY_STARTED", IntegrityStarSelection.AUDIT_NOMINATION,
                    nomination.id(), "publicity " + publicity.firstDay() + " to " + publicity.lastDay()
                            + (publicity.flagged() ? " (calendar of a year not entered: counted as Monday to Friday)" : ""));
        });
    }

    @Bean
    TenantScopedDelegate starPublicityEnd(StarNominations nominations, IntegrityStarSelection selection,
                                          StarCalendar calendar, AuditLog audit, PlatformClock clock) {
        return delegate(execution -> {
            StarNomination nomination = find(nominations, execution);
            long open = selection.openObjections(nomination.caseId());
            nomination.endPublicity(open > 0);
            execution.setVariable("openObjections", open);
            if (open == 0) {
                cityConfirmationDue(execution, calendar, clock);
            }
            audit.record(AuditLog.SYSTEM, "STAR_PUBLICITY_ENDED", IntegrityStarSelection.AUDIT_NOMINATION,
                    nomination.id(), nomination.objectionCount() + " objection(s), " + open + " unanswered");
        });
    }

    @Bean
    TenantScopedDelegate starObjectionsConcluded(StarNominations nominations, IntegrityStarSelection selection,
                                                 StarCalendar calendar, AuditLog audit, PlatformClock clock) {
        return delegate(execution -> {
            StarNomination nomination = find(nominations, execution);
            String answer = optionalString(execution, "objectionAnswer");
            if (answer != null && !answer.isBlank()) {
                // the officer answered the open objections in the step's form
                selection.answerOpenObjections(nomination.caseId(), answer, CaseActor.current());
            }
            long open = selection.openObjections(nomination.caseId());
            if (open > 0) {
                throw new ConflictException(open + " objection(s) to the nomination of " + nomination.subjectName()
                        + " are still unanswered: answer each objection before closing the publicity");
            }
            boolean upheld = "upheld".equals(execution.getVariable("objectionOutcome"));
            nomination.objectionsConcluded(upheld, string(execution, "objectionConclusion"), clock.instant());
            if (!upheld) {
                cityConfirmationDue(execution, calendar, clock);
            }
            audit.record(CaseActor.current(), upheld ? "STAR_WITHDRAWN" : "STAR_OBJECTIONS_DISMISSED",
                    IntegrityStarSelection.AUDIT_NOMINATION, nomination.id(), nomination.objectionConclusion());
        });
    }

    @Bean
    TenantScopedDelegate starAward(StarNominations nominations, StarRounds rounds, CreditArchive archive,
                                   TenantDirectory tenants, AuditLog audit, PlatformClock clock,
                                   ApplicationEventPublisher events) {
        return delegate(execution -> {
            StarNomination nomination = find(nominations, execution);
            // the lock makes two confirmations in the same round count one after the other
            StarRound round = rounds.lockById(nomination.roundId()).orElseThrow(() ->
                    new IllegalStateException("No round " + nomination.roundId()));
            long awarded = nominations.countByRoundIdAndStatus(round.id(), NominationStatus.AWARDED);
            if (awarded >= round.starsPerRound()) {
                throw new ConflictException("The round " + round.name() + " already has its " + round.starsPerRound()
                        + " integrity stars; no further nomination can be confirmed in it");
            }
            String actor = CaseActor.current();
            String town = tenants.find(execution.getTenantId()).map(Tenant::nameZh).orElse(execution.getTenantId());
            RecordView honour = archive.addRecord(nomination.subjectId(), new RecordDetails(RecordKind.HONOUR, null,
                    town + "信用办", LocalDate.now(clock), LEGAL_BASIS, "诚信之星 " + round.name(),
                    nomination.reasons()), actor);
            nomination.award(optionalString(execution, "cityOpinion"), honour.id(), clock.instant());
            execution.setVariable("honourRecordId", honour.id());
            audit.record(actor, "STAR_AWARDED", IntegrityStarSelection.AUDIT_NOMINATION, nomination.id(),
                    "round " + round.name() + " (" + (awarded + 1) + " of " + round.starsPerRound() + "), honour record "
                            + honour.id());
            events.publishEvent(new IntegrityStarAwarded(execution.getTenantId(), nomination.id(),
                    nomination.caseId(), round.id(), round.name(), nomination.subjectId(), nomination.subjectCode(),
                    honour.id()));
        });
    }

    @Bean
    TenantScopedDelegate starCityRefused(StarNominations nominations, AuditLog audit, PlatformClock clock) {
        return delegate(execution -> {
            StarNomination nomination = find(nominations, execution);
            nomination.refusedByCity(string(execution, "cityOpinion"), clock.instant());
            audit.record(CaseActor.current(), "STAR_REFUSED_BY_CITY", IntegrityStarSelection.AUDIT_NOMINATION,
                    nomination.id(), nomination.cityOpinion());
        });
    }

    private static void cityConfirmationDue(DelegateExecution execution, StarCalendar calendar, PlatformClock clock) {
        Deadline due = calendar.reviewDue(LocalDate.now(clock), number(execution, "cityConfirmationWorkingDays"));
        execution.setVariable("cityConfirmationDueAt", Date.from(due.passesAt()));
        execution.setVariable("cityConfirmationDueFlagged", due.flagged());
    }

    private static StarNomination find(StarNominations nominations, DelegateExecution execution) {
        return nominations.findByCaseId(execution.getProcessInstanceId()).orElseThrow(() ->
                new IllegalStateException("No nomination for case " + execution.getProcessInstanceId()));
    }

}
