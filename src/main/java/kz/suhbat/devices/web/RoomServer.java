package kz.suhbat.devices.web;

import io.javalin.Javalin;
import java.security.SecureRandom;
import kz.suhbat.devices.RoomCertificate;
import kz.suhbat.devices.RoomDesk;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The room's HTTPS server for members' devices: bound to the one address the secretary chose, with the
 * office's own certificate, and requests no larger than an entry needs. It runs only while the secretary
 * keeps a sitting's devices started.
 */
public final class RoomServer implements AutoCloseable {

    /** The largest request body accepted: a sign-in, an entry or a vote with its texts. */
    static final long MAX_REQUEST_BYTES = 48 * 1024;

    private final Javalin app;
    private final String host;

    private RoomServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Starts the server on {@code host} and {@code port} (0: any free port). */
    public static RoomServer start(RoomDesk desk, RoomCertificate certificate, String host, int port,
                                   SecureRandom random) {
        RoomRoutes routes = new RoomRoutes(desk, random);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.addConnector((server, http) -> {
                SslContextFactory.Server tls = new SslContextFactory.Server();
                tls.setKeyStore(certificate.keyStore());
                tls.setKeyStorePassword(RoomCertificate.keyStorePassword());
                tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
                HttpConfiguration https = new HttpConfiguration(http);
                SecureRequestCustomizer secure = new SecureRequestCustomizer();
                secure.setSniHostCheck(false);
                https.addCustomizer(secure);
                https.setSendServerVersion(false);
                ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
                        new HttpConnectionFactory(https));
                connector.setHost(host);
                connector.setPort(port);
                return connector;
            });
            routes.register(config.routes);
        });
        app.start();
        return new RoomServer(app, host);
    }

    /** The port the server listens on. */
    public int port() {
        return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
    }

    /** The address a device opens: {@code https://host:port/}. */
    public String address() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "https://" + shown + ":" + port() + "/";
    }

    /** Every address the server listens on, as {@code host:port}: only the one chosen. */
    public java.util.List<String> listening() {
        return java.util.Arrays.stream(app.jettyServer().server().getConnectors())
                .map(c -> (ServerConnector) c).map(c -> c.getHost() + ":" + c.getLocalPort()).toList();
    }

    @Override
    public void close() {
        app.stop();
    }
}
