package org.sourcework.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringAotTest {

    @TempDir
    Path folder;

    @Test
    void a_jar_marked_by_the_production_build_and_run_alone_turns_spring_aot_on() throws IOException {
        assertThat(SpringAot.isMarkedJar(jar("marked.jar", true).toString())).isTrue();
    }

    @Test
    void a_jar_without_the_mark_keeps_spring_aot_off() throws IOException {
        assertThat(SpringAot.isMarkedJar(jar("plain.jar", false).toString())).isFalse();
    }

    @Test
    void a_class_path_of_folders_or_several_entries_keeps_spring_aot_off_even_beside_a_marked_jar() throws IOException {
        var marked = jar("marked.jar", true).toString();
        var classes = Files.createDirectories(folder.resolve("classes")).toString();

        assertThat(SpringAot.isMarkedJar(classes)).isFalse();
        assertThat(SpringAot.isMarkedJar(classes + File.pathSeparator + marked)).isFalse();
        assertThat(SpringAot.isMarkedJar("")).isFalse();
    }

    private Path jar(String name, boolean marked) throws IOException {
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (marked) {
            manifest.getMainAttributes().putValue(SpringAot.MARK, "true");
        }
        var jar = folder.resolve(name);
        try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        return jar;
    }
}
