package com.credittown.platform.credit.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserUnitTest {

    private static List<CsvRecord> parse(String text) throws IOException {
        CsvParser parser = new CsvParser(new StringReader(text));
        List<CsvRecord> records = new ArrayList<>();
        CsvRecord record;
        while ((record = parser.next()) != null) {
            records.add(record);
        }
        return records;
    }

    @Test
    void plainFieldsWithAnyLineEnding() throws IOException {
        List<CsvRecord> records = parse("a,b,c\r\n1,2,3\n4,5,6\r7,,9");
        assertThat(records).extracting(CsvRecord::fields).containsExactly(
                List.of("a", "b", "c"), List.of("1", "2", "3"), List.of("4", "5", "6"), List.of("7", "", "9"));
        assertThat(records).extracting(CsvRecord::row).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void quotedFieldsHoldCommasEscapedQuotesAndLineBreaks() throws IOException {
        List<CsvRecord> records = parse("h1,h2\n"
                + "\"东莞市,某公司\",\"他说\"\"你好\"\"\"\n"
                + "\"第一行\n第二行\",x\n"
                + "last,\"\",\n");
        assertThat(records.get(1).fields()).containsExactly("东莞市,某公司", "他说\"你好\"");
        assertThat(records.get(2).fields()).containsExactly("第一行\n第二行", "x");
        assertThat(records.get(3).fields()).containsExactly("last", "", "");
        // rows count records, lines count physical lines: the record after the line break starts on line 5
        assertThat(records.get(3).row()).isEqualTo(4);
        assertThat(records.get(3).line()).isEqualTo(5);
    }

    @Test
    void crlfInsideQuotesBecomesOneLineBreakAndBlankLinesAreSkipped() throws IOException {
        List<CsvRecord> records = parse("a\r\n\r\n\"x\r\ny\"\r\n\r\n");
        assertThat(records).extracting(CsvRecord::fields).containsExactly(List.of("a"), List.of("x\ny"));
        assertThat(records.get(1).line()).isEqualTo(3);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
        assertThat(parse("5\"2,b").get(0).fields()).containsExactly("5\"2", "b");
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereItOpened() {
        assertThatThrownBy(() -> parse("a,b\n1,\"open\n2,3\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("line 2: a quoted field is never closed (missing \")");
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        assertThatThrownBy(() -> parse("a,b\n\"x\"y,z\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("line 2: unexpected character 'y' after the closing quote");
    }

    @Test
    void utf8IsDecodedStrictlyAndTheByteOrderMarkSkipped() throws IOException {
        byte[] bom = "\uFEFFkind,名称\n许可,东莞".getBytes(StandardCharsets.UTF_8);
        CsvParser parser = new CsvParser(new Utf8Reader(new ByteArrayInputStream(bom)));
        assertThat(parser.next().fields()).containsExactly("kind", "名称");
        assertThat(parser.next().fields()).containsExactly("许可", "东莞");

        byte[] prefix = "kind\n东莞".getBytes(StandardCharsets.UTF_8); // 5 + 6 bytes
        byte[] broken = new byte[prefix.length + 2];
        System.arraycopy(prefix, 0, broken, 0, prefix.length);
        broken[prefix.length] = (byte) 0xC3; // a lead byte followed by an ASCII byte
        broken[prefix.length + 1] = 'x';
        CsvParser bad = new CsvParser(new Utf8Reader(new ByteArrayInputStream(broken)));
        assertThatThrownBy(() -> {
            while (bad.next() != null) {
                // read on
            }
        }).isInstanceOf(MalformedUtf8Exception.class)
                .hasMessage("the file is not valid UTF-8 (first bad byte at offset 11)");
    }

    @Test
    void aBadByteFarIntoALargeFileIsFoundAtItsOffset() {
        byte[] big = new byte[100_003];
        java.util.Arrays.fill(big, (byte) 'a');
        big[70_001] = (byte) 0xFF;
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(big));
        assertThatThrownBy(() -> {
            char[] buffer = new char[777];
            while (reader.read(buffer, 0, buffer.length) >= 0) {
                // read on
            }
        }).isInstanceOf(MalformedUtf8Exception.class).extracting(e -> ((MalformedUtf8Exception) e).offset())
                .isEqualTo(70_001L);
    }

    @Test
    void aTruncatedSequenceAtTheEndIsReported() {
        byte[] truncated = {'a', 'b', (byte) 0xE4, (byte) 0xB8};
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(truncated));
        assertThatThrownBy(() -> {
            char[] buffer = new char[10];
            while (reader.read(buffer, 0, buffer.length) >= 0) {
                // read on
            }
        }).isInstanceOf(MalformedUtf8Exception.class).hasMessageContaining("offset 2");
    }
}
