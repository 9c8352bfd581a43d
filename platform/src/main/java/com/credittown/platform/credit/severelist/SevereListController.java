package com.credittown.platform.credit.severelist;

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
 * The severe-dishonesty list over REST: a tenant's proposals and notices, the merchant's notices and statement, the
 * city office's decisions and removals, and the public list. Who may call what is the service's {@code @Allowed};
 * bad input is answered with problem+json naming the fields.
 */
@RestController
class SevereListController {

    private final SevereList list;

    SevereListController(SevereList list) {
        this.list = list;
    }

    @PostMapping("/api/tenants/{tenant}/severe-list/proposals")
    ResponseEntity<ListEntryView> propose(@PathVariable String tenant, @RequestBody SevereList.Proposal proposal) {
        ListEntryView entry = list.propose(proposal, CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant + "/severe-list/proposals/" + entry.id()))
                .body(entry);
    }

    @GetMapping("/api/tenants/{tenant}/severe-list/proposals")
    List<ListEntryView> ownProposals() {
        return list.ownProposals();
    }

    @GetMapping("/api/tenants/{tenant}/severe-list/proposals/{id}")
    ListEntryView ownProposal(@PathVariable long id) {
        return list.ownProposal(id);
    }

    @PostMapping("/api/tenants/{tenant}/severe-list/proposals/{id}/notice")
    ListEntryView serveNotice(@PathVariable long id) {
        return list.serveNotice(id, CurrentUsers.actor());
    }

    @PostMapping("/api/tenants/{tenant}/severe-list/proposals/{id}/withdrawal")
    ListEntryView withdraw(@PathVariable long id, @RequestBody Withdrawal withdrawal) {
        return list.withdraw(id, withdrawal.reason(), CurrentUsers.actor());
    }

    @GetMapping("/api/tenants/{tenant}/severe-list")
    List<ListEntryView> listed() {
        return list.listed();
    }

    @GetMapping("/api/tenants/{tenant}/my/severe-list-notices")
    List<ListEntryView> myNotices() {
        return list.myNotices();
    }

    @PostMapping("/api/tenants/{tenant}/my/severe-list-notices/{id}/statement")
    ListEntryView statement(@PathVariable long id, @RequestBody Statement statement) {
        return list.submitStatement(id, statement.statement(), CurrentUsers.actor());
    }

    @GetMapping("/api/city/severe-list")
    List<ListEntryView> all(@RequestParam(required = false) ListingStatus status) {
        return list.all(status);
    }

    @PostMapping("/api/city/severe-list/{id}/decision")
    ListEntryView decide(@PathVariable long id, @RequestBody SevereList.Decision decision) {
        return list.decide(id, decision, CurrentUsers.actor());
    }

    @PostMapping("/api/city/severe-list/{id}/removal")
    ListEntryView remove(@PathVariable long id, @RequestBody Removal removal) {
        return list.remove(id, removal.reason(), removal.note(), CurrentUsers.actor());
    }

    @PostMapping("/api/city/severe-list/{id}/correction")
    ListEntryView correct(@PathVariable long id, @RequestBody CorrectionRequest request) {
        return list.correct(id, new SevereList.Correction(request.department(), request.grounds(),
                request.legalBasis(), request.listedUntil()), request.reason(), CurrentUsers.actor());
    }

    @GetMapping("/api/public/severe-list")
    List<PublicListing> publicList() {
        return list.publicList();
    }

    record Statement(String statement) {
    }

    record Withdrawal(String reason) {
    }

    record Removal(RemovalReason reason, String note) {
    }

    record CorrectionRequest(String department, String grounds, String legalBasis, java.time.LocalDate listedUntil,
                             String reason) {
    }
}
