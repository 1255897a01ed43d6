package kz.suhbat.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import kz.suhbat.devices.RoomDesk;
import kz.suhbat.devices.web.RoomServer;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;

/**
 * Tap-to-saved latency of an entry from a member's device: one HTTPS request to the room's server on the
 * secretary's laptop, answered only once the entry is committed and forced onto the disk (the same
 * transaction as on the shared screen), measured by the device. An office is set up in a temporary
 * folder, a panel seated, an interview started and the devices started on 127.0.0.1; four members sign
 * in over HTTPS as browsers do (sign-in form, then the page's token). Timed: one member alone, each
 * request on its own (levels and evidence alternating, every one a change), then the four members at
 * once, each sending as fast as the answers come.
 *
 * <p>Usage: {@code DeviceEntryLatency [entries per member] [folder]} (default 300, the temporary folder).
 * Run by {@code bench/device-latency.sh}.
 */
public final class DeviceEntryLatency {

    private static final Pattern FORM = Pattern.compile("name=\"form\" value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("data-csrf=\"([^\"]+)\"");

    private DeviceEntryLatency() {
    }

    public static void main(String[] args) throws Exception {
        // The room's certificate names no host: a device is asked to trust it by its fingerprint.
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        ScratchFolder.use(args.length > 1 ? args[1] : null, "suhbat-device-latency",
                folder -> run(folder, entries));
    }

    private static void run(Path folder, int entries) throws Exception {
        System.out.println("Device entry latency: one HTTPS request = one committed, fsynced entry");
        System.out.printf("Java %s, %d cores, %s; data folder %s (file system %s)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                LatencyFigures.cpuModel(), folder, Files.getFileStore(folder).type());
        System.out.println("load average at start: " + LatencyFigures.loadAverage());
        try (TestOffice office = TestOffice.create(folder.resolve("data"), KeyDerivation.OWASP)) {
            TestPanel panel = TestPanel.seat(office);
            long interview = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(0).id())
                    .id();
            List<String> codes = office.services().interviews().guide(interview).competencies().stream()
                    .map(GuideCompetency::code).toList();
            RoomDesk desk = office.services().room().open(panel.sitting.id());
            try (RoomServer server = RoomServer.start(desk, office.services().room().certificate(), "127.0.0.1", 0,
                    new SecureRandom())) {
                List<Device> devices = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    devices.add(Device.signIn(server.address(), TestPanel.LOGINS[i], TestOffice.PASSWORD));
                }
                devices.get(0).send(interview, codes, 0, 50);
                long[] alone = devices.get(1).send(interview, codes, 0, entries);
                LatencyFigures.report("one device", alone, 0, alone.length);

                ExecutorService pool = Executors.newFixedThreadPool(4);
                long began = System.nanoTime();
                List<Future<long[]>> running = new ArrayList<>();
                for (Device device : devices) {
                    running.add(pool.submit(() -> device.send(interview, codes, entries, 2 * entries)));
                }
                List<Long> all = new ArrayList<>();
                for (Future<long[]> done : running) {
                    for (long nanos : done.get()) {
                        all.add(nanos);
                    }
                }
                double seconds = (System.nanoTime() - began) / 1e9;
                pool.shutdown();
                long[] together = all.stream().mapToLong(Long::longValue).toArray();
                LatencyFigures.report("four devices at once", together, 0, together.length);
                System.out.printf(java.util.Locale.ROOT, "four devices at once: %.0f entries a second%n",
                        together.length / seconds);
            }
        }
        System.out.println("load average at the end: " + LatencyFigures.loadAverage());
    }

    /** One member's device: its cookies, the page's token, and the entries it sends. */
    private record Device(HttpClient client, String address, String csrf) {

        static Device signIn(String address, String login, String password) throws Exception {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new AcceptAny()}, new SecureRandom());
            HttpClient client = HttpClient.newBuilder().sslContext(tls).cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            String form = find(FORM, client.send(HttpRequest.newBuilder(URI.create(address + "signin")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String page = client.send(HttpRequest.newBuilder(URI.create(address + "signin"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("form=" + form + "&lang=kk&login=" + login
                            + "&password=" + password.replace(' ', '+'))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new Device(client, address, find(CSRF, page));
        }

        /** Sends entries {@code from} to {@code to} (levels and evidence in turn); each one's round trip. */
        long[] send(long interview, List<String> codes, int from, int to) throws Exception {
            long[] nanos = new long[to - from];
            for (int i = from; i < to; i++) {
                String code = codes.get(i % codes.size());
                String field = i % 2 == 0 ? "level:" + code : "evidence:" + code;
                String value = i % 2 == 0 ? String.valueOf(1 + (i / 2) % 5) : "Мысал келтірді, " + i;
                HttpRequest request = HttpRequest.newBuilder(URI.create(address + "api/entry"))
                        .header("Content-Type", "application/json").header("X-Suhbat-Token", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"interview\":" + interview + ",\"field\":\""
                                + field + "\",\"value\":\"" + value + "\"}")).build();
                long began = System.nanoTime();
                HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                nanos[i - from] = System.nanoTime() - began;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("Entry refused: " + answer.statusCode() + " " + answer.body());
                }
            }
            return nanos;
        }

        private static String find(Pattern pattern, String page) {
            Matcher found = pattern.matcher(page);
            if (!found.find()) {
                throw new IllegalStateException("Not signed in: " + page);
            }
            return found.group(1);
        }
    }

    /** Trusts the room's own certificate, as a member does after comparing its fingerprint. */
    private static final class AcceptAny implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String type) {
            // a device has no client certificate
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String type) {
            // the fingerprint was compared by the member
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
