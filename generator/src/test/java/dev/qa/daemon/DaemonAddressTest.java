package dev.qa.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonAddressTest {
    @TempDir
    Path temp;

    @Test
    void theFolderIsMadeForItsOwnerAloneAndTheAddressNamesTheSiteAndTheJvmOptions() throws IOException {
        DaemonAddress site = DaemonAddress.of(temp, Path.of("/work/site"), List.of("-Xmx1g")).address().orElseThrow();

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(site.folder())));
        assertEquals(site, DaemonAddress.of(temp, Path.of("/work/site"), List.of("-Xmx1g")).address().orElseThrow());
        assertNotEquals(site.key(), DaemonAddress.of(temp, Path.of("/work/other"), List.of("-Xmx1g")).address().orElseThrow().key());
        assertNotEquals(site.key(), DaemonAddress.of(temp, Path.of("/work/site"), List.of("-Xmx2g")).address().orElseThrow().key());
        assertTrue(site.socket().toString().length() < 100, "a Unix socket's path must be short: " + site.socket());
    }

    @Test
    void aFolderOthersMayEnterIsRefused() throws IOException {
        Path folder = temp.resolve("qa-daemon-" + System.getProperty("user.name"));
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

        DaemonAddress.Result found = DaemonAddress.of(temp, Path.of("/work/site"), List.of());

        assertTrue(found.address().isEmpty());
        assertTrue(found.refusal().orElseThrow().contains("may be entered by other users (rwxrwxrwx)"), found.refusal()::toString);
    }

    @Test
    void aLinkInPlaceOfTheFolderIsRefused() throws IOException {
        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.createSymbolicLink(temp.resolve("qa-daemon-" + System.getProperty("user.name")), elsewhere);

        DaemonAddress.Result found = DaemonAddress.of(temp, Path.of("/work/site"), List.of());

        assertTrue(found.address().isEmpty());
        assertTrue(found.refusal().orElseThrow().contains("is not a folder"), found.refusal()::toString);
    }
}
