package dev.qa.resolve;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.settings.Profile;
import org.apache.maven.settings.Repository;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.eclipse.aether.repository.AuthenticationSelector;
import org.eclipse.aether.repository.MirrorSelector;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.ProxySelector;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;

/**
 * Where Maven finds artifacts on this machine, read the way {@code mvn} reads it: the local repository
 * ({@code -Dmaven.repo.local}, else {@code <localRepository>} of the settings, else
 * {@code ~/.m2/repository}), offline mode, Maven Central and the repositories of active profiles, and
 * the settings' mirrors, proxies and server credentials. User settings ({@code ~/.m2/settings.xml}) are
 * merged over the global ones of the Maven installation on the PATH.
 *
 * @param repositories the remote repositories to ask, before mirrors are applied
 */
record MavenSetup(Path localRepository, boolean offline, List<RemoteRepository> repositories, MirrorSelector mirrors,
                  ProxySelector proxies, AuthenticationSelector authentication) {
    /** Maven Central, as Maven itself names it (its model builder's default, or {@code -Dmaven.repo.central}). */
    static final String CENTRAL = System.getProperty("maven.repo.central",
            org.apache.maven.model.interpolation.ModelInterpolator.DEFAULT_MAVEN_REPO_CENTRAL_URL);

    MavenSetup {
        repositories = List.copyOf(repositories);
    }

    /** A setup that asks only these repositories (for tests: a folder repository, offline or not). */
    static MavenSetup of(Path localRepository, boolean offline, List<RemoteRepository> repositories) {
        return new MavenSetup(localRepository, offline, repositories, new DefaultMirrorSelector(), new DefaultProxySelector(),
                new DefaultAuthenticationSelector());
    }

    /** Maven's setup for the user running qa. */
    static MavenSetup ofThisMachine() throws SettingsProblem {
        Path home = Path.of(System.getProperty("user.home"));
        DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest()
                .setUserSettingsFile(home.resolve(".m2").resolve("settings.xml").toFile())
                .setSystemProperties(System.getProperties());
        globalSettings().ifPresent(file -> request.setGlobalSettingsFile(file.toFile()));
        Settings settings;
        try {
            settings = new DefaultSettingsBuilderFactory().newInstance().build(request).getEffectiveSettings();
        } catch (SettingsBuildingException e) {
            throw new SettingsProblem(e.getMessage());
        }
        String configured = System.getProperty("maven.repo.local", settings.getLocalRepository());
        Path local = configured == null || configured.isBlank() ? home.resolve(".m2").resolve("repository") : Path.of(configured);

        DefaultMirrorSelector mirrors = new DefaultMirrorSelector();
        settings.getMirrors().forEach(mirror -> mirrors.add(mirror.getId(), mirror.getUrl(), mirror.getLayout(), false,
                mirror.isBlocked(), mirror.getMirrorOf(), mirror.getMirrorOfLayouts()));
        DefaultProxySelector proxies = new DefaultProxySelector();
        settings.getProxies().stream().filter(org.apache.maven.settings.Proxy::isActive).forEach(proxy -> proxies.add(
                new Proxy(proxy.getProtocol(), proxy.getHost(), proxy.getPort(), new AuthenticationBuilder()
                        .addUsername(proxy.getUsername()).addPassword(proxy.getPassword()).build()),
                proxy.getNonProxyHosts()));
        DefaultAuthenticationSelector authentication = new DefaultAuthenticationSelector();
        for (Server server : settings.getServers()) {
            authentication.add(server.getId(), new AuthenticationBuilder().addUsername(server.getUsername())
                    .addPassword(server.getPassword()).addPrivateKey(server.getPrivateKey(), server.getPassphrase()).build());
        }

        List<RemoteRepository> repositories = new ArrayList<>();
        repositories.add(new RemoteRepository.Builder("central", "default", CENTRAL).build());
        Set<String> active = new HashSet<>(settings.getActiveProfiles());
        for (Profile profile : settings.getProfiles()) {
            boolean byDefault = profile.getActivation() != null && profile.getActivation().isActiveByDefault();
            if (active.contains(profile.getId()) || byDefault) {
                for (Repository repository : profile.getRepositories()) {
                    repositories.add(new RemoteRepository.Builder(repository.getId(), "default", repository.getUrl()).build());
                }
            }
        }
        return new MavenSetup(local.toAbsolutePath().normalize(), settings.isOffline(), repositories, mirrors, proxies, authentication);
    }

    /** {@code conf/settings.xml} of the Maven installation: {@code MAVEN_HOME}, or the one {@code mvn} on the PATH belongs to. */
    private static Optional<Path> globalSettings() {
        String mavenHome = Optional.ofNullable(System.getenv("MAVEN_HOME")).orElse(System.getenv("M2_HOME"));
        if (mavenHome != null) {
            return Optional.of(Path.of(mavenHome, "conf", "settings.xml")).filter(Files::isRegularFile);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String folder : path.split(File.pathSeparator)) {
            Path mvn = Path.of(folder.isEmpty() ? "." : folder, "mvn");
            if (Files.isExecutable(mvn)) {
                try {
                    // bin/mvn, usually behind a link (/usr/bin/mvn -> /usr/share/maven/bin/mvn)
                    Path bin = mvn.toRealPath().getParent();
                    Path installed = bin == null ? null : bin.getParent();
                    return Optional.ofNullable(installed).map(maven -> maven.resolve("conf").resolve("settings.xml"))
                            .filter(Files::isRegularFile);
                } catch (java.io.IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** A settings file Maven cannot read. */
    static final class SettingsProblem extends Exception {
        SettingsProblem(String message) {
            super(message);
        }
    }
}
