package org.sourcework.lti.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlatformRepository extends JpaRepository<Platform, Long> {

    List<Platform> findByIssuer(String issuer);

    Optional<Platform> findByIssuerAndClientId(String issuer, String clientId);

    List<Platform> findAllByOrderByNameAscIdAsc(Pageable page);
}
