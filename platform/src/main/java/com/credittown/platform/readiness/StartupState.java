package com.credittown.platform.readiness;

/** Where a piece of start-up work stands ({@link StartupReadiness}). */
public enum StartupState { PENDING, RETRYING, FINISHED, FAILED }
