package com.credittown.workflows.district;

import java.time.Instant;

/** A district as the REST API shows it ({@link DistrictController}). */
record DistrictView(String id, String name, DistrictKind kind, String address, String commitmentText,
                    Rating rating, Integer greenSharePercent, Instant ratedAt, Instant createdAt) {
    static DistrictView of(District d) {
        return new DistrictView(d.id(), d.name(), d.kind(), d.address(), d.commitmentText(), d.rating(),
                d.greenSharePercent(), d.ratedAt(), d.createdAt());
    }
}
