package com.credittown.workflows.design;

import com.credittown.platform.identity.CurrentUsers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The low-code designer over REST: drafts, validation, simulation, publication, versions and their comparison. */
@RestController
@RequestMapping("/api/tenants/{tenant}/designs")
class DesignController {

    private final DesignService designs;
    private final TemplateSteps templates;

    DesignController(DesignService designs, TemplateSteps templates) {
        this.designs = designs;
        this.templates = templates;
    }

    /** A city template as the designer opens it: its steps (locked ones marked) and its parameters. */
    @GetMapping("/templates/{processKey}")
    TemplateSteps.Template template(@PathVariable String processKey) {
        return templates.open(processKey);
    }

    @GetMapping
    List<DesignViews.Summary> designs() {
        return designs.designs();
    }

    @PostMapping
    ResponseEntity<DesignViews.Draft> create(@PathVariable String tenant, @Valid @RequestBody NewDesign request) {
        DesignViews.Draft created = designs.create(request.processKey(), request.model(), CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant + "/designs/" + created.processKey()))
                .body(created);
    }

    @GetMapping("/{processKey}")
    DesignViews.Draft design(@PathVariable String processKey) {
        return designs.design(processKey);
    }

    @PutMapping("/{processKey}")
    DesignViews.Draft save(@PathVariable String processKey, @Valid @RequestBody DesignModel model) {
        return designs.save(processKey, model, CurrentUsers.actor());
    }

    @GetMapping(value = "/{processKey}/bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    String bpmn(@PathVariable String processKey) {
        return designs.design(processKey).bpmn();
    }

    @PutMapping(value = "/{processKey}/bpmn", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    DesignViews.Draft saveBpmn(@PathVariable String processKey, @RequestBody String xml) {
        return designs.saveBpmn(processKey, xml, CurrentUsers.actor());
    }

    /** Back to the chain: the modeler's diagram is dropped and the BPMN generated from the last saved chain again. */
    @PostMapping("/{processKey}/discard-bpmn")
    DesignViews.Draft discardBpmn(@PathVariable String processKey) {
        return designs.discardBpmn(processKey, CurrentUsers.actor());
    }

    @PostMapping("/{processKey}/validate")
    List<DesignProblem> validate(@PathVariable String processKey) {
        return designs.validate(processKey);
    }

    @PostMapping("/{processKey}/simulate")
    Simulation simulate(@PathVariable String processKey, @Valid @RequestBody SimulationRequest request) {
        return designs.simulate(processKey, request.data(), request.startDate());
    }

    @PostMapping("/{processKey}/publish")
    ResponseEntity<DesignViews.Version> publish(@PathVariable String tenant, @PathVariable String processKey,
                                                @Valid @RequestBody Publication request) {
        DesignViews.Version version = designs.publish(processKey, request.reason(), CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant + "/designs/" + processKey + "/versions"))
                .body(version);
    }

    @GetMapping("/{processKey}/versions")
    List<DesignViews.Version> versions(@PathVariable String processKey) {
        return designs.versions(processKey);
    }

    @GetMapping("/{processKey}/compare")
    List<DesignComparison.Change> compare(@PathVariable String processKey, @RequestParam int from,
                                          @RequestParam(defaultValue = "0") int to) {
        return designs.compare(processKey, from, to);
    }

    record NewDesign(@NotBlank @Size(max = 50) String processKey, @NotNull DesignModel model) {
    }

    record SimulationRequest(Map<String, Object> data, LocalDate startDate) {
    }

    record Publication(@Size(max = 500) String reason) {
    }
}
