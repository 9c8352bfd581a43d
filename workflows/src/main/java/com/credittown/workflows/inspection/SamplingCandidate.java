package com.credittown.workflows.inspection;

import com.credittown.platform.credit.grade.Grade;

/** A subject of the population with its grade in the city-wide archive. */
record SamplingCandidate(long subjectId, String code, String name, Grade grade) {
}
