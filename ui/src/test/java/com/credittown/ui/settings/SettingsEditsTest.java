package com.credittown.ui.settings;

import static com.credittown.ui.settings.SettingsEdits.CONTACT;
import static com.credittown.ui.settings.SettingsEdits.DEPARTMENT;
import static com.credittown.ui.settings.SettingsEdits.DISTRICT;
import static com.credittown.ui.settings.SettingsEdits.DISTRICT_RENAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.web.FieldProblem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The settings page's forms name their fields alike to the services ({@code name} for a department and a district,
 * {@code address} for a district and the contact details): a problem lands on the field of the form that was saved,
 * and the notice names that field in its own words, in both languages.
 */
class SettingsEditsTest {

    private static final FieldProblem NAME_REQUIRED = new FieldProblem("name", "required", "Required.");
    private static final FieldProblem ADDRESS_TOO_LONG = new FieldProblem("address", "too-long", "At most 300.");

    @Test
    void aProblemLandsOnTheFieldOfTheFormThatWasSaved() {
        SettingsEdits edits = new SettingsEdits(new Div(), () -> { });
        TextField departmentName = edits.field(DEPARTMENT, "name", new TextField());
        TextField districtName = edits.field(DISTRICT, "name", new TextField());
        TextField districtAddress = edits.field(DISTRICT, "address", new TextField());
        TextField contactAddress = edits.field(CONTACT, "address", new TextField());

        assertThat(edits.fieldOf(DEPARTMENT, NAME_REQUIRED)).isSameAs(departmentName);
        assertThat(edits.fieldOf(DISTRICT, NAME_REQUIRED)).isSameAs(districtName);
        assertThat(edits.fieldOf(DISTRICT, ADDRESS_TOO_LONG)).isSameAs(districtAddress);
        assertThat(edits.fieldOf(CONTACT, ADDRESS_TOO_LONG)).isSameAs(contactAddress);
        // a new name has no field of the create form: the notice names it instead
        assertThat(edits.fieldOf(DISTRICT_RENAME, NAME_REQUIRED)).isNull();
    }

    @Test
    void theNoticeNamesEachFieldByItsOwnKeyInChinese() throws IOException {
        Function<String, String> zh = translator("messages_zh_CN.properties");

        assertThat(SettingsEdits.named(DEPARTMENT, NAME_REQUIRED, zh)).isEqualTo("部门名称 必填项");
        assertThat(SettingsEdits.named(DISTRICT, NAME_REQUIRED, zh)).isEqualTo("诚信商圈名称 必填项");
        assertThat(SettingsEdits.named(DISTRICT_RENAME, NAME_REQUIRED, zh))
                .isEqualTo("诚信商圈新名称 必填项");
        assertThat(SettingsEdits.named(DISTRICT, ADDRESS_TOO_LONG, zh)).isEqualTo("诚信商圈地址 内容过长");
        assertThat(SettingsEdits.named(CONTACT, ADDRESS_TOO_LONG, zh)).isEqualTo("办公室地址 内容过长");
    }

    @Test
    void theNoticeNamesEachFieldByItsOwnKeyInEnglish() throws IOException {
        Function<String, String> en = translator("messages_en.properties");

        assertThat(SettingsEdits.named(DEPARTMENT, NAME_REQUIRED, en)).isEqualTo("Department name Required");
        assertThat(SettingsEdits.named(DISTRICT, NAME_REQUIRED, en)).isEqualTo("District name Required");
        assertThat(SettingsEdits.named(DISTRICT, ADDRESS_TOO_LONG, en)).isEqualTo("District address Too long");
        assertThat(SettingsEdits.named(CONTACT, ADDRESS_TOO_LONG, en)).isEqualTo("Office address Too long");
    }

    @Test
    void everyFieldOfEveryFormHasItsOwnNameInBothLanguages() throws IOException {
        List<String> keys = List.of("department.code", "department.name", "reviewer.username", "district.name",
                "district.kind", "district.address", "district.commitmentText", "districtRename.name",
                "contact.officeName", "contact.address", "contact.phone", "contact.email");
        for (String bundle : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            Function<String, String> translate = translator(bundle);
            List<String> names = keys.stream().map(key -> translate.apply("settings.field." + key)).toList();
            assertThat(names).as(bundle).noneMatch(name -> name.startsWith("!")).doesNotHaveDuplicates();
        }
    }

    @Test
    void aFieldWithoutANameOfItsOwnIsNamedAsTheServiceNamesIt() throws IOException {
        assertThat(SettingsEdits.named("unknownForm", new FieldProblem("name", "odd", "Something odd."),
                translator("messages_zh_CN.properties"))).isEqualTo("name Something odd.");
    }

    private static Function<String, String> translator(String bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(SettingsEditsTest.class.getResourceAsStream("/i18n/" + bundle),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return key -> messages.getProperty(key, "!" + key + "!");
    }
}
