package dev.qa.resolve;

import dev.qa.model.Dependency;
import dev.qa.model.Library;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * One Maven resolution: declared coordinates to the jars of their runtime class path, dependencies of
 * dependencies included and versions mediated as Maven mediates them (nearest wins), by Maven's own
 * resolver in this JVM (no {@code mvn} process).
 */
final class MavenResolution implements AutoCloseable {
    private final MavenSetup setup;
    private final RepositorySystem system;
    private final RepositorySystemSession.CloseableSession session;

    MavenResolution(MavenSetup setup) {
        this.setup = setup;
        this.system = new RepositorySystemSupplier().get();
        this.session = new SessionBuilderSupplier(system).get()
                .withLocalRepositoryBaseDirectories(setup.localRepository())
                .setOffline(setup.offline())
                .setMirrorSelector(setup.mirrors())
                .setProxySelector(setup.proxies())
                .setAuthenticationSelector(setup.authentication())
                .setSystemProperties(System.getProperties())
                .build();
    }

    /** Why a set of coordinates did not resolve, in Maven's words. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /** The jars, in class path order (the declared ones first, then theirs, breadth first). */
    List<Library> resolve(List<Dependency> dependencies) throws Failure {
        CollectRequest collect = new CollectRequest();
        for (Dependency dependency : dependencies) {
            collect.addDependency(new org.eclipse.aether.graph.Dependency(artifact(dependency.coordinate()), JavaScopes.RUNTIME));
        }
        collect.setRepositories(system.newResolutionRepositories(session, setup.repositories()));
        DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        List<ArtifactResult> results;
        try {
            results = system.resolveDependencies(session, request).getArtifactResults();
        } catch (DependencyResolutionException e) {
            throw new Failure(reason(e));
        }
        List<Library> libraries = new ArrayList<>();
        for (ArtifactResult result : results) {
            Artifact artifact = result.getArtifact();
            Path jar = artifact.getPath().toAbsolutePath().normalize();
            libraries.add(new Library(coordinate(artifact), jar, sha256(jar)));
        }
        return libraries;
    }

    /** The coordinate as qa.yml writes it, extension and classifier only where they are not a plain jar's. */
    private static String coordinate(Artifact artifact) {
        boolean plain = artifact.getExtension().equals("jar") && artifact.getClassifier().isEmpty();
        return artifact.getGroupId() + ":" + artifact.getArtifactId() + ":"
                + (plain ? "" : artifact.getExtension() + ":" + (artifact.getClassifier().isEmpty() ? "" : artifact.getClassifier() + ":"))
                + artifact.getBaseVersion();
    }

    /** Maven's coordinate order is group:artifact[:extension[:classifier]]:version; qa writes the same. */
    private static Artifact artifact(String coordinate) {
        return new DefaultArtifact(coordinate);
    }

    /** The innermost message: "Could not find artifact … in central (…)", not the layers around it. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause().getMessage() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? e.toString() : cause.getMessage();
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void close() {
        session.close();
        system.shutdown();
    }
}
