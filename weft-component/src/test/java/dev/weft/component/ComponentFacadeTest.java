package dev.weft.component;

import dev.weft.component.types.CoreFuncType;
import dev.weft.component.types.CoreValType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeExtern;
import dev.weft.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Component#decode} end to end. The binaries were made with {@code jco parse} (jco 1.35.0) from the text in
 * each test's comment.
 */
class ComponentFacadeTest {

    /*
     * (component
     *   (import "wasi:io/poll@0.2.0" (instance $p
     *     (export "pollable" (type $r (sub resource)))
     *     (export "[method]pollable.ready" (func (param "self" (borrow $r)) (result bool)))))
     *   (alias export $p "pollable" (type $pr))
     *   (import "f" (func $f (param "x" (borrow $pr)) (result u32)))
     *   (core func $lf (canon lower (func $f)))
     *   (core module $m (import "" "f" (func (param i32) (result i32)))
     *     (func (export "g") (param i32) (result i32) local.get 0))
     *   (core instance $i (instantiate $m (with "" (instance (export "f" (func $lf))))))
     *   (type $t (func (param "n" u32) (result u32)))
     *   (func $g (type $t) (canon lift (core func $i "g")))
     *   (export "g" (func $g)))
     */
    private static final String VALID = "0061736d0d0001000739014204040008706f6c6c61626c6503010168000140010473656c6601"
            + "007f0400165b6d6574686f645d706f6c6c61626c652e726561647901020a17010012776173693a696f2f706f6c6c40302e322e30"
            + "0500060d0103000008706f6c6c61626c65070a026801400101780200790a060100016601030805010100000001360061736d0100"
            + "000001060160017f017f020601000166000003020100070501016700010a0601040020000b0009046e616d650002016d020d0201"
            + "01016600000000010012000708014001016e79007906070100000101016708060100000100040b070100016701010000440e636f"
            + "6d706f6e656e742d6e616d65010700000100026c66010600110100016d010600120101016901080102000166010167010903020102"
            + "707204017401050501000170";

    /*
     * (component
     *   (core module $m (func (export "f") (param i32 i32)))
     *   (core instance $i (instantiate $m))
     *   (func (export "f") (param "x" string) (canon lift (core func $i "f"))))
     */
    private static final String LIFT_WITHOUT_MEMORY = "0061736d0d000100012c0061736d0100000001060160027f7f000302010007"
            + "0501016600000a040102000b0009046e616d650002016d0204010000000708014001017873010006070100000100016608060100"
            + "000000000b0701000166010000001f0e636f6d706f6e656e742d6e616d65010600110100016d0106001201000169";

    @Test
    void exposesResolvedImportsExportsAndIndexSpaces() throws Exception {
        Component c = Component.decode(HexFormat.of().parseHex(VALID));
        assertEquals(List.of("wasi:io/poll@0.2.0", "f"), c.imports().stream().map(i -> i.name()).toList());
        InstanceType poll = assertInstanceOf(InstanceType.class, c.imports().get(0).type());
        TypeExtern pollable = assertInstanceOf(TypeExtern.class, poll.exports().get(0).type());
        ResourceType r = assertInstanceOf(TypeBound.SubResource.class, pollable.bound()).resource();
        FuncType f = assertInstanceOf(FuncType.class, c.imports().get(1).type());
        assertEquals(new dev.weft.component.types.BorrowType(r), f.params().get(0).type());

        FuncType g = assertInstanceOf(FuncType.class, c.exports().get(0).type());
        assertEquals(List.of(new FuncType.Param("n", PrimitiveType.U32)), g.params());
        // index spaces: func 0 = import f, func 1 = lifted g, func 2 = the export's new index
        assertEquals(3, c.indexSpaces().funcs().size());
        assertEquals(new CoreFuncType(List.of(CoreValType.I32), List.of(CoreValType.I32)),
                c.indexSpaces().coreFuncs().get(0));
        assertEquals(1, c.indexSpaces().coreModules().size());
        assertTrue(c.indexSpaces().definedResources().isEmpty());
    }

    @Test
    void rejectionNamesRuleItemAndOffset() {
        var e = assertThrows(ValidationException.class,
                () -> Component.decode(HexFormat.of().parseHex(LIFT_WITHOUT_MEMORY)));
        assertTrue(e.getMessage().contains("canonical option `memory` is required"), e.getMessage());
        assertTrue(e.getMessage().startsWith("canonical definition (Lift)"), e.getMessage());
        assertTrue(e.offset() > 0x30 && e.offset() < 0x60, "offset " + Long.toHexString(e.offset()));
    }
}
