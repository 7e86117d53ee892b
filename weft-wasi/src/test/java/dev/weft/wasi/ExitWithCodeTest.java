package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.component.Component;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** {@code exit-with-code} unwinds the guest and its status becomes the command's exit status. */
class ExitWithCodeTest {
    @Test
    void exitWithCodeIsTheExitStatus() throws Exception {
        byte[] bytes;
        try (InputStream in = ExitWithCodeTest.class.getResourceAsStream("/wasi/exit-with-code.wasm")) {
            bytes = in.readAllBytes();
        }
        int status = WasiCommand.run(WasiTestsuiteTest.ENGINE, Component.decode(bytes), WasiContext.builder().build());
        assertEquals(42, status);
    }
}
