package kz.suhbat.devices.web;

import java.security.SecureRandom;
import java.util.Optional;
import kz.suhbat.devices.RoomCertificate;
import kz.suhbat.devices.RoomDesk;
import kz.suhbat.devices.RoomException;
import kz.suhbat.devices.RoomService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The members' devices of this laptop: at most one sitting's at a time, started and stopped by the
 * secretary, stopped too when the sitting closes and when the secretary signs out or the program ends.
 */
public final class RoomSwitch implements AutoCloseable {

    /** The port tried first; another free one is taken when it is in use. */
    public static final int PORT = 8443;

    /** A started room: its desk, its server and the certificate the devices are shown. */
    public record Running(RoomDesk desk, RoomServer server, RoomCertificate certificate) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(RoomSwitch.class);

    private final RoomService rooms;
    private final SecureRandom random;
    private Running running;

    public RoomSwitch(RoomService rooms, SecureRandom random) {
        this.rooms = rooms;
        this.random = random;
    }

    /** Starts the devices of an open sitting on {@code host}; any other room is stopped first. */
    public synchronized Running start(long sittingId, String host) {
        stop();
        RoomCertificate certificate = rooms.certificate();
        RoomDesk desk = rooms.open(sittingId);
        RoomServer server;
        try {
            server = startOn(desk, certificate, host);
        } catch (RuntimeException e) {
            rooms.closed(desk);
            throw e;
        }
        running = new Running(desk, server, certificate);
        return running;
    }

    /** On {@link #PORT}, or on any free port when that one is taken; refused when the address is gone. */
    private RoomServer startOn(RoomDesk desk, RoomCertificate certificate, String host) {
        try {
            return RoomServer.start(desk, certificate, host, PORT, random);
        } catch (RuntimeException taken) {
            try {
                return RoomServer.start(desk, certificate, host, 0, random);
            } catch (RuntimeException unavailable) {
                LOG.info("The devices' server cannot listen on {}: {}", host, unavailable.toString());
                throw new RoomException(RoomException.Reason.NETWORK_UNAVAILABLE, host);
            }
        }
    }

    public synchronized Optional<Running> running() {
        return Optional.ofNullable(running);
    }

    /** Stops the devices, if started: every device is signed out. */
    public synchronized void stop() {
        if (running != null) {
            Running stopping = running;
            running = null;
            stopping.server().close();
            rooms.closed(stopping.desk());
        }
    }

    /** Stops the devices if they are the given sitting's (it is closing). */
    public synchronized void stopFor(long sittingId) {
        if (running != null && running.desk().sittingId() == sittingId) {
            stop();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
