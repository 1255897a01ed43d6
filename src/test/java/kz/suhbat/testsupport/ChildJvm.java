package kz.suhbat.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts another JVM with the test class path, as a second process on the same computer would be. */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static ProcessBuilder builder(Class<?> mainClass, String... args) {
        String java = System.getProperty("suhbat.java", Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-cp", classPath,
                mainClass.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        return builder;
    }

    public static Process start(Class<?> mainClass, String... args) throws IOException {
        return builder(mainClass, args).start();
    }
}
