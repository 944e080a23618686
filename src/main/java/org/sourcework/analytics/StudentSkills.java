package org.sourcework.analytics;

import java.util.List;
import org.sourcework.roster.ClassStudent;

/** One student's share of points per historical-thinking skill, one entry per skill in the skills' order. */
public record StudentSkills(ClassStudent student, List<SkillShare> skills) {

    public StudentSkills {
        skills = List.copyOf(skills);
    }
}
