package com.credittown.workflows.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.flowable.bpmn.BpmnAutoLayout;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.junit.jupiter.api.Test;

/**
 * Every city template lays out and renders as a diagram, and docs/processes has the diagram of each. Run with
 * {@code -Ddocs.diagrams=write} to (re)write the images after a template changes:
 * {@code mvn -pl workflows test -Dtest=ProcessDiagramsUnitTest -Ddocs.diagrams=write}.
 */
class ProcessDiagramsUnitTest {

    private static final Path DOCS = Path.of("..", "docs", "processes");
    /** A CJK font for the Chinese step names (fonts-noto-cjk, installed by scripts/ensure-browser.sh). */
    private static final String FONT = "Noto Sans CJK SC";

    @Test
    void everyTemplateRendersAndIsPictured() throws Exception {
        System.setProperty("java.awt.headless", "true");
        boolean write = "write".equals(System.getProperty("docs.diagrams"));
        for (CityTemplates.Template template : CityTemplates.ALL) {
            byte[] png = render(template.resource());

            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as(template.name()).isNotNull();
            assertThat(image.getWidth()).as(template.name()).isGreaterThan(200);
            Path picture = DOCS.resolve(template.name() + ".png");
            if (write) {
                Files.write(picture, png);
            }
            assertThat(picture).as("diagram of %s in docs/processes", template.name()).exists();
        }
    }

    private static byte[] render(String resource) throws Exception {
        byte[] xml;
        try (InputStream in = ProcessDiagramsUnitTest.class.getClassLoader().getResourceAsStream(resource)) {
            xml = in.readAllBytes();
        }
        BpmnModel model = new BpmnXMLConverter().convertToBpmnModel(
                new InputStreamSource(new ByteArrayInputStream(xml)), false, false, "UTF-8");
        new BpmnAutoLayout(model).execute();
        try (InputStream diagram = new DefaultProcessDiagramGenerator().generateDiagram(model, "png", FONT, FONT, FONT,
                ProcessDiagramsUnitTest.class.getClassLoader(), 1.0, true)) {
            return diagram.readAllBytes();
        }
    }
}
