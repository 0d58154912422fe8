public class Whole {
    public static void main(String[] args) {
        System.out.println("whole file");
    }
}
