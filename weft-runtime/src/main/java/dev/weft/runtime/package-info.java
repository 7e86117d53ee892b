/** Canonical ABI, resources, linker and instances; core modules run on Endive behind one internal interface. */
package dev.weft.runtime;
