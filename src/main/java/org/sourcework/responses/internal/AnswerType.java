package org.sourcework.responses.internal;

/** Which columns of the answer table hold an answer. */
public enum AnswerType {
    CHOICE,
    TEXT,
    EVIDENCE,
    CATEGORISATION,
    CER
}
