package com.credittown.tenants.catalogue;

import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The tenant catalogue: every town, subdistrict and park, as data in {@code catalogue/*.csv}
 * (columns {@code code,name_zh,name_en,kind}). Adding a town means adding a row; no code changes. Every row needs
 * both names: the English one is what a user who switched to English reads.
 */
@Component
public class TenantCatalogue {

    static final String LOCATION = "classpath*:catalogue/*.csv";
    private static final String HEADER = "code,name_zh,name_en,kind";

    private final List<CatalogueEntry> entries;

    public TenantCatalogue() {
        this(LOCATION);
    }

    TenantCatalogue(String location) {
        this.entries = List.copyOf(read(location));
    }

    public List<CatalogueEntry> entries() {
        return entries;
    }

    private static List<CatalogueEntry> read(String location) {
        Map<String, CatalogueEntry> byCode = new LinkedHashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                for (CatalogueEntry entry : parse(resource)) {
                    if (byCode.putIfAbsent(entry.id().code(), entry) != null) {
                        throw new IllegalStateException("Tenant " + entry.id() + " is defined twice in the catalogue");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the tenant catalogue", e);
        }
        return new ArrayList<>(byCode.values());
    }

    static List<CatalogueEntry> parse(Resource resource) throws IOException {
        List<CatalogueEntry> parsed = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !HEADER.equals(header.replace("\uFEFF", "").strip())) {
                throw new IllegalStateException(resource.getFilename() + ": the first line must be '" + HEADER + "'");
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                parsed.add(entry(resource.getFilename(), number, line));
            }
        }
        return parsed;
    }

    private static CatalogueEntry entry(String file, int number, String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != 4) {
            throw new IllegalStateException(file + " line " + number + ": expected 4 columns, found " + cells.length);
        }
        if (cells[1].isBlank() || cells[2].isBlank()) {
            throw new IllegalStateException(file + " line " + number + ": name_zh and name_en must not be empty");
        }
        try {
            return new CatalogueEntry(new TenantId(cells[0].strip()), cells[1].strip(), cells[2].strip(),
                    TenantKind.valueOf(cells[3].strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " line " + number + ": " + e.getMessage(), e);
        }
    }
}
