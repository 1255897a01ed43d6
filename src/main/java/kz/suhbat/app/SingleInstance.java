package kz.suhbat.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure only one Suhbat process uses a data folder. The first holds an OS file lock on
 * {@code suhbat.lock} (released by the OS even when the process is killed) and listens on a loopback
 * port, written with a random token to {@code suhbat.port}; a second start finds the lock taken, asks
 * the first, through that port, to bring its window to the front, and never opens the database.
 */
final class SingleInstance implements AutoCloseable {

    static final String ACTIVATE = "ACTIVATE";
    static final String ACKNOWLEDGED = "OK";

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final Path portFile;

    private SingleInstance(FileChannel channel, FileLock lock, ServerSocket server, Path portFile) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.portFile = portFile;
    }

    /**
     * Takes the data folder for this process, or returns empty when another process holds it.
     * {@code onActivate} runs on a listener thread when a later start asks for the window.
     */
    static Optional<SingleInstance> acquire(Path folder, Runnable onActivate) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve("suhbat.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Path portFile = folder.resolve("suhbat.port");
        Path temporary = folder.resolve("suhbat.port.tmp");
        Files.writeString(temporary, server.getLocalPort() + " " + token + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, portFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        SingleInstance instance = new SingleInstance(channel, lock, server, portFile);
        Thread listener = new Thread(() -> instance.listen(token, onActivate), "suhbat-instance-listener");
        listener.setDaemon(true);
        listener.start();
        return Optional.of(instance);
    }

    /** Asks the process that holds {@code folder} to show its window; returns whether it answered. */
    static boolean activateRunning(Path folder) {
        try {
            String[] portAndToken = Files.readString(folder.resolve("suhbat.port"), StandardCharsets.UTF_8)
                    .trim().split(" ");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        Integer.parseInt(portAndToken[0])), 2000);
                socket.setSoTimeout(3000);
                Writer writer = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                PrintWriter out = new PrintWriter(writer, true);
                out.println(ACTIVATE + " " + portAndToken[1]);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                return ACKNOWLEDGED.equals(in.readLine());
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void listen(String token, Runnable onActivate) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(3000);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                String line = in.readLine();
                if ((ACTIVATE + " " + token).equals(line)) {
                    log().info("Another start on this data folder asked for the window");
                    onActivate.run();
                    PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(),
                            StandardCharsets.UTF_8), true);
                    out.println(ACKNOWLEDGED);
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    log().debug("Instance listener: {}", e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(portFile);
        lock.release();
        channel.close();
    }

    /** Taken when needed, so that setting up logging stays off the path to the first window. */
    private static Logger log() {
        return LoggerFactory.getLogger(SingleInstance.class);
    }
}
