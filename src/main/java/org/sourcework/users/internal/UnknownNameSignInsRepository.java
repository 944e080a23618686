package org.sourcework.users.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UnknownNameSignInsRepository extends JpaRepository<UnknownNameSignIns, String> {

    // PostgreSQL's upsert, which H2 understands in its PostgreSQL mode
    @Modifying
    @Query(
            value = "insert into unknown_name_sign_in (name_bucket, failed_sign_ins, last_failed_sign_in_at)"
                    + " values (:bucket, 0, :now) on conflict do nothing",
            nativeQuery = true)
    void createIfMissing(String bucket, Instant now);

    // concurrent failures under one name are counted one after the other
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UnknownNameSignIns u where u.bucket = :bucket")
    Optional<UnknownNameSignIns> lockBucket(String bucket);
}
