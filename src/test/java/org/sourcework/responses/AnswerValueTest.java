package org.sourcework.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.internal.AnswerCodec;

/** Blank answers, and every kind of answer surviving the trip through the answer table's columns. */
class AnswerValueTest {

    @Test
    void whitespace_and_empty_choices_are_blank() {
        assertThat(new TextAnswer(" \n\t").isBlank()).isTrue();
        assertThat(new TextAnswer(null)).isEqualTo(new TextAnswer(""));
        assertThat(new ChoiceAnswer(List.of()).isBlank()).isTrue();
        assertThat(new EvidenceAnswer(null).isBlank()).isTrue();
        assertThat(new CerAnswer("", " ", null).isBlank()).isTrue();
        assertThat(new CerAnswer("", "", "because").isBlank()).isFalse();
    }

    @Test
    void a_statement_without_a_category_is_not_placed() {
        var placements = new HashMap<String, String>();
        placements.put("s1", "inside");
        placements.put("s2", null);

        assertThat(new CategorisationAnswer(placements).placements()).containsOnlyKeys("s1");
    }

    @Test
    void every_kind_of_answer_is_read_back_unchanged() {
        var answers = List.<AnswerValue>of(
                new ChoiceAnswer(List.of("c", "a")),
                new TextAnswer("<i>Хрущёв</i> 📜"),
                new EvidenceAnswer(List.of(7, 3)),
                new CategorisationAnswer(Map.of("s1", "x", "s2", "y")),
                new CerAnswer("\"claim\"", "", "a\nb"));

        assertThat(answers)
                .allSatisfy(answer -> assertThat(AnswerCodec.decode(AnswerCodec.encode(answer)))
                        .isEqualTo(answer));
    }
}
