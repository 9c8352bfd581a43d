package com.credittown.platform.search;

/** A credit subject a form's picker offers: its unified social credit code and its name. */
public record SubjectChoice(String code, String name) {

    /** How the picker shows it: {@code 名称 (代码)}. */
    public String label() {
        return name + " (" + code + ")";
    }
}
