package kz.suhbat.devices;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A network address of this laptop that the room's server can be bound to: one per connected network
 * (the Wi-Fi hotspot, a cable to the room's switch), and this laptop alone, for trying it out.
 */
public record RoomAddress(String network, String host, boolean loopback) {

    /** The laptop's IPv4 addresses on networks that are up, the room's networks first. */
    public static List<RoomAddress> available() {
        List<RoomAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!face.isUp() || face.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(face.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        found.add(new RoomAddress(face.getDisplayName(), address.getHostAddress(), false));
                    }
                }
            }
        } catch (SocketException e) {
            // No network is listed: only this laptop can be offered.
        }
        found.add(new RoomAddress("", "127.0.0.1", true));
        return found;
    }
}
