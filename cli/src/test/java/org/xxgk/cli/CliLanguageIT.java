package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packaged command picks its language from the environment it is started in. */
class CliLanguageIT {

    private static String help(Map<String, String> env, String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", Cli.repo().resolve("cli/target/xxgk.jar").toString(), "convert", "--help"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG", "JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
    }

    @Test
    void chineseByDefaultAndUnderTheCLocale() throws Exception {
        assertTrue(help(Map.of()).startsWith("用法：xxgk convert"));
        assertTrue(help(Map.of("LANG", "C.UTF-8")).startsWith("用法：xxgk convert"));
        assertTrue(help(Map.of("LANG", "zh_CN.UTF-8")).startsWith("用法：xxgk convert"));
    }

    @Test
    void englishUnderAnEnglishLocale() throws Exception {
        assertTrue(help(Map.of("LANG", "en_US.UTF-8")).startsWith("Usage: xxgk convert"));
        assertTrue(help(Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "zh_CN.UTF-8")).startsWith("Usage: xxgk convert"));
        assertTrue(help(Map.of("LANG", "zh_CN.UTF-8"), "-Duser.language=en").startsWith("Usage: xxgk convert"));
    }
}
