package com.credittown.workflows.measure;

import com.credittown.platform.identity.CurrentUsers;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue of credit measures over REST: the city office's catalogue ({@code /api/city/credit-measures}) and a
 * town's use of it ({@code /api/tenants/{tenant}/credit-measures}). Who may call what is the services' {@code @Allowed};
 * errors are problem+json naming the fields.
 */
@RestController
class MeasureController {

    private final MeasureCatalogue catalogue;
    private final MeasureUse use;

    MeasureController(MeasureCatalogue catalogue, MeasureUse use) {
        this.catalogue = catalogue;
        this.use = use;
    }

    @GetMapping("/api/city/credit-measures")
    List<MeasureViews.Measure> all() {
        return catalogue.all().stream().map(MeasureViews.Measure::of).toList();
    }

    @PostMapping("/api/city/credit-measures")
    ResponseEntity<MeasureViews.Measure> draft(@RequestBody MeasureDraft draft) {
        CreditMeasure measure = catalogue.draft(draft, CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/city/credit-measures/" + measure.id()))
                .body(MeasureViews.Measure.of(measure));
    }

    @PutMapping("/api/city/credit-measures/{id}")
    MeasureViews.Measure revise(@PathVariable String id, @RequestBody MeasureDraft draft) {
        return MeasureViews.Measure.of(catalogue.revise(id, draft, CurrentUsers.actor()));
    }

    @PostMapping("/api/city/credit-measures/{id}/review")
    MeasureViews.Measure review(@PathVariable String id, @RequestBody MeasureViews.Review review) {
        return MeasureViews.Measure.of(catalogue.review(id, review.opinion(), CurrentUsers.actor()));
    }

    @PostMapping("/api/city/credit-measures/{id}/in-use")
    MeasureViews.Measure putInUse(@PathVariable String id) {
        return MeasureViews.Measure.of(catalogue.putInUse(id, CurrentUsers.actor()));
    }

    @PostMapping("/api/city/credit-measures/{id}/withdrawal")
    MeasureViews.Measure withdraw(@PathVariable String id, @RequestBody MeasureViews.Withdrawal withdrawal) {
        return MeasureViews.Measure.of(catalogue.withdraw(id, withdrawal.reason(), CurrentUsers.actor()));
    }

    @GetMapping("/api/tenants/{tenant}/credit-measures")
    List<MeasureViews.Measure> inUse(@PathVariable String tenant) {
        return catalogue.inUse().stream().map(MeasureViews.Measure::of).toList();
    }

    @GetMapping("/api/tenants/{tenant}/credit-measures/{id}/qualification")
    MeasureViews.Qualification qualification(@PathVariable String tenant, @PathVariable String id,
                                             @RequestParam String subjectCode) {
        MeasureQualification q = use.check(id, subjectCode);
        return new MeasureViews.Qualification(q.qualifies(), q.reason());
    }

    @GetMapping("/api/tenants/{tenant}/credit-measures/applications")
    List<MeasureViews.Application> applications(@PathVariable String tenant) {
        return use.applications().stream().map(MeasureViews.Application::of).toList();
    }

    @PostMapping("/api/tenants/{tenant}/credit-measures/applications")
    ResponseEntity<MeasureViews.Application> apply(@PathVariable String tenant,
                                                   @RequestBody MeasureUse.Request request) {
        MeasureApplication application = use.apply(request, CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant + "/credit-measures/applications/"
                + application.id())).body(MeasureViews.Application.of(application));
    }

    @GetMapping("/api/tenants/{tenant}/credit-measures/applications/{id}")
    MeasureViews.Application application(@PathVariable String tenant, @PathVariable String id) {
        return MeasureViews.Application.of(use.application(id));
    }

    @PostMapping("/api/tenants/{tenant}/credit-measures/applications/{id}/feedback")
    MeasureViews.Application feedback(@PathVariable String tenant, @PathVariable String id,
                                      @RequestBody MeasureUse.Feedback feedback) {
        return MeasureViews.Application.of(use.feedback(id, feedback, CurrentUsers.actor()));
    }
}
