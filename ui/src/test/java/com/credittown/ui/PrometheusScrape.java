package com.credittown.ui;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of /actuator/prometheus (the text exposition format), read as a test needs it. */
record PrometheusScrape(String text) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)$");

    /** The value of the series of this metric whose labels include all the given ones; 0 if there is none. */
    double value(String metric, Map<String, String> labels) {
        double found = 0;
        boolean seen = false;
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.strip());
            if (line.startsWith("#") || !sample.matches() || !sample.group(1).equals(metric)) {
                continue;
            }
            String labelText = sample.group(3) == null ? "" : sample.group(3);
            if (labels.entrySet().stream().allMatch(l -> labelText.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                if (seen) {
                    throw new AssertionError("More than one series of " + metric + " matches " + labels);
                }
                seen = true;
                found = Double.parseDouble(sample.group(4));
            }
        }
        return found;
    }

    boolean has(String metric, Map<String, String> labels) {
        return text.lines().anyMatch(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                && text.lines().filter(line -> line.startsWith(metric))
                .anyMatch(line -> labels.entrySet().stream()
                        .allMatch(l -> line.contains(l.getKey() + "=\"" + l.getValue() + "\"")));
    }
}
