package com.credittown.platform.readiness;

/** A piece of start-up work's state ({@link StartupReadiness}) and, after a failure, why. */
public record StartupProgress(StartupState state, String reason) {
}
