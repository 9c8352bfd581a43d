package com.credittown.platform.merchant;

import com.credittown.platform.identity.CurrentUsers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Officers link verified merchant accounts to their credit subjects. */
@RestController
@RequestMapping("/api/tenants/{tenant}/merchants")
class MerchantAccountController {

    private final MerchantAccounts merchants;

    MerchantAccountController(MerchantAccounts merchants) {
        this.merchants = merchants;
    }

    @PostMapping("/link")
    ResponseEntity<Void> link(@Valid @RequestBody LinkRequest request) {
        merchants.link(request.username().strip(), request.subjectCode(), CurrentUsers.actor());
        return ResponseEntity.noContent().build();
    }

    record LinkRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 40) String subjectCode) {
    }
}
