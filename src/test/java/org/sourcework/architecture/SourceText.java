package org.sourcework.architecture;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Java sources for words meant for people that bypass the message bundle. Bytecode would lose
 * where a literal goes, so this reads the source with its comments removed, and looks at the string
 * literals handed straight to an exception or to a component that shows text.
 */
final class SourceText {

    /** Exceptions whose message only the log sees: screens show error.denied or error.notification for them. */
    static final Set<String> FOR_THE_LOG = Set.of(
            "IllegalStateException",
            "IllegalArgumentException",
            "UncheckedIOException",
            "DataAccessResourceFailureException",
            "UsernameNotFoundException",
            "AuthenticationCredentialsNotFoundException",
            "AccessDeniedException");

    private static final String LITERAL = "(\"(?:[^\"\\\\\\n]|\\\\.)*\")";
    private static final Pattern EXCEPTION =
            Pattern.compile("new\\s+(\\w*Exception)\\(\\s*(?:\"\\w*\"\\s*,\\s*)?" + LITERAL);
    private static final Pattern SHOWN = Pattern.compile("(?:Notification\\.show|\\bsetText|\\bsetLabel"
            + "|\\bsetHeaderTitle|\\bsetPlaceholder|\\bsetHelperText|\\bsetErrorMessage|\\bsetTitle|\\bsetTooltipText"
            + "|\\bsetAriaLabel|\\bsetHeader|\\bsetConfirmText|\\bsetCancelText|\\bsetRejectText"
            + "|new\\s+(?:Span|Paragraph|H[1-6]|Button|Anchor|Text|ListItem|Div|NativeLabel|Checkbox|TextField"
            + "|TextArea|PasswordField|Details|RouterLink|Tab|ConfirmDialog))\\(\\s*" + LITERAL);
    private static final Pattern KEY =
            Pattern.compile("(?:getTranslation|Message\\.of)\\(\\s*" + LITERAL + "\\s*([,)+])");
    /**
     * Calls that word something for people outside a screen: a lesson-file problem, a roster import
     * problem or change. Words in them are reported unless they are a key; a field name the file uses
     * ({@code lineOf("id")}) is one word and passes.
     */
    private static final Pattern WRITTEN_FOR_PEOPLE =
            Pattern.compile("(?:(?<!log|logger|LOG)\\.(?:error|warning)|new\\s+Import(?:Problem|Change))\\(");
    /** A CSV download's header row: every name in it is for people, even a single word. */
    private static final Pattern CSV_HEADER = Pattern.compile("CsvWriter\\.start\\(");

    private static final Pattern ANY_LITERAL = Pattern.compile(LITERAL);
    private static final Pattern ASKS_FOR_KEY = Pattern.compile("(?:getTranslation|Message\\.of)\\(\\s*$");

    /** Words: two of them, or one capitalised, as in "Save"; keys, CSS names and paths have neither. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]+ +[A-Za-z]+|^\"[A-Z][a-z]+");

    private final Path root;
    private final Set<String> skipped;
    private final Properties bundle;

    /** {@code skipped}: packages under the root (as paths, such as {@code demo/}) whose words are not for users. */
    SourceText(Path root, Set<String> skipped) {
        this.root = root;
        this.skipped = skipped;
        this.bundle = new Properties();
        try (var in = SourceText.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Literals meant for people: thrown in an exception a screen may show, or handed to a component. */
    List<String> wordsOutsideTheBundle() {
        var found = new ArrayList<String>();
        forEachSource((file, code) -> {
            find(
                    found,
                    file,
                    code,
                    EXCEPTION,
                    matcher -> !FOR_THE_LOG.contains(matcher.group(1))
                            && WORDS.matcher(matcher.group(2)).find(),
                    2);
            wordsInCallsForPeople(found, file, code);
            if (file.toString().contains("/ui/")) {
                find(
                        found,
                        file,
                        code,
                        SHOWN,
                        matcher -> WORDS.matcher(matcher.group(1)).find(),
                        1);
            }
        });
        return found;
    }

    private static void wordsInCallsForPeople(List<String> found, Path file, String code) {
        literalsInCalls(
                found,
                file,
                code,
                WRITTEN_FOR_PEOPLE,
                text -> WORDS.matcher(text).find());
        literalsInCalls(found, file, code, CSV_HEADER, text -> text.matches(".*[A-Za-z].*"));
    }

    /** Literals in each call (up to the end of its statement) that are wrong, unless asked for as a key. */
    private static void literalsInCalls(
            List<String> found, Path file, String code, Pattern calls, Predicate<String> wrong) {
        var call = calls.matcher(code);
        while (call.find()) {
            var end = code.indexOf(';', call.end());
            var literal = ANY_LITERAL.matcher(code).region(call.end(), end < 0 ? code.length() : end);
            while (literal.find()) {
                var before = code.substring(call.end(), literal.start());
                if (wrong.test(literal.group(1))
                        && !ASKS_FOR_KEY.matcher(before).find()) {
                    found.add(file + ":" + lineOf(code, literal.start()) + " " + literal.group(1));
                }
            }
        }
    }

    private static long lineOf(String code, int position) {
        return 1 + code.substring(0, position).chars().filter(c -> c == '\n').count();
    }

    /** Keys asked for that the bundle does not have; for a key built with {@code +}, no key starting so. */
    List<String> keysMissingFromTheBundle() {
        var found = new ArrayList<String>();
        forEachSource((file, code) -> find(
                found,
                file,
                code,
                KEY,
                matcher -> {
                    var key = unquote(matcher.group(1));
                    return matcher.group(2).equals("+")
                            ? bundle.stringPropertyNames().stream().noneMatch(k -> k.startsWith(key))
                            : !bundle.containsKey(key);
                },
                1));
        return found;
    }

    private interface SourceVisitor {
        void visit(Path file, String code);
    }

    private void forEachSource(SourceVisitor visitor) {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file ->
                            skipped.stream().noneMatch(root.relativize(file).toString()::startsWith))
                    .sorted()
                    .forEach(file -> {
                        try {
                            visitor.visit(root.relativize(file), withoutComments(Files.readString(file)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void find(
            List<String> found, Path file, String code, Pattern pattern, Predicate<Matcher> wrong, int literalGroup) {
        var matcher = pattern.matcher(code);
        while (matcher.find()) {
            if (wrong.test(matcher)) {
                var line = 1
                        + code.substring(0, matcher.start())
                                .chars()
                                .filter(c -> c == '\n')
                                .count();
                found.add(file + ":" + line + " " + matcher.group(literalGroup));
            }
        }
    }

    private static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1);
    }

    /** The code with comments blanked out (line breaks kept), string literals and text blocks left whole. */
    static String withoutComments(String source) {
        var out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3) + 3;
                out.append(source, i, end);
                i = end;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                int end = endOfLiteral(source, i);
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2) + 2;
                source.substring(i, end).chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
                i = end;
            } else {
                out.append(source.charAt(i++));
            }
        }
        return out.toString();
    }

    private static int endOfLiteral(String source, int start) {
        char quote = source.charAt(start);
        int i = start + 1;
        while (source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
