package dev.weft.app.manifest;

import java.util.Optional;

/**
 * An application variable from {@code [variables]}: {@code name = { default = "x" }} or
 * {@code name = { required = true, secret = true }}. Values come from {@code WEFT_VAR_<NAME>} / a variables file /
 * the default (see {@link dev.weft.app.config.VariableResolver}).
 *
 * @param line the manifest line declaring it
 */
public record VariableSpec(String name, Optional<String> defaultValue, boolean required, boolean secret, int line) {
}
