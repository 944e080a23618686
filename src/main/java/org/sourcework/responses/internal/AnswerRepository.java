package org.sourcework.responses.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByWorkId(long workId);

    Optional<Answer> findByWorkIdAndQuestionId(long workId, String questionId);
}
