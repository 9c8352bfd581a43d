package com.credittown.platform.credit.objection;

import com.credittown.platform.identity.CurrentUsers;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Objections over REST: the merchant's and the officer's raising, the owner's examination and decision, the city
 * office's overview. Who may call what is the service's {@code @Allowed}; bad input is answered with problem+json.
 */
@RestController
class ObjectionController {

    private final CreditObjections objections;

    ObjectionController(CreditObjections objections) {
        this.objections = objections;
    }

    @PostMapping("/api/tenants/{tenant}/my/objections")
    ResponseEntity<ObjectionView> raiseMine(@PathVariable String tenant, @RequestBody CreditObjections.Raise raise) {
        ObjectionView raised = objections.raiseMine(raise, CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant + "/my/objections")).body(raised);
    }

    @GetMapping("/api/tenants/{tenant}/my/objections")
    List<ObjectionView> mine() {
        return objections.mine();
    }

    @PostMapping("/api/tenants/{tenant}/objections")
    ResponseEntity<ObjectionView> raise(@PathVariable String tenant, @RequestBody CreditObjections.Raise raise) {
        ObjectionView raised = objections.raiseOnBehalf(raise, CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant + "/objections/" + raised.id()))
                .body(raised);
    }

    @GetMapping("/api/tenants/{tenant}/objections")
    List<ObjectionView> visible(@RequestParam(required = false) ObjectionStatus status,
                                @RequestParam(defaultValue = "false") boolean overdue) {
        return objections.visible(status, overdue);
    }

    @GetMapping("/api/tenants/{tenant}/objections/{id}")
    ObjectionView one(@PathVariable long id) {
        return objections.one(id);
    }

    @PostMapping("/api/tenants/{tenant}/objections/{id}/decision")
    ObjectionView decide(@PathVariable long id, @RequestBody CreditObjections.Decision decision) {
        return objections.decide(id, decision, ObjectionExaminer.signedIn());
    }

    @GetMapping("/api/city/objections/{id}")
    ObjectionView cityOne(@PathVariable long id) {
        return objections.oneAsCity(id);
    }

    /** The city office decides objections to the city's own records (recorded by a city department). */
    @PostMapping("/api/city/objections/{id}/decision")
    ObjectionView decideAsCity(@PathVariable long id, @RequestBody CreditObjections.Decision decision) {
        return objections.decideAsCity(id, decision, ObjectionExaminer.signedIn());
    }

    @GetMapping("/api/city/objections")
    List<ObjectionView> all(@RequestParam(required = false) ObjectionStatus status,
                            @RequestParam(defaultValue = "false") boolean overdue) {
        return objections.all(status, overdue);
    }
}
