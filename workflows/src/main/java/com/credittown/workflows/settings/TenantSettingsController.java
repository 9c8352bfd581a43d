package com.credittown.workflows.settings;

import com.credittown.platform.identity.CurrentUsers;
import com.credittown.workflows.district.NewDistrict;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's settings over REST. Who may call what is in ApiSecurityConfiguration (administrator writes,
 * administrator and city office read); every write answers the settings version it made.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/settings")
class TenantSettingsController {

    private final TenantSettingsService settings;

    TenantSettingsController(TenantSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    TenantSettings current() {
        return settings.current();
    }

    @GetMapping("/versions")
    List<SettingsChange> versions() {
        return settings.history();
    }

    @PostMapping("/departments")
    @ResponseStatus(HttpStatus.CREATED)
    SettingsChange addDepartment(@RequestBody DepartmentRequest request) {
        return settings.addDepartment(request.code(), request.name(), CurrentUsers.actor());
    }

    @PutMapping("/departments/{code}")
    SettingsChange renameDepartment(@PathVariable String code, @RequestBody DepartmentRequest request) {
        return settings.renameDepartment(code, request.name(), CurrentUsers.actor());
    }

    @DeleteMapping("/departments/{code}")
    SettingsChange removeDepartment(@PathVariable String code) {
        return settings.removeDepartment(code, CurrentUsers.actor());
    }

    @PostMapping("/departments/{code}/reviewers")
    @ResponseStatus(HttpStatus.CREATED)
    SettingsChange addReviewer(@PathVariable String code, @RequestBody ReviewerRequest request) {
        return settings.addReviewer(code, request.username(), CurrentUsers.actor());
    }

    @DeleteMapping("/reviewers/{username}")
    SettingsChange removeReviewer(@PathVariable String username) {
        return settings.removeReviewer(username, CurrentUsers.actor());
    }

    @PostMapping("/districts")
    @ResponseStatus(HttpStatus.CREATED)
    SettingsChange createDistrict(@RequestBody NewDistrict request) {
        return settings.createDistrict(request, CurrentUsers.actor());
    }

    @PutMapping("/districts/{districtId}")
    SettingsChange renameDistrict(@PathVariable String districtId, @RequestBody DistrictRename request) {
        return settings.renameDistrict(districtId, request.name(), CurrentUsers.actor());
    }

    @PostMapping("/districts/{districtId}/close")
    SettingsChange closeDistrict(@PathVariable String districtId) {
        return settings.closeDistrict(districtId, CurrentUsers.actor());
    }

    @PutMapping("/contact")
    SettingsChange updateContact(@RequestBody ContactDetails request) {
        return settings.updateContact(request, CurrentUsers.actor());
    }

    record DepartmentRequest(String code, String name) {
    }

    record ReviewerRequest(String username) {
    }

    record DistrictRename(String name) {
    }
}
