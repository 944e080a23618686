package org.sourcework.lessons.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** The SHA-256 of a lesson's files: equal exactly when the lesson has not changed. */
final class ContentHash {

    private ContentHash() {}

    /**
     * Hex SHA-256 over each file's name and text: the files of {@link LessonParser#FILES} in their
     * fixed order, then any others by name, so a lesson of only the three files hashes as it always has.
     */
    static String of(Map<String, String> files) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            var names = new java.util.ArrayList<>(LessonParser.FILES);
            files.keySet().stream()
                    .filter(name -> !LessonParser.FILES.contains(name))
                    .sorted()
                    .forEach(names::add);
            for (var name : names) {
                var text = files.get(name);
                if (text != null) {
                    // name and length first, so text cannot shift from one file into the next unnoticed
                    var bytes = text.getBytes(StandardCharsets.UTF_8);
                    digest.update((name + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
                    digest.update(bytes);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
