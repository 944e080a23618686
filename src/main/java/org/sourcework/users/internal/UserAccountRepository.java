package org.sourcework.users.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sourcework.security.AccountState;
import org.sourcework.security.AppRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    // concurrent failed sign-ins on one account are counted one after the other
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a where a.username = :username")
    Optional<UserAccount> lockByUsername(String username);

    boolean existsByUsername(String username);

    // school sign-in matches the provider's email whatever its case
    List<UserAccount> findByEmailIgnoreCase(String email);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    long countByRoleAndEnabledTrue(AppRole role);

    // three columns by primary key, without loading the entity: this runs on every request
    @Query("select new org.sourcework.security.AccountState(a.role, a.enabled, a.securityStamp)"
            + " from UserAccount a where a.id = :id")
    Optional<AccountState> findStateById(long id);
}
