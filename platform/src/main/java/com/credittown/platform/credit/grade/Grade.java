package com.credittown.platform.credit.grade;

/** A subject's credit grade (信用等级) by risk: A lowest risk, D highest. */
public enum Grade {
    A, B, C, D
}
