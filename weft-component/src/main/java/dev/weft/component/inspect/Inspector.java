package dev.weft.component.inspect;

import dev.weft.component.Component;
import dev.weft.component.ast.CoreModuleSection;
import dev.weft.component.binary.ComponentDecoder;
import dev.weft.component.validate.CoreModuleValidator;
import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;

/** Decodes and validates a binary of either layer for {@code weft inspect}. */
public final class Inspector {
    private Inspector() {
    }

    public static Inspection inspect(byte[] bytes) throws DecodeException, ValidationException {
        if (ComponentDecoder.isCoreModule(bytes)) {
            return new Inspection.OfCoreModule(bytes.length,
                    CoreModuleValidator.validate(new CoreModuleSection(bytes, 0)));
        }
        Component component = Component.decode(bytes);
        return new Inspection.OfComponent(bytes.length, component.type(), component.ast());
    }
}
