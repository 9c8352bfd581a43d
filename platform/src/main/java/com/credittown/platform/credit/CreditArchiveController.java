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

    /**
     * 201 with the new subject; 200 with the city's subject when a natural person another tenant registered is
     * registered again (the caller's tenant now reads it).
     */
    @PostMapping("/subjects")
    ResponseEntity<SubjectView> register(@PathVariable String tenant, @Valid @RequestBody RegisterSubject request) {
        CreditSubjectRegistry.Registration registration = registry.registerSubject(
                new NewSubject(request.kind(), request.code(), request.name(), request.tags()), CurrentUsers.actor());
        SubjectView subject = registration.subject();
        URI location = URI.create("/api/tenants/" + tenant + "/subjects/" + subject.id());
        return registration.created() ? ResponseEntity.created(location).body(subject)
                : ResponseEntity.ok().location(location).body(subject);
    }

    @GetMapping("/subjects/{id}")
    SubjectView subject(@PathVariable long id) {
        return registry.subject(id);
    }

    @GetMapping(value = "/subjects", params = "code")
    SubjectView subjectByCode(@RequestParam String code) {
        return registry.lookup(code).orElseThrow(() -> unknownCode(code));
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

    /** Who reads what of the city's archive is {@link ArchiveAccess}'s rule (a merchant: only its own subject). */
    @GetMapping("/subjects/{id}/archive")
    SubjectArchive archive(@PathVariable long id) {
        return archive.archiveOf(id);
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
