package io.github.schemaguard.source.ddl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DdlFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8AndStripsTheByteOrderMark() throws IOException {
        Path file = dir.resolve("a.sql");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "COMMENT '订单号';".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(file, all);

        assertThat(DdlFileReader.read(file)).isEqualTo("COMMENT '订单号';");
    }

    @Test
    void malformedBytesBecomeReplacementCharacters() throws IOException {
        Path file = dir.resolve("latin1.sql");
        Files.write(file, new byte[] {'c', (byte) 0xE9, 'a', ';'}); // "céa;" in ISO-8859-1

        assertThat(DdlFileReader.read(file)).isEqualTo("c\uFFFDa;");
    }

    @Test
    void ioFailureNamesTheFile() {
        Path missing = dir.resolve("missing.sql");

        assertThatThrownBy(() -> DdlFileReader.read(missing))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("missing.sql")
                .hasMessageEndingWith(": no such file");
    }
}
