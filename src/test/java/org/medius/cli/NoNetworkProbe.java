package org.medius.cli;

import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs one {@code medius} command in this JVM under a security manager that refuses and records every
 * network operation (connect, DNS lookup, listen, accept, multicast). Prints each attempt as
 * {@code NETWORK: ...} and exits 99 if there was any, otherwise with the command's exit code.
 * Started in a fresh JVM by {@link NoNetworkTest}, so engine start-up and native loading are covered too.
 */
public final class NoNetworkProbe {
    private NoNetworkProbe() {
    }

    /** Proves the probe sees network use: a DNS lookup and a loopback connection, both of which must be refused. */
    private static int selfCheck() {
        try {
            java.net.InetAddress.getByName("example.org");
        } catch (Exception expected) {
            // refused
        }
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", 9)) {
            return 0;
        } catch (Exception expected) {
            return 0;
        }
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) {
        List<String> attempts = new CopyOnWriteArrayList<>();
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
                // everything that is not network is allowed
            }

            @Override
            public void checkPermission(Permission perm, Object context) {
            }

            @Override
            public void checkConnect(String host, int port) {
                refuse("connect " + host + ":" + port);
            }

            @Override
            public void checkConnect(String host, int port, Object context) {
                refuse("connect " + host + ":" + port);
            }

            @Override
            public void checkListen(int port) {
                refuse("listen " + port);
            }

            @Override
            public void checkAccept(String host, int port) {
                refuse("accept " + host + ":" + port);
            }

            @Override
            public void checkMulticast(java.net.InetAddress maddr) {
                refuse("multicast " + maddr);
            }

            private void refuse(String what) {
                attempts.add(what);
                throw new SecurityException("network access refused in NoNetworkProbe: " + what);
            }
        });
        int code = "--self-check".equals(args[0]) ? selfCheck() : Medius.commandLine().execute(args);
        System.setSecurityManager(null);
        attempts.forEach(a -> System.out.println("NETWORK: " + a));
        System.out.flush();
        System.exit(attempts.isEmpty() ? code : 99);
    }
}
