package com.credittown.workflows.cases;

import com.credittown.platform.tenancy.TenantNames;
import com.credittown.workflows.form.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The name of a step (a BPMN element: user task, automatic step, event) as a user reads it. Chinese users read the
 * name the engine recorded (the BPMN name, {@code ${...}} parts filled from the case); users who chose English read
 * the English name from the template's {@code *.names.json}, with the same parts filled in. Steps of a tenant's own
 * designed process have only the name the tenant gave them. The one place every inbox, case page, dashboard and
 * search hit asks for a step's name.
 */
@Component
public class StepNames {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");

    private final ProcessTexts texts;

    StepNames(ProcessTexts texts) {
        this.texts = texts;
    }

    /**
     * @param recorded the name the engine gave the step (null if none: the Chinese name from the file is used)
     */
    public String of(String processKey, String stepKey, String recorded, Locale locale) {
        var names = texts.step(processKey, stepKey);
        if (names.isEmpty()) {
            return recorded == null ? stepKey : recorded;
        }
        if (!TenantNames.english(locale) || names.get().en() == null || names.get().en().isBlank()) {
            return recorded != null ? recorded : EXPRESSION.matcher(names.get().zh()).find() ? stepKey : names.get().zh();
        }
        return fill(names.get().zh(), names.get().en(), recorded, texts.values(processKey, stepKey));
    }

    /**
     * A step's name when only the name the engine recorded is known (a search hit's open tasks): the step whose
     * Chinese name, {@code ${...}} parts as wildcards, matches it is read in the user's language; otherwise the
     * recorded name as it is.
     */
    public String ofRecorded(String processKey, String recorded, Locale locale) {
        if (recorded == null || !TenantNames.english(locale)) {
            return recorded;
        }
        for (var step : texts.steps(processKey).entrySet()) {
            LocalizedText names = step.getValue();
            if (names.zh() != null && names.en() != null && !names.en().isBlank()
                    && pattern(names.zh(), new ArrayList<>()).matcher(recorded).matches()) {
                return fill(names.zh(), names.en(), recorded, texts.values(processKey, step.getKey()));
            }
        }
        return recorded;
    }

    /**
     * The English name with its {@code ${...}} parts taken from the recorded Chinese name, each value translated when
     * the names file lists it for that part (a kind of notice), else as recorded (a title someone typed).
     */
    static String fill(String zh, String en, String recorded, Map<String, Map<String, String>> englishValues) {
        if (!EXPRESSION.matcher(en).find()) {
            return en;
        }
        List<String> expressions = new ArrayList<>();
        Matcher values = recorded == null ? null : pattern(zh, expressions).matcher(recorded);
        if (values == null || !values.matches()) {
            return recorded != null ? recorded : EXPRESSION.matcher(en).replaceAll("").strip();
        }
        String filled = en;
        for (int i = 0; i < expressions.size(); i++) {
            String value = values.group(i + 1);
            filled = filled.replace(expressions.get(i),
                    englishValues.getOrDefault(expressions.get(i), Map.of()).getOrDefault(value, value));
        }
        return filled;
    }

    /** The Chinese name as a pattern, each {@code ${...}} part a group (collected in {@code expressions}). */
    private static Pattern pattern(String zh, List<String> expressions) {
        StringBuilder pattern = new StringBuilder();
        Matcher m = EXPRESSION.matcher(zh);
        int at = 0;
        while (m.find()) {
            pattern.append(Pattern.quote(zh.substring(at, m.start()))).append("(.*?)");
            expressions.add(m.group());
            at = m.end();
        }
        pattern.append(Pattern.quote(zh.substring(at)));
        return Pattern.compile(pattern.toString(), Pattern.DOTALL);
    }
}
