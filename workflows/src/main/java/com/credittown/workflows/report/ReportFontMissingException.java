package com.credittown.workflows.report;

import java.nio.file.Path;

/** The configured CJK font is not there: no report can be made until it is installed or the setting fixed. */
public class ReportFontMissingException extends RuntimeException {

    ReportFontMissingException(Path file, String why) {
        super("The credit report font " + file + " " + why + ": install Debian's fonts-noto-cjk "
                + "(scripts/ensure-browser.sh does) or set credittown.credit-report.font-file");
    }
}
