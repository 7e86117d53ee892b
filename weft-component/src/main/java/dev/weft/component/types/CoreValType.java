package dev.weft.component.types;

/**
 * A core WebAssembly value type as far as the component layer needs it. Non-nullable references and typed references
 * to concrete heap types are all {@link #TYPED_REF} (compared loosely; the component model never relates them to
 * component types).
 */
public enum CoreValType {
    I32("i32"), I64("i64"), F32("f32"), F64("f64"), V128("v128"), FUNCREF("funcref"), EXTERNREF("externref"),
    EXNREF("exnref"), ANYREF("anyref"), EQREF("eqref"), I31REF("i31ref"), STRUCTREF("structref"),
    ARRAYREF("arrayref"), NULLREF("nullref"), NULLFUNCREF("nullfuncref"), NULLEXTERNREF("nullexternref"),
    TYPED_REF("(ref T)");

    private final String text;

    CoreValType(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
