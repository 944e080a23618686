package org.sourcework.base.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.springframework.data.util.ProxyUtils;

/**
 * Common base of the entities people edit: optimistic locking through {@code @Version}, and
 * equality by database id so that entities behave in sets before and after they are saved.
 */
@MappedSuperclass
public abstract class AbstractEntity<ID> {

    @Version
    private Integer version;

    public abstract ID getId();

    public Integer getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (obj == null || ProxyUtils.getUserClass(obj) != ProxyUtils.getUserClass(this)) {
            return false;
        }
        var id = getId();
        return id != null && id.equals(((AbstractEntity<?>) obj).getId());
    }

    @Override
    public int hashCode() {
        // constant, so that the hash does not change when the entity is saved and gets its id
        return ProxyUtils.getUserClass(this).hashCode();
    }
}
