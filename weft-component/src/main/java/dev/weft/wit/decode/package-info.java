/**
 * {@link dev.weft.wit.decode.ComponentWitDecoder}: the WIT world of a component, read from the type
 * information of its imports and exports (instance types, and the nested components wit-component uses to type
 * exported instances). The result names its world {@code root:component/root} like {@code jco wit}.
 */
package dev.weft.wit.decode;
