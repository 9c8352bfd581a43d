package com.credittown.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.tenancy.UnknownTenantException;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.ForbiddenException;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class ErrorNoticeTest {

    @Test
    void domainRefusalsSayWhyAndNeverCountAsUnexpected() {
        ErrorNotice invalid = ErrorNotice.of(new InvalidInputException(List.of(new FieldProblem("subjectCode",
                "position 18: check character should be 3"))));
        assertThat(invalid).isEqualTo(new ErrorNotice("error.invalid",
                "subjectCode: position 18: check character should be 3", false));
        assertThat(ErrorNotice.of(new ConflictException("The case is already closed.")))
                .isEqualTo(new ErrorNotice("error.refused", "The case is already closed.", false));
        assertThat(ErrorNotice.of(new ForbiddenException("Locked step", "This step is fixed by the city.")).key())
                .isEqualTo("error.refused");
        assertThat(ErrorNotice.of(new NotFoundException("Unknown case", "No case 42.")).key()).isEqualTo("error.notFound");
        assertThat(ErrorNotice.of(new UnknownTenantException("nowhere")).key()).isEqualTo("error.notFound");
        assertThat(ErrorNotice.of(new AccessDeniedException("no")).key()).isEqualTo("error.notAllowed");
        assertThat(ErrorNotice.of(new FlowableOptimisticLockingException("changed")).key())
                .isEqualTo("error.changedMeanwhile");
    }

    @Test
    void aRefusalWrappedByTheFrameworkIsStillRecognised() {
        RuntimeException wrapped = new RuntimeException("listener failed",
                new IllegalStateException("invocation", new AccessDeniedException("no")));
        assertThat(ErrorNotice.of(wrapped).key()).isEqualTo("error.notAllowed");
    }

    @Test
    void anUnreachableDatabaseIsSaidAsSuch() {
        RuntimeException failure = new RuntimeException("could not open connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));
        assertThat(ErrorNotice.of(failure).key()).isEqualTo("error.databaseUnavailable");
    }

    @Test
    void anythingElseGetsAReferenceAndNoInternals() {
        ErrorNotice notice = ErrorNotice.of(new NullPointerException("secret internals at Foo.java:12"));
        assertThat(notice.unexpected()).isTrue();
        assertThat(notice.key()).isEqualTo("error.unexpected");
        assertThat(notice.argument()).hasSize(8).doesNotContain("secret");
        assertThat(ErrorNotice.of(new NullPointerException()).argument()).isNotEqualTo(notice.argument());
    }
}
