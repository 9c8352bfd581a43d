package com.credittown.platform.credit;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.web.ForbiddenException;
import com.credittown.platform.web.NotFoundException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one rule of who reads and who changes the city-wide credit archive (docs/adr/0003-two-level-tenancy.md).
 *
 * <ul>
 *   <li>The city office reads everything and changes what the city recorded.</li>
 *   <li>A tenant's officers, reviewers and administrators read every market entity, government body and institution,
 *       the natural persons their tenant registered (or registered again), the public credit information of every
 *       subject ({@link CreditSettings.Sharing}) and everything their tenant recorded; they change only what their
 *       tenant recorded.</li>
 *   <li>A merchant reads its own subject and its whole archive, nothing else.</li>
 *   <li>The public (an HTTP request without a user: public pages) reads market entities and public credit information
 *       only.</li>
 *   <li>Background work (timers, jobs: no request) reads as the tenant it acts for; without a tenant, as the city.</li>
 * </ul>
 * Decisions (star eligibility, district admission, ...) read the whole archive through {@link CreditDecisions}, not
 * through this rule: what an officer may see does not change what the law counts.
 */
@Component
class ArchiveAccess {

    private final CreditSettings settings;
    private final SubjectReaders readers;

    ArchiveAccess(CreditSettings settings, SubjectReaders readers) {
        this.settings = settings;
        this.readers = readers;
    }

    /** Who is reading now. */
    Reader reader() {
        Optional<CurrentUser> user = CurrentUsers.current();
        if (user.isPresent()) {
            CurrentUser u = user.get();
            if (u.isCityOffice()) {
                return Reader.CITY;
            }
            if (u.isOnlyMerchant()) {
                return u.subjectCode().map(Reader::merchant).orElse(Reader.PUBLIC);
            }
            return TenantContext.current().map(Reader::tenant).orElse(Reader.PUBLIC);
        }
        if (CurrentUsers.inRequest()) {
            return Reader.PUBLIC;
        }
        return TenantContext.current().map(Reader::tenant).orElse(Reader.CITY);
    }

    boolean maySee(CreditSubject subject) {
        Reader reader = reader();
        return switch (reader.kind()) {
            case CITY -> true;
            case MERCHANT -> subject.code() != null && subject.code().equals(reader.subjectCode());
            case TENANT -> subject.kind() != SubjectKind.NATURAL_PERSON
                    || readers.mayRead(subject.id(), reader.tenant());
            case PUBLIC -> subject.kind() != SubjectKind.NATURAL_PERSON;
        };
    }

    /** Whether the current reader sees this record of a subject it may see. */
    boolean maySee(CreditRecord record) {
        Reader reader = reader();
        return switch (reader.kind()) {
            case CITY, MERCHANT -> true;
            case TENANT -> isPublic(record) || reader.tenant().code().equals(record.ownerTenant());
            case PUBLIC -> isPublic(record);
        };
    }

    /** The record as callers see it, saying whether it is public credit information. */
    RecordView view(CreditRecord record) {
        return record.view(isPublic(record));
    }

    boolean isPublic(CreditRecord record) {
        // publication is suspended while an objection is examined, where the city's setting suspends its effect
        return settings.sharing().isPublic(record.kind(), record.severity(), record.state())
                && !record.objection().suspends();
    }

    /** The subject, or not found if the current reader may not see it (exactly like a subject that does not exist). */
    CreditSubject visible(CreditSubject subject) {
        if (!maySee(subject)) {
            throw CreditSubjectRegistry.notFound(subject.id());
        }
        return subject;
    }

    /**
     * Refuses a change to a record by anyone but its owner: the tenant that recorded it (the tenant the caller acts
     * for), or for the city's own records the city office acting for no tenant. A record the caller may not even see
     * is not found. Who may change records at all is the access policy's rule, not this one.
     */
    void requireOwner(CreditRecord record) {
        if (!maySee(record)) {
            throw new NotFoundException("Unknown credit record", "No credit record with the id " + record.id()
                    + " exists.");
        }
        if (!Objects.equals(recordingTenant(), record.ownerTenant())) {
            throw new ForbiddenException("Recorded by another authority", "Credit record " + record.id()
                    + " was recorded by " + (record.ownerTenant() == null ? "the city" : "tenant "
                    + record.ownerTenant()) + " (" + record.department() + "); only the authority that recorded it"
                    + " changes it.");
        }
    }

    /**
     * The owner of what the current caller records or changes: the tenant it acts for; {@code null} for the city (the
     * city office, or city-level background work, acting for no tenant).
     */
    String recordingTenant() {
        Optional<TenantId> tenant = TenantContext.current();
        if (tenant.isPresent()) {
            return tenant.get().code();
        }
        if (reader().kind() == Reader.Kind.CITY) {
            return null;
        }
        throw new ForbiddenException("Not an authority", "Only a tenant's officers and the city record credit"
                + " information.");
    }

    /** A reader of the archive. */
    record Reader(Kind kind, TenantId tenant, String subjectCode) {

        static final Reader CITY = new Reader(Kind.CITY, null, null);
        static final Reader PUBLIC = new Reader(Kind.PUBLIC, null, null);

        static Reader tenant(TenantId tenant) {
            return new Reader(Kind.TENANT, Objects.requireNonNull(tenant), null);
        }

        static Reader merchant(String subjectCode) {
            return new Reader(Kind.MERCHANT, null, subjectCode);
        }

        enum Kind { CITY, TENANT, MERCHANT, PUBLIC }
    }
}
