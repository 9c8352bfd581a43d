package com.credittown.platform.credit.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PersonDataConfigurationUnitTest {

    private static final String LOOKUP = Base64.getEncoder().encodeToString("a lookup key of 32 bytes, test!!".getBytes());

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PersonDataConfiguration.class);

    @Test
    void startUpFailsOnAnSm4KeyOfTheWrongLength() {
        context.withPropertyValues("credittown.credit.person.sm4-key=" + Base64.getEncoder().encodeToString(new byte[24]),
                        "credittown.credit.person.lookup-key=" + LOOKUP)
                .run(started -> {
                    assertThat(started).hasFailed();
                    assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("exactly 16 bytes")
                            .hasMessageContaining("24 bytes");
                });
    }

    @Test
    void startUpFailsWithoutKeys() {
        context.run(started -> assertThat(started).hasFailed());
    }

    @Test
    void validKeysGiveTheCipherAndTheDefaultReaders() {
        context.withPropertyValues("credittown.credit.person.sm4-key=" + Base64.getEncoder().encodeToString(new byte[16]),
                        "credittown.credit.person.lookup-key=" + LOOKUP)
                .run(started -> {
                    assertThat(started).hasSingleBean(PersonDataCipher.class);
                    assertThat(started.getBean(PersonDataSettings.class).readers())
                            .containsExactly("officer", "department-reviewer");
                });
    }
}
