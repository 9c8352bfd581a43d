package com.credittown.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.ui.i18n.Translations;
import com.credittown.workflows.cases.CaseTimeline;
import com.credittown.workflows.form.FieldChoice;
import com.credittown.workflows.form.FieldType;
import com.credittown.workflows.form.FormDefinition;
import com.credittown.workflows.form.FormField;
import com.credittown.workflows.form.LocalizedText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recorded form data reads with the form's labels in the user's language; data no form knows keeps its key. */
class FormDataTextUnitTest {

    private static final FormField AMOUNT = field("amount", FieldType.NUMBER, "申请金额", "Amount", List.of());
    private static final FormField KIND = field("kind", FieldType.CHOICE, "补贴类型", "Kind", List.of(
            new FieldChoice("rent", new LocalizedText("租金补贴", "Rent")),
            new FieldChoice("decor", new LocalizedText("装修补贴", "Renovation"))));
    private static final FormField AGREED = field("agreed", FieldType.BOOLEAN, "同意承诺", "Agreed", List.of());
    private static final FormField OPENED = field("opened", FieldType.DATE, "开业日期", "Opened on", List.of());
    private static final List<FormField> FORM = List.of(AMOUNT, KIND, AGREED, OPENED);

    private final Translations translations = new Translations();

    @Test
    void inChineseEachAnswerReadsWithItsLabelOptionLabelYesNoAndAWrittenDate() {
        FormDataText chinese = text(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.answers(data(), FORM)).extracting(FormDataText.Answer::toString).containsExactly(
                "申请金额：3", "补贴类型：租金补贴", "同意承诺：是", "开业日期：2026年3月5日", "resultWorkingDays：10");
    }

    @Test
    void inEnglishTheSameDataReadsInEnglish() {
        FormDataText english = text(Locale.ENGLISH);
        assertThat(english.answers(data(), FORM)).extracting(FormDataText.Answer::toString).containsExactly(
                "Amount：3", "Kind：Rent", "Agreed：Yes", "Opened on：Mar 5, 2026", "resultWorkingDays：10");
    }

    @Test
    void valuesAsTheyComeBackFromStorageReadTheSame() {
        FormDataText chinese = text(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.value(AMOUNT, 3.0)).isEqualTo("3");
        assertThat(chinese.value(AMOUNT, new BigDecimal("20000.50"))).isEqualTo("20000.5");
        assertThat(chinese.value(AGREED, "false")).isEqualTo("否");
        assertThat(chinese.value(null, Boolean.TRUE)).isEqualTo("是");
        // a value the field does not know (an option removed, a malformed date) is shown as stored, not lost
        assertThat(chinese.value(KIND, "gone")).isEqualTo("gone");
        assertThat(chinese.value(OPENED, "soon")).isEqualTo("soon");
    }

    @Test
    void aFileAnswerReadsAsTheFilesNameWhenTheCaseHasIt() {
        FormField licence = field("licence", FieldType.FILE, "营业执照", "Business licence", List.of());
        FormDataText chinese = text(Locale.SIMPLIFIED_CHINESE).withFileNames(Map.of("a-1", "营业执照.pdf"));
        assertThat(chinese.answers(Map.of("licence", "a-1"), List.of(licence)))
                .extracting(FormDataText.Answer::toString).containsExactly("营业执照：营业执照.pdf");
        // an id the case does not hold (removed, or never a file) stays as stored
        assertThat(chinese.value(licence, "a-2")).isEqualTo("a-2");
    }

    @Test
    void emptyAnswersAreLeftOut() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("amount", null);
        data.put("kind", " ");
        assertThat(text(Locale.SIMPLIFIED_CHINESE).answers(data, FORM)).isEmpty();
    }

    @Test
    void aStepsDataIsReadWithItsOwnFormFirstThenTheCasesOtherForms() {
        FormField startAmount = field("amount", FieldType.NUMBER, "申请金额", "Amount", List.of());
        FormField reviewAmount = field("amount", FieldType.NUMBER, "核定金额", "Approved amount", List.of());
        Map<String, FormDefinition> forms = new LinkedHashMap<>();
        forms.put("start", new FormDefinition("start", null, List.of(startAmount, KIND)));
        forms.put("review", new FormDefinition("review", null, List.of(reviewAmount), List.of(AGREED)));

        List<FormField> review = CaseTimeline.fieldsFor("review", forms);
        assertThat(review).extracting(f -> f.label().zh()).containsExactly("核定金额", "同意承诺", "申请金额", "补贴类型");
        assertThat(text(Locale.SIMPLIFIED_CHINESE).answers(Map.of("amount", 5), review))
                .extracting(FormDataText.Answer::toString).containsExactly("核定金额：5");
        assertThat(CaseTimeline.fieldsFor("copy", forms)).extracting(f -> f.label().zh())
                .containsExactly("申请金额", "补贴类型", "核定金额", "同意承诺");
    }

    private FormDataText text(Locale locale) {
        return new FormDataText(locale, key -> translations.getTranslation(key, locale));
    }

    private static Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("amount", 3);
        data.put("kind", "rent");
        data.put("agreed", true);
        data.put("opened", "2026-03-05");
        data.put("resultWorkingDays", 10);
        return data;
    }

    private static FormField field(String key, FieldType type, String zh, String en, List<FieldChoice> options) {
        return new FormField(key, type, new LocalizedText(zh, en), false, null, null, options);
    }
}
