package com.credittown.ui.city;

/** The heat map's colour scale by the most working days a step's tasks are overdue. */
final class HeatColours {

    private HeatColours() {
    }

    /** Background colour: 1–2 working days pale amber, 3–5 orange, 6–10 red, more dark red. */
    static String background(int maxDaysOverdue) {
        if (maxDaysOverdue <= 0) {
            return "#fff8e1";
        }
        if (maxDaysOverdue <= 2) {
            return "#ffe082";
        }
        if (maxDaysOverdue <= 5) {
            return "#ffb74d";
        }
        if (maxDaysOverdue <= 10) {
            return "#e57373";
        }
        return "#b71c1c";
    }

    static String text(int maxDaysOverdue) {
        return maxDaysOverdue > 10 ? "#ffffff" : "#212121";
    }
}
