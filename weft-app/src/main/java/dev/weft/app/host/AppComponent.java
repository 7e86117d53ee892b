package dev.weft.app.host;

import dev.weft.app.PatternException;
import dev.weft.app.config.ConfigHost;
import dev.weft.app.config.VariableResolver;
import dev.weft.app.keyvalue.KeyValueHost;
import dev.weft.app.keyvalue.KeyValueStores;
import dev.weft.app.manifest.AppManifest;
import dev.weft.app.manifest.ComponentSpec;
import dev.weft.app.manifest.ManifestException;
import dev.weft.app.outbound.HttpPolicyAdapter;
import dev.weft.app.outbound.OutboundPolicy;
import dev.weft.app.outbound.SocketPolicyAdapter;
import dev.weft.component.Component;
import dev.weft.error.WeftException;
import dev.weft.runtime.Engine;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.http.WasiHttpConfig;
import dev.weft.wasi.http.WasiHttpProxy;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * One component of an application, loaded, link-checked against everything the host offers (WASI 0.2,
 * {@code wasi:http}, {@code wasi:keyvalue}, {@code wasi:config}) and compiled: ready to serve a fresh instance per
 * request. Loading fails with a {@link ManifestException} naming the component's {@code source} and line.
 */
public record AppComponent(ComponentSpec spec, WasiHttpProxy proxy, OutboundPolicy outbound) {

    /** Loads {@code spec}: reads, decodes, validates and links its {@code .wasm}. */
    public static AppComponent load(Engine engine, AppManifest manifest, ComponentSpec spec, VariableResolver vars,
            KeyValueStores stores) throws ManifestException {
        String key = "component." + spec.id() + ".source";
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(spec.source());
        } catch (IOException e) {
            throw new ManifestException(manifest.file(), spec.line(), key, "cannot read " + spec.source() + ": " + e);
        }
        OutboundPolicy outbound;
        WasiHttpConfig config;
        try {
            List<String> hosts = new ArrayList<>();
            for (String h : spec.allowedOutboundHosts()) {
                hosts.add(vars.render(h));
            }
            outbound = OutboundPolicy.of(hosts);
            config = WasiHttpConfig.builder().wasi(context(spec, outbound)).outbound(HttpPolicyAdapter.toHttpPolicy(outbound))
                    .build();
        } catch (PatternException e) {
            throw new ManifestException(manifest.file(), spec.line(), "component." + spec.id()
                    + ".allowed_outbound_hosts", e.getMessage());
        }
        try {
            Component component = Component.decode(bytes);
            WasiHttpProxy proxy = WasiHttpProxy.prepare(engine, component, config, linker -> {
                KeyValueHost.addToLinker(linker, stores, new HashSet<>(spec.keyValueStores()));
                ConfigHost.addToLinker(linker, vars.componentConfig(spec));
            });
            return new AppComponent(spec, proxy, outbound);
        } catch (WeftException e) {
            throw new ManifestException(manifest.file(), spec.line(), key,
                    spec.source().getFileName() + " cannot run here: " + e.getMessage());
        }
    }

    private static WasiContext context(ComponentSpec spec, OutboundPolicy outbound) throws PatternException {
        var ctx = WasiContext.builder().args(List.of(spec.id())).env(spec.environment());
        for (ComponentSpec.FileMount m : spec.files()) {
            ctx.preopenDir(m.hostPath(), m.guestPath(), true);
        }
        SocketPolicyAdapter.apply(ctx, outbound);
        return ctx.build();
    }
}
