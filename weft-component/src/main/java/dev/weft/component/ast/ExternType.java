package dev.weft.component.ast;

/** {@code externtype}: the type of an import, export or export declarator. */
public sealed interface ExternType {

    /** The index space an item of this type goes into. */
    Sort sort();

    /** {@code 0x00 0x11 i:core:typeidx}: {@code (core module (type i))}. */
    record CoreModule(long coreTypeIndex) implements ExternType {
        @Override
        public Sort sort() {
            return Sort.CORE_MODULE;
        }
    }

    /** {@code 0x01 i:typeidx}: {@code (func (type i))}. */
    record Func(long typeIndex) implements ExternType {
        @Override
        public Sort sort() {
            return Sort.FUNC;
        }
    }

    /**
     * 🪙 {@code 0x02 b:valuebound}. Note: the decoder follows wasmparser/wasm-encoder, which write a bare
     * {@code valtype} here, so it always produces {@link ValueOf}; {@link ValueEq} exists for Binary.md's
     * {@code (eq i)} form.
     */
    record Value(ValueBound bound) implements ExternType {
        @Override
        public Sort sort() {
            return Sort.VALUE;
        }
    }

    /** {@code 0x03 b:typebound}. */
    record Type(TypeBound bound) implements ExternType {
        @Override
        public Sort sort() {
            return Sort.TYPE;
        }
    }

    /** {@code 0x04 i:typeidx}: {@code (component (type i))}. */
    record Component(long typeIndex) implements ExternType {
        @Override
        public Sort sort() {
            return Sort.COMPONENT;
        }
    }

    /** {@code 0x05 i:typeidx}: {@code (instance (type i))}. */
    record Instance(long typeIndex) implements ExternType {
        @Override
        public Sort sort() {
            return Sort.INSTANCE;
        }
    }

    /** {@code typebound}. */
    sealed interface TypeBound {}

    /** {@code 0x00 i:typeidx}: {@code (eq i)}. */
    record TypeEq(long typeIndex) implements TypeBound {}

    /** {@code 0x01}: {@code (sub resource)}: a fresh abstract resource type. */
    record SubResource() implements TypeBound {}

    /** 🪙 {@code valuebound}. */
    sealed interface ValueBound {}

    /** {@code 0x00 i:valueidx}: {@code (eq i)}. */
    record ValueEq(long valueIndex) implements ValueBound {}

    /** {@code 0x01 t:valtype}. */
    record ValueOf(ComponentValType type) implements ValueBound {}
}
