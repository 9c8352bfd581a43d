package com.credittown.workflows.dashboard;

import com.credittown.platform.tenancy.TenantDirectory;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The overdue heat map over REST, for the city office only (/api/city/** in ApiSecurityConfiguration). */
@RestController
class CityDashboardController {

    private final OverdueHeatMap heatMap;
    private final TenantDirectory directory;

    CityDashboardController(OverdueHeatMap heatMap, TenantDirectory directory) {
        this.heatMap = heatMap;
        this.directory = directory;
    }

    @GetMapping("/api/city/overdue")
    List<HeatCell> cells() {
        return heatMap.cells();
    }

    /** One tenant's overdue cases, optionally of one process and step; an unknown tenant is a 404. */
    @GetMapping("/api/city/overdue/{tenant}")
    List<OverdueCase> cases(@PathVariable String tenant, @RequestParam(required = false) String process,
                            @RequestParam(required = false) String step) {
        return heatMap.overdueCases(directory.require(tenant), process, step);
    }
}
