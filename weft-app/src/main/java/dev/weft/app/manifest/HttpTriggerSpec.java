package dev.weft.app.manifest;

import java.util.Optional;

/**
 * One {@code [[trigger.http]]}: {@code route = "/api/..."} (or {@code route = { private = true }}, reachable only
 * by other components) served by {@code component}.
 *
 * @param route the route pattern; empty for a private trigger
 * @param line the line of the trigger's table
 */
public record HttpTriggerSpec(Optional<String> route, String component, int line) {
}
