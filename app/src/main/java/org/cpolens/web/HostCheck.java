package org.cpolens.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code Host} header allow-list of a dashboard bound to this machine. A web page on another
 * site can point its own name at 127.0.0.1 (DNS rebinding) and then read the local server as
 * if it were its own; the browser still sends that site's name as {@code Host}, so refusing every
 * name but the local ones (and the bound address), with the port, closes the hole. A server bound
 * to another address was opened to the network on purpose ({@code serve --host}) and is reached
 * under names it cannot know: it takes any {@code Host}.
 *
 * @param allowed the accepted {@code Host} values (lower case), or null when any is accepted
 */
record HostCheck(Set<String> allowed) {
    /** For a server bound to {@code bindHost} listening on {@code port}. */
    static HostCheck forBind(String bindHost, int port) {
        if (!isLoopback(bindHost)) {
            return new HostCheck(null);
        }
        Set<String> names = new LinkedHashSet<>();
        names.add("localhost");
        names.add("127.0.0.1");
        names.add("[::1]");
        names.add(literal(bindHost));
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            out.add(n + ":" + port);
            if (port == 80) {
                out.add(n);
            }
        }
        return new HostCheck(Set.copyOf(out));
    }

    boolean open() {
        return allowed == null;
    }

    /** A request without {@code Host} (HTTP/1.0) cannot come from a browser: it is let through. */
    boolean allows(String hostHeader) {
        return allowed == null || hostHeader == null || allowed.contains(hostHeader.trim().toLowerCase(Locale.ROOT));
    }

    /** "localhost:7070, 127.0.0.1:7070, [::1]:7070": for the hint. */
    String describe() {
        return allowed == null ? "any" : String.join(", ", allowed.stream().sorted().toList());
    }

    private static boolean isLoopback(String host) {
        try {
            // a literal or "localhost": resolved without asking a name server for anything else
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    private static String literal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
    }
}
