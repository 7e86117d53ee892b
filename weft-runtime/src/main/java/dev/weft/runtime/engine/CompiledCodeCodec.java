package dev.weft.runtime.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;

/** Writes {@link CompiledCode} as a jar (class files plus a properties entry) and reads it back. */
final class CompiledCodeCodec {

    private static final String PROPERTIES_ENTRY = "weft-compiled.properties";
    private static final String CLASS_SUFFIX = ".class";

    private CompiledCodeCodec() {}

    static byte[] encode(CompiledCode code) {
        var out = new ByteArrayOutputStream();
        try (var jar = new JarOutputStream(out)) {
            var props = new Properties();
            props.setProperty("mainClass", code.mainClass());
            props.setProperty("classCount", Integer.toString(code.classes().size()));
            props.setProperty("interpretedFunctions",
                    code.interpretedFunctions().stream().map(String::valueOf).collect(Collectors.joining(",")));
            jar.putNextEntry(new JarEntry(PROPERTIES_ENTRY));
            props.store(jar, "Weft compiled core module");
            jar.closeEntry();
            for (var entry : code.classes().entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey().replace('.', '/') + CLASS_SUFFIX));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** @throws IOException when the bytes are not a complete entry written by {@link #encode} */
    static CompiledCode decode(byte[] bytes) throws IOException {
        Properties props = null;
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (var jar = new JarInputStream(new ByteArrayInputStream(bytes))) {
            JarEntry entry;
            while ((entry = jar.getNextJarEntry()) != null) {
                String name = entry.getName();
                if (name.equals(PROPERTIES_ENTRY)) {
                    props = new Properties();
                    props.load(jar);
                } else if (name.endsWith(CLASS_SUFFIX)) {
                    String className = name.substring(0, name.length() - CLASS_SUFFIX.length()).replace('/', '.');
                    classes.put(className, jar.readAllBytes());
                } else {
                    throw new IOException("unexpected entry " + name + " in compiled-code cache entry");
                }
            }
        }
        if (props == null) {
            throw new IOException("compiled-code cache entry has no " + PROPERTIES_ENTRY);
        }
        String mainClass = props.getProperty("mainClass");
        String classCount = props.getProperty("classCount");
        if (mainClass == null || !classes.containsKey(mainClass)
                || !Integer.toString(classes.size()).equals(classCount)) {
            throw new IOException("compiled-code cache entry is incomplete: " + classes.size() + " classes, expected "
                    + classCount + ", main class " + mainClass);
        }
        return new CompiledCode(mainClass, classes, parseInts(props.getProperty("interpretedFunctions", "")));
    }

    private static List<Integer> parseInts(String csv) throws IOException {
        if (csv.isBlank()) {
            return List.of();
        }
        var result = new ArrayList<Integer>();
        try {
            Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).forEach(result::add);
        } catch (NumberFormatException e) {
            throw new IOException("bad interpreted-function list in compiled-code cache entry: " + csv, e);
        }
        return result;
    }
}
