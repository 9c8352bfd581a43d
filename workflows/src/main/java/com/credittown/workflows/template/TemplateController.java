package com.credittown.workflows.template;

import com.credittown.platform.identity.CurrentUsers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's templates: their values and limits, their versions, and publishing an adaptation. */
@RestController
@RequestMapping("/api/tenants/{tenant}/templates")
class TemplateController {

    private final TemplateLibrary library;

    TemplateController(TemplateLibrary library) {
        this.library = library;
    }

    @GetMapping
    List<TemplateView> templates() {
        return library.templates();
    }

    @GetMapping("/{processKey}")
    TemplateView template(@PathVariable String processKey) {
        return library.template(processKey);
    }

    @GetMapping("/{processKey}/versions")
    List<TemplateView.Version> versions(@PathVariable String processKey) {
        return library.versions(processKey);
    }

    @PutMapping("/{processKey}/parameters")
    TemplateView publish(@PathVariable String processKey, @Valid @RequestBody Adaptation adaptation) {
        return library.publish(processKey, adaptation.parameters(), adaptation.reason(), CurrentUsers.actor());
    }

    /**
     * Publishes parameters and steps together: the tenant's step changes as a whole (inserted approval steps at the
     * city's positions, removed optional steps) replace the current ones; a lock broken is refused at the step.
     */
    @PutMapping("/{processKey}")
    TemplateView adapt(@PathVariable String processKey, @Valid @RequestBody StructuralAdaptation adaptation) {
        return library.publish(processKey, adaptation.parameters(),
                adaptation.steps() == null ? StepChanges.NONE : adaptation.steps(), adaptation.reason(),
                CurrentUsers.actor());
    }

    record Adaptation(@NotNull Map<String, Object> parameters, @Size(max = 500) String reason) {
    }

    record StructuralAdaptation(Map<String, Object> parameters, StepChanges steps, @Size(max = 500) String reason) {
    }
}
