package org.sourcework.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Div;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void words_and_attribute_values_are_shown_as_written_never_read_as_markup() {
        var words = "<script>alert('x')</script> & \"quoted\"";
        var html = new Markup()
                .open("p", "class", "note", "title", "a\" onclick=\"alert(1)")
                .text(words)
                .close("p")
                .html();

        var paragraph = Jsoup.parseBodyFragment(html).body().child(0);
        assertThat(paragraph.text()).isEqualTo(words);
        assertThat(paragraph.attributes().size()).isEqualTo(2);
        assertThat(paragraph.attr("title")).isEqualTo("a\" onclick=\"alert(1)");
        assertThat(paragraph.select("script")).isEmpty();
    }

    @Test
    void an_attribute_without_a_value_is_left_out() {
        assertThat(new Markup()
                        .element("a", "Home", "href", "home", "aria-current", null)
                        .html())
                .isEqualTo("<a href=\"home\">Home</a>");
    }

    @Test
    void tag_and_attribute_names_must_be_plain_names() {
        assertThatThrownBy(() -> new Markup().open("p onclick=x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Markup().open("p", "on click", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_markup_becomes_the_content_of_one_element() {
        var holder = new Div();
        new Markup().element("li", "One").element("li", "Two").into(holder);

        assertThat(holder.getElement().getChildCount()).isZero();
        assertThat(Jsoup.parseBodyFragment(holder.getElement().getOuterHTML()).text())
                .isEqualTo("One Two");
    }
}
