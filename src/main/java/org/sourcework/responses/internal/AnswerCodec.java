package org.sourcework.responses.internal;

import java.util.LinkedHashMap;
import java.util.List;
import org.sourcework.base.Message;
import org.sourcework.responses.AnswerLimits;
import org.sourcework.responses.AnswerRejectedException;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Puts each kind of answer into the answer table's columns and reads it back unchanged. */
public final class AnswerCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnswerCodec() {}

    public static EncodedAnswer encode(AnswerValue value) {
        return switch (value) {
            case ChoiceAnswer choice -> selection(AnswerType.CHOICE, choice.optionIds());
            case TextAnswer text -> new EncodedAnswer(AnswerType.TEXT, text.text(), null, null, null, null);
            case EvidenceAnswer evidence -> selection(AnswerType.EVIDENCE, evidence.sentences());
            case CategorisationAnswer categorisation ->
                selection(AnswerType.CATEGORISATION, categorisation.placements());
            case CerAnswer cer ->
                new EncodedAnswer(AnswerType.CER, null, cer.claim(), cer.evidence(), cer.reasoning(), null);
        };
    }

    public static AnswerValue decode(EncodedAnswer stored) {
        return switch (stored.type()) {
            case CHOICE -> new ChoiceAnswer(JSON.readValue(stored.selection(), new TypeReference<List<String>>() {}));
            case TEXT -> new TextAnswer(stored.text());
            case EVIDENCE ->
                new EvidenceAnswer(JSON.readValue(stored.selection(), new TypeReference<List<Integer>>() {}));
            case CATEGORISATION ->
                new CategorisationAnswer(
                        JSON.readValue(stored.selection(), new TypeReference<LinkedHashMap<String, String>>() {}));
            case CER -> new CerAnswer(stored.claim(), stored.evidence(), stored.reasoning());
        };
    }

    private static EncodedAnswer selection(AnswerType type, Object chosen) {
        var json = JSON.writeValueAsString(chosen);
        if (json.length() > AnswerLimits.MAX_SELECTION) {
            throw new AnswerRejectedException(Message.of("answer.rejected.too-many-parts"));
        }
        return new EncodedAnswer(type, null, null, null, null, json);
    }
}
