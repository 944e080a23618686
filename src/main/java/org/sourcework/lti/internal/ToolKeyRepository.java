package org.sourcework.lti.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ToolKeyRepository extends JpaRepository<ToolKey, Long> {

    List<ToolKey> findByStatusInOrderByCreatedAtDesc(Collection<ToolKey.Status> statuses);

    List<ToolKey> findAllByOrderByCreatedAtDesc();

    Optional<ToolKey> findByKid(String kid);
}
