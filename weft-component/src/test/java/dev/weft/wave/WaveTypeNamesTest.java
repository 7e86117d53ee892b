package dev.weft.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Type names in messages follow wasm-wave's DisplayType (src/wasm/fmt.rs test_type_display). */
class WaveTypeNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "u8                        | u8",
        "list<u8>                  | list<u8>",
        "record{a: u8, b: string}  | record { a: u8, b: string }",
        "tuple<u8, bool>           | tuple<u8, bool>",
        "variant{off, on(u8)}      | variant { off, on(u8) }",
        "enum{east, west}          | enum { east, west }",
        "option<u8>                | option<u8>",
        "result                    | result",
        "result<u8>                | result<u8>",
        "result<_, string>         | result<_, string>",
        "result<u8, string>        | result<u8, string>",
        "flags{read, write}        | flags { read, write }",
        "list<u8, 4>               | list<u8, 4>",
        "map<string, u8>           | map<string, u8>",
        "own<file>                 | own<file>",
    })
    void displaysLikeWasmWave(String type, String expected) {
        assertEquals(expected, WaveTypeNames.display(TestTypes.parse(type)));
    }
}
