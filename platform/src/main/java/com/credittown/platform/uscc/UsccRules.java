package com.credittown.platform.uscc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of GB 32100-2015 a code is checked against, read once from data: the registration authorities with the
 * entity types each issues ({@code credit/uscc/registration-authorities.csv}) and the province-level division codes of
 * GB/T 2260 ({@code credit/uscc/provinces.csv}). Each file names its source. Package-private: callers use
 * {@link Uscc}.
 */
final class UsccRules {

    /** A registration authority (登记管理部门) and the entity types (机构类别) it issues, in file order. */
    record Authority(char code, String nameZh, String nameEn, Map<Character, String> types) {

        /** E.g. "9 (工商（市场监管）, industry and commerce (market regulation))". */
        String label() {
            return code + " (" + nameZh + ", " + nameEn + ")";
        }

        /** E.g. "1 企业, 2 个体工商户, 3 农民专业合作社". */
        String typeList() {
            List<String> listed = new ArrayList<>();
            types.forEach((type, name) -> listed.add(type + " " + name));
            return String.join(", ", listed);
        }
    }

    private static final Map<Character, Authority> AUTHORITIES = readAuthorities();
    private static final Map<String, String> PROVINCES = readProvinces();

    private UsccRules() {
    }

    /** The authority with this code, or {@code null} if GB 32100 has none. */
    static Authority authority(char code) {
        return AUTHORITIES.get(code);
    }

    /** Every authority code, e.g. "1, 2, 3, 4, 5, 6, 7, 8, 9, A, N, Y". */
    static String authorityCodes() {
        return String.join(", ", AUTHORITIES.keySet().stream().map(String::valueOf).toList());
    }

    /** The province named by two digits, or {@code null} if GB/T 2260 has none. */
    static String province(String twoDigits) {
        return PROVINCES.get(twoDigits);
    }

    private static Map<Character, Authority> readAuthorities() {
        Map<Character, Authority> authorities = new LinkedHashMap<>();
        for (String[] row : rows("credit/uscc/registration-authorities.csv", 5)) {
            char code = single(row[0]);
            Authority authority = authorities.computeIfAbsent(code,
                    c -> new Authority(c, row[1], row[2], new LinkedHashMap<>()));
            authority.types().put(single(row[3]), row[4]);
        }
        authorities.replaceAll((code, a) -> new Authority(code, a.nameZh(), a.nameEn(),
                Collections.unmodifiableMap(a.types())));
        return Collections.unmodifiableMap(authorities);
    }

    private static Map<String, String> readProvinces() {
        Map<String, String> provinces = new LinkedHashMap<>();
        for (String[] row : rows("credit/uscc/provinces.csv", 2)) {
            if (!row[0].matches("\\d{2}")) {
                throw new IllegalStateException("credit/uscc/provinces.csv: '" + row[0] + "' is not two digits");
            }
            provinces.put(row[0], row[1]);
        }
        return Collections.unmodifiableMap(provinces);
    }

    private static char single(String cell) {
        if (cell.length() != 1 || !UsccAlphabet.isAllowed(cell.charAt(0))) {
            throw new IllegalStateException("credit/uscc/registration-authorities.csv: '" + cell
                    + "' is not one code character");
        }
        return cell.charAt(0);
    }

    /** The data lines (no comments, no header) split into exactly {@code columns} cells. */
    private static List<String[]> rows(String location, int columns) {
        InputStream in = UsccRules.class.getClassLoader().getResourceAsStream(location);
        if (in == null) {
            throw new IllegalStateException(location + " is missing from the class path");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(location + ": '" + line + "' has " + cells.length
                            + " cells, not " + columns);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
