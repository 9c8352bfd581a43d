package com.credittown.workflows.cases;

import com.credittown.platform.tenancy.TenantNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        return fill(names.get().zh(), names.get().en(), recorded);
    }

    /** The English name with its {@code ${...}} parts taken from the recorded Chinese name. */
    static String fill(String zh, String en, String recorded) {
        if (!EXPRESSION.matcher(en).find()) {
            return en;
        }
        List<String> expressions = new ArrayList<>();
        StringBuilder pattern = new StringBuilder();
        Matcher m = EXPRESSION.matcher(zh);
        int at = 0;
        while (m.find()) {
            pattern.append(Pattern.quote(zh.substring(at, m.start()))).append("(.*)");
            expressions.add(m.group());
            at = m.end();
        }
        pattern.append(Pattern.quote(zh.substring(at)));
        Matcher values = recorded == null ? null : Pattern.compile(pattern.toString(), Pattern.DOTALL).matcher(recorded);
        if (values == null || !values.matches()) {
            return recorded != null ? recorded : EXPRESSION.matcher(en).replaceAll("").strip();
        }
        String filled = en;
        for (int i = 0; i < expressions.size(); i++) {
            filled = filled.replace(expressions.get(i), values.group(i + 1));
        }
        return filled;
    }
}
