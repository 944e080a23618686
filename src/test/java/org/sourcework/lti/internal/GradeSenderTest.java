package org.sourcework.lti.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GradeSenderTest {

    private final GradeSender sender = new GradeSender(null, null, null, null, null, null, Duration.ofMinutes(1), 10);

    @Test
    void each_failed_try_waits_twice_as_long_as_the_one_before_but_never_more_than_a_day() {
        assertThat(IntStream.rangeClosed(1, 5).mapToObj(sender::waitAfter))
                .containsExactly(
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(4),
                        Duration.ofMinutes(8),
                        Duration.ofMinutes(16));
        assertThat(sender.waitAfter(12)).isEqualTo(Duration.ofDays(1));
        assertThat(sender.waitAfter(400)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void the_scores_endpoint_is_the_line_item_with_scores_added_before_any_query() {
        assertThat(GradeSender.scoresUrl("https://lms.example/api/lti/courses/1/line_items/2"))
                .isEqualTo("https://lms.example/api/lti/courses/1/line_items/2/scores");
        assertThat(GradeSender.scoresUrl(
                        "https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=1"))
                .isEqualTo("https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=1");
    }
}
