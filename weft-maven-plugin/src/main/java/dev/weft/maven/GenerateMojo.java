package dev.weft.maven;

import dev.weft.bindgen.Bindgen;
import dev.weft.bindgen.BindgenException;
import dev.weft.bindgen.BindgenOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code weft:generate}: generates typed Java bindings for a WIT world into
 * {@code target/generated-sources/weft} and adds that folder to the compile (or test-compile) sources.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.weft</groupId>
 *   <artifactId>weft-maven-plugin</artifactId>
 *   <version>...</version>
 *   <executions><execution><goals><goal>generate</goal></goals></execution></executions>
 *   <configuration>
 *     <witPath>src/main/wit</witPath>
 *     <world>plugin</world>
 *     <package>com.acme.plugin</package>
 *   </configuration>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
    /** The WIT package: a directory of {@code .wit} files (with {@code deps/}), or one file. */
    @Parameter(property = "weft.witPath", defaultValue = "${project.basedir}/src/main/wit", required = true)
    private File witPath;

    /** The world: a plain name, {@code ns:pkg/world}, or empty for the package's only world. */
    @Parameter(property = "weft.world")
    private String world;

    /** The Java package of the generated classes. */
    @Parameter(name = "package", property = "weft.package", required = true)
    private String packageName;

    /** Where the sources go. */
    @Parameter(property = "weft.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/weft", required = true)
    private File outputDirectory;

    /** Add the sources to the test sources instead of the main ones. */
    @Parameter(property = "weft.testSources", defaultValue = "false")
    private boolean testSources;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Maven sets {@code <package>} through this setter ({@code package} is a Java keyword). */
    public void setPackage(String packageName) {
        this.packageName = packageName;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (packageName == null || packageName.isBlank()) {
            throw new MojoFailureException("weft:generate needs <package> (the Java package of the bindings)");
        }
        BindgenOptions options;
        try {
            options = new BindgenOptions(witPath.toPath(), Optional.ofNullable(world).filter(w -> !w.isBlank()),
                    packageName);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        Path out = outputDirectory.toPath();
        try {
            List<Path> files = Bindgen.writeTo(options, out);
            getLog().info("weft: " + files.size() + " binding sources for world "
                    + Optional.ofNullable(world).orElse("(default)") + " from " + witPath + " in " + out);
        } catch (BindgenException e) {
            throw new MojoFailureException("weft:generate: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("weft:generate: cannot read or write: " + e.getMessage(), e);
        }
        if (testSources) {
            project.addTestCompileSourceRoot(out.toString());
        } else {
            project.addCompileSourceRoot(out.toString());
        }
    }
}
