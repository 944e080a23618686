package org.sourcework.roster;

import java.util.Optional;

/**
 * Where else a class's roster can come from, such as the course on a learning platform that launched it
 * (lti, decision 0019). The features that show classes cannot know lti, which sits above them; lti
 * implements this, and a class's screen offers what it answers.
 */
public interface ExternalRosters {

    /** The place the caller may refresh this class's roster from; empty when there is none. */
    Optional<ExternalRoster> of(long classId);
}
