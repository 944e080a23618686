package org.sourcework.lti.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member of a course as the test platform's member list (NRPS 2.0) gives them; without an email unless
 * one is given, as a platform that shares names but not addresses sends them.
 */
public record CourseMember(String userId, String name, String email, String role, String status) {

    public static CourseMember learner(String userId, String name) {
        return new CourseMember(userId, name, null, Launch.LEARNER, "Active");
    }

    public static CourseMember instructor(String userId, String name) {
        return new CourseMember(userId, name, null, Launch.INSTRUCTOR, "Active");
    }

    public CourseMember email(String address) {
        return new CourseMember(userId, name, address, role, status);
    }

    public CourseMember inactive() {
        return new CourseMember(userId, name, email, role, "Inactive");
    }

    Map<String, Object> json() {
        var json = new LinkedHashMap<String, Object>();
        json.put("status", status);
        json.put("name", name);
        if (email != null) {
            json.put("email", email);
        }
        json.put("user_id", userId);
        json.put("roles", List.of(role));
        return json;
    }
}
