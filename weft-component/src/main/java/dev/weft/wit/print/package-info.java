/** {@link dev.weft.wit.print.WitPrinter}: canonical WIT text for packages and worlds of a WIT model. */
package dev.weft.wit.print;
