package org.sourcework.responses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's open reader is kept on the server for the whole lesson, and its memory grows with
 * the number of Vaadin nodes on the page (docs/performance.md, "Heap per session"): the text, the
 * headnote, the list of pages, each question's heading and each set of options are one node each,
 * not one per sentence, word, link and option. At first the start page had 511 nodes.
 */
@IntegrationTest
@Transactional
class ReaderWeightTest extends SpringBrowserlessTest {

    /**
     * The telegram's pages have between 82 and 111 nodes today. Before the answers' options, the
     * categorisation grid and the question headings were markup, the start page had 242 and the
     * sorting page 434.
     */
    private static final int MOST_NODES = 120;

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @ParameterizedTest
    @ValueSource(strings = {"", "/I", "/II", "/III", "/III.B", "/IV", "/opening"})
    @WithUserDetails("amira")
    void a_page_of_the_reader_keeps_few_nodes_on_the_server(String page) {
        navigate("lesson/" + ReaderTestSupport.assignmentOf(runAs, roster, "amira") + page, ReaderView.class);

        assertThat(nodes(UI.getCurrent().getElement().getNode())).isLessThanOrEqualTo(MOST_NODES);
    }

    private static int nodes(StateNode node) {
        int[] count = {1};
        node.forEachChild(child -> count[0] += nodes(child));
        return count[0];
    }
}
