package dev.qa.check;

/** Why a worker had to be killed or replaced while a task ran: the failure goes to that task's snippet. */
sealed interface Broken {

    record TimedOut(long millis) implements Broken {
    }

    record Exited(int exitCode) implements Broken {
    }

    record ThreadLeft(String thread, long millis) implements Broken {
    }
}
