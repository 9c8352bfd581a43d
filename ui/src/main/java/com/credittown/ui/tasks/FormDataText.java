package com.credittown.ui.tasks;

import com.credittown.workflows.form.FormField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How recorded form data reads for a person, in their language: a field by its label, a choice by its option's
 * label, a yes/no as 是/否 (Yes/No), a date written out ({@code 2026年3月5日}, {@code Mar 5, 2026}). A key no form
 * knows (data a process set itself) keeps its key and its value as stored. Used by the case timeline and by the task
 * dialog's read-only fields, so an answer reads the same in both.
 */
public final class FormDataText {

    private final Locale locale;
    private final Function<String, String> translate;
    private final DateTimeFormatter dates;
    private final Map<String, String> fileNames;

    /** @param translate the UI's translation of a message key (for 是/否), e.g. a component's getTranslation */
    public FormDataText(Locale locale, Function<String, String> translate) {
        this(locale, translate, Map.of());
    }

    private FormDataText(Locale locale, Function<String, String> translate, Map<String, String> fileNames) {
        this.locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        this.translate = translate;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale);
        this.fileNames = Map.copyOf(fileNames);
    }

    /** The same reading, with a file field's stored attachment id read as the file's name (id → name). */
    public FormDataText withFileNames(Map<String, String> namesById) {
        return new FormDataText(locale, translate, namesById);
    }

    /** One answer as shown: the field's label (or the bare key) and the value. */
    public record Answer(String key, String label, String value) {

        @Override
        public String toString() {
            return label + "：" + value;
        }
    }

    /**
     * The answers of one step's data in the data's order, each read with the first of {@code known} that has its key;
     * empty values are left out.
     */
    public List<Answer> answers(Map<String, ?> data, List<FormField> known) {
        List<Answer> answers = new ArrayList<>();
        data.forEach((key, raw) -> {
            if (raw == null || (raw instanceof String s && s.isBlank())) {
                return;
            }
            Optional<FormField> field = known.stream().filter(f -> f.key().equals(key)).findFirst();
            answers.add(new Answer(key, field.map(this::label).orElse(key), value(field.orElse(null), raw)));
        });
        return answers;
    }

    /** The field's label in the user's language, its key if it has none. */
    public String label(FormField field) {
        return field.label() == null ? field.key() : field.label().in(locale);
    }

    /** One value as the field's type reads; without a field, only a yes/no is translated. */
    public String value(FormField field, Object raw) {
        if (raw == null) {
            return "";
        }
        if (raw instanceof Boolean yes) {
            return yesOrNo(yes);
        }
        if (field == null || field.type() == null) {
            return String.valueOf(raw);
        }
        String text = String.valueOf(raw).strip();
        return switch (field.type()) {
            case CHOICE -> field.options().stream().filter(option -> option.value().equals(text)).findFirst()
                    .map(option -> option.label() == null ? option.value() : option.label().in(locale)).orElse(text);
            case BOOLEAN -> "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)
                    ? yesOrNo(Boolean.parseBoolean(text)) : text;
            case DATE -> date(text);
            case NUMBER -> number(raw, text);
            case FILE -> fileNames.getOrDefault(text, text);
            default -> text;
        };
    }

    private String yesOrNo(boolean yes) {
        return translate.apply(yes ? "form.value.yes" : "form.value.no");
    }

    private String date(String text) {
        try {
            return dates.format(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            return text;
        }
    }

    private static String number(Object raw, String text) {
        try {
            BigDecimal number = raw instanceof BigDecimal exact ? exact : new BigDecimal(text);
            return number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }
}
