package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
    private static int run(StringWriter err, String... args) {
        return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    @Test
    void aBusyPortIsAUserErrorNotAHang() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            assertThat(run(err, "serve", "--port", String.valueOf(busy.getLocalPort()))).isEqualTo(Main.USER_ERROR);
            assertThat(err.toString()).contains("--port").contains(String.valueOf(busy.getLocalPort()))
                    .contains("--port 0").doesNotContain("at org.");
        }
    }

    @Test
    void portOutOfRange() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "serve", "--port", "70000")).isEqualTo(Main.USER_ERROR);
        assertThat(err.toString()).contains("70000").contains("not a TCP port");
    }
}
