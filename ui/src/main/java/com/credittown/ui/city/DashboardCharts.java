package com.credittown.ui.city;

import java.util.List;
import java.util.Map;

/** ECharts options for the dashboard's charts: one bar per tenant, names rotated to fit 34 tenants. */
final class DashboardCharts {

    private DashboardCharts() {
    }

    static Map<String, Object> bars(String title, List<String> names, List<? extends Number> values, String unit) {
        return Map.of(
                "title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)),
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 40, "right", 10, "bottom", 90),
                "xAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("rotate", 60, "interval", 0)),
                "yAxis", Map.of("type", "value", "axisLabel", Map.of("formatter", "{value}" + unit)),
                "series", List.of(Map.of("type", "bar", "name", title, "data", values)));
    }
}
