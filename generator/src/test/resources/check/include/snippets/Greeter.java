package demo;

public class Greeter {
    // @start region="greet"
    static String greet(String name) {
        return "Hello, " + name;
    }
    // @end

    void unused() {
        // @start region="broken"
        int count = "three";
        // @end
    }
}
