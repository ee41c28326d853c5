package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.TestFiles;

/**
 * The library example of README.md, taken from the README itself, compiled with javax.tools
 * against this build's classes and run on a test document: it prints the values of that
 * document's expected JSON.
 */
class ReadmeExampleTest {

    private static String example() throws IOException {
        String readme = Files.readString(TestFiles.repo().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher blocks = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (blocks.find()) {
            if (blocks.group(1).contains("public class Example")) {
                return blocks.group(1);
            }
        }
        throw new AssertionError("README.md has no ```java block with public class Example");
    }

    @Test
    void theReadmeExampleCompilesAndPrintsTheDocumentsValues(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("Example.java");
        Files.writeString(source, example(), StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        boolean compiled = javac.getTask(messages, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), "-encoding", "UTF-8"),
                null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
        assertTrue(compiled, messages.toString());

        Path input = TestFiles.testdata("html/004.html");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("Example").getMethod("main", String[].class).invoke(null, (Object) new String[] {input.toString()});
        } finally {
            System.setOut(out);
        }

        JsonNode expected = JsonDocs.read(TestFiles.testdata("html/004.expected.json"));
        String people = expected.at("/applications/new_received/natural_person").asText();
        String json = org.xxgk.write.ReportJson.write(new Converter().convert(input));
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(
                "status: " + expected.get("status").asText(),
                "issuer: " + expected.at("/report/issuer").asText(),
                "new applications from natural persons: " + people,
                "by pointer: " + people,
                "json: " + json.length() + " characters"), lines);
        assertEquals(0, expected.get("findings").size());
    }
}
