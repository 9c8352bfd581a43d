package com.credittown.platform.credit.objection;

import static com.credittown.platform.credit.objection.ObjectionChecks.cityOffice;
import static com.credittown.platform.credit.objection.ObjectionChecks.unknown;

import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who reads which objection and how it is shown: a tenant reads those against its own records (to examine, or — for a
 * severe-list entry it proposed — to follow) and those it raised; the city office reads every one; the merchant its
 * own subject's. Access is checked by {@link CreditObjections}; this class applies the row rule.
 */
@Component
class ObjectionReader {

    private final Objections objections;
    private final CreditSubjectRegistry subjects;
    private final ObjectionSettings settings;
    private final PlatformClock clock;

    ObjectionReader(Objections objections, CreditSubjectRegistry subjects, ObjectionSettings settings,
                    PlatformClock clock) {
        this.objections = objections;
        this.subjects = subjects;
        this.settings = settings;
        this.clock = clock;
    }

    List<ObjectionView> mine() {
        String code = CurrentUsers.current().flatMap(CurrentUser::subjectCode).orElseThrow(() -> new NotFoundException(
                "No subject", "Your account is not linked to a credit subject yet."));
        return subjects.lookup(code).map(s -> objections.findBySubjectIdOrderByIdDesc(s.id()).stream()
                .map(this::view).toList()).orElse(List.of());
    }

    List<ObjectionView> visible(ObjectionStatus status, boolean overdueOnly) {
        if (cityOffice()) {
            return all(status, overdueOnly);
        }
        String tenant = TenantContext.require().code();
        return filtered(objections.findByOwnerTenantOrRaisedInTenantOrderByIdDesc(tenant, tenant), status,
                overdueOnly);
    }

    List<ObjectionView> all(ObjectionStatus status, boolean overdueOnly) {
        return filtered(objections.findAllByOrderByIdDesc(), status, overdueOnly);
    }

    private List<ObjectionView> filtered(List<Objection> found, ObjectionStatus status, boolean overdueOnly) {
        LocalDate today = LocalDate.now(clock);
        return found.stream().filter(o -> status == null || o.status() == status)
                .filter(o -> !overdueOnly || o.overdueOn(today)).map(this::view).toList();
    }

    /** Any objection, for a caller that reads every one (the city office's path; its access is checked before). */
    Objection any(long id) {
        return objections.findById(id).orElseThrow(() -> unknown(id));
    }

    /** One objection the caller may read; another tenant's is not found (exactly like one that does not exist). */
    Objection readable(long id) {
        Objection objection = objections.findById(id).orElseThrow(() -> unknown(id));
        if (cityOffice()) {
            return objection;
        }
        String tenant = TenantContext.current().map(TenantId::code).orElse(null);
        if (tenant == null || !(tenant.equals(objection.ownerTenant()) || tenant.equals(objection.raisedInTenant()))) {
            throw unknown(id);
        }
        return objection;
    }

    ObjectionView view(Objection objection) {
        Optional<SubjectView> subject;
        try {
            subject = Optional.of(subjects.subject(objection.subjectId()));
        } catch (NotFoundException hidden) {
            subject = Optional.empty();
        }
        return objection.view(subject.map(SubjectView::code).orElse(null), subject.map(SubjectView::name)
                .orElse(null), LocalDate.now(clock), settings.basisZh());
    }
}
