package org.sourcework.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.QuestionType;

/** The complete example in lessons/README.md is a lesson the loader accepts, so the guide cannot drift. */
class FormatGuideExampleTest {

    private static final Pattern EXAMPLE_FILE =
            Pattern.compile("`lessons/letter-1945/([a-z.]+)`:\\s*```(?:yaml|markdown)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void complete_example_in_the_format_guide_loads_without_problems() throws IOException {
        var guide = Files.readString(Path.of("lessons/README.md"));
        var files = new HashMap<String, String>();
        var matcher = EXAMPLE_FILE.matcher(guide);
        while (matcher.find()) {
            files.put(matcher.group(1), matcher.group(2));
        }
        assertThat(files).containsOnlyKeys(LessonParser.FILES);

        var parsed = LessonParser.parse("lessons/letter-1945", files);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.content().questions())
                .extracting(question -> question.type())
                .containsExactlyInAnyOrder(QuestionType.values());
        assertThat(parsed.content().document().section("II.A").orElseThrow().sentences())
                .hasSize(2);
    }
}
