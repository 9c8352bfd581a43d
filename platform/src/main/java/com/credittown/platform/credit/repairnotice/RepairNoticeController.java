package com.credittown.platform.credit.repairnotice;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Repair notices over REST: the merchant's, the recording tenant's, and the notice of one record. */
@RestController
class RepairNoticeController {

    private final RepairNotices notices;

    RepairNoticeController(RepairNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/api/tenants/{tenant}/my/repair-notices")
    List<RepairNoticeView> mine() {
        return notices.mine();
    }

    @GetMapping("/api/tenants/{tenant}/repair-notices")
    List<RepairNoticeView> served() {
        return notices.served();
    }

    @GetMapping("/api/tenants/{tenant}/records/{id}/repair-notice")
    RepairNoticeView ofRecord(@PathVariable long id) {
        return notices.ofRecord(id);
    }
}
