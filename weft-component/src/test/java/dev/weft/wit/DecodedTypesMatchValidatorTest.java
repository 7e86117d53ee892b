package dev.weft.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.component.types.BorrowType;
import dev.weft.component.types.EnumType;
import dev.weft.component.types.FixedListType;
import dev.weft.component.types.FlagsType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.FutureType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.MapType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.StreamType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import dev.weft.wit.decode.ComponentWitDecoder;
import dev.weft.wit.decode.DecodedWorld;
import dev.weft.wit.resolve.Function;
import dev.weft.wit.resolve.Interface;
import dev.weft.wit.resolve.TypeDef;
import dev.weft.wit.resolve.TypeDefKind;
import dev.weft.wit.resolve.WitModel;
import dev.weft.wit.resolve.WorldItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Cross-check with the validator: for every interface function of a component, {@code WitModel.toFuncType} of
 * the decoded WIT function has the same structure as the validator's resolved type (resources matched
 * one-to-one).
 */
class DecodedTypesMatchValidatorTest {

    @TestFactory
    Stream<DynamicTest> functionTypesAgree() {
        return Stream.of("components/app.wasm", "components/cmd212.wasm", "components/proxy212.wasm",
                "components/cmd30.wasm", "components/http30.wasm", "handwritten/t1.wasm")
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    byte[] bytes = Files.readAllBytes(ComponentWitDecoderTest.RESOURCES.resolve(name));
                    Component component;
                    try {
                        component = Component.decode(bytes);
                    } catch (dev.weft.error.ValidationException e) {
                        // jco built and accepts these components; a rejection is a validator gap, reported as skip
                        org.junit.jupiter.api.Assumptions.abort("validator rejects " + name + ": " + e.getMessage());
                        return;
                    }
                    DecodedWorld d = ComponentWitDecoder.decode(component);
                    Map<ResourceType, ResourceType> resources = new HashMap<>();
                    int checked = check(component.imports(), d.world().imports(), d.model(), resources)
                            + check(component.exports(), d.world().exports(), d.model(), resources);
                    assertTrue(checked > 0, "functions compared");
                }));
    }

    private static int check(List<NamedExtern> externs, List<WorldItem> items, WitModel model,
            Map<ResourceType, ResourceType> resources) {
        int checked = 0;
        for (NamedExtern e : externs) {
            Optional<WorldItem> item = items.stream().filter(i -> i.externName().equals(e.name())).findFirst();
            if (e.type() instanceof FuncType ft && item.orElseThrow() instanceof WorldItem.FunctionItem f) {
                sameFunc(model.toFuncType(f.function()), ft, resources, e.name());
                checked++;
            }
            if (e.type() instanceof InstanceType it) {
                Interface iface = switch (item.orElseThrow()) {
                    case WorldItem.InterfaceItem ii -> model.iface(ii.iface()).orElseThrow();
                    case WorldItem.InlineInterface ii -> ii.iface();
                    default -> throw new AssertionError(e.name() + " is not an interface");
                };
                Map<String, Function> fns = functions(iface);
                for (NamedExtern x : it.exports()) {
                    if (x.type() instanceof FuncType ft) {
                        Function f = fns.get(x.name());
                        assertTrue(f != null, e.name() + " lacks " + x.name());
                        sameFunc(model.toFuncType(f), ft, resources, e.name() + "#" + x.name());
                        checked++;
                    }
                }
            }
        }
        return checked;
    }

    private static Map<String, Function> functions(Interface iface) {
        Map<String, Function> out = new HashMap<>();
        iface.functions().forEach(f -> out.put(f.externName(), f));
        for (TypeDef t : iface.types()) {
            if (t.kind() instanceof TypeDefKind.Resource r) {
                r.functions().forEach(f -> out.put(f.externName(), f));
            }
        }
        return out;
    }

    private static void sameFunc(FuncType wit, FuncType validated, Map<ResourceType, ResourceType> res, String where) {
        assertEquals(validated.async(), wit.async(), where);
        assertEquals(validated.params().size(), wit.params().size(), where);
        for (int i = 0; i < wit.params().size(); i++) {
            assertEquals(validated.params().get(i).name(), wit.params().get(i).name(), where);
            same(wit.params().get(i).type(), validated.params().get(i).type(), res, where);
        }
        assertEquals(validated.result().isPresent(), wit.result().isPresent(), where);
        wit.result().ifPresent(r -> same(r, validated.result().get(), res, where));
    }

    private static void same(ValueType a, ValueType b, Map<ResourceType, ResourceType> res, String where) {
        switch (a) {
            case PrimitiveType p -> assertEquals(p, b, where);
            case OwnType o -> sameResource(o.resource(), ((OwnType) b).resource(), res, where);
            case BorrowType o -> sameResource(o.resource(), ((BorrowType) b).resource(), res, where);
            case ListType l -> same(l.element(), ((ListType) b).element(), res, where);
            case FixedListType l -> {
                assertEquals(l.length(), ((FixedListType) b).length(), where);
                same(l.element(), ((FixedListType) b).element(), res, where);
            }
            case MapType m -> {
                same(m.key(), ((MapType) b).key(), res, where);
                same(m.value(), ((MapType) b).value(), res, where);
            }
            case OptionType o -> same(o.some(), ((OptionType) b).some(), res, where);
            case ResultType r -> {
                sameOpt(r.ok(), ((ResultType) b).ok(), res, where);
                sameOpt(r.err(), ((ResultType) b).err(), res, where);
            }
            case TupleType t -> {
                List<ValueType> other = ((TupleType) b).elements();
                assertEquals(other.size(), t.elements().size(), where);
                for (int i = 0; i < other.size(); i++) {
                    same(t.elements().get(i), other.get(i), res, where);
                }
            }
            case RecordType r -> {
                List<RecordType.Field> other = ((RecordType) b).fields();
                assertEquals(other.size(), r.fields().size(), where);
                for (int i = 0; i < other.size(); i++) {
                    assertEquals(other.get(i).name(), r.fields().get(i).name(), where);
                    same(r.fields().get(i).type(), other.get(i).type(), res, where);
                }
            }
            case VariantType v -> {
                List<VariantType.Case> other = ((VariantType) b).cases();
                assertEquals(other.size(), v.cases().size(), where);
                for (int i = 0; i < other.size(); i++) {
                    assertEquals(other.get(i).name(), v.cases().get(i).name(), where);
                    sameOpt(v.cases().get(i).payload(), other.get(i).payload(), res, where);
                }
            }
            case EnumType e -> assertEquals(e, b, where);
            case FlagsType f -> assertEquals(f, b, where);
            case StreamType s -> sameOpt(s.element(), ((StreamType) b).element(), res, where);
            case FutureType f -> sameOpt(f.element(), ((FutureType) b).element(), res, where);
        }
    }

    private static void sameOpt(Optional<ValueType> a, Optional<ValueType> b, Map<ResourceType, ResourceType> res,
            String where) {
        assertEquals(b.isPresent(), a.isPresent(), where);
        a.ifPresent(x -> same(x, b.get(), res, where));
    }

    /**
     * Resources: same name, and each validator resource corresponds to one WIT resource. (The other direction is
     * not checked: the validator currently gives a resource seen through {@code alias export} + {@code eq} in a
     * later import a different identity than the {@code (sub resource)} of the import that defines it.)
     */
    private static void sameResource(ResourceType wit, ResourceType validated, Map<ResourceType, ResourceType> res,
            String where) {
        assertEquals(validated.debugName(), wit.debugName(), where);
        ResourceType previous = res.putIfAbsent(validated, wit);
        assertTrue(previous == null || previous == wit, where + ": resource " + validated + " maps to two WIT types");
    }
}
