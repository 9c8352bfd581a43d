package com.credittown.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.ui.bench.HeapHistogram.Row;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeapGrowthUnitTest {

    /**
     * As {@code jcmd <pid> GC.class_histogram} prints it on Java 17: two loaders of one class name; generated classes
     * (a lambda, a proxy) whose numbers and addresses differ from one JVM to the next.
     */
    private static final String BEFORE = """
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:        100000        8000000  [B (java.base@17.0.15)
               2:         50000        1200000  java.lang.String (java.base@17.0.15)
               3:           340          27200  org.flowable.bpmn.model.SequenceFlow
               4:            10            800  org.flowable.bpmn.model.SequenceFlow
               5:             5            400  com.credittown.Gone
               6:            10            240  com.credittown.Foo$$Lambda$120/0x00007f484c979bb0
               7:             3             48  jdk.proxy2.$Proxy80
            Total        150368        9228688
            """;
    private static final String AFTER = """
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:        100660        8066000  [B (java.base@17.0.15)
               2:         50660        1215840  java.lang.String (java.base@17.0.15)
               3:          1000          80000  org.flowable.bpmn.model.SequenceFlow
               4:            66           2112  [Lorg.keycloak.representations.idm.RealmRepresentation;
               5:            76           1824  com.credittown.Foo$$Lambda$123/0x0000000801234567
               6:             3             48  jdk.proxy2.$Proxy81
            Total        152465        9365824
            """;

    @Test
    void readsEveryRowAndSumsAClassLoadedTwice() {
        Map<String, Row> rows = HeapHistogram.rows(BEFORE);

        assertThat(rows).hasSize(6);
        assertThat(rows.get("com.credittown.Foo$$Lambda")).isEqualTo(new Row(10, 240));
        assertThat(rows.get("jdk.proxy2.$Proxy")).isEqualTo(new Row(3, 48));
        assertThat(rows.get("org.flowable.bpmn.model.SequenceFlow")).isEqualTo(new Row(350, 28000));
        assertThat(rows.get("[B")).isEqualTo(new Row(100000, 8000000));
        assertThat(HeapHistogram.totalBytes(BEFORE)).isEqualTo(9228688);
        assertThat(HeapHistogram.totalBytes("no histogram")).isEqualTo(-1);
    }

    @Test
    void generatedClassesOfTwoJvmsCompareWithoutTheirNumbersAndAddresses() {
        HeapGrowth growth = new HeapGrowth(HeapHistogram.rows(BEFORE), HeapHistogram.rows(AFTER));

        assertThat(growth.byClass()).containsEntry("com.credittown.Foo$$Lambda", new Row(66, 1584))
                .doesNotContainKey("jdk.proxy2.$Proxy");
    }

    @Test
    void growthIsEveryClassSortedByBytesAndAddsUpToTheTotals() {
        HeapGrowth growth = new HeapGrowth(HeapHistogram.rows(BEFORE), HeapHistogram.rows(AFTER));

        assertThat(List.copyOf(growth.byClass().keySet())).containsExactly("[B",
                "org.flowable.bpmn.model.SequenceFlow", "java.lang.String",
                "[Lorg.keycloak.representations.idm.RealmRepresentation;", "com.credittown.Foo$$Lambda",
                "com.credittown.Gone");
        assertThat(growth.byClass().get("org.flowable.bpmn.model.SequenceFlow")).isEqualTo(new Row(650, 52000));
        assertThat(growth.byClass().get("com.credittown.Gone")).isEqualTo(new Row(-5, -400));
        assertThat(growth.totalBytes()).isEqualTo(HeapHistogram.totalBytes(AFTER) - HeapHistogram.totalBytes(BEFORE));
    }

    @Test
    void sumsByOriginAndDividesByTheTenantsAdded() {
        HeapGrowth growth = new HeapGrowth(HeapHistogram.rows(BEFORE), HeapHistogram.rows(AFTER));

        assertThat(growth.byOrigin()).containsEntry("Flowable", new Row(650, 52000))
                .containsEntry("Keycloak client", new Row(66, 2112))
                .containsEntry("CreditTown", new Row(61, 1184))
                .containsEntry("JDK: primitive arrays (strings' bytes, hash tables' slots)", new Row(660, 66000));
        assertThat(List.copyOf(growth.byOrigin().keySet()).get(0))
                .isEqualTo("JDK: primitive arrays (strings' bytes, hash tables' slots)");
        String table = growth.table(66, "tenant", 2);
        assertThat(table).contains("| Flowable | 52,000 | 788 B |")
                .contains("| all | 137,136 | 2,078 B |")
                .contains("| `org.flowable.bpmn.model.SequenceFlow` | 650 | 52,000 | 9.85 | 788 B |")
                .doesNotContain("`java.lang.String`")
                .contains("| `com.credittown.Gone` | -5 | -400 | -0.08 | -6 B |");
    }
}
