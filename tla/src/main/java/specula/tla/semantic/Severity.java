package specula.tla.semantic;

/** SANY distinguishes errors (the module is rejected) from warnings (reported, module accepted). */
public enum Severity { ERROR, WARNING }
