package dev.weft.component.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code defvaltype}: a defined value type, exactly as encoded. Emptiness and count limits are validation rules,
 * so e.g. a record with no fields decodes fine.
 */
public sealed interface DefValType {

    /** {@code pvt:primvaltype}. */
    record Primitive(PrimValType type) implements DefValType {}

    /** {@code 0x72 lt*:vec(labelvaltype)}. */
    record RecordDef(List<NamedValType> fields) implements DefValType {
        public RecordDef {
            fields = List.copyOf(fields);
        }
    }

    /** {@code 0x71 case*:vec(case)}. */
    record VariantDef(List<Case> cases) implements DefValType {
        public VariantDef {
            cases = List.copyOf(cases);
        }
    }

    /** {@code case ::= l:labellit t?:valtype? 0x00}. */
    record Case(String name, Optional<ComponentValType> type) {}

    /** {@code 0x70 t:valtype}. */
    record ListDef(ComponentValType element) implements DefValType {}

    /** 🔧 {@code 0x67 t:valtype len:u32}: fixed-length list. */
    record FixedListDef(ComponentValType element, long length) implements DefValType {}

    /** {@code 0x6f t*:vec(valtype)}. */
    record TupleDef(List<ComponentValType> types) implements DefValType {
        public TupleDef {
            types = List.copyOf(types);
        }
    }

    /** {@code 0x6e l*:vec(labellit)}. */
    record FlagsDef(List<String> names) implements DefValType {
        public FlagsDef {
            names = List.copyOf(names);
        }
    }

    /** {@code 0x6d l*:vec(labellit)}. */
    record EnumDef(List<String> names) implements DefValType {
        public EnumDef {
            names = List.copyOf(names);
        }
    }

    /** {@code 0x6b t:valtype}. */
    record OptionDef(ComponentValType type) implements DefValType {}

    /** {@code 0x6a t?:valtype? u?:valtype?}. */
    record ResultDef(Optional<ComponentValType> ok, Optional<ComponentValType> err) implements DefValType {}

    /** {@code 0x69 i:typeidx}. */
    record OwnDef(long resourceTypeIndex) implements DefValType {}

    /** {@code 0x68 i:typeidx}. */
    record BorrowDef(long resourceTypeIndex) implements DefValType {}

    /** 🔀 {@code 0x66 t?:valtype?}. */
    record StreamDef(Optional<ComponentValType> element) implements DefValType {}

    /** 🔀 {@code 0x65 t?:valtype?}. */
    record FutureDef(Optional<ComponentValType> element) implements DefValType {}

    /** 🗺️ {@code 0x63 k:valtype v:valtype}. */
    record MapDef(ComponentValType key, ComponentValType value) implements DefValType {}
}
