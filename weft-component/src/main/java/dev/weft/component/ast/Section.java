package dev.weft.component.ast;

/**
 * One section of a component, in binary order. Each permitted record corresponds to one section id of Binary.md.
 * {@link #offset()} is the absolute offset of the first byte of the section contents.
 */
public sealed interface Section
        permits CustomSection, CoreModuleSection, CoreInstanceSection, CoreTypeSection, ComponentSection,
                InstanceSection, AliasSection, TypeSection, CanonSection, StartSection, ImportSection,
                ExportSection, ValueSection {

    /** Absolute offset of the first byte of the section contents (after the id and size). */
    long offset();

    /** The Binary.md section id (0 custom … 12 value). */
    int id();
}
