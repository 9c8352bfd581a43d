package com.credittown.ui.city;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Component;
import java.util.Map;

/**
 * A chart drawn by ECharts, which comes in as a static asset (its npm tarball, fetched and checked by the build like
 * bpmn-js, loaded with a {@code context://} URL so Vaadin's pre-built bundle is kept; see the stack notes). A plain
 * sized div; the options are set as JSON.
 */
@Tag("div")
class EChart extends Component {

    static final String SCRIPT = "context://echarts/dist/echarts.min.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private String options = "{}";

    EChart(String id) {
        setId(id);
        getStyle().set("flex", "1 1 0").set("min-width", "0").set("height", "360px");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    void setOptions(Map<String, Object> chartOptions) {
        try {
            options = JSON.writeValueAsString(chartOptions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (isAttached()) {
            draw();
        }
    }

    private void draw() {
        // after layout, so the chart measures its real size; a ResizeObserver keeps it fitted afterwards
        getElement().executeJs("""
                const el = this;
                const options = JSON.parse($0);
                requestAnimationFrame(() => {
                    const chart = echarts.getInstanceByDom(el) || echarts.init(el);
                    chart.setOption(options, true);
                    if (!el.$ctResize) {
                        el.$ctResize = new ResizeObserver(() => chart.resize());
                        el.$ctResize.observe(el);
                    }
                    el.setAttribute('data-rendered', 'true');
                });""", options);
    }
}
