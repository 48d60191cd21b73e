package org.cpolens.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Host allow-list of a server on this machine; a server bound elsewhere on purpose takes any name. */
class HostCheckTest {
    @ParameterizedTest(name = "bound to {0}:{1}, Host {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "127.0.0.1|7070|127.0.0.1:7070|true",
            "127.0.0.1|7070|localhost:7070|true",
            "127.0.0.1|7070|LOCALHOST:7070|true",
            "127.0.0.1|7070|[::1]:7070|true",
            "127.0.0.1|7070|NONE|true",
            "127.0.0.1|7070|127.0.0.1|false",
            "127.0.0.1|7070|localhost:7071|false",
            "127.0.0.1|7070|evil.example:7070|false",
            "127.0.0.1|7070|evil.example|false",
            "127.0.0.1|7070|127.0.0.1.nip.io:7070|false",
            "127.0.0.1|80|localhost|true",
            "127.0.0.2|7070|127.0.0.2:7070|true",
            "::1|7070|[::1]:7070|true",
            "localhost|7070|localhost:7070|true",
            "192.0.2.10|7070|evil.example:7070|true",
            "0.0.0.0|7070|anything.example|true",
    })
    void allows(String bind, int port, String host, boolean allowed) {
        assertThat(HostCheck.forBind(bind, port).allows(host)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} open: {1}")
    @CsvSource({"127.0.0.1,false", "localhost,false", "::1,false", "0.0.0.0,true", "192.0.2.10,true"})
    void onlyALoopbackBindChecks(String bind, boolean open) {
        assertThat(HostCheck.forBind(bind, 7070).open()).isEqualTo(open);
    }
}
