/** Weft applications: the {@code weft.toml} manifest, HTTP routing, app-level host capabilities, metrics. */
package dev.weft.app;
