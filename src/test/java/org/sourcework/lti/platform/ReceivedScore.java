package org.sourcework.lti.platform;

import java.math.BigDecimal;

/** A score the test platform's score service accepted (AGS 2.0, 3.4), as the tool posted it. */
public record ReceivedScore(
        String lineItem,
        String userId,
        BigDecimal scoreGiven,
        BigDecimal scoreMaximum,
        String activityProgress,
        String gradingProgress,
        String timestamp) {}
