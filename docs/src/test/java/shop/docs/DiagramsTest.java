package shop.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.error.PSystemError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code diagrams/*.puml} is rendered to the {@code .svg} beside it, and that SVG is committed so that a
 * reader on the web sees the picture. This renders each source again with PlantUML (its own layout, no Graphviz)
 * and compares it with the committed SVG. {@code -Ddocs.update=true} rewrites the SVGs instead.
 * <p>
 * PlantUML's SVG is the same for the same source on the same fonts. The sizes of text, and so the coordinates,
 * follow the fonts of the machine; when only they differ, the diagram is the same picture and the test passes,
 * saying so. Any other difference (a word, an arrow, a participant, a colour) fails.
 */
class DiagramsTest {

    /** Attributes that hold only geometry, which follows from the fonts as well as from the source. */
    private static final Pattern GEOMETRY = Pattern.compile(
            "\\b(x|y|x1|x2|y1|y2|cx|cy|rx|ry|r|width|height|points|d|textLength|viewBox|transform)=\"[^\"]*\"");
    private static final Pattern STYLE_SIZE = Pattern.compile("(width|height):[0-9.]+px");

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static Path folder() {
        return Docs.dir().resolve("diagrams");
    }

    static List<Path> sources() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".puml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path svgOf(Path source) {
        String name = source.getFileName().toString();
        return source.resolveSibling(name.substring(0, name.length() - ".puml".length()) + ".svg");
    }

    @Test
    void thereAreDiagrams() {
        assertThat(sources()).as("PlantUML sources in " + folder()).isNotEmpty();
    }

    @Test
    void everySvgHasItsSource() {
        try (Stream<Path> files = Files.list(folder())) {
            List<String> orphans = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".svg"))
                    .filter(name -> !Files.exists(folder().resolve(name.replaceFirst("\\.svg$", ".puml"))))
                    .toList();
            assertThat(orphans).as("SVGs without a .puml source").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCommittedSvgIsItsSourceRendered() {
        return sources().stream().map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
            String rendered = render(source);
            Path svg = svgOf(source);
            if (Docs.UPDATE) {
                if (!Files.exists(svg) || !Docs.read(svg).equals(rendered)) {
                    Docs.write(svg, rendered);
                    System.out.println("rewrote " + svg);
                }
                return;
            }
            assertThat(svg).as("the rendering of " + source.getFileName()).isRegularFile();
            String committed = Docs.read(svg);
            if (committed.equals(rendered)) {
                return;
            }
            String expected = withoutGeometry(committed);
            String actual = withoutGeometry(rendered);
            if (!expected.equals(actual)) {
                throw new AssertionError(svg.getFileName() + " is not " + source.getFileName() + " rendered;"
                        + " regenerate with -Ddocs.update=true. First difference:\n  committed: "
                        + around(expected, firstDifference(expected, actual)) + "\n  rendered:  "
                        + around(actual, firstDifference(expected, actual)));
            }
            System.out.println(svg.getFileName() + ": the same picture, laid out with other font sizes"
                    + " (other fonts on this machine?)");
        }));
    }

    /** The SVG of the source, by PlantUML's own layout; a source that PlantUML cannot read fails. */
    static String render(Path source) throws IOException {
        SourceStringReader reader = new SourceStringReader(Docs.read(source));
        assertThat(reader.getBlocks()).as(source.getFileName() + " holds one diagram").hasSize(1);
        Diagram diagram = reader.getBlocks().get(0).getDiagram();
        if (diagram instanceof PSystemError error) {
            throw new AssertionError(source.getFileName() + " does not render:\n" + String.join("\n", error.getPureAsciiFormatted()));
        }
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        reader.outputImage(svg, 0, new FileFormatOption(FileFormat.SVG));
        String text = svg.toString(StandardCharsets.UTF_8);
        assertThat(text).as(source.getFileName() + " rendered").doesNotContain("Cannot find Graphviz",
                "Dot executable", "Syntax Error");
        return text;
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80)).replace('\n', ' ');
    }

    static String withoutGeometry(String svg) {
        return STYLE_SIZE.matcher(GEOMETRY.matcher(svg).replaceAll("$1=\"\"")).replaceAll("$1:?px");
    }
}
