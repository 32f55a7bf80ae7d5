package shop.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.NodeList;

/** The JVM flags that the services' images start with: Jib's {@code jvmFlags} in the root pom. */
final class ImageJvmFlags {

    private ImageJvmFlags() {
    }

    static List<String> of(Path rootPom) throws Exception {
        NodeList flags = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(rootPom.toFile())
                .getElementsByTagName("jvmFlag");
        List<String> jvmFlags = new ArrayList<>();
        for (int i = 0; i < flags.getLength(); i++) {
            jvmFlags.add(flags.item(i).getTextContent().trim());
        }
        if (jvmFlags.isEmpty()) {
            throw new IllegalStateException("no <jvmFlag> of Jib in " + rootPom);
        }
        return jvmFlags;
    }
}
