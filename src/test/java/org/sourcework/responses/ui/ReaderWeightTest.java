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
 * headnote and the list of pages are one node each, not one per sentence, word and link. Before
 * that, the start page had 511 nodes and section III.B 428.
 */
@IntegrationTest
@Transactional
class ReaderWeightTest extends SpringBrowserlessTest {

    /** The telegram's pages have between 223 and 242 nodes today; the rest is the question cards. */
    private static final int MOST_NODES = 260;

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @ParameterizedTest
    @ValueSource(strings = {"", "/I", "/II", "/III.B", "/IV", "/opening"})
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
