package org.tracimdaemon.sdk.tracim;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tracim's API URL, checked: {@code https://}, or plain {@code http://} only to this machine
 * (the password and the session cookie would otherwise cross the network in clear) unless the
 * plugin opts in. Endpoints are appended to it as TracimDaemon does ({@code <url>/auth/login}).
 */
final class ApiUrl {
    /** IP literals only: deciding whether a name is local must not wait for DNS. */
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final String base;

    private ApiUrl(String base) {
        this.base = base;
    }

    static ApiUrl of(URI url, boolean allowPlainHttp) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("Tracim's URL must start with https:// (or http://), not \"" + url + "\"");
        }
        if (url.getRawUserInfo() != null) {
            // Not echoed: the user info may hold a password.
            throw new IllegalArgumentException("Tracim's URL must not hold a user or password: give them with"
                    + " login(...) instead");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("Tracim's URL \"" + url + "\" has no host");
        }
        if (scheme.equals("http") && !allowPlainHttp && !isThisMachine(host)) {
            throw new IllegalArgumentException("refusing plain http:// to " + host + ", which is not this machine:"
                    + " the password and the session cookie would cross the network unencrypted. Use https://, or"
                    + " opt in with TracimRestClient.Builder.allowPlainHttp() if the network is trusted");
        }
        String text = url.toString();
        return new ApiUrl(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** {@code localhost}, a loopback address, or an address of one of this machine's interfaces. */
    static boolean isThisMachine(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        boolean ipv6 = name.startsWith("[") && name.endsWith("]");
        if (!ipv6 && !IPV4.matcher(name).matches()) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByName(ipv6 ? name.substring(1, name.length() - 1) : name);
            return address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }

    URI resolve(String endpoint) {
        return URI.create(base + endpoint);
    }

    @Override
    public String toString() {
        return base;
    }
}
