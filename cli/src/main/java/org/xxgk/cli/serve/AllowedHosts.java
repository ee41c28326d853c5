package org.xxgk.cli.serve;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names the server answers to, as a browser writes them in Host and Origin: its bound
 * address, localhost, 127.0.0.1 and [::1] on the port the request came in on, and the names
 * given with --allow-host. A page of any other name that resolves to this machine (DNS
 * rebinding) is refused. This machine's IPv4 addresses are accepted when bound to every
 * interface: an address literal cannot be rebound.
 */
final class AllowedHosts {

    /** Names accepted on the server's own port only. */
    private final Set<String> local = new LinkedHashSet<>();
    /** --allow-host names without a port: on the server's port, or without one (a proxy in front on 80 or 443). */
    private final Set<String> named = new LinkedHashSet<>();
    /** --allow-host names with a port, accepted exactly so. */
    private final Set<String> exact = new LinkedHashSet<>();

    AllowedHosts(String bind, List<String> extra) {
        local.addAll(List.of("localhost", "127.0.0.1", "[::1]", literal(bind)));
        if (isWildcard(bind)) {
            local.addAll(interfaceAddresses());
        }
        for (String host : extra) {
            String h = host.trim().toLowerCase(Locale.ROOT);
            if (port(h) >= 0) {
                exact.add(h);
            } else {
                named.add(literal(h));
            }
        }
    }

    /** A Host header's value ("name:port", or "name" for the scheme's default port), for a request that came in on {@code localPort}. */
    boolean allows(String authority, int localPort) {
        if (authority == null) {
            return false;
        }
        String a = authority.trim().toLowerCase(Locale.ROOT);
        if (exact.contains(a)) {
            return true;
        }
        int port = port(a);
        String name = port < 0 ? a : a.substring(0, a.lastIndexOf(':'));
        if (named.contains(name)) {
            return port < 0 || port == localPort;
        }
        return local.contains(name) && (port == localPort || port < 0 && localPort == 80);
    }

    /** An Origin header's value: http or https and an allowed authority. "null" and other schemes are not. */
    boolean allowsOrigin(String origin, int localPort) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        for (String scheme : List.of("http://", "https://")) {
            if (o.startsWith(scheme)) {
                return allows(o.substring(scheme.length()), localPort);
            }
        }
        return false;
    }

    /** Whether the address reaches beyond this machine (every interface, or a network address). */
    static boolean beyondLoopback(String bind) {
        if (bind.equalsIgnoreCase("localhost")) {
            return false;
        }
        try {
            return !InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    private static boolean isWildcard(String bind) {
        try {
            return InetAddress.getByName(bind).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** An IPv6 address is written in brackets in Host and Origin. */
    private static String literal(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains(":") && !n.startsWith("[") ? "[" + n + "]" : n;
    }

    /** The port of "name:port" or "[v6]:port"; -1 without one (or when it is not a number). */
    private static int port(String authority) {
        int colon = authority.lastIndexOf(':');
        boolean bracketed = authority.startsWith("[");
        if (colon <= 0 || (bracketed ? authority.charAt(colon - 1) != ']' : authority.indexOf(':') != colon)) {
            return -1;
        }
        try {
            return Integer.parseInt(authority.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** This machine's IPv4 addresses (IPv6 ones are written in too many ways; name them with --allow-host). */
    private static Set<String> interfaceAddresses() {
        Set<String> found = new LinkedHashSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        found.add(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            // No interface list: only the names above and --allow-host are accepted.
        }
        return found;
    }
}
