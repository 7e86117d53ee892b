/**
 * Component validation (Explainer.md, Binary.md): {@link dev.weft.component.validate.ComponentValidator} walks a
 * decoded {@link dev.weft.component.ast.Component} section by section and builds, per component, component type and
 * instance type, a {@code Scope} of index spaces holding resolved types ({@code dev.weft.component.types}).
 *
 * <p>One class per concern: {@code TypeResolver}/{@code CoreTypeResolver} (syntax to resolved types, value-type
 * well-formedness, depth/size limits via {@code TypeMetrics}, {@code ElemSize}), {@code DeclaratorValidator}
 * (component/instance type declarators), {@code AliasResolver} (export and outer aliases, the resource boundary),
 * {@code InstantiationChecker} (core and component instantiation with resource substitution, via
 * {@link dev.weft.component.validate.Subtyping} and {@code ResourceMapping}), {@code CanonValidator} and
 * {@code CanonOptions} (canonical definitions and options, using {@link dev.weft.component.validate.Flattening}),
 * {@code CoreModuleValidator} (embedded core modules, validated by Endive), {@link
 * dev.weft.component.validate.NameScope} (extern name grammar, strong uniqueness, annotated names, attributes),
 * {@code ExternalVisibility} and {@code TypeIdentity} (types used by imports/exports must be named by them).
 *
 * <p>Every rejection is a {@link dev.weft.error.ValidationException} whose message starts with the item it concerns
 * (e.g. {@code export `f`: ...}, {@code canonical definition (Lift): ...}) and whose offset is the absolute offset
 * of that item in the outermost binary.
 */
package dev.weft.component.validate;
