package org.sourcework.users.internal;

import java.util.Optional;
import org.sourcework.security.AppRole;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    long countByRoleAndEnabledTrue(AppRole role);
}
