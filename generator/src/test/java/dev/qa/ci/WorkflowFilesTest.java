package dev.qa.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The GitHub workflows parse as YAML and keep the security properties the contributor workflow relies on. */
class WorkflowFilesTest {
    private static final Path WORKFLOWS = Path.of("..", ".github", "workflows");

    @Test
    void pullRequestWorkflowChecksForksSafely() throws IOException {
        Map<String, Object> workflow = load("pull-request.yml");
        String text = Files.readString(WORKFLOWS.resolve("pull-request.yml"));

        Map<String, Object> on = map(trigger(workflow));
        assertTrue(on.containsKey("pull_request"));
        assertFalse(on.containsKey("pull_request_target"), "fork code must never run with a write token");
        assertFalse(text.contains("${{ secrets."), "no secret is exposed to pull requests");
        assertEquals("read", map(workflow.get("permissions")).get("contents"));
        List<Map<String, Object>> steps = steps(workflow, "check");
        Map<String, Object> setupJava = step(steps, "actions/setup-java");
        assertEquals("temurin", map(setupJava.get("with")).get("distribution"));
        assertEquals("maven", map(setupJava.get("with")).get("cache"));
        assertTrue(runs(steps).contains("./qa build --require-sandbox --format github --junit target/snippets-junit.xml"), runs(steps));
        assertTrue(runs(steps).contains("apt-get install -y -qq bubblewrap"), "the snippet sandbox is installed");
        assertTrue(runs(steps).contains("mvn -B -ntp verify"));
        assertNotNull(step(steps, "actions/cache"), "snippet results are cached between runs");
        assertNotNull(step(steps, "actions/upload-artifact"), "the built site is uploaded");
        assertEquals(false, map(step(steps, "actions/checkout").get("with")).get("persist-credentials"), "no token left on disk");
        Map<String, Object> tests = steps.stream().filter(step -> "mvn -B -ntp verify".equals(step.get("run"))).findFirst().orElseThrow();
        Map<String, Object> env = map(tests.get("env"));
        assertEquals("required", env.get("QA_BROWSER_TESTS"), "browser tests run on GitHub's runners, never skipped");
        assertEquals("required", env.get("QA_SANDBOX_TESTS"), "sandbox tests run on GitHub's runners, never skipped");
        assertNotNull(step(steps, "browser-actions/setup-chrome"), "a browser and its driver are installed");
        assertTrue(String.valueOf(env.get("QA_CHROMIUM")).contains("steps.chrome.outputs.chrome-path"));
        assertTrue(String.valueOf(env.get("QA_CHROMEDRIVER")).contains("steps.chrome.outputs.chromedriver-path"));
    }

    @Test
    void deployWorkflowPublishesMainWithLeastPrivilege() throws IOException {
        Map<String, Object> workflow = load("deploy.yml");

        Map<String, Object> on = map(trigger(workflow));
        assertEquals(List.of("main"), map(on.get("push")).get("branches"));
        assertEquals(Map.of("contents", "read"), workflow.get("permissions"));
        Map<String, Object> jobs = map(workflow.get("jobs"));
        assertFalse(map(jobs.get("build")).containsKey("permissions"), "the build job only reads");
        assertEquals(Map.of("pages", "write", "id-token", "write"), map(jobs.get("deploy")).get("permissions"));
        assertNotNull(step(steps(workflow, "build"), "actions/upload-pages-artifact"));
        assertNotNull(step(steps(workflow, "deploy"), "actions/deploy-pages"));
        assertTrue(runs(steps(workflow, "build")).contains("./qa build --require-sandbox "),
                "the published site's snippets ran in the sandbox");
        assertEquals(false, map(step(steps(workflow, "build"), "actions/checkout").get("with")).get("persist-credentials"));
    }

    private static Map<String, Object> load(String name) throws IOException {
        return new Yaml().load(Files.readString(WORKFLOWS.resolve(name)));
    }

    /** YAML 1.1 reads the key {@code on} as the boolean true. */
    private static Object trigger(Map<String, Object> workflow) {
        return workflow.containsKey("on") ? workflow.get("on") : ((Map<?, ?>) workflow).get(Boolean.TRUE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
        return (List<Map<String, Object>>) map(map(workflow.get("jobs")).get(job)).get("steps");
    }

    private static Map<String, Object> step(List<Map<String, Object>> steps, String action) {
        return steps.stream().filter(step -> String.valueOf(step.get("uses")).startsWith(action + "@")).findFirst().orElse(null);
    }

    private static String runs(List<Map<String, Object>> steps) {
        return String.join("\n", steps.stream().map(step -> String.valueOf(step.get("run"))).toList());
    }
}
