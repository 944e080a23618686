package org.sourcework.users.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcework.users.UserFilter;
import org.springframework.stereotype.Component;

/** The users view's query, paged in the database (offset and limit), so 10,000 accounts stay quick. */
@Component
public class UserSearch {

    @PersistenceContext
    private EntityManager em;

    public List<UserAccount> page(UserFilter filter, int offset, int limit) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(UserAccount.class);
        var root = query.from(UserAccount.class);
        query.select(root).where(conditions(filter, cb, root)).orderBy(cb.asc(root.get("username")));
        return em.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(UserFilter filter) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(UserAccount.class);
        query.select(cb.count(root)).where(conditions(filter, cb, root));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] conditions(UserFilter filter, CriteriaBuilder cb, Root<UserAccount> root) {
        var conditions = new ArrayList<Predicate>();
        if (filter.text() != null && !filter.text().isBlank()) {
            var pattern = "%"
                    + filter.text()
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            conditions.add(cb.or(
                    cb.like(cb.lower(root.<String>get("username")), pattern, '\\'),
                    cb.like(cb.lower(root.<String>get("displayName")), pattern, '\\'),
                    cb.like(cb.lower(root.<String>get("email")), pattern, '\\')));
        }
        if (filter.role() != null) {
            conditions.add(cb.equal(root.get("role"), filter.role()));
        }
        if (filter.enabled() != null) {
            conditions.add(cb.equal(root.get("enabled"), filter.enabled()));
        }
        return conditions.toArray(Predicate[]::new);
    }
}
