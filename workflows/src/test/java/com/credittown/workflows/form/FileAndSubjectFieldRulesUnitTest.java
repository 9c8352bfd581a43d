package com.credittown.workflows.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of file and subject fields: an attachment of this very case, a subject of this tenant's archive. */
class FileAndSubjectFieldRulesUnitTest {

    private static final String CASE = "case-1";
    private static final String OWN_FILE = "0b9f4c1e-1111-4c8e-9a57-2f1d3c4b5a60";
    private static final String OTHER_CASES_FILE = "0b9f4c1e-2222-4c8e-9a57-2f1d3c4b5a60";
    private static final String KNOWN = "91441900MA4W56795G";
    private static final String UNKNOWN = "91441900MA4W568086";

    private final FormValidator validator = new FormValidator(
            (caseId, id) -> CASE.equals(caseId) && OWN_FILE.equals(id), Set.of(KNOWN)::contains);

    private static final FormDefinition FORM = new FormDefinition("f", null, List.of(
            new FormField("licence", FieldType.FILE, new LocalizedText("营业执照", "Licence"), true, null, null, List.of()),
            new FormField("subject", FieldType.SUBJECT, new LocalizedText("主体", "Subject"), true, null, null, List.of())));

    @Test
    void aFileOfThisCaseAndARegisteredSubjectAreAccepted() {
        assertThat(validator.validate(FORM, Map.of("licence", " " + OWN_FILE, "subject", KNOWN), CASE))
                .containsEntry("licence", OWN_FILE).containsEntry("subject", KNOWN);
    }

    @Test
    void aRequiredFileWithoutAnUploadIsRefusedAtTheField() {
        assertThat(problems(Map.of("subject", KNOWN), CASE)).containsExactly("licence:required");
    }

    @Test
    void anotherCasesAttachmentIsNotAFileOfThisCase() {
        assertThat(problems(Map.of("licence", OTHER_CASES_FILE, "subject", KNOWN), CASE))
                .containsExactly("licence:not-an-attachment");
        assertThat(problems(Map.of("licence", OWN_FILE, "subject", KNOWN), "case-2"))
                .containsExactly("licence:not-an-attachment");
        assertThat(problems(Map.of("licence", List.of(OWN_FILE), "subject", KNOWN), CASE))
                .containsExactly("licence:not-text");
    }

    @Test
    void aValidatorWithoutFilesOrSubjectsRefusesBoth() {
        assertThatThrownByInvalid(() -> new FormValidator().validate(FORM, Map.of("licence", OWN_FILE, "subject", KNOWN),
                CASE));
    }

    @Test
    void aFileNeedsACase() {
        assertThat(problems(Map.of("licence", OWN_FILE, "subject", KNOWN), null))
                .containsExactly("licence:file-needs-case");
    }

    @Test
    void aSubjectMustPassTheCodeCheckAndBeInTheArchive() {
        assertThat(problems(Map.of("licence", OWN_FILE, "subject", UNKNOWN), CASE))
                .containsExactly("subject:unknown-subject");
        String wrongCheck = KNOWN.substring(0, 17) + (KNOWN.charAt(17) == '0' ? '1' : '0');
        assertThat(problems(Map.of("licence", OWN_FILE, "subject", wrongCheck), CASE))
                .containsExactly("subject:uscc");
    }

    private static void assertThatThrownByInvalid(Runnable submission) {
        try {
            submission.run();
        } catch (InvalidInputException e) {
            assertThat(e.errors()).extracting(FieldProblem::code).containsExactly("not-an-attachment", "unknown-subject");
            return;
        }
        throw new AssertionError("expected the submission to be refused");
    }

    private List<String> problems(Map<String, ?> data, String caseId) {
        try {
            validator.validate(FORM, data, caseId);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldProblem::field).map(f -> f + ":" + e.errors().stream()
                    .filter(p -> p.field().equals(f)).findFirst().map(FieldProblem::code).orElseThrow()).toList();
        }
        throw new AssertionError("expected the submission to be refused");
    }
}
