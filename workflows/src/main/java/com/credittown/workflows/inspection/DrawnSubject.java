package com.credittown.workflows.inspection;

/** A drawn subject, its place in the draw and its inspector ({@code null} without inspectors). */
record DrawnSubject(SamplingCandidate candidate, int order, String inspector) {
}
