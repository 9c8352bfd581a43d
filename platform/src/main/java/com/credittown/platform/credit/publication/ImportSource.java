package com.credittown.platform.credit.publication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/** The bytes of a file to import; it is read twice (whole-file checks, then the rows), so it can be reopened. */
public interface ImportSource {

    InputStream open() throws IOException;

    /** The size in bytes if known before reading. */
    OptionalLong size();

    /** The file on disk holding the bytes, if there is one (a workbook is read from a file). */
    default Optional<Path> file() {
        return Optional.empty();
    }

    static ImportSource of(Path file) {
        return new ImportSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public Optional<Path> file() {
                return Optional.of(file);
            }

            @Override
            public OptionalLong size() {
                try {
                    return OptionalLong.of(Files.size(file));
                } catch (IOException e) {
                    return OptionalLong.empty();
                }
            }
        };
    }

    static ImportSource of(byte[] bytes) {
        byte[] copy = bytes.clone();
        return new ImportSource() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(copy);
            }

            @Override
            public OptionalLong size() {
                return OptionalLong.of(copy.length);
            }
        };
    }
}
