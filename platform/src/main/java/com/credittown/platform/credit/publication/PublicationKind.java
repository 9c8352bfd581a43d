package com.credittown.platform.credit.publication;

import com.credittown.platform.credit.RecordKind;
import java.util.Optional;

/** What a 双公示 entry publishes: an administrative licence (行政许可) or penalty (行政处罚). */
public enum PublicationKind {
    /** 行政许可. */
    LICENCE("许可", RecordKind.LICENCE),
    /** 行政处罚. */
    PENALTY("处罚", RecordKind.PENALTY);

    private final String chinese;
    private final RecordKind recordKind;

    PublicationKind(String chinese, RecordKind recordKind) {
        this.chinese = chinese;
        this.recordKind = recordKind;
    }

    /** The kind written as LICENCE / PENALTY (any case) or 许可 / 处罚. */
    static Optional<PublicationKind> parse(String text) {
        String value = text.strip();
        for (PublicationKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value) || kind.chinese.equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    RecordKind recordKind() {
        return recordKind;
    }
}
