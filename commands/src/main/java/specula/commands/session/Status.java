package specula.commands.session;

/** Outcome of one command; anything but OK stops a script. */
public enum Status {
    OK, FAILED;

    public boolean ok() {
        return this == OK;
    }
}
