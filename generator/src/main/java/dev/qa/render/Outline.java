package dev.qa.render;

import dev.qa.model.Question;
import dev.qa.model.Section;
import dev.qa.model.Site;
import dev.qa.model.Status;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each question stands in the site, worked out once per render: its section, its place there,
 * and how many questions of each section are answered. Pages ask this for every sidebar, so asking
 * must not walk the site again.
 */
final class Outline {
    // By identity: a question's record equality and hash walk its whole body.
    private final Map<Question, Section> sectionOf = new IdentityHashMap<>();
    private final Map<Question, Integer> indexOf = new IdentityHashMap<>();
    private final Map<Section, Integer> answered = new IdentityHashMap<>();

    Outline(Site site) {
        for (Section section : site.sections()) {
            int answeredHere = 0;
            for (int at = 0; at < section.questions().size(); at++) {
                Question question = section.questions().get(at);
                sectionOf.put(question, section);
                indexOf.put(question, at);
                answeredHere += question.status() == Status.DRAFT ? 0 : 1;
            }
            answered.put(section, answeredHere);
        }
    }

    Section sectionOf(Question question) {
        return sectionOf.get(question);
    }

    /** The question's index in its section, from 0. */
    int indexOf(Question question) {
        return indexOf.get(question);
    }

    int answered(Section section) {
        return answered.get(section);
    }
}
