package com.credittown.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything the views show is translated: both bundles have the same keys, every key a view asks for exists,
 * and no view passes a literal text to a component's text, label or header.
 */
class TranslationCompletenessUnitTest {

    private static final Path VIEWS = Path.of("src/main/java/com/credittown/ui");
    private static final Pattern KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*(\\+|,|\\))");
    /** A literal with a letter or a Chinese character given to a component as its visible text. */
    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "(new (Button|Span|H1|H2|H3|H4|Paragraph|Tab|TextField|TextArea|EmailField|Checkbox|Notification|Label"
                    + "|NativeLabel|Details)\\(\\s*|(?<!List\\(\\))\\.(setText|setLabel|setPlaceholder|setHeaderTitle|setHeader"
                    + "|setEmptyStateText|setErrorMessage|setHelperText|setTitle|add|show)\\(\\s*)"
                    + "\"[^\"]*[\\p{IsHan}A-Za-z][^\"]*\"");

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> chinese = keys("i18n/messages_zh_CN.properties");
        Set<String> english = keys("i18n/messages_en.properties");
        assertThat(difference(chinese, english)).as("keys only in the Chinese bundle").isEmpty();
        assertThat(difference(english, chinese)).as("keys only in the English bundle").isEmpty();
        assertThat(chinese).hasSizeGreaterThan(100);
    }

    @Test
    void everyKeyAViewAsksForExists() {
        Set<String> known = keys("i18n/messages_zh_CN.properties");
        List<String> missing = new ArrayList<>();
        int asked = 0;
        for (Path source : sources()) {
            Matcher matcher = KEY.matcher(read(source));
            while (matcher.find()) {
                asked++;
                String key = matcher.group(1);
                boolean prefix = "+".equals(matcher.group(2));
                boolean exists = prefix ? known.stream().anyMatch(k -> k.startsWith(key)) : known.contains(key);
                if (!exists) {
                    missing.add(source.getFileName() + ": " + key + (prefix ? "*" : ""));
                }
            }
        }
        assertThat(asked).as("translation keys found in the views").isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    @Test
    void noViewHardCodesAText() {
        List<String> literals = new ArrayList<>();
        for (Path source : sources()) {
            String[] lines = read(source).split("\n");
            for (int i = 0; i < lines.length; i++) {
                Matcher matcher = LITERAL_TEXT.matcher(lines[i]);
                if (matcher.find() && !lines[i].strip().startsWith("*") && !lines[i].strip().startsWith("//")) {
                    literals.add(source.getFileName() + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void theCheckFindsAHardCodedText() {
        assertThat(LITERAL_TEXT.matcher("Button ok = new Button(\"保存\", e -> save());").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("grid.addColumn(x).setHeader(\"code\");").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("new Button(getTranslation(\"form.submit\"))").find()).isFalse();
        assertThat(LITERAL_TEXT.matcher("row.add(new Span(\" · \"));").find()).isFalse();
        // theme and class names are not texts
        assertThat(LITERAL_TEXT.matcher("kind.getElement().getThemeList().add(\"badge contrast\");").find()).isFalse();
        assertThat(LITERAL_TEXT.matcher("card.getClassList().add(\"step-card\");").find()).isFalse();
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TranslationCompletenessUnitTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> only = new TreeSet<>(a);
        only.removeAll(b);
        return only;
    }
}
