package com.credittown.platform.credit;

import com.credittown.platform.credit.person.PersonMasks;
import com.credittown.platform.credit.person.ResidentIdNumber;
import com.credittown.platform.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Credit subjects and their archives over REST. The {tenant} path segment is resolved once, by the tenant request
 * filter, into the tenant context; it is only used here to build the Location of what is created.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}")
class CreditArchiveController {

    private final CreditSubjectRegistry registry;
    private final CreditArchive archive;
    private final CreditPublicity publicity;

    CreditArchiveController(CreditSubjectRegistry registry, CreditArchive archive, CreditPublicity publicity) {
        this.registry = registry;
        this.archive = archive;
        this.publicity = publicity;
    }

    @PostMapping("/subjects")
    ResponseEntity<SubjectView> register(@PathVariable String tenant, @Valid @RequestBody RegisterSubject request) {
        SubjectView subject = registry.register(
                new NewSubject(request.kind(), request.code(), request.name(), request.tags()), CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant + "/subjects/" + subject.id()))
                .body(subject);
    }

    @GetMapping("/subjects/{id}")
    SubjectView subject(@PathVariable long id) {
        return readable(registry.subject(id));
    }

    @GetMapping(value = "/subjects", params = "code")
    SubjectView subjectByCode(@RequestParam String code) {
        return registry.lookup(code).map(CreditArchiveController::readable).orElseThrow(() -> unknownCode(code));
    }

    @PostMapping("/subjects/{id}/records")
    ResponseEntity<RecordView> addRecord(@PathVariable String tenant, @PathVariable long id,
                                         @Valid @RequestBody AddRecord request) {
        RecordView record = archive.addRecord(id, new RecordDetails(request.kind(), request.severity(),
                request.department(), request.decisionDate(), request.legalBasis(), request.title(),
                request.summary()), CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant + "/subjects/" + id + "/archive"))
                .body(record);
    }

    @GetMapping("/subjects/{id}/archive")
    SubjectArchive archive(@PathVariable long id) {
        SubjectArchive subjectArchive = archive.archiveOf(id);
        readable(subjectArchive.subject());
        return subjectArchive;
    }

    /**
     * A merchant reads only its own subject (the {@code subject_code} of its token); anyone else's is
     * answered exactly like a subject that does not exist. Other roles read the tenant's whole archive (natural
     * persons masked unless the role is a reader, see {@link SubjectViews}).
     */
    private static SubjectView readable(SubjectView subject) {
        CurrentUser user = CurrentUsers.current().orElse(null);
        // a merchant is never a natural person's subject (its token carries a unified social credit code)
        if (user != null && user.isOnlyMerchant() && (subject.kind() == SubjectKind.NATURAL_PERSON
                || !user.maySeeSubject(subject.code()))) {
            throw new NotFoundException("Unknown credit subject", "No credit subject " + subject.id() + " exists.");
        }
        return subject;
    }

    /** A natural person's ID number is not repeated in clear, even to the caller who sent it. */
    private static NotFoundException unknownCode(String code) {
        String shown = ResidentIdNumber.looksLikeOne(code) ? PersonMasks.idNumber(ResidentIdNumber.check(code).input())
                : code.strip();
        return new NotFoundException("Unknown credit subject",
                "No credit subject with the code " + shown + " is registered.");
    }

    @PostMapping("/records/{id}/end-publicity")
    RecordView endPublicity(@PathVariable long id, @Valid @RequestBody EndPublicity request) {
        return publicity.endPublicityByRepair(id, CurrentUsers.actor(), request.reason());
    }

    @PostMapping("/records/{id}/archive")
    RecordView archiveRecord(@PathVariable long id, @Valid @RequestBody(required = false) ArchiveRecord request) {
        return publicity.archive(id, CurrentUsers.actor(), request == null ? null : request.reason());
    }

    record RegisterSubject(@NotNull SubjectKind kind, @NotBlank String code,
                           @NotBlank @Size(max = CreditInputChecks.MAX_NAME) String name,
                           @Size(max = CreditInputChecks.MAX_TAGS) List<String> tags) {
    }

    record AddRecord(@NotNull RecordKind kind, Severity severity,
                     @NotBlank @Size(max = CreditInputChecks.MAX_DEPARTMENT) String department,
                     @NotNull LocalDate decisionDate,
                     @Size(max = CreditInputChecks.MAX_LEGAL_BASIS) String legalBasis,
                     @NotBlank @Size(max = CreditInputChecks.MAX_TITLE) String title,
                     @Size(max = CreditInputChecks.MAX_SUMMARY) String summary) {
    }

    record EndPublicity(@NotBlank @Size(max = CreditInputChecks.MAX_NOTE) String reason) {
    }

    record ArchiveRecord(@Size(max = CreditInputChecks.MAX_NOTE) String reason) {
    }
}
